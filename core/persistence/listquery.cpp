// SPDX-FileCopyrightText: 2026 The Kontor authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "listquery.h"

#include "database.h"
#include "sql.h"

#include <QSqlQuery>

#include <algorithm>

namespace Kontor {

namespace {

void bindAll(QSqlQuery &query, const QVariantList &values)
{
    for (const QVariant &value : values)
        query.addBindValue(value);
}

} // namespace

ListQuery::ListQuery(Database &db, Spec spec)
    : m_db(db)
    , m_spec(std::move(spec))
{
    Q_ASSERT(!m_spec.sortKeys.empty());
}

Condition ListQuery::whereClause(const ListFilter &filter) const
{
    Condition result;
    if (!m_spec.where)
        return result;
    const QList<Condition> conditions = m_spec.where(filter);
    QStringList parts;
    for (const Condition &c : conditions) {
        parts << u'(' + c.sql + u')';
        result.values += c.values;
    }
    if (!parts.isEmpty())
        result.sql = QStringLiteral(" WHERE ") + parts.join(QStringLiteral(" AND "));
    return result;
}

QString ListQuery::orderBy(const ListSort &sort, bool reversed) const
{
    const SortKey &key = sortKey(sort);
    const bool descending = (sort.order == Qt::DescendingOrder) != reversed;
    const QString direction = descending ? QStringLiteral(" DESC") : QStringLiteral(" ASC");
    QString clause = QStringLiteral(" ORDER BY ");
    const QStringList parts = key.expression.split(u',');
    QStringList ordered;
    for (const QString &part : parts)
        ordered << part.trimmed() + direction;
    if (!key.unique)
        ordered << m_spec.idExpression + direction;
    return clause + ordered.join(QStringLiteral(", "));
}

Result<qint64> ListQuery::count(const ListFilter &filter)
{
    const Condition where = whereClause(filter);
    const bool unfiltered = filter.scopeId == 0 && filter.text.trimmed().isEmpty();
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    if (unfiltered && !m_spec.unfilteredCount.isEmpty())
        query.prepare(m_spec.unfilteredCount);
    else
        query.prepare(QStringLiteral("SELECT count(*) FROM ") + m_spec.baseFrom + where.sql);
    if (!unfiltered || m_spec.unfilteredCount.isEmpty())
        bindAll(query, where.values);
    if (Status status = Sql::exec(query); !status)
        return status.error();
    const qint64 rows = query.next() ? query.value(0).toLongLong() : 0;
    query.finish();
    m_countedFilter = filter;
    m_countedRows = rows;
    m_countedAt = m_db.changeStamp();
    return rows;
}

Status ListQuery::run(const ListFilter &filter, const ListSort &sort, qint64 offset, int limit,
                      bool &reversed, const RowReader &read)
{
    reversed = false;
    if (limit <= 0 || offset < 0)
        return {};
    const Condition where = whereClause(filter);
    // From the end when that skips fewer rows: the last page costs what the first does.
    qint64 skip = offset;
    qint64 take = limit;
    if (m_countedRows >= 0 && m_countedFilter == filter && offset > m_countedRows / 2
        && m_countedAt == m_db.changeStamp()) {
        const qint64 end = std::min(m_countedRows, offset + qint64(limit));
        take = end - offset;
        skip = m_countedRows - end;
        reversed = true;
        if (take <= 0)
            return {};
    }
    const QString order = orderBy(sort, reversed);
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    if (sortKey(sort).joined) {
        query.prepare(QStringLiteral("SELECT ") + m_spec.columns + QStringLiteral(" FROM ")
                      + m_spec.from + where.sql + order + QStringLiteral(" LIMIT ? OFFSET ?"));
        bindAll(query, where.values);
    } else {
        // Skip over the base table's index only, then join the page's rows.
        query.prepare(QStringLiteral("SELECT ") + m_spec.columns + QStringLiteral(" FROM ")
                      + m_spec.from + QStringLiteral(" WHERE ") + m_spec.idExpression
                      + QStringLiteral(" IN (SELECT ") + m_spec.idExpression
                      + QStringLiteral(" FROM ") + m_spec.baseFrom + where.sql + order
                      + QStringLiteral(" LIMIT ? OFFSET ?)") + order);
        bindAll(query, where.values);
    }
    query.addBindValue(take);
    query.addBindValue(skip);
    if (Status status = Sql::exec(query); !status)
        return status;
    while (query.next())
        read(query);
    query.finish();
    return {};
}

const SortKey &ListQuery::sortKey(const ListSort &sort) const
{
    const bool valid = sort.key >= 0 && size_t(sort.key) < m_spec.sortKeys.size();
    return m_spec.sortKeys[valid ? size_t(sort.key) : 0];
}

Result<qint64> ListQuery::position(const ListFilter &filter, const ListSort &sort, qint64 id)
{
    const SortKey &key = sortKey(sort);
    QStringList parts;
    for (const QString &part : key.expression.split(u','))
        parts << part.trimmed();
    if (!key.unique)
        parts << m_spec.idExpression;
    const Condition where = whereClause(filter);
    const QString idCondition = (where.sql.isEmpty() ? QStringLiteral(" WHERE ")
                                                     : where.sql + QStringLiteral(" AND "))
                              + m_spec.idExpression + QStringLiteral(" = ?");

    QSqlQuery lookup(m_db.connection());
    lookup.setForwardOnly(true);
    lookup.prepare(QStringLiteral("SELECT ") + parts.join(QStringLiteral(", "))
                   + QStringLiteral(" FROM ") + m_spec.from + idCondition);
    bindAll(lookup, where.values);
    lookup.addBindValue(id);
    if (Status status = Sql::exec(lookup); !status)
        return status.error();
    if (!lookup.next())
        return qint64(-1);
    QVariantList values;
    for (int i = 0; i < parts.size(); ++i)
        values << lookup.value(i);
    lookup.finish();

    // Rows before it: a lexicographic comparison, spelled out so that NULLs (which sort
    // first in ascending order) are counted too.
    const bool descending = sort.order == Qt::DescendingOrder;
    QStringList alternatives;
    QVariantList bound;
    for (int i = 0; i < parts.size(); ++i) {
        QStringList conjunction;
        for (int j = 0; j < i; ++j) {
            conjunction << (values[j].isNull() ? parts[j] + QStringLiteral(" IS NULL")
                                               : parts[j] + QStringLiteral(" = ?"));
            if (!values[j].isNull())
                bound << values[j];
        }
        const bool nullValue = values[i].isNull();
        QString before;
        if (!descending)
            before = nullValue ? QString() : u'(' + parts[i] + QStringLiteral(" IS NULL OR ") + parts[i] + QStringLiteral(" < ?)");
        else
            before = nullValue ? parts[i] + QStringLiteral(" IS NOT NULL") : parts[i] + QStringLiteral(" > ?");
        if (before.isEmpty())
            continue;
        if (!nullValue)
            bound << values[i];
        conjunction << before;
        alternatives << u'(' + conjunction.join(QStringLiteral(" AND ")) + u')';
    }
    if (alternatives.isEmpty())
        return qint64(0);
    QSqlQuery counting(m_db.connection());
    counting.setForwardOnly(true);
    counting.prepare(QStringLiteral("SELECT count(*) FROM ") + m_spec.from
                     + (where.sql.isEmpty() ? QStringLiteral(" WHERE ") : where.sql + QStringLiteral(" AND "))
                     + u'(' + alternatives.join(QStringLiteral(" OR ")) + u')');
    bindAll(counting, where.values);
    bindAll(counting, bound);
    if (Status status = Sql::exec(counting); !status)
        return status.error();
    const qint64 before = counting.next() ? counting.value(0).toLongLong() : -1;
    counting.finish();
    return before;
}

} // namespace Kontor
