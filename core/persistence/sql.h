// SPDX-FileCopyrightText: 2026 The Kontor authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/ids.h"
#include "common/result.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

#include <optional>
#include <utility>
#include <vector>

namespace Kontor::Sql {

/// Turns a driver error into words a user understands (disk full, read-only file, locked,
/// refused by a rule of the database) while keeping the driver's text for the log.
Error errorFrom(const QSqlError &error);
/// The same for SQLite's result code (primary or extended) and message.
Error errorFrom(int sqliteCode, const QString &driverText);

/// Executes a prepared query; a failure becomes a readable Error.
Status exec(QSqlQuery &query);
/// Prepares and executes one statement without bound values.
Status exec(const QSqlDatabase &db, const QString &sql);
/// The rowid of the row a prepared INSERT just wrote.
qint64 lastInsertId(const QSqlQuery &query);

/// NULL for an empty text: optional fields are NULL in the database, not ''.
inline QVariant nullIfEmpty(const QString &text)
{
    return text.isEmpty() ? QVariant() : QVariant(text);
}

/// The sort key of a name (common/sortkey.h), stored beside it; NULL for an empty name.
QVariant sortKeyOf(const QString &text);

/// NULL for an id that names nothing (an order without a customer, a line without an article).
template<class Tag>
QVariant nullIfInvalid(Id<Tag> id)
{
    return id.isValid() ? QVariant(id.value()) : QVariant();
}

/// "?, ?, ?": count placeholders, for a row of values or an IN list.
QString placeholders(qsizetype count);

/// Executes a prepared query and reads at most one row with read(query).
template<class T, class Reader>
Result<std::optional<T>> fetchOptional(QSqlQuery &query, Reader read)
{
    if (Status status = exec(query); !status)
        return status.error();
    std::optional<T> result;
    if (query.next())
        result = read(query);
    query.finish();
    return result;
}

/// Executes a prepared query and reads every row with read(query).
template<class T, class Reader> Result<std::vector<T>> fetchAll(QSqlQuery &query, Reader read)
{
    if (Status status = exec(query); !status)
        return status.error();
    std::vector<T> rows;
    while (query.next())
        rows.push_back(read(query));
    query.finish();
    return rows;
}

/// Splits a migration script into statements: semicolons end statements except inside
/// quotes, comments and CREATE TRIGGER … END bodies.
QStringList splitStatements(const QString &script);

/// The exclusive upper bound of all strings that start with prefix, for index-friendly
/// prefix filters: `column >= prefix AND column < prefixUpperBound(prefix)`.
QString prefixUpperBound(const QString &prefix);

/// Writes the sort keys of the rows of table that have none yet (those written before their
/// table had keys). keys pairs each key column with the column it is the key of; a row
/// needs keys when the first key column is NULL, which an index on it finds at once.
/// Reads and writes in batches, in the caller's transaction.
Status fillSortKeys(const QSqlDatabase &db, const QString &table,
                    const QList<std::pair<QString, QString>> &keys);

/// An FTS5 MATCH expression that finds every word of text as a word prefix.
QString ftsPrefixQuery(const QString &text);

} // namespace Kontor::Sql
