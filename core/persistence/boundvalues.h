// SPDX-FileCopyrightText: 2026 The Kontor authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QVariant>

#include <vector>

class QSqlQuery;
struct sqlite3_stmt;

namespace Kontor {

/**
 * The values of a statement's placeholders, added in their order. For a QSqlQuery they are
 * QtSql's bound values. Database::insertRows binds them straight into SQLite's own statement
 * where the connection allows it: QtSql keeps a QVariant, a placeholder name and a hash entry
 * for every value, which cost a large import a third of its time.
 * A null QString and an invalid QVariant are NULL, as QtSql binds them.
 */
class BoundValues
{
public:
    explicit BoundValues(QSqlQuery &query)
        : m_query(&query)
    {
    }
    Q_DISABLE_COPY_MOVE(BoundValues)

    void add(qint64 value);
    void add(int value) { add(qint64(value)); }
    void add(const QString &text);
    /// An invalid QVariant (NULL), an integer or a text.
    void add(const QVariant &value);

private:
    friend class Database;
    explicit BoundValues(sqlite3_stmt *statement)
        : m_statement(statement)
    {
    }
    void addNull();
    /// Counts a value bound into the statement, keeping the first of SQLite's complaints.
    void bound(int result);

    QSqlQuery *m_query = nullptr;
    sqlite3_stmt *m_statement = nullptr;
    int m_next = 1;                  // SQLite counts placeholders from 1
    int m_result = 0;                // SQLITE_OK, or the first binding that failed
    std::vector<QByteArray> m_texts; // the texts bound, in UTF-8, until the statement has run
};

} // namespace Kontor
