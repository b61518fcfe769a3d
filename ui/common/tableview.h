// SPDX-FileCopyrightText: 2026 The Kontor authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTableView>

namespace Kontor::Ui {

class PagedTableModelBase;

/**
 * The table view of every Kontor list: whole-row single selection, columns sized once from the
 * rows on screen (over a model that is not paged: from its rows, and widened to fit after each
 * reset), and currentIdChanged() with the IdRole of the current row.
 * Over a PagedTableModel it also sorts through the model (the header shows the sort the model
 * really applied) and keeps the current row across resets where the model finds it cheaply.
 */
class TableView final : public QTableView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TableView)
public:
    explicit TableView(QWidget *parent = nullptr);
    ~TableView() override;

    void setModel(QAbstractItemModel *model) override;

    /// The database id of the current row; 0 when there is none.
    qint64 currentId() const { return m_currentId; }

    /// The column that takes the width the others leave (instead of the last one).
    void setStretchColumn(int column);
    /// Makes the first row current whenever the view is shown or reset without one, so that
    /// a detail pane beside a list always has something to show.
    void setSelectsFirstRow(bool selects);

Q_SIGNALS:
    void currentIdChanged(qint64 id);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void setCurrentId(qint64 id);
    void restoreCurrent();
    void sizeColumnsOnce();
    /// A whole model (an entry's lines, an order's bookings) shows other rows after each
    /// reset: its columns widen to what they now hold, never narrower than the user left them.
    void growColumnsToContents();
    void selectFirstRowIfNone();

    PagedTableModelBase *m_paged = nullptr;
    qint64 m_currentId = 0;
    qint64 m_resetId = 0;
    int m_resetRow = -1;
    int m_stretchColumn = -1;
    bool m_columnsSized = false;
    bool m_selectsFirstRow = false;
};

} // namespace Kontor::Ui
