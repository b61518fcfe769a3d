// SPDX-FileCopyrightText: 2026 The Kontor authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "roles.h"

#include "common/listsource.h"
#include "common/result.h"

#include <QAbstractTableModel>
#include <QList>
#include <QSet>

#include <unordered_map>
#include <vector>

namespace Kontor::Ui {

/**
 * The machinery behind every big Kontor table: the rows live in the database and are read a
 * page at a time through the ListSource a service hands out (count(filter) and
 * page(filter, sort, offset, limit)), which checks that the user may read them.
 * Filtering and sorting run in SQL; only a bounded number of pages is kept, the least recently
 * used one is dropped first, so memory stays the same whatever the size of the table.
 * A missing page is read synchronously when a view asks for one of its rows; nothing keeps a
 * statement open between pages.
 *
 * Changes announced by the services are coalesced and applied once per pass of the event loop:
 * new rows reset the model (keeping filter and sort), changed values only reread the pages.
 *
 * Errors reading the database are reported through loadFailed(); the rows concerned stay empty
 * until the next refresh. loadFailed() may be emitted while a view paints (from data() or
 * rowCount()), so connect to it with Qt::QueuedConnection before showing a dialog.
 */
class PagedTableModelBase : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PagedTableModelBase)
public:
    static constexpr int PageSize = 256;
    static constexpr int MaxCachedPages = 12;

    /// Whether a list shows anything without a scope (the record it belongs to).
    enum class Scope { Unscoped, Required };

    ~PagedTableModelBase() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    /// Sorts by column when it maps to a repository sort key; other columns keep the current
    /// sort. Either way sortApplied() tells which sort is in effect.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    /// The repository sort key column sorts by, or -1 when it cannot be sorted.
    virtual int sortKeyForColumn(int column) const;
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sort.order; }
    const ListSort &listSort() const { return m_sort; }

    const ListFilter &filter() const { return m_filter; }
    void setFilter(const ListFilter &filter);

    /// The index of the row with this database id: searched in the pages in memory and, when
    /// nearRow is a row number, in that row's page. Invalid when not found there.
    virtual QModelIndex indexOfId(qint64 id, int nearRow = -1) const = 0;

    /// Pages in memory now; never more than MaxCachedPages.
    int cachedPageCount() const { return int(m_recentPages.size()); }

public Q_SLOTS:
    void setFilterText(const QString &text);
    /// Counts and reads again, keeping filter and sort.
    void refresh();

Q_SIGNALS:
    void loadFailed(const QString &message);
    /// The number of rows under the current filter, once it has been counted.
    void rowCountChanged(int rows);
    void sortApplied(int column, Qt::SortOrder order);

protected:
    enum class Change {
        Values, ///< values changed; which rows there are and their order did not
        Rows,   ///< rows came or went, or may have moved
    };

    PagedTableModelBase(int columnCount, Scope scope, QObject *parent);

    /// For constructors: the sort a new model starts with.
    void setDefaultSort(int column, Qt::SortOrder order);
    void setScopeId(qint64 id);
    /// For the services' change signals.
    void noteChange(Change change);

    virtual QString columnTitle(int column) const = 0;
    virtual Qt::Alignment columnAlignment(int column) const;
    virtual Result<qint64> fetchCount(const ListFilter &filter) const = 0;

    // The page store, kept by PagedTableModel<Row>.
    virtual Status loadPage(qint64 page, qint64 offset, int limit) const = 0;
    virtual void discardPage(qint64 page) const = 0;
    virtual void discardAllPages() const = 0;
    /// Makes page resident and most recently used; false when it could not be read.
    bool ensurePage(qint64 page) const;
    bool isPageResident(qint64 page) const { return m_recentPages.contains(page); }

private:
    Result<qint64> countNow() const;
    void reportError(const Error &error) const;
    void dropPages() const;
    void reload();
    void applyChanges();

    const int m_columnCount;
    const Scope m_scope;
    ListFilter m_filter;
    ListSort m_sort;
    int m_sortColumn = -1;
    mutable int m_rowCount = -1;        // -1: not counted since the last reset
    mutable int m_announcedRowCount = -1;
    mutable QList<qint64> m_recentPages; // most recently used first
    mutable QSet<qint64> m_failedPages;  // not retried until the next reset
    Change m_pendingChange = Change::Values;
    bool m_changePending = false;
};

/**
 * A paged model over one row type (Order, Article, ...) read from a ListSource. Per-domain
 * models derive from it and say only what is theirs: columns, titles, how a cell reads.
 * Row must have a typed `id` (Kontor::Id).
 */
template<class Row>
class PagedTableModel : public PagedTableModelBase
{
public:
    using IdType = decltype(Row::id);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const final
    {
        if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
            return {};
        switch (role) {
        case Qt::TextAlignmentRole:
            return QVariant::fromValue(columnAlignment(index.column()));
        case Qt::DisplayRole:
        case SortRole:
        case IdRole:
            break;
        default:
            return {};
        }
        const Row *row = rowAt(index.row());
        if (!row)
            return {};
        if (role == IdRole)
            return row->id.value();
        return role == SortRole ? sortValue(*row, index.column())
                                : displayValue(*row, index.column());
    }

    /// The id of the row at index; invalid when the row could not be read.
    IdType idAt(const QModelIndex &index) const
    {
        if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
            return {};
        const Row *row = rowAt(index.row());
        return row ? row->id : IdType();
    }

    /// See indexOfId().
    QModelIndex indexOf(IdType id, int nearRow = -1) const { return indexOfId(id.value(), nearRow); }

    QModelIndex indexOfId(qint64 id, int nearRow = -1) const final
    {
        for (const auto &[page, rows] : m_pages) {
            if (const QModelIndex found = find(page, rows, id); found.isValid())
                return found;
        }
        if (nearRow < 0 || nearRow >= rowCount())
            return {};
        const qint64 page = nearRow / PageSize;
        if (isPageResident(page) || !ensurePage(page))
            return {};
        return find(page, m_pages.at(page), id);
    }

protected:
    PagedTableModel(ListSource<Row> source, int columnCount, Scope scope, QObject *parent)
        : PagedTableModelBase(columnCount, scope, parent)
        , m_source(std::move(source))
    {
    }

    /// The cell as people read it (formatted text, or a number the view aligns).
    virtual QVariant displayValue(const Row &row, int column) const = 0;
    /// The cell's raw value (see SortRole).
    virtual QVariant sortValue(const Row &row, int column) const = 0;

private:
    const Row *rowAt(int row) const
    {
        const qint64 page = row / PageSize;
        if (!ensurePage(page))
            return nullptr;
        const auto it = m_pages.find(page);
        const size_t at = size_t(row % PageSize);
        // A page can come back short when rows vanished since the count; those rows are empty.
        return it != m_pages.end() && at < it->second.size() ? &it->second[at] : nullptr;
    }

    QModelIndex find(qint64 page, const std::vector<Row> &rows, qint64 id) const
    {
        for (size_t i = 0; i < rows.size(); ++i) {
            const qint64 row = page * PageSize + qint64(i);
            if (rows[i].id.value() == id && row < rowCount())
                return index(int(row), 0);
        }
        return {};
    }

    Result<qint64> fetchCount(const ListFilter &filter) const final
    {
        return m_source.count(filter);
    }
    Status loadPage(qint64 page, qint64 offset, int limit) const final
    {
        auto rows = m_source.page(filter(), listSort(), offset, limit);
        if (!rows)
            return rows.error();
        m_pages[page] = std::move(rows).value();
        return {};
    }
    void discardPage(qint64 page) const final { m_pages.erase(page); }
    void discardAllPages() const final { m_pages.clear(); }

    const ListSource<Row> m_source;
    mutable std::unordered_map<qint64, std::vector<Row>> m_pages;
};

} // namespace Kontor::Ui
