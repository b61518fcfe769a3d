// SPDX-FileCopyrightText: 2026 The Kontor authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "testcompany.h"
#include "testresult.h"
#include "testsql.h"

#include "company/company.h"
#include "orders/orderservice.h"
#include "persistence/database.h"
#include "persistence/sql.h"

#include <QDir>
#include <QFile>
#include <QScopeGuard>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <functional>
#include <memory>
#include <optional>

using namespace Kontor;
using namespace Kontor::Test;
using namespace Qt::StringLiterals;

namespace {

// 'KONT', the application_id of every Kontor company file.
constexpr qint64 kontorApplicationId = 0x4B4F4E54;

QString migrationScript(int version)
{
    QFile file(u":/kontor/sql/%1.sql"_s.arg(version, 4, 10, QChar(u'0')));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

// A company file as the Kontor of schema `version` left it. Version 0 is the empty file that
// Kontor finds where a new company is made.
QString writeDatabaseAtVersion(const QString &path, int version)
{
    if (version == 0) {
        QFile file(path);
        return file.open(QIODevice::WriteOnly) ? QString() : file.errorString();
    }
    RawDatabase raw(path);
    if (!raw.isOpen())
        return raw.openError();
    for (int step = 1; step <= version; ++step) {
        const QString script = migrationScript(step);
        if (script.isEmpty())
            return u"migration %1 is missing"_s.arg(step);
        for (const QString &statement : Sql::splitStatements(script)) {
            if (const QString error = raw.exec(statement); !error.isEmpty())
                return error;
        }
    }
    if (const QString error = raw.exec(u"PRAGMA user_version = %1"_s.arg(version));
        !error.isEmpty())
        return error;
    return raw.exec(u"PRAGMA application_id = %1"_s.arg(kontorApplicationId));
}

QStringList filesIn(const QString &folder)
{
    return QDir(folder).entryList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
}

qint64 pragma(Database &db, const QString &name)
{
    return selectValue(db.connection(), u"PRAGMA "_s + name).toLongLong();
}

} // namespace

class TestDatabase : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void open_ofMissingFile_createsLatestSchema();
    void open_appliesKontorPragmas();
    void open_ofInMemoryDatabase_hasLatestSchema();
    void open_inMissingFolder_createsFolderAndFile();
    void reopen_keepsData();

    void open_ofOlderSchema_upgradesToLatest_data();
    void open_ofOlderSchema_upgradesToLatest();
    void open_ofSchema6_keepsWhatEachOrderWasPaid();
    void open_ofCompanySetUpBeforeCharts_keepsItsSkr03();
    void open_whenMigrationFails_leavesSchemaVersionAndTablesUntouched();

    void open_ofNewerSchema_isRefusedAndLeavesFileUnchanged();
    void open_ofNonSqliteFile_isRefusedAndLeavesFileUnchanged_data();
    void open_ofNonSqliteFile_isRefusedAndLeavesFileUnchanged();
    void open_ofOtherProgramsSqliteFile_isRefusedAndLeavesFileUnchanged_data();
    void open_ofOtherProgramsSqliteFile_isRefusedAndLeavesFileUnchanged();
    void open_existingOnlyOfMissingFile_failsAndCreatesNothing();
    void open_ofFolder_isRefused();
    void open_withoutPath_isRefused();

    void openAnother_seesTheSameCompany();
    void prepared_ofSameSql_isReused();
    void insertRows_writesEveryRowAndGivesTheirIdsInOrder_data();
    void insertRows_writesEveryRowAndGivesTheirIdsInOrder();
    void insertRows_refusedRow_writesNothingOfItsStatement();
    void insertRows_storesNullsTextsAndIntegersAsBound_data();
    void insertRows_storesNullsTextsAndIntegersAsBound();
    void insertRows_rowWithAValueTooFew_isRefused();
    void writesDirectly_whereQtsDriverUsesKontorsSqlite();

    void backupTo_newFile_copiesWholeCompany();
    void backupTo_existingFile_isRefusedAndLeavesItUnchanged();

    void resolvePath_prefersCommandLineThenEnvironmentThenDefault();

private:
    std::optional<QTemporaryDir> m_dir;
    QString path(const QString &name = u"company.sqlite"_s) const { return m_dir->filePath(name); }
};

void TestDatabase::init()
{
    m_dir.emplace();
    QVERIFY(m_dir->isValid());
}

void TestDatabase::cleanup()
{
    m_dir.reset();
}

void TestDatabase::open_ofMissingFile_createsLatestSchema()
{
    QVERIFY(Database::latestSchemaVersion() >= 1);
    auto db = Database::open(path());
    QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().message));
    QVERIFY(QFileInfo::exists(path()));
    QCOMPARE((*db)->schemaVersion(), Database::latestSchemaVersion());
    QCOMPARE(pragma(**db, u"user_version"_s), qint64(Database::latestSchemaVersion()));
    QCOMPARE(pragma(**db, u"application_id"_s), kontorApplicationId);
    // The tables of the schema are there.
    QCOMPARE(selectValue((*db)->connection(),
                 u"SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name IN "
                 "('company', 'orders', 'journal_entries', 'stock_movements')"_s)
                 .toInt(),
        4);
#ifdef Q_OS_UNIX
    // Salaries and addresses: the file and its write-ahead log are the owner's alone.
    const auto ownerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
    QCOMPARE(QFileInfo(path()).permissions() & ~(QFileDevice::ReadUser | QFileDevice::WriteUser), ownerOnly);
    QVERIFY(QFileInfo::exists(path() + u"-wal"_s));
    QCOMPARE(QFileInfo(path() + u"-wal"_s).permissions() & ~(QFileDevice::ReadUser | QFileDevice::WriteUser),
             ownerOnly);
#endif
}

void TestDatabase::open_appliesKontorPragmas()
{
    auto db = Database::open(path());
    QVERIFY(db.ok());
    QCOMPARE(pragma(**db, u"foreign_keys"_s), qint64(1));
    QCOMPARE(selectValue((*db)->connection(), u"PRAGMA journal_mode"_s).toString(), u"wal"_s);
    QCOMPARE(pragma(**db, u"synchronous"_s), qint64(2)); // FULL
    QCOMPARE(pragma(**db, u"busy_timeout"_s), qint64(5000));
}

void TestDatabase::open_ofInMemoryDatabase_hasLatestSchema()
{
    auto db = Database::open(u":memory:"_s);
    QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().message));
    QCOMPARE((*db)->schemaVersion(), Database::latestSchemaVersion());
    QCOMPARE(pragma(**db, u"foreign_keys"_s), qint64(1));
}

void TestDatabase::open_inMissingFolder_createsFolderAndFile()
{
    const QString nested = m_dir->filePath(u"a/b/company.sqlite"_s);
    auto db = Database::open(nested);
    QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().message));
    QVERIFY(QFileInfo::exists(nested));
}

void TestDatabase::reopen_keepsData()
{
    {
        auto db = Database::open(path());
        QVERIFY(db.ok());
        QCOMPARE(
            execSql((*db)->connection(), u"INSERT INTO warehouses (code, name) VALUES (?, ?)"_s,
                { u"KEEP"_s, u"Lager Süd"_s }),
            QString());
    }
    auto db = Database::open(path(), Database::OpenMode::ExistingOnly);
    QVERIFY(db.ok());
    QCOMPARE(selectValue((*db)->connection(), u"SELECT name FROM warehouses WHERE code = 'KEEP'"_s)
                 .toString(),
        u"Lager Süd"_s);
    QCOMPARE((*db)->schemaVersion(), Database::latestSchemaVersion());
}

void TestDatabase::open_ofCompanySetUpBeforeCharts_keepsItsSkr03()
{
    // Before schema 6 every company was set up with SKR03, an American one too. It keeps it.
    QCOMPARE(writeDatabaseAtVersion(path(), 5), QString());
    {
        RawDatabase raw(path());
        QCOMPARE(raw.exec(u"INSERT INTO company (id, name, base_currency, country, created_at) "
                          "VALUES (1, 'Old Shop Inc.', 'USD', 'US', '2026-01-05T10:00:00.000Z')"_s),
                 QString());
    }
    auto company = Company::open(path(), Database::OpenMode::ExistingOnly);
    QVERIFY(company.ok());
    const auto profile = (*company)->profile();
    QVERIFY(profile.ok());
    QCOMPARE(profile->chart, std::optional(Chart::Skr03));
    QCOMPARE((*company)->orders().postingSetup().receivableAccount, u"1400"_s);
    QCOMPARE((*company)->orders().postingSetup().otherForEveryRate, false);
}

// Schema 7 keeps an order's paid amount. Before, an imported order was paid in full when it
// had a payment date, and one entered in Kontor when it was paid, shipped or completed.
void TestDatabase::open_ofSchema6_keepsWhatEachOrderWasPaid()
{
    QCOMPARE(writeDatabaseAtVersion(path(), 6), QString());
    {
        RawDatabase raw(path());
        QCOMPARE(raw.exec(u"INSERT INTO import_batches (id, started_at, finished_at, user_name, "
                          "shop, file_name, profile) VALUES (1, '2026-03-01T10:00:00.000Z', "
                          "'2026-03-01T10:00:01.000Z', 'anna', 'shop', 'orders.csv', "
                          "'shopify')"_s),
                 QString());
        const QString insert = u"INSERT INTO orders (number, shop, external_id, ordered_at, "
            "status, currency, prices_include_tax, net_total, tax_total, total, created_at, "
            "updated_at, paid_at, import_batch_id) VALUES (?, 'shop', ?, "
            "'2026-03-01T10:00:00.000Z', ?, 'EUR', 1, 840, 160, 1000, "
            "'2026-03-01T10:00:00.000Z', '2026-03-01T10:00:00.000Z', ?, ?)"_s;
        const QVariant none;
        for (const QVariantList &order : {
                 QVariantList{u"A1"_s, u"#1"_s, u"paid"_s, u"2026-03-01T10:05:00.000Z"_s, 1},
                 QVariantList{u"A2"_s, u"#2"_s, u"open"_s, none, 1},
                 QVariantList{u"A3"_s, u"#3"_s, u"completed"_s, none, none},
                 QVariantList{u"A4"_s, u"#4"_s, u"open"_s, none, none},
                 QVariantList{u"A5"_s, u"#5"_s, u"cancelled"_s, u"2026-03-01T10:05:00.000Z"_s,
                              1}})
            QCOMPARE(raw.exec(insert, order), QString());
    }
    auto db = Database::open(path(), Database::OpenMode::ExistingOnly);
    KONTOR_VERIFY_OK(db);
    QCOMPARE(selectValue((*db)->connection(),
                         u"SELECT group_concat(number || ' ' || paid, ', ') FROM "
                         "(SELECT number, paid FROM orders ORDER BY number)"_s)
                 .toString(),
             u"A1 1000, A2 0, A3 1000, A4 0, A5 1000"_s);
}

void TestDatabase::open_ofOlderSchema_upgradesToLatest_data()
{
    QTest::addColumn<int>("version");
    for (int version = 0; version < Database::latestSchemaVersion(); ++version)
        QTest::addRow("from schema %d", version) << version;
}

void TestDatabase::open_ofOlderSchema_upgradesToLatest()
{
    QFETCH(int, version);
    QCOMPARE(writeDatabaseAtVersion(path(), version), QString());
    if (version >= 1) {
        RawDatabase raw(path());
        QCOMPARE(raw.exec(u"INSERT INTO warehouses (code, name) VALUES ('OLD', 'Altbestand')"_s),
            QString());
        // Names from before their sort keys, written in code point order.
        for (const QString &insert : {
                 u"INSERT INTO customers (number, name, city, country, created_at) VALUES "
                 "('K1', 'Schulz', 'Zwickau', 'DE', '2026-01-05T10:00:00.000Z'), "
                 "('K2', 'de Vries', NULL, 'NL', '2026-01-05T10:00:00.000Z'), "
                 "('K3', 'Ölmann', 'Öhringen', 'DE', '2026-01-05T10:00:00.000Z')"_s,
                 u"INSERT INTO articles (sku, name, unit, currency, sales_price, purchase_price, "
                 "vat_rate, stock_tracked, created_at) VALUES "
                 "('T-1', 'Tee', 'pc', 'EUR', 500, 200, 7, 1, '2026-01-05T10:00:00.000Z'), "
                 "('A-1', 'Äpfel', 'kg', 'EUR', 300, 100, 7, 1, '2026-01-05T10:00:00.000Z')"_s,
                 u"INSERT INTO departments (name) VALUES ('Versand'), ('Ämter')"_s,
                 u"INSERT INTO employees (number, first_name, last_name, job_title, hired_on, "
                 "weekly_minutes, monthly_salary, currency, created_at) VALUES "
                 "('P1', 'Zoë', 'Müller', 'Lager', '2025-01-02', 2400, 250000, 'EUR', "
                 "'2026-01-05T10:00:00.000Z'), "
                 "('P2', 'Anna', 'Müller', 'Lager', '2025-01-02', 2400, 250000, 'EUR', "
                 "'2026-01-05T10:00:00.000Z'), "
                 "('P3', 'Ida', 'Meier', 'Lager', '2025-01-02', 2400, 250000, 'EUR', "
                 "'2026-01-05T10:00:00.000Z')"_s})
            QCOMPARE(raw.exec(insert), QString());
    }

    {
        auto db = Database::open(path(), Database::OpenMode::ExistingOnly);
        QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().message));
        QCOMPARE((*db)->schemaVersion(), Database::latestSchemaVersion());
        QCOMPARE(pragma(**db, u"application_id"_s), kontorApplicationId);
        if (version >= 1)
            QCOMPARE(selectValue((*db)->connection(),
                         u"SELECT count(*) FROM warehouses WHERE code = 'OLD'"_s)
                         .toInt(),
                1);
    }

    // The upgraded file is a working company.
    auto company = Company::open(path(), Database::OpenMode::ExistingOnly);
    QVERIFY(company.ok());
    const Status initialised = (*company)->initialise(TestCompany::actor(), { u"Upgraded GmbH"_s });
    QVERIFY2(
        initialised.ok(), qPrintable(initialised.ok() ? QString() : initialised.error().message));
    if (version == 0)
        return;
    // Opening gave the older names their sort keys: the lists sort them as people read them.
    const QSqlDatabase db = (*company)->database().connection();
    const auto column = [&db](const QString &sql) {
        QStringList values;
        QSqlQuery q(db);
        if (q.exec(sql)) {
            while (q.next())
                values << q.value(0).toString();
        }
        return values;
    };
    QCOMPARE(column(u"SELECT name FROM customers ORDER BY name_key"_s),
             QStringList({u"de Vries"_s, u"Ölmann"_s, u"Schulz"_s}));
    QCOMPARE(column(u"SELECT coalesce(city_key, '-') FROM customers ORDER BY id"_s),
             QStringList({u"zwickau"_s, u"-"_s, u"ohringen"_s}));
    QCOMPARE(column(u"SELECT name FROM articles ORDER BY name_key"_s),
             QStringList({u"Äpfel"_s, u"Tee"_s}));
    QCOMPARE(column(u"SELECT name FROM departments ORDER BY name_key"_s),
             QStringList({u"Ämter"_s, u"Versand"_s}));
    QCOMPARE(column(u"SELECT first_name FROM employees ORDER BY last_name_key, first_name_key"_s),
             QStringList({u"Ida"_s, u"Anna"_s, u"Zoë"_s}));
}

void TestDatabase::open_whenMigrationFails_leavesSchemaVersionAndTablesUntouched()
{
    // A Kontor file at schema 0 in which a table of the first migration exists already:
    // the step fails half-way and must leave nothing of itself behind.
    {
        RawDatabase raw(path());
        QVERIFY(raw.isOpen());
        QCOMPARE(raw.exec(u"PRAGMA application_id = %1"_s.arg(kontorApplicationId)), QString());
        QCOMPARE(raw.exec(u"CREATE TABLE journal_lines (squatter TEXT)"_s), QString());
        QCOMPARE(raw.exec(u"INSERT INTO journal_lines VALUES ('still here')"_s), QString());
    }

    auto db = Database::open(path(), Database::OpenMode::ExistingOnly);
    QVERIFY(!db.ok());
    QVERIFY2(db.error().message.contains(u"schema 1"_s), qPrintable(db.error().message));

    RawDatabase raw(path());
    QCOMPARE(raw.value(u"PRAGMA user_version"_s).toInt(), 0);
    // Tables created earlier in the same step were rolled back with it.
    QCOMPARE(raw.value(u"SELECT count(*) FROM sqlite_schema WHERE name IN ('company', 'orders', "
                       "'customers_search')"_s)
                 .toInt(),
        0);
    QCOMPARE(raw.value(u"SELECT squatter FROM journal_lines"_s).toString(), u"still here"_s);
}

void TestDatabase::open_ofNewerSchema_isRefusedAndLeavesFileUnchanged()
{
    {
        auto db = Database::open(path());
        QVERIFY(db.ok());
        QCOMPARE(execSql((*db)->connection(),
                     u"INSERT INTO warehouses (code, name) VALUES ('X', 'Y')"_s),
            QString());
    }
    {
        RawDatabase raw(path());
        QCOMPARE(raw.exec(u"PRAGMA user_version = %1"_s.arg(Database::latestSchemaVersion() + 1)),
            QString());
    }
    const QByteArray before = fileDigest(path());
    const QStringList filesBefore = filesIn(m_dir->path());
    QVERIFY(!before.isEmpty());

    for (auto mode : { Database::OpenMode::CreateIfMissing, Database::OpenMode::ExistingOnly }) {
        auto db = Database::open(path(), mode);
        QVERIFY(!db.ok());
        QVERIFY2(db.error().message.contains(u"newer Kontor"_s), qPrintable(db.error().message));
        QVERIFY2(db.error().message.contains(QString::number(Database::latestSchemaVersion() + 1)),
            qPrintable(db.error().message));
    }
    QCOMPARE(fileDigest(path()), before);
    QCOMPARE(filesIn(m_dir->path()), filesBefore);
}

void TestDatabase::open_ofNonSqliteFile_isRefusedAndLeavesFileUnchanged_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::newRow("short text") << QByteArray("not a database\n");
    QTest::newRow("long text") << QByteArray("Rechnung Nr. 4711; Betrag 12,50 EUR\n").repeated(400);
    QByteArray binary;
    for (int i = 0; i < 8192; ++i)
        binary.append(char((i * 7919) % 251));
    QTest::newRow("binary") << binary;
    QTest::newRow("SQLite header, then garbage")
        << (QByteArray("SQLite format 3", 16) + QByteArray(4080, '\x5a'));
}

void TestDatabase::open_ofNonSqliteFile_isRefusedAndLeavesFileUnchanged()
{
    QFETCH(QByteArray, content);
    {
        QFile file(path());
        QVERIFY(file.open(QIODevice::WriteOnly));
        QCOMPARE(file.write(content), qint64(content.size()));
    }
    const QStringList filesBefore = filesIn(m_dir->path());

    auto db = Database::open(path());
    QVERIFY(!db.ok());
    QVERIFY(!db.error().message.isEmpty());
    QVERIFY2(db.error().message.contains(QDir::toNativeSeparators(path())),
        qPrintable(db.error().message));
    QFile file(path());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), content);
    QCOMPARE(filesIn(m_dir->path()), filesBefore);
}

void TestDatabase::open_ofOtherProgramsSqliteFile_isRefusedAndLeavesFileUnchanged_data()
{
    QTest::addColumn<QStringList>("statements");
    QTest::newRow("a table, no application id")
        << QStringList { u"CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT)"_s,
               u"INSERT INTO notes (text) VALUES ('Einkaufsliste')"_s };
    QTest::newRow("another application id") << QStringList { u"PRAGMA application_id = 1234"_s };
    QTest::newRow("another application id, WAL") << QStringList { u"PRAGMA journal_mode = WAL"_s,
        u"PRAGMA application_id = 42"_s, u"CREATE TABLE t (a)"_s };
    QTest::newRow("a view only") << QStringList { u"CREATE VIEW v AS SELECT 1"_s };
}

void TestDatabase::open_ofOtherProgramsSqliteFile_isRefusedAndLeavesFileUnchanged()
{
    QFETCH(QStringList, statements);
    {
        RawDatabase raw(path());
        for (const QString &statement : statements)
            QCOMPARE(raw.exec(statement), QString());
    }
    const QByteArray before = fileDigest(path());
    const QStringList filesBefore = filesIn(m_dir->path());

    auto db = Database::open(path());
    QVERIFY(!db.ok());
    QVERIFY2(db.error().message.contains(u"another program"_s), qPrintable(db.error().message));
    QCOMPARE(fileDigest(path()), before);
    QCOMPARE(filesIn(m_dir->path()), filesBefore);
}

void TestDatabase::open_existingOnlyOfMissingFile_failsAndCreatesNothing()
{
    const QString missing = m_dir->filePath(u"sub/missing.sqlite"_s);
    auto db = Database::open(missing, Database::OpenMode::ExistingOnly);
    QVERIFY(!db.ok());
    QVERIFY2(db.error().message.contains(QDir::toNativeSeparators(missing)),
        qPrintable(db.error().message));
    QVERIFY(!QFileInfo::exists(missing));
    QVERIFY(filesIn(m_dir->path()).isEmpty());
}

void TestDatabase::open_ofFolder_isRefused()
{
    QVERIFY(QDir(m_dir->path()).mkdir(u"folder.sqlite"_s));
    auto db = Database::open(path(u"folder.sqlite"_s));
    QVERIFY(!db.ok());
    QVERIFY(!db.error().message.isEmpty());
}

void TestDatabase::open_withoutPath_isRefused()
{
    auto db = Database::open(QString());
    QVERIFY(!db.ok());
    QVERIFY(!db.error().message.isEmpty());
}

void TestDatabase::openAnother_seesTheSameCompany()
{
    auto first = Database::open(path());
    QVERIFY(first.ok());
    QCOMPARE(
        execSql((*first)->connection(), u"INSERT INTO warehouses (code, name) VALUES ('A', 'B')"_s),
        QString());
    auto second = (*first)->openAnother();
    QVERIFY2(second.ok(), qPrintable(second.ok() ? QString() : second.error().message));
    QCOMPARE((*second)->path(), (*first)->path());
    QCOMPARE(selectValue((*second)->connection(), u"SELECT count(*) FROM warehouses"_s).toInt(), 1);
    QVERIFY((*second)->connection().connectionName() != (*first)->connection().connectionName());
}

void TestDatabase::prepared_ofSameSql_isReused()
{
    auto db = Database::open(path());
    QVERIFY(db.ok());
    const QString sql = u"SELECT count(*) FROM warehouses WHERE code = ?"_s;
    QSqlQuery &first = (*db)->prepared(sql);
    QSqlQuery &second = (*db)->prepared(sql);
    QCOMPARE(&first, &second);
    QVERIFY(&(*db)->prepared(u"SELECT 1"_s) != &first);
}

void TestDatabase::insertRows_writesEveryRowAndGivesTheirIdsInOrder_data()
{
    QTest::addColumn<int>("rows");
    QTest::newRow("none") << 0;
    QTest::newRow("one") << 1;
    QTest::newRow("one statement's worth") << int(Database::rowsPerInsert);
    // Two full statements, then 4 + 2 + 1 rows.
    QTest::newRow("two full statements and the rest") << int(2 * Database::rowsPerInsert + 7);
}

void TestDatabase::insertRows_writesEveryRowAndGivesTheirIdsInOrder()
{
    QFETCH(int, rows);
    auto db = Database::open(path());
    QVERIFY(db.ok());
    Database &database = **db;
    QCOMPARE(execSql(database.connection(),
                     u"INSERT INTO warehouses (code, name) VALUES ('X', 'x')"_s),
             QString());
    const auto ids = database.insertRows(u"warehouses"_s, {u"code"_s, u"name"_s}, rows,
                                         [](BoundValues &q, qsizetype i) {
                                             q.add(u"W%1"_s.arg(i));
                                             q.add(u"Lager %1"_s.arg(i));
                                         });
    QVERIFY(ids.ok());
    QCOMPARE(qsizetype(ids->size()), qsizetype(rows));
    for (int i = 0; i < rows; ++i)
        QCOMPARE((*ids)[size_t(i)], selectValue(database.connection(),
                                                u"SELECT id FROM warehouses WHERE code = ?"_s,
                                                {u"W%1"_s.arg(i)})
                                        .toLongLong());
    QCOMPARE(selectValue(database.connection(), u"SELECT count(*) FROM warehouses"_s).toInt(),
             rows + 1);
}

void TestDatabase::insertRows_refusedRow_writesNothingOfItsStatement()
{
    auto db = Database::open(path());
    QVERIFY(db.ok());
    Database &database = **db;
    // Row 3 repeats row 1's code, which must be unique.
    const auto ids = database.insertRows(u"warehouses"_s, {u"code"_s, u"name"_s}, 5,
                                         [](BoundValues &q, qsizetype i) {
                                             q.add(i == 3 ? u"W1"_s : u"W%1"_s.arg(i));
                                             q.add(u"Lager"_s);
                                         });
    QVERIFY(!ids.ok());
    QVERIFY2(ids.error().message.contains(u"UNIQUE constraint failed: warehouses.code"_s),
             qPrintable(ids.error().message));
    QVERIFY(!ids.error().storageFailure);
    QCOMPARE(selectValue(database.connection(), u"SELECT count(*) FROM warehouses"_s).toInt(), 0);
}

using Bind = std::function<void(BoundValues &)>;

void TestDatabase::insertRows_storesNullsTextsAndIntegersAsBound_data()
{
    QTest::addColumn<Bind>("bind");
    QTest::addColumn<QString>("type");
    QTest::addColumn<QVariant>("stored");
    const QString text = u"Müller & Söhne – 東京 \"A'B\""_s;
    // Past a double's 53 bits: stored exactly or not at all.
    const qint64 big = (qint64(1) << 62) + 1;
    QTest::newRow("qint64") << Bind([=](BoundValues &v) { v.add(big); }) << u"integer"_s
                            << QVariant(big);
    QTest::newRow("negative int") << Bind([](BoundValues &v) { v.add(-7); }) << u"integer"_s
                                  << QVariant(qint64(-7));
    QTest::newRow("text") << Bind([=](BoundValues &v) { v.add(text); }) << u"text"_s
                          << QVariant(text);
    QTest::newRow("empty text") << Bind([](BoundValues &v) { v.add(u""_s); }) << u"text"_s
                                << QVariant(u""_s);
    QTest::newRow("null text") << Bind([](BoundValues &v) { v.add(QString()); }) << u"null"_s
                               << QVariant();
    QTest::newRow("invalid QVariant") << Bind([](BoundValues &v) { v.add(QVariant()); })
                                      << u"null"_s << QVariant();
    QTest::newRow("QVariant qint64") << Bind([=](BoundValues &v) { v.add(QVariant(big)); })
                                     << u"integer"_s << QVariant(big);
    QTest::newRow("QVariant bool") << Bind([](BoundValues &v) { v.add(QVariant(true)); })
                                   << u"integer"_s << QVariant(qint64(1));
    QTest::newRow("QVariant text") << Bind([=](BoundValues &v) { v.add(QVariant(text)); })
                                   << u"text"_s << QVariant(text);
}

// Through SQLite's own statements where the build and Qt's driver allow it (writesDirectly),
// else through QtSql (the core-only CI build): either way, the same values are stored.
void TestDatabase::insertRows_storesNullsTextsAndIntegersAsBound()
{
    QFETCH(Bind, bind);
    QFETCH(QString, type);
    QFETCH(QVariant, stored);
    auto db = Database::open(path());
    QVERIFY(db.ok());
    Database &database = **db;
    QCOMPARE(execSql(database.connection(), u"CREATE TEMP TABLE bound (v)"_s), QString());
    // A full statement and two smaller ones, the value between two others.
    const int rows = int(Database::rowsPerInsert) + 3;
    const auto ids = database.insertRows(u"bound"_s, {u"v"_s}, rows, [&](BoundValues &v,
                                                                          qsizetype i) {
        if (i % 2 == 1)
            bind(v);
        else
            v.add(i);
    });
    QVERIFY2(ids.ok(), qPrintable(ids.ok() ? QString() : ids.error().message));
    QSqlQuery read(database.connection());
    QVERIFY(read.exec(u"SELECT typeof(v), v FROM bound ORDER BY rowid"_s));
    for (int i = 0; i < rows; ++i) {
        QVERIFY(read.next());
        if (i % 2 == 0) {
            QCOMPARE(read.value(1).toLongLong(), qint64(i));
            continue;
        }
        QCOMPARE(read.value(0).toString(), type);
        if (type == u"integer")
            QCOMPARE(read.value(1).toLongLong(), stored.toLongLong());
        else if (type == u"text")
            QCOMPARE(read.value(1).toString(), stored.toString());
        else
            QVERIFY(read.value(1).isNull());
    }
    QVERIFY(!read.next());
}

void TestDatabase::insertRows_rowWithAValueTooFew_isRefused()
{
    auto db = Database::open(path());
    QVERIFY(db.ok());
    Database &database = **db;
    // No constraint to catch it: the values after the gap would shift into the wrong columns.
    QCOMPARE(execSql(database.connection(), u"CREATE TEMP TABLE pairs (a, b)"_s), QString());
    const auto ids = database.insertRows(u"pairs"_s, {u"a"_s, u"b"_s}, 3,
                                         [](BoundValues &q, qsizetype i) {
                                             q.add(i);
                                             if (i != 1)
                                                 q.add(u"b"_s);
                                         });
    QVERIFY(!ids.ok());
    QCOMPARE(selectValue(database.connection(), u"SELECT count(*) FROM pairs"_s).toInt(), 0);
}

void TestDatabase::writesDirectly_whereQtsDriverUsesKontorsSqlite()
{
    auto db = Database::open(path());
    QVERIFY(db.ok());
    const QString linked = Database::linkedSqliteSource();
    if (linked.isEmpty())
        QSKIP("Built without SQLite's own library (KONTOR_SQLITE_DIRECT=OFF or not found)");
    const QString drivers =
        selectValue((*db)->connection(), u"SELECT sqlite_source_id()"_s).toString();
    if (drivers != linked)
        QSKIP("Qt's SQLite driver brings its own SQLite");
    // As on Linux distributions: Qt's driver and Kontor share the system's SQLite.
    QVERIFY((*db)->writesDirectly());
    auto another = (*db)->openAnother();
    QVERIFY(another.ok());
    QVERIFY((*another)->writesDirectly());
}

void TestDatabase::backupTo_newFile_copiesWholeCompany()
{
    TestCompany company(TestCompany::Setup::Demo, 30);
    const auto original = company->statistics();
    QVERIFY(original.ok());
    const QString target = company.folder() + u"/backups/copy.sqlite"_s;
    QVERIFY(QDir().mkpath(company.folder() + u"/backups"_s));

    const Status s = company->database().backupTo(target);
    QVERIFY2(s.ok(), qPrintable(s.ok() ? QString() : s.error().message));

    auto copy = Company::open(target, Database::OpenMode::ExistingOnly);
    QVERIFY2(copy.ok(), qPrintable(copy.ok() ? QString() : copy.error().message));
    QCOMPARE((*copy)->database().schemaVersion(), Database::latestSchemaVersion());
    const auto copied = (*copy)->statistics();
    QVERIFY(copied.ok());
    QCOMPARE(copied->tableRows, original->tableRows);
    QCOMPARE((*copy)->profile()->name, company->profile()->name);
}

void TestDatabase::backupTo_existingFile_isRefusedAndLeavesItUnchanged()
{
    TestCompany company(TestCompany::Setup::Initialised);
    const QString target = company.folder() + u"/existing.sqlite"_s;
    {
        QFile file(target);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("yesterday's backup");
    }
    const QByteArray before = fileDigest(target);

    const Status s = company->database().backupTo(target);
    QVERIFY(!s.ok());
    QVERIFY2(s.error().message.contains(QDir::toNativeSeparators(target)),
        qPrintable(s.error().message));
    QCOMPARE(fileDigest(target), before);
}

void TestDatabase::resolvePath_prefersCommandLineThenEnvironmentThenDefault()
{
    const QByteArray saved = qgetenv("KONTOR_DB");
    const bool wasSet = qEnvironmentVariableIsSet("KONTOR_DB");
    const auto restore = qScopeGuard([&] {
        if (wasSet)
            qputenv("KONTOR_DB", saved);
        else
            qunsetenv("KONTOR_DB");
    });

    qputenv("KONTOR_DB", QByteArray("/from/environment.sqlite"));
    QCOMPARE(Database::resolvePath(u"/from/command-line.sqlite"_s), u"/from/command-line.sqlite"_s);
    QCOMPARE(Database::resolvePath(QString()), u"/from/environment.sqlite"_s);
    qunsetenv("KONTOR_DB");
    QCOMPARE(Database::resolvePath(QString()), Database::defaultPath());
    QVERIFY(Database::defaultPath().endsWith(u"kontor.sqlite"_s));
}

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
