// SPDX-FileCopyrightText: 2026 The Kontor authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tableview.h"

#include "pagedtablemodel.h"

#include <QHeaderView>
#include <QTimer>

#include <algorithm>

namespace Kontor::Ui {

namespace {
// A long description should not push the other columns off the screen.
constexpr int MaxInitialColumnWidth = 360;
constexpr int WholeModelRowsMeasured = 1000; // Qt's default
} // namespace

TableView::TableView(QWidget *parent)
    : QTableView(parent)
{
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setAlternatingRowColors(true);
    setWordWrap(false);
    setCornerButtonEnabled(false);
    // Fixed row heights let the view place a million rows without asking for each one.
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    verticalHeader()->hide();
    horizontalHeader()->setStretchLastSection(true);
    horizontalHeader()->setHighlightSections(false);
}

TableView::~TableView() = default;

void TableView::setModel(QAbstractItemModel *model)
{
    if (QAbstractItemModel *old = this->model())
        disconnect(old, nullptr, this, nullptr);
    if (QItemSelectionModel *old = selectionModel())
        disconnect(old, nullptr, this, nullptr);
    m_paged = qobject_cast<PagedTableModelBase *>(model);
    m_columnsSized = false;
    // A paged model's columns are sized from the rows on screen only, never by reading rows
    // that are not; a whole model (an entry's lines) from its rows, off screen too.
    horizontalHeader()->setResizeContentsPrecision(m_paged ? 0 : WholeModelRowsMeasured);
    setCurrentId(0);
    if (m_paged) {
        // The indicator first: enabling sorting sorts by whatever the header shows.
        horizontalHeader()->setSortIndicator(m_paged->sortColumn(), m_paged->sortOrder());
    }
    QTableView::setModel(model);
    setSortingEnabled(m_paged != nullptr);
    if (!model)
        return;

    connect(selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                setCurrentId(current.isValid() ? current.data(IdRole).toLongLong() : 0);
            });
    // A reset forgets the current row without telling anyone: find it again or say it is gone.
    connect(model, &QAbstractItemModel::modelAboutToBeReset, this, [this] {
        m_resetId = m_currentId;
        m_resetRow = currentIndex().row();
    });
    connect(model, &QAbstractItemModel::modelReset, this, &TableView::restoreCurrent);
    if (m_paged) {
        connect(m_paged, &PagedTableModelBase::sortApplied, this,
                [this](int column, Qt::SortOrder order) {
                    horizontalHeader()->setSortIndicator(column, order);
                });
    }
}

void TableView::setStretchColumn(int column)
{
    m_stretchColumn = column;
    horizontalHeader()->setStretchLastSection(column < 0);
    if (column >= 0)
        horizontalHeader()->setSectionResizeMode(column, QHeaderView::Stretch);
}

void TableView::setSelectsFirstRow(bool selects)
{
    m_selectsFirstRow = selects;
    if (isVisible())
        selectFirstRowIfNone();
}

void TableView::selectFirstRowIfNone()
{
    if (!m_selectsFirstRow || !model() || currentIndex().isValid() || model()->rowCount() == 0)
        return;
    selectionModel()->setCurrentIndex(model()->index(0, 0), QItemSelectionModel::ClearAndSelect
                                                                 | QItemSelectionModel::Rows);
}

void TableView::restoreCurrent()
{
    const QModelIndex found = m_paged && m_resetId > 0 ? m_paged->indexOfId(m_resetId, m_resetRow)
                                                       : QModelIndex();
    if (found.isValid()) {
        selectionModel()->setCurrentIndex(found, QItemSelectionModel::ClearAndSelect
                                                     | QItemSelectionModel::Rows);
        scrollTo(found);
    } else {
        setCurrentId(0);
        if (isVisible())
            selectFirstRowIfNone();
    }
    if (!m_columnsSized)
        QTimer::singleShot(0, this, &TableView::sizeColumnsOnce);
    else if (!m_paged)
        QTimer::singleShot(0, this, &TableView::growColumnsToContents);
}

void TableView::setCurrentId(qint64 id)
{
    if (id == m_currentId)
        return;
    m_currentId = id;
    Q_EMIT currentIdChanged(id);
}

void TableView::showEvent(QShowEvent *event)
{
    QTableView::showEvent(event);
    selectFirstRowIfNone();
    if (!m_columnsSized)
        QTimer::singleShot(0, this, &TableView::sizeColumnsOnce);
}

void TableView::sizeColumnsOnce()
{
    // Only while visible: a hidden view measures every row, which means reading them all.
    if (m_columnsSized || !model() || !isVisible() || model()->rowCount() == 0)
        return;
    m_columnsSized = true;
    resizeColumnsToContents();
    for (int column = 0; column < model()->columnCount(); ++column) {
        if (columnWidth(column) > MaxInitialColumnWidth)
            setColumnWidth(column, MaxInitialColumnWidth);
    }
    // Sizing to contents took the width from the stretching column; give it back.
    if (m_stretchColumn >= 0)
        horizontalHeader()->setSectionResizeMode(m_stretchColumn, QHeaderView::Stretch);
}

void TableView::growColumnsToContents()
{
    if (!model() || !isVisible())
        return;
    for (int column = 0; column < model()->columnCount(); ++column) {
        if (column == m_stretchColumn || isColumnHidden(column))
            continue;
        const int wanted = std::min(std::max(sizeHintForColumn(column),
                                             horizontalHeader()->sectionSizeHint(column)),
                                    MaxInitialColumnWidth);
        if (wanted > columnWidth(column))
            setColumnWidth(column, wanted);
    }
}

} // namespace Kontor::Ui
