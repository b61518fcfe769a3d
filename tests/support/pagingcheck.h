// SPDX-FileCopyrightText: 2026 The Kontor authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "persistence/listquery.h"

#include <QString>
#include <QVariant>
#include <QVariantList>

#include <functional>
#include <vector>

namespace Kontor::Test {

/// One row of a list as the paging check sees it: its id and the values its sort key orders by.
struct ListRow
{
    qint64 id = 0;
    QVariantList sortValues; ///< an invalid QVariant stands for SQL NULL
};

/// A repository's count(filter) and page(filter, sort, offset, limit), rows reduced to ListRow.
struct PagedList
{
    std::function<Result<qint64>(const ListFilter &)> count;
    std::function<Result<std::vector<ListRow>>(const ListFilter &, const ListSort &, qint64, int)>
        page;
};

/// NULL for an empty text: the repositories read SQL NULL as an empty QString.
inline QVariant orNull(const QString &text)
{
    return text.isEmpty() ? QVariant() : QVariant(text);
}

/// Adapts a repository's page() to ListRow with toRow(row).
template<class Row, class Page, class ToRow>
std::function<Result<std::vector<ListRow>>(const ListFilter &, const ListSort &, qint64, int)>
pageOf(Page page, ToRow toRow)
{
    return [page, toRow](const ListFilter &filter, const ListSort &sort, qint64 offset,
               int limit) -> Result<std::vector<ListRow>> {
        Result<std::vector<Row>> rows = page(filter, sort, offset, limit);
        if (!rows)
            return rows.error();
        std::vector<ListRow> result;
        result.reserve(rows->size());
        for (const Row &row : *rows)
            result.push_back(toRow(row));
        return result;
    };
}

/// Orders two sort values as SQLite does (NULL first); -2 when they cannot be compared.
int compareSortValues(const QVariant &a, const QVariant &b);

/**
 * Reads the whole list forward in one page, then counts it and reads it again in pages of
 * pageSize — past the middle, ListQuery reads those from the end. Checks that count() equals
 * the rows, that the pages hold the same rows in the same order without gaps or duplicates,
 * that the order follows the sort (sort values, then id, in the sort's direction) and that
 * pages at and past the end are short and empty.
 * Returns the first problem found; empty when there is none. rows receives the rows read.
 */
QString checkPaging(const PagedList &list, const ListFilter &filter, const ListSort &sort,
    int pageSize, std::vector<ListRow> *rows = nullptr);

/// checkPaging() in every sort key (0 … keyCount - 1) and both directions; listForKey gives
/// the list whose rows carry that key's sort values. Problems name the key and direction.
/// rows receives how many rows the filter let through.
QString checkPagingInEverySort(const std::function<PagedList(int key)> &listForKey, int keyCount,
    const ListFilter &filter, int pageSize, qint64 *rows = nullptr);

} // namespace Kontor::Test
