// SPDX-FileCopyrightText: 2026 The Kontor authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "persistence/boundvalues.h"

#include <QCoreApplication>
#include <QHash>
#include <QPair>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <vector>

class QThread;
struct sqlite3;
struct sqlite3_stmt;

namespace Kontor {

/**
 * One SQLite connection to a company file, owned by the thread that opened it.
 * Opening applies Kontor's PRAGMAs and brings the schema up to date; a file written by a newer
 * Kontor, or a file that is not a Kontor company, is refused and left untouched.
 * Another thread opens its own Database on the same file (WAL lets readers and one writer meet).
 */
class Database
{
    Q_DECLARE_TR_FUNCTIONS(Kontor::Database)
public:
    enum class OpenMode {
        CreateIfMissing,
        ExistingOnly,
    };

    ~Database();
    Q_DISABLE_COPY_MOVE(Database)

    static Result<std::unique_ptr<Database>> open(const QString &path,
                                                  OpenMode mode = OpenMode::CreateIfMissing);
    /// The per-user default company file: <AppDataLocation>/kontor.sqlite.
    static QString defaultPath();
    /// --db wins, then KONTOR_DB, then defaultPath().
    static QString resolvePath(const QString &commandLinePath);
    /// The schema version this build writes.
    static int latestSchemaVersion();

    /// A second connection to the same file, for a worker thread. Call from that thread.
    Result<std::unique_ptr<Database>> openAnother() const;

    QString path() const { return m_path; }
    QSqlDatabase connection() const;
    int schemaVersion() const;

    /// A prepared statement kept for reuse on this connection. Finish it after reading.
    QSqlQuery &prepared(const QString &sql);

    /// Rows one UPDATE changes, or one IN list names, at most where a service changes or reads
    /// many (an UPDATE by CASE compares each row with every id it names).
    static constexpr qsizetype rowsPerStatement = 16;
    /// Rows one INSERT of insertRows() writes at most (a power of two).
    static constexpr qsizetype rowsPerInsert = 64;
    /// Inserts that many rows into table with few statements; bindRow binds the values of row i
    /// in the order of columns. The rest of a multiple of rowsPerInsert goes in with statements
    /// of a power of two rows each, so that a table has only a few statements to keep. Returns
    /// the rowids given, in row order (a table without AUTOINCREMENT numbers new rows one above
    /// its largest rowid, row after row); a table WITHOUT ROWID has none, and what is returned
    /// for it means nothing.
    Result<std::vector<qint64>>
    insertRows(const QString &table, const QStringList &columns, qsizetype rows,
               const std::function<void(BoundValues &, qsizetype)> &bindRow);
    /// Whether insertRows() binds its values straight into SQLite's statements: when Kontor
    /// was built with SQLite's library (KONTOR_SQLITE_DIRECT) and Qt's driver uses that very
    /// library, not a copy of its own. Otherwise the values go through QtSql.
    bool writesDirectly() const { return m_sqlite != nullptr; }
    /// sqlite_source_id() of the SQLite library Kontor was built with; empty without one.
    static QString linkedSqliteSource();

    /// A consistent copy of the whole company into a new file (which must not exist).
    Status backupTo(const QString &targetPath);

    /// Nesting depth of Transaction objects on this connection (0: none open).
    int transactionDepth() const { return m_transactionDepth; }

    /// Runs action once the outermost transaction has committed (at once when none is open);
    /// drops it when the work it belongs to is rolled back. Services announce changes so, so
    /// that nobody hears of rows that never came to be.
    void afterCommit(std::function<void()> action);

    /// While one lives, afterCommit() drops the per-row announcements of the services: a bulk
    /// change (an import of a million rows) announces itself once, as a whole, instead of
    /// keeping a million of them in memory until it commits.
    class BulkChanges
    {
    public:
        explicit BulkChanges(Database &db);
        ~BulkChanges();
        Q_DISABLE_COPY_MOVE(BulkChanges)

    private:
        Database &m_db;
    };

    /// Sets aside, until the outermost transaction ends, the indexes that only lists and
    /// reports read and whose keys come in random order (amounts, SKUs, names). Keeping those
    /// up entry by entry is what makes a large import slow, and past the page cache, I/O bound.
    /// The commit builds each of them again in one sorted pass; a rollback brings them back as
    /// they were. Call directly inside the outermost transaction, not inside a savepoint. When
    /// it fails half-way, those it set aside are built at the commit all the same.
    Status deferListIndexes();
    /// The indexes deferListIndexes() sets aside.
    static QStringList listIndexes();

    /// Changes whenever this connection or another one has changed the database.
    QPair<qint64, qint64> changeStamp();

private:
    friend class Transaction;
    Database(QString connectionName, QString path);
    Status configure(bool created);
    Status migrate();
    /// Rows this connection has inserted, changed or deleted since it opened; -1 on error.
    qint64 totalChanges();
    /// Builds the indexes deferListIndexes() set aside; the outermost commit calls it.
    Status buildDeferredIndexes();
    /// Runs the INSERT sql with the values of rows first to first + count - 1; returns the
    /// rowid of the last row written.
    Result<qint64> insertOnce(const QString &sql, qsizetype first, qsizetype count,
                              const std::function<void(BoundValues &, qsizetype)> &bindRow);

    QString m_connectionName;
    QString m_path;
    QHash<QString, QSqlQuery> m_statements;
    sqlite3 *m_sqlite = nullptr; // Qt's driver's own handle, when writesDirectly()
    QHash<QString, sqlite3_stmt *> m_sqliteStatements;
    std::vector<std::function<void()>> m_afterCommit;
    int m_transactionDepth = 0;
    bool m_failedInside = false; // a joined transaction failed: the unit must not commit
    int m_bulkChanges = 0;
    QStringList m_deferredIndexes; // the CREATE INDEX statements of those set aside
    QThread *m_thread = nullptr;
};

} // namespace Kontor
