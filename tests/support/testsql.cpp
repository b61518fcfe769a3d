// SPDX-FileCopyrightText: 2026 The Kontor authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "testsql.h"

#include <QAtomicInteger>
#include <QCryptographicHash>
#include <QFile>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

#include <algorithm>

namespace Kontor::Test {

namespace {

QAtomicInteger<quint64> rawConnections;

bool prepareAndRun(QSqlQuery &query, const QString &sql, const QVariantList &values)
{
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        return false;
    for (const QVariant &value : values)
        query.addBindValue(value);
    return query.exec();
}

QString errorText(const QSqlQuery &query)
{
    const QSqlError error = query.lastError();
    return error.text().isEmpty() ? QStringLiteral("unknown error") : error.text();
}

} // namespace

QString execSql(const QSqlDatabase &db, const QString &sql, const QVariantList &values)
{
    QSqlQuery query(db);
    if (!prepareAndRun(query, sql, values))
        return errorText(query);
    return {};
}

QVariant selectValue(const QSqlDatabase &db, const QString &sql, const QVariantList &values)
{
    QSqlQuery query(db);
    if (!prepareAndRun(query, sql, values)) {
        qWarning("selectValue: %s: %s", qPrintable(sql), qPrintable(errorText(query)));
        return {};
    }
    return query.next() ? query.value(0) : QVariant();
}

QVariantList selectColumn(const QSqlDatabase &db, const QString &sql, const QVariantList &values)
{
    QSqlQuery query(db);
    QVariantList column;
    if (!prepareAndRun(query, sql, values)) {
        qWarning("selectColumn: %s: %s", qPrintable(sql), qPrintable(errorText(query)));
        return column;
    }
    while (query.next())
        column << query.value(0);
    return column;
}

QVariantList indexDefinitions(const QSqlDatabase &db)
{
    return selectColumn(db, QStringLiteral("SELECT name || ': ' || sql FROM sqlite_master "
                                           "WHERE type = 'index' ORDER BY name"));
}

bool hasWordStartingWith(const QString &text, const QString &prefix)
{
    static const QRegularExpression separators(QStringLiteral("[^\\p{L}\\p{N}]+"));
    const QStringList words = text.split(separators, Qt::SkipEmptyParts);
    return std::any_of(words.cbegin(), words.cend(),
        [&](const QString &word) { return word.startsWith(prefix, Qt::CaseInsensitive); });
}

QByteArray fileDigest(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return hash.result();
}

RawDatabase::RawDatabase(const QString &path)
    : m_name(QStringLiteral("kontor-test-raw-%1").arg(rawConnections.fetchAndAddRelaxed(1)))
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
    db.setDatabaseName(path);
    if (!db.open())
        m_openError = db.lastError().text();
}

RawDatabase::~RawDatabase()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_name, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_name);
}

bool RawDatabase::isOpen() const
{
    return connection().isOpen();
}

QSqlDatabase RawDatabase::connection() const
{
    return QSqlDatabase::database(m_name, false);
}

DatabaseSnapshot snapshot(const QSqlDatabase &db)
{
    DatabaseSnapshot result;
    const QVariantList tables = selectColumn(db,
        QStringLiteral("SELECT name FROM sqlite_schema WHERE type = 'table' "
                       "AND name NOT LIKE 'sqlite_%' ORDER BY name"));
    for (const QVariant &table : tables) {
        // Table names come from the schema itself, never from input.
        const QString name = table.toString();
        result.insert(QStringLiteral("rows:") + name,
            selectValue(db, QStringLiteral("SELECT count(*) FROM \"%1\"").arg(name)).toLongLong());
    }
    QSqlQuery series(db);
    if (series.exec(QStringLiteral("SELECT name, next_value FROM number_series"))) {
        while (series.next())
            result.insert(QStringLiteral("next number:") + series.value(0).toString(),
                series.value(1).toLongLong());
    }
    if (tables.contains(QStringLiteral("stock_levels")))
        result.insert(QStringLiteral("stock on hand"),
            selectValue(db, QStringLiteral("SELECT coalesce(sum(quantity), 0) FROM stock_levels"))
                .toLongLong());
    return result;
}

QString describeChanges(const DatabaseSnapshot &before, const DatabaseSnapshot &after)
{
    QStringList changes;
    QStringList keys = before.keys() + after.keys();
    keys.removeDuplicates();
    keys.sort();
    for (const QString &key : keys) {
        const bool wasThere = before.contains(key);
        const bool isThere = after.contains(key);
        if (wasThere && isThere && before.value(key) == after.value(key))
            continue;
        changes << QStringLiteral("%1: %2 → %3")
                       .arg(key,
                           wasThere ? QString::number(before.value(key)) : QStringLiteral("(none)"),
                           isThere ? QString::number(after.value(key)) : QStringLiteral("(none)"));
    }
    return changes.join(QStringLiteral("; "));
}

} // namespace Kontor::Test
