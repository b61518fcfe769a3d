// SPDX-FileCopyrightText: 2026 The Kontor authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "pagedtablemodel.h"

#include <QTimer>

#include <limits>

namespace Kontor::Ui {

PagedTableModelBase::PagedTableModelBase(int columnCount, Scope scope, QObject *parent)
    : QAbstractTableModel(parent)
    , m_columnCount(columnCount)
    , m_scope(scope)
{
}

PagedTableModelBase::~PagedTableModelBase() = default;

int PagedTableModelBase::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid())
        return 0;
    if (m_rowCount < 0) {
        const Result<qint64> counted = countNow();
        if (!counted)
            reportError(counted.error());
        // A view cannot show more rows than an int counts; nobody scrolls that far.
        m_rowCount = counted ? int(qMin<qint64>(*counted, std::numeric_limits<int>::max())) : 0;
        if (m_rowCount != m_announcedRowCount) {
            m_announcedRowCount = m_rowCount;
            Q_EMIT const_cast<PagedTableModelBase *>(this)->rowCountChanged(m_rowCount);
        }
    }
    return m_rowCount;
}

int PagedTableModelBase::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_columnCount;
}

QVariant PagedTableModelBase::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= m_columnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (role) {
    case Qt::DisplayRole:
        return columnTitle(section);
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(columnAlignment(section));
    default:
        return {};
    }
}

Qt::Alignment PagedTableModelBase::columnAlignment(int) const
{
    return Qt::AlignLeft | Qt::AlignVCenter;
}

int PagedTableModelBase::sortKeyForColumn(int) const
{
    return -1;
}

void PagedTableModelBase::sort(int column, Qt::SortOrder order)
{
    const int key = column >= 0 && column < m_columnCount ? sortKeyForColumn(column) : -1;
    if (key >= 0 && (column != m_sortColumn || order != m_sort.order)) {
        m_sortColumn = column;
        m_sort = ListSort{key, order};
        reload();
    }
    Q_EMIT sortApplied(m_sortColumn, m_sort.order);
}

void PagedTableModelBase::setDefaultSort(int column, Qt::SortOrder order)
{
    const int key = sortKeyForColumn(column);
    Q_ASSERT(key >= 0);
    m_sortColumn = column;
    m_sort = ListSort{qMax(key, 0), order};
}

void PagedTableModelBase::setFilter(const ListFilter &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    reload();
}

void PagedTableModelBase::setFilterText(const QString &text)
{
    ListFilter changed = m_filter;
    changed.text = text;
    setFilter(changed);
}

void PagedTableModelBase::setScopeId(qint64 id)
{
    ListFilter changed = m_filter;
    changed.scopeId = id;
    setFilter(changed);
}

void PagedTableModelBase::refresh()
{
    reload();
}

Result<qint64> PagedTableModelBase::countNow() const
{
    if (m_scope == Scope::Required && m_filter.scopeId <= 0)
        return qint64(0);
    return fetchCount(m_filter);
}

void PagedTableModelBase::reportError(const Error &error) const
{
    Q_EMIT const_cast<PagedTableModelBase *>(this)->loadFailed(error.toString());
}

bool PagedTableModelBase::ensurePage(qint64 page) const
{
    if (!m_recentPages.isEmpty() && m_recentPages.constFirst() == page)
        return true;
    if (const qsizetype at = m_recentPages.indexOf(page); at > 0) {
        m_recentPages.move(at, 0);
        return true;
    }
    if (m_failedPages.contains(page))
        return false;
    if (const Status loaded = loadPage(page, page * PageSize, PageSize); !loaded) {
        m_failedPages.insert(page);
        reportError(loaded.error());
        return false;
    }
    m_recentPages.prepend(page);
    while (m_recentPages.size() > MaxCachedPages)
        discardPage(m_recentPages.takeLast());
    return true;
}

void PagedTableModelBase::dropPages() const
{
    discardAllPages();
    m_recentPages.clear();
    m_failedPages.clear();
}

void PagedTableModelBase::reload()
{
    beginResetModel();
    dropPages();
    m_rowCount = -1; // counted again when a view asks
    endResetModel();
}

void PagedTableModelBase::noteChange(Change change)
{
    if (m_changePending) {
        if (change == Change::Rows)
            m_pendingChange = Change::Rows;
        return;
    }
    m_changePending = true;
    m_pendingChange = change;
    // A service announces every row of a batch; one reread after the batch is enough.
    QTimer::singleShot(0, this, [this] { applyChanges(); });
}

void PagedTableModelBase::applyChanges()
{
    m_changePending = false;
    if (m_rowCount < 0) {
        // Not counted since the last reset: no view holds rows, the next read sees the change.
        dropPages();
        return;
    }
    if (m_pendingChange == Change::Rows) {
        reload();
        return;
    }
    const Result<qint64> counted = countNow();
    if (!counted || *counted != m_rowCount) {
        reload();
        return;
    }
    dropPages();
    if (m_rowCount > 0)
        Q_EMIT dataChanged(index(0, 0), index(m_rowCount - 1, m_columnCount - 1));
}

} // namespace Kontor::Ui
