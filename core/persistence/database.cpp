// SPDX-FileCopyrightText: 2026 The Kontor authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "database.h"

#include "sql.h"
#include "transaction.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QStandardPaths>
#include <QThread>

#ifdef KONTOR_SQLITE_DIRECT
#include <QSqlDriver>

#include <sqlite3.h>
#endif

#include <algorithm>
#include <array>
#include <bit>
#include <optional>
#include <utility>

namespace Kontor {

namespace {

// 'KONT': written into every company file so that Kontor recognises its own files.
constexpr qint64 applicationId = 0x4B4F4E54;
QAtomicInteger<quint64> connectionCounter;

// The page cache of a connection, and while deferred indexes are sorted and built.
constexpr int cacheKiB = 16384;
constexpr int sortingCacheKiB = 4096;

QString cacheSize(int kiB)
{
    return QStringLiteral("PRAGMA cache_size = -%1").arg(kiB);
}

QString migrationPath(int version)
{
    return QStringLiteral(":/kontor/sql/%1.sql").arg(version, 4, 10, QChar(u'0'));
}

Result<qint64> pragmaValue(const QSqlDatabase &db, const QString &pragma)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("PRAGMA ") + pragma))
        return Sql::errorFrom(query.lastError());
    if (!query.next())
        return qint64(0);
    return query.value(0).toLongLong();
}

#ifdef KONTOR_SQLITE_DIRECT
// The connection's sqlite3 handle, when Qt's driver uses the SQLite library Kontor is linked
// with (a system's SQLite, as on Linux distributions, Homebrew and vcpkg). Qt's installers
// build the driver with a copy of SQLite inside it; a handle of that copy must not be used
// through this one, so the connection then writes through QtSql only. Same source, and the
// connection's file system layer (VFS) is this library's own: then it is the same library.
sqlite3 *sharedHandle(const QSqlDatabase &db)
{
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    sqlite3 *connection = *static_cast<sqlite3 *const *>(handle.constData());
    QSqlQuery source(db);
    if (!connection || !source.exec(QStringLiteral("SELECT sqlite_source_id()")) || !source.next()
        || source.value(0).toString() != Database::linkedSqliteSource())
        return nullptr;
    sqlite3_vfs *vfs = nullptr;
    if (sqlite3_initialize() != SQLITE_OK
        || sqlite3_file_control(connection, "main", SQLITE_FCNTL_VFS_POINTER, &vfs) != SQLITE_OK
        || vfs == nullptr || vfs != sqlite3_vfs_find(nullptr))
        return nullptr;
    return connection;
}

Error sqliteError(sqlite3 *connection)
{
    return Sql::errorFrom(sqlite3_extended_errcode(connection),
                          QString::fromUtf8(sqlite3_errmsg(connection)));
}
#endif

} // namespace

Database::Database(QString connectionName, QString path)
    : m_connectionName(std::move(connectionName))
    , m_path(std::move(path))
    , m_thread(QThread::currentThread())
{
}

Database::~Database()
{
    m_statements.clear();
#ifdef KONTOR_SQLITE_DIRECT
    // Qt's driver closes the connection only once no statement of it is left.
    for (sqlite3_stmt *statement : std::as_const(m_sqliteStatements))
        sqlite3_finalize(statement);
#endif
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QString Database::defaultPath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(dir).filePath(QStringLiteral("kontor.sqlite"));
}

QString Database::resolvePath(const QString &commandLinePath)
{
    if (!commandLinePath.isEmpty())
        return commandLinePath;
    const QString fromEnvironment = qEnvironmentVariable("KONTOR_DB");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    return defaultPath();
}

int Database::latestSchemaVersion()
{
    int version = 0;
    while (QFile::exists(migrationPath(version + 1)))
        ++version;
    return version;
}

Result<std::unique_ptr<Database>> Database::open(const QString &path, OpenMode mode)
{
    if (path.isEmpty())
        return makeError(tr("No company file was given."));
    const bool inMemory = path == u":memory:";
    const QFileInfo info(path);
    const bool exists = inMemory ? false : info.exists();
    if (!exists && mode == OpenMode::ExistingOnly)
        return makeError(tr("The company file %1 does not exist.").arg(QDir::toNativeSeparators(path)));
    if (exists && !info.isFile())
        return makeError(tr("%1 is not a file.").arg(QDir::toNativeSeparators(path)));
    if (!exists && !inMemory) {
        if (!QDir().mkpath(info.absolutePath()))
            return makeError(tr("The folder %1 cannot be created.")
                                 .arg(QDir::toNativeSeparators(info.absolutePath())));
        // Readable by its owner only (on POSIX; SQLite gives its -wal and -shm files the same
        // mode). An empty file is an empty SQLite database.
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly)
            || !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner))
            return makeError(tr("The company file %1 cannot be created: %2")
                                 .arg(QDir::toNativeSeparators(path), file.errorString()));
    }

    const QString name = QStringLiteral("kontor-%1").arg(connectionCounter.fetchAndAddRelaxed(1));
    std::unique_ptr<Database> database(new Database(name, path));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        if (!db.isValid())
            return makeError(tr("Qt's SQLite driver (QSQLITE) is not available."));
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        if (!db.open())
            return Sql::errorFrom(db.lastError());
    }
    if (Status status = database->configure(!exists); !status)
        return status.error();
    if (Status status = database->migrate(); !status)
        return status.error();
#ifdef KONTOR_SQLITE_DIRECT
    database->m_sqlite = sharedHandle(database->connection());
#endif
    return database;
}

Result<std::unique_ptr<Database>> Database::openAnother() const
{
    return open(m_path, OpenMode::ExistingOnly);
}

QSqlDatabase Database::connection() const
{
    Q_ASSERT_X(QThread::currentThread() == m_thread, "Kontor::Database",
               "a connection is used only by the thread that opened it");
    return QSqlDatabase::database(m_connectionName, false);
}

Status Database::configure(bool created)
{
    const QSqlDatabase db = connection();
    // Read before writing anything: a foreign or newer file must stay untouched.
    const auto version = pragmaValue(db, QStringLiteral("user_version"));
    if (!version)
        return makeError(tr("%1 is not a Kontor company file (%2)")
                             .arg(QDir::toNativeSeparators(m_path), version.error().message));
    const auto appId = pragmaValue(db, QStringLiteral("application_id"));
    if (!appId)
        return appId.error();
    if (*version > latestSchemaVersion())
        return makeError(tr("%1 was written by a newer Kontor (schema %2; this one knows up to %3). "
                            "Install the newer Kontor to open it; the file was not changed.")
                             .arg(QDir::toNativeSeparators(m_path))
                             .arg(*version)
                             .arg(latestSchemaVersion()));
    if (*appId != 0 && *appId != applicationId)
        return makeError(tr("%1 is an SQLite file of another program, not a Kontor company file; "
                            "it was not changed.")
                             .arg(QDir::toNativeSeparators(m_path)));
    if (!created && *appId == 0) {
        const auto tables = pragmaValue(db, QStringLiteral("schema_version"));
        if (!tables)
            return tables.error();
        if (*tables != 0)
            return makeError(tr("%1 is an SQLite file of another program, not a Kontor company "
                                "file; it was not changed.")
                                 .arg(QDir::toNativeSeparators(m_path)));
    }

    if (created) {
        // Before the first write: 16 KiB pages read big indexes in a quarter of the reads.
        if (Status status = Sql::exec(db, QStringLiteral("PRAGMA page_size = 16384")); !status)
            return status;
    }
    const QString pragmas[] = {
        QStringLiteral("PRAGMA foreign_keys = ON"),
        QStringLiteral("PRAGMA journal_mode = WAL"),
        QStringLiteral("PRAGMA synchronous = FULL"),
        QStringLiteral("PRAGMA busy_timeout = 5000"),
        QStringLiteral("PRAGMA temp_store = MEMORY"),
        // 16 MiB of page cache per connection (SQLite's default is 2 MiB): big indexes stay warm.
        cacheSize(cacheKiB),
    };
    for (const QString &pragma : pragmas) {
        if (Status status = Sql::exec(db, pragma); !status)
            return status;
    }
    return {};
}

Status Database::migrate()
{
    const QSqlDatabase db = connection();
    const int latest = latestSchemaVersion();
    const auto current = pragmaValue(db, QStringLiteral("user_version"));
    if (!current)
        return current.error();
    for (int version = int(*current) + 1; version <= latest; ++version) {
        QFile file(migrationPath(version));
        if (!file.open(QIODevice::ReadOnly))
            return makeError(tr("The schema step %1 is missing from this build.").arg(version));
        const QString script = QString::fromUtf8(file.readAll());
        Transaction tx(*this);
        if (!tx.ok())
            return tx.error();
        for (const QString &statement : Sql::splitStatements(script)) {
            if (Status status = Sql::exec(db, statement); !status) {
                Error error = status.error();
                error.message = tr("Updating the company file to schema %1 failed: %2")
                                    .arg(version)
                                    .arg(error.message);
                return error;
            }
        }
        // PRAGMAs take no bound values; both numbers are ours.
        if (Status status = Sql::exec(db, QStringLiteral("PRAGMA user_version = %1").arg(version));
            !status)
            return status;
        if (Status status =
                Sql::exec(db, QStringLiteral("PRAGMA application_id = %1").arg(applicationId));
            !status)
            return status;
        if (Status status = tx.commit(); !status)
            return status;
    }
    return {};
}

int Database::schemaVersion() const
{
    const auto version = pragmaValue(connection(), QStringLiteral("user_version"));
    return version ? int(*version) : -1;
}

QSqlQuery &Database::prepared(const QString &sql)
{
    auto it = m_statements.find(sql);
    if (it == m_statements.end()) {
        QSqlQuery query(connection());
        query.setForwardOnly(true);
        query.prepare(sql);
        it = m_statements.insert(sql, std::move(query));
    }
    return it.value();
}

void Database::afterCommit(std::function<void()> action)
{
    if (m_transactionDepth == 0)
        action();
    else if (m_bulkChanges == 0)
        m_afterCommit.push_back(std::move(action));
}

Database::BulkChanges::BulkChanges(Database &db) : m_db(db)
{
    ++m_db.m_bulkChanges;
}

Database::BulkChanges::~BulkChanges()
{
    --m_db.m_bulkChanges;
}

QStringList Database::listIndexes()
{
    // Read by lists and reports alone, never by a lookup of a write, and filled in random key
    // order. The indexes by date, by batch and of the audit log grow at their end, and stay.
    return {QStringLiteral("orders_total"),        QStringLiteral("orders_customer"),
            QStringLiteral("order_lines_sku"),     QStringLiteral("order_lines_gross"),
            QStringLiteral("order_lines_article"), QStringLiteral("stock_movements_article"),
            QStringLiteral("customers_name"),      QStringLiteral("customers_city")};
}

Status Database::deferListIndexes()
{
    Q_ASSERT_X(m_transactionDepth == 1, "Kontor::Database::deferListIndexes",
               "directly inside the outermost transaction");
    if (m_transactionDepth != 1 || !m_deferredIndexes.isEmpty())
        return {};
    const QStringList names = listIndexes();
    QSqlQuery &definitions = prepared(
        QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND name IN (%1) "
                       "ORDER BY name")
            .arg(Sql::placeholders(names.size())));
    for (const QString &name : names)
        definitions.addBindValue(name);
    if (Status s = Sql::exec(definitions); !s)
        return s;
    QList<QPair<QString, QString>> present;
    while (definitions.next())
        present.append({definitions.value(0).toString(), definitions.value(1).toString()});
    definitions.finish();
    for (const auto &[name, create] : std::as_const(present)) {
        // Our own names, not values: they cannot be bound. Those dropped before a failure
        // are built again all the same.
        if (Status s = Sql::exec(connection(), QStringLiteral("DROP INDEX ") + name); !s)
            return s;
        m_deferredIndexes << create;
    }
    return {};
}

Status Database::buildDeferredIndexes()
{
    const QStringList creates = std::exchange(m_deferredIndexes, {});
    if (creates.isEmpty())
        return {};
    // Kept in memory, SQLite's temporary files would hold each index whole while it is sorted;
    // on file, the sort keeps within the page cache's size, which a sort that writes its
    // index page after page does not need whole. (temp_store is refused, and harmless, while
    // the connection has temporary tables of its own.)
    const QSqlDatabase db = connection();
    bool onFile = Sql::exec(db, QStringLiteral("PRAGMA temp_store = FILE")).ok();
    (void)Sql::exec(db, cacheSize(sortingCacheKiB));
    Status built;
    // Each as it was created: only those dropped in this transaction are here.
    for (const QString &create : creates) {
        built = Sql::exec(db, create);
        if (!built && onFile) {
            // No room, or no right, to write temporary files: sort in memory instead.
            onFile = !Sql::exec(db, QStringLiteral("PRAGMA temp_store = MEMORY")).ok();
            built = Sql::exec(db, create);
        }
        if (!built)
            break;
    }
    (void)Sql::exec(db, cacheSize(cacheKiB));
    if (onFile)
        (void)Sql::exec(db, QStringLiteral("PRAGMA temp_store = MEMORY"));
    return built;
}

QString Database::linkedSqliteSource()
{
#ifdef KONTOR_SQLITE_DIRECT
    return QString::fromLatin1(sqlite3_sourceid());
#else
    return {};
#endif
}

Result<std::vector<qint64>> Database::insertRows(
    const QString &table, const QStringList &columns, qsizetype rows,
    const std::function<void(BoundValues &, qsizetype)> &bindRow)
{
    const QString row = u'(' + Sql::placeholders(columns.size()) + u')';
    // The statement for count rows, by the power of two count is.
    static_assert((rowsPerInsert & (rowsPerInsert - 1)) == 0);
    std::array<QString, std::bit_width(quint64(rowsPerInsert))> statements;
    const auto statement = [&](qsizetype count) -> const QString & {
        QString &sql = statements[size_t(std::bit_width(quint64(count)) - 1)];
        if (sql.isEmpty()) {
            sql = QStringLiteral("INSERT INTO %1 (%2) VALUES ").arg(table, columns.join(u", "));
            for (qsizetype i = 0; i < count; ++i)
                sql += i == 0 ? row : u", " + row;
        }
        return sql;
    };
    std::vector<qint64> ids;
    ids.reserve(size_t(rows));
    for (qsizetype first = 0; first < rows;) {
        qsizetype count = rowsPerInsert;
        while (count > rows - first)
            count /= 2;
        auto last = insertOnce(statement(count), first, count, bindRow);
        if (!last)
            return last.error();
        for (qsizetype i = count - 1; i >= 0; --i)
            ids.push_back(*last - i);
        first += count;
    }
    return ids;
}

Result<qint64> Database::insertOnce(const QString &sql, qsizetype first, qsizetype count,
                                    const std::function<void(BoundValues &, qsizetype)> &bindRow)
{
#ifdef KONTOR_SQLITE_DIRECT
    if (m_sqlite) {
        auto found = m_sqliteStatements.find(sql);
        if (found == m_sqliteStatements.end()) {
            const QByteArray utf8 = sql.toUtf8();
            sqlite3_stmt *prepared = nullptr;
            if (sqlite3_prepare_v3(m_sqlite, utf8.constData(), int(utf8.size()),
                                   SQLITE_PREPARE_PERSISTENT, &prepared, nullptr)
                != SQLITE_OK)
                return sqliteError(m_sqlite);
            found = m_sqliteStatements.insert(sql, prepared);
        }
        sqlite3_stmt *insert = found.value();
        BoundValues values(insert);
        for (qsizetype i = first; i < first + count; ++i)
            bindRow(values, i);
        const int placeholders = sqlite3_bind_parameter_count(insert);
        std::optional<Error> error;
        if (values.m_result != SQLITE_OK)
            error = sqliteError(m_sqlite);
        else if (values.m_next - 1 != placeholders) // a row of the wrong length
            error = Sql::errorFrom(SQLITE_RANGE, QStringLiteral("%1 values for %2 placeholders")
                                                     .arg(values.m_next - 1)
                                                     .arg(placeholders));
        else if (sqlite3_step(insert) != SQLITE_DONE)
            error = sqliteError(m_sqlite);
        sqlite3_reset(insert);
        sqlite3_clear_bindings(insert); // the texts bound go with values
        if (error)
            return *error;
        return qint64(sqlite3_last_insert_rowid(m_sqlite));
    }
#endif
    QSqlQuery &insert = prepared(sql);
    BoundValues values(insert);
    for (qsizetype i = first; i < first + count; ++i)
        bindRow(values, i);
    if (Status s = Sql::exec(insert); !s)
        return s.error();
    return Sql::lastInsertId(insert);
}

QPair<qint64, qint64> Database::changeStamp()
{
    // data_version moves when another connection commits; total_changes when this one writes.
    QSqlQuery &version = prepared(QStringLiteral("PRAGMA data_version"));
    if (!version.exec() || !version.next())
        return {-1, -1};
    const qint64 dataVersion = version.value(0).toLongLong();
    version.finish();
    const qint64 changes = totalChanges();
    return {changes < 0 ? -1 : dataVersion, changes};
}

qint64 Database::totalChanges()
{
    QSqlQuery &changes = prepared(QStringLiteral("SELECT total_changes()"));
    if (!changes.exec() || !changes.next())
        return -1;
    const qint64 count = changes.value(0).toLongLong();
    changes.finish();
    return count;
}

Status Database::backupTo(const QString &targetPath)
{
    if (QFileInfo::exists(targetPath))
        return makeError(tr("%1 exists already; choose a new file name for the backup.")
                             .arg(QDir::toNativeSeparators(targetPath)));
    QSqlQuery query(connection());
    query.prepare(QStringLiteral("VACUUM INTO ?"));
    query.addBindValue(QDir::toNativeSeparators(QFileInfo(targetPath).absoluteFilePath()));
    if (Status status = Sql::exec(query); !status) {
        QFile::remove(targetPath);
        return status;
    }
    // Like the company file: its owner's alone (on POSIX).
    QFile::setPermissions(targetPath, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return {};
}

} // namespace Kontor
