// SPDX-FileCopyrightText: 2026 The Kontor authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include <QList>
#include <QString>
#include <QVariant>

#include <QVariantMap>

#include <algorithm>
#include <functional>
#include <vector>

class QSqlQuery;

namespace Kontor {

class Database;

/// What a list shows: the text typed into its filter field and, for detail lists, the
/// record it belongs to (an order for its lines, an article for its movements).
struct ListFilter
{
    ListFilter(QString filterText = {}, qint64 scope = 0, QVariantMap filterFields = {})
        : text(std::move(filterText)), scopeId(scope), fields(std::move(filterFields)) { }

    QString text;
    qint64 scopeId = 0;
    /// Filters a list has beyond its text, by name (the audit log's user, record and dates).
    QVariantMap fields;

    friend bool operator==(const ListFilter &, const ListFilter &) = default;
};

/// How a list is ordered: one of the repository's sort keys (0 is its natural order).
struct ListSort
{
    int key = 0;
    Qt::SortOrder order = Qt::AscendingOrder;
};

/// One way to order a list. Unless unique, the row id breaks ties so that pages never
/// overlap; every expression should be served by an index on a big table.
struct SortKey
{
    QString expression;
    bool unique = false;
    /// The expression needs the joined tables, not only the base table: such a sort skips
    /// rows through the join and is slower on big tables.
    bool joined = false;
};

/// A WHERE fragment with its bound values.
struct Condition
{
    QString sql;
    QVariantList values;
};

/**
 * Counts and pages one list in SQL without ever loading it whole: the machinery behind
 * every repository's count(filter) and page(filter, sort, offset, limit).
 * Each call reads its rows and finishes its statement at once, so no read stays open
 * between pages (an open read would stall WAL checkpoints and writers).
 * Rows before a page are skipped in a subquery over the base table's sort index alone; only
 * the page's own rows are joined. A page past the middle is read in reverse order from the
 * end, so a jump to any row costs at most half a scan of one index.
 */
class ListQuery
{
public:
    struct Spec
    {
        QString idExpression;   ///< e.g. "ol.id"
        QString columns;        ///< select list; the row reader sees these in order
        QString from;           ///< tables and joins
        /// The base table alone ("order_lines ol"). The joins in from must be to-one and never
        /// drop a row (LEFT JOIN, or a NOT NULL foreign key), and filter conditions may use
        /// only the base table: then counting and skipping rows need no join at all.
        QString baseFrom;
        std::vector<SortKey> sortKeys; ///< index 0: natural order
        /// Optional: a query answering the count of all rows at once (a kept counter), used
        /// when the filter is empty and unscoped.
        QString unfilteredCount;
        /// Conditions for a filter; an empty list means all rows.
        std::function<QList<Condition>(const ListFilter &)> where;
    };

    using RowReader = std::function<void(const QSqlQuery &)>;

    ListQuery(Database &db, Spec spec);

    Result<qint64> count(const ListFilter &filter);

    /// Rows [offset, offset + limit) in the given order, each made by read(query).
    template<class Row, class Reader>
    Result<std::vector<Row>> page(const ListFilter &filter, const ListSort &sort, qint64 offset,
                                  int limit, Reader read)
    {
        std::vector<Row> rows;
        rows.reserve(size_t(qMax(limit, 0)));
        bool reversed = false;
        const Status status = run(filter, sort, offset, limit, reversed,
                                  [&](const QSqlQuery &query) { rows.push_back(read(query)); });
        if (!status)
            return status.error();
        if (reversed)
            std::reverse(rows.begin(), rows.end());
        return rows;
    }

    /// The row number of id under filter and sort, or -1 when the filter hides it.
    Result<qint64> position(const ListFilter &filter, const ListSort &sort, qint64 id);

private:
    Status run(const ListFilter &filter, const ListSort &sort, qint64 offset, int limit,
               bool &reversed, const RowReader &read);
    const SortKey &sortKey(const ListSort &sort) const;
    Condition whereClause(const ListFilter &filter) const;
    QString orderBy(const ListSort &sort, bool reversed) const;

    Database &m_db;
    Spec m_spec;
    // The last count, which tells page() when reading from the end is shorter, and the
    // database's change stamp when it was taken: a count is trusted only while that holds.
    ListFilter m_countedFilter;
    qint64 m_countedRows = -1;
    QPair<qint64, qint64> m_countedAt;
};

} // namespace Kontor
