// SPDX-FileCopyrightText: 2026 The Kontor authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/tableview.h"

#include <QAbstractTableModel>
#include <QTest>

using namespace Kontor::Ui;
using namespace Qt::StringLiterals;

namespace {

/// Rows of an account and an amount, as the lines of one journal entry; other rows come with a
/// reset, as a detail model gives when another entry is chosen.
class RowModel final : public QAbstractTableModel
{
public:
    void setRow(const QString &account, const QString &amount)
    {
        setRows({{account, amount}});
    }
    void setRows(QList<QStringList> rows)
    {
        beginResetModel();
        m_rows = std::move(rows);
        endResetModel();
    }
    int rowCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_rows.size());
    }
    int columnCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : 2;
    }
    QVariant data(const QModelIndex &index, int role) const override
    {
        return role == Qt::DisplayRole ? QVariant(m_rows[index.row()].value(index.column()))
                                       : QVariant();
    }
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override
    {
        if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
            return {};
        return section == 0 ? u"Account name"_s : u"Debit"_s;
    }

private:
    QList<QStringList> m_rows;
};

/// The width the amount column's contents need.
int wanted(const QAbstractItemView &view)
{
    return view.sizeHintForColumn(1);
}

/// The width a cell needs for text.
int widthOf(const QAbstractItemView &view, const QString &text)
{
    return view.fontMetrics().horizontalAdvance(text);
}

} // namespace

class TestTableView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    /// A whole model shows other rows after each reset (another entry's lines): the amounts
    /// are never cut off because the first entry shown had smaller ones, and a column the user
    /// widened stays as wide.
    void wholeModel_widensItsColumnsAfterAReset_butNeverNarrows()
    {
        RowModel model;
        model.setRow(u"Bank"_s, u"€5.00"_s);
        TableView view;
        view.setModel(&model);
        view.setStretchColumn(0);
        view.resize(700, 200);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QTRY_VERIFY(view.columnWidth(1) >= wanted(view));
        const int first = view.columnWidth(1);

        model.setRow(u"Forderungen aus Lieferungen und Leistungen"_s, u"€1,234,567.89"_s);
        QTRY_VERIFY(view.columnWidth(1) > first);
        QVERIFY(view.columnWidth(1) >= wanted(view));

        view.setColumnWidth(1, 300);
        model.setRow(u"Bank"_s, u"€5.00"_s);
        QTest::qWait(50);
        QCOMPARE(view.columnWidth(1), 300);
    }

    /// The widest amount of a whole model decides, also in a row below the visible ones (an
    /// order's later bookings in a small pane).
    void wholeModel_sizesItsColumnsFromRowsOffScreenToo()
    {
        QList<QStringList> rows;
        for (int i = 0; i < 40; ++i)
            rows.append({u"Bank"_s, u"€5.00"_s});
        rows.append({u"Bank"_s, u"€1,234,567.89"_s});
        RowModel model;
        model.setRows(rows);
        TableView view;
        view.setModel(&model);
        view.setStretchColumn(0);
        view.resize(700, 120); // a few rows on screen
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QTRY_VERIFY(view.columnWidth(1) > widthOf(view, u"€1,234,567.89"_s));
    }
};

QTEST_MAIN(TestTableView)
#include "tst_tableview.moc"
