// SPDX-FileCopyrightText: 2026 The Kontor authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "numberseries.h"

#include "persistence/database.h"
#include "persistence/sql.h"

#include <QCoreApplication>

namespace Kontor {

Status NumberSeries::define(const QString &series, const QString &prefix, int width)
{
    QSqlQuery &query = m_db.prepared(QStringLiteral(
        "INSERT INTO number_series (name, prefix, next_value, width) VALUES (?, ?, 1, ?)"));
    query.addBindValue(series);
    query.addBindValue(prefix);
    query.addBindValue(width);
    return Sql::exec(query);
}

Result<QString> NumberSeries::next(const QString &series)
{
    auto numbers = next(series, 1);
    if (!numbers)
        return numbers.error();
    return numbers->constFirst();
}

Result<QStringList> NumberSeries::next(const QString &series, int count)
{
    Q_ASSERT_X(m_db.transactionDepth() > 0, "Kontor::NumberSeries",
               "numbers are taken inside the transaction that uses them");
    Q_ASSERT(count > 0);
    QSqlQuery &select = m_db.prepared(
        QStringLiteral("SELECT prefix, next_value, width FROM number_series WHERE name = ?"));
    select.addBindValue(series);
    if (Status status = Sql::exec(select); !status)
        return status.error();
    if (!select.next()) {
        select.finish();
        return makeError(QCoreApplication::translate("Kontor::NumberSeries",
                                                     "The number series '%1' is not defined.")
                             .arg(series));
    }
    const QString prefix = select.value(0).toString();
    const qint64 first = select.value(1).toLongLong();
    const int width = select.value(2).toInt();
    select.finish();

    QSqlQuery &advance = m_db.prepared(
        QStringLiteral("UPDATE number_series SET next_value = next_value + ? WHERE name = ?"));
    advance.addBindValue(count);
    advance.addBindValue(series);
    if (Status status = Sql::exec(advance); !status)
        return status.error();
    QStringList numbers;
    numbers.reserve(count);
    for (qint64 value = first; value < first + count; ++value)
        numbers << prefix + QStringLiteral("%1").arg(value, width, 10, QChar(u'0'));
    return numbers;
}

} // namespace Kontor
