// SPDX-FileCopyrightText: 2026 The Kontor authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "pagingcheck.h"

#include <QSet>
#include <QStringList>

namespace Kontor::Test {

namespace {

QString describe(const ListRow &row)
{
    QStringList values;
    for (const QVariant &v : row.sortValues)
        values << (v.isValid() ? v.toString() : QStringLiteral("NULL"));
    return QStringLiteral("id %1 (%2)").arg(row.id).arg(values.join(QStringLiteral(", ")));
}

// Lexicographic (sort values, then id); -2 when some values cannot be compared.
int compareRows(const ListRow &a, const ListRow &b)
{
    const qsizetype n = qMin(a.sortValues.size(), b.sortValues.size());
    for (qsizetype i = 0; i < n; ++i) {
        const int c = compareSortValues(a.sortValues[i], b.sortValues[i]);
        if (c != 0)
            return c;
    }
    return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

QString idsOf(const std::vector<ListRow> &rows, size_t from, size_t count)
{
    QStringList ids;
    for (size_t i = from; i < rows.size() && i < from + count; ++i)
        ids << QString::number(rows[i].id);
    return ids.join(u',');
}

} // namespace

int compareSortValues(const QVariant &a, const QVariant &b)
{
    const bool aNull = !a.isValid() || a.isNull();
    const bool bNull = !b.isValid() || b.isNull();
    if (aNull || bNull)
        return aNull == bNull ? 0 : aNull ? -1 : 1;
    const QPartialOrdering order = QVariant::compare(a, b);
    if (order == QPartialOrdering::Less)
        return -1;
    if (order == QPartialOrdering::Greater)
        return 1;
    if (order == QPartialOrdering::Equivalent)
        return 0;
    return -2;
}

QString checkPaging(const PagedList &list, const ListFilter &filter, const ListSort &sort,
    int pageSize, std::vector<ListRow> *rowsRead)
{
    const bool descending = sort.order == Qt::DescendingOrder;
    // Offset 0 is never read from the end: this is the reference.
    const auto forward = list.page(filter, sort, 0, 1000000);
    if (!forward)
        return QStringLiteral("reading the whole list failed: ") + forward.error().toString();
    const std::vector<ListRow> &all = *forward;

    const auto counted = list.count(filter);
    if (!counted)
        return QStringLiteral("count failed: ") + counted.error().toString();
    if (*counted != qint64(all.size()))
        return QStringLiteral("count() says %1 rows, the list has %2")
            .arg(*counted)
            .arg(all.size());

    std::vector<ListRow> paged;
    for (qint64 offset = 0; offset < *counted; offset += pageSize) {
        const auto page = list.page(filter, sort, offset, pageSize);
        if (!page)
            return QStringLiteral("page at %1 failed: %2").arg(offset).arg(page.error().toString());
        const qint64 expected = qMin<qint64>(pageSize, *counted - offset);
        if (qint64(page->size()) != expected)
            return QStringLiteral("page at %1 has %2 rows, expected %3")
                .arg(offset)
                .arg(page->size())
                .arg(expected);
        for (size_t i = 0; i < page->size(); ++i) {
            const ListRow &row = (*page)[i];
            const ListRow &reference = all[size_t(offset) + i];
            if (row.id != reference.id)
                return QStringLiteral("row %1 is %2 when paged but %3 when read at once "
                                      "(page [%4], reference [%5])")
                    .arg(offset + qint64(i))
                    .arg(describe(row), describe(reference), idsOf(*page, 0, page->size()),
                        idsOf(all, size_t(offset), page->size()));
        }
        paged.insert(paged.end(), page->begin(), page->end());
    }

    QSet<qint64> seen;
    for (size_t i = 0; i < paged.size(); ++i) {
        if (seen.contains(paged[i].id))
            return QStringLiteral("id %1 appears twice").arg(paged[i].id);
        seen.insert(paged[i].id);
        if (i == 0)
            continue;
        const int c = compareRows(paged[i - 1], paged[i]);
        if (c == -2)
            return QStringLiteral("rows %1 and %2 cannot be compared: %3, %4")
                .arg(i - 1)
                .arg(i)
                .arg(describe(paged[i - 1]), describe(paged[i]));
        if (descending ? c <= 0 : c >= 0)
            return QStringLiteral("rows %1 and %2 are out of %3 order: %4, then %5")
                .arg(i - 1)
                .arg(i)
                .arg(descending ? QStringLiteral("descending") : QStringLiteral("ascending"),
                    describe(paged[i - 1]), describe(paged[i]));
    }

    // Past the end: nothing; across the end: only what is left.
    const auto pastEnd = list.page(filter, sort, *counted, pageSize);
    if (!pastEnd || !pastEnd->empty())
        return QStringLiteral("a page past the end is not empty");
    if (*counted >= 3) {
        const auto acrossEnd = list.page(filter, sort, *counted - 3, 7);
        if (!acrossEnd || acrossEnd->size() != 3)
            return QStringLiteral("a page across the end does not hold the last three rows only");
        for (size_t i = 0; i < 3; ++i) {
            if ((*acrossEnd)[i].id != all[all.size() - 3 + i].id)
                return QStringLiteral("row %1 read across the end is id %2, expected %3")
                    .arg(*counted - 3 + qint64(i))
                    .arg((*acrossEnd)[i].id)
                    .arg(all[all.size() - 3 + i].id);
        }
    }
    if (rowsRead)
        *rowsRead = paged;
    return {};
}

QString checkPagingInEverySort(const std::function<PagedList(int key)> &listForKey, int keyCount,
    const ListFilter &filter, int pageSize, qint64 *rows)
{
    for (int key = 0; key < keyCount; ++key) {
        for (Qt::SortOrder order : { Qt::AscendingOrder, Qt::DescendingOrder }) {
            std::vector<ListRow> read;
            const QString problem
                = checkPaging(listForKey(key), filter, { key, order }, pageSize, &read);
            if (!problem.isEmpty())
                return QStringLiteral("sort key %1 %2: %3")
                    .arg(key)
                    .arg(order == Qt::AscendingOrder ? QStringLiteral("ascending")
                                                     : QStringLiteral("descending"),
                        problem);
            if (rows)
                *rows = qint64(read.size());
        }
    }
    return {};
}

} // namespace Kontor::Test
