// SPDX-FileCopyrightText: 2026 The Kontor authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "uitestsupport.h"

#include "common/format.h"
#include "orders/ordertablemodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>

using namespace Kontor;
using namespace Kontor::Ui;
using Model = OrderTableModel;

class TestOrderTableModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void cleanupTestCase();

    void headers_areTitled_andAmountsAlignRight();
    void rows_showTheNewestOrderFirst();
    void filter_byOrderNumber_findsThatOrder();
    void filter_byCustomerName_findsOnlyTheirOrders();
    void filter_matchingNothing_leavesNoRows();
    void sort_byTotal_ordersByAmount();
    void sort_byShop_isRefused_andKeepsTheSort();
    void newOrder_appearsOnTop_afterOneReset();

private:
    std::unique_ptr<Test::TestCompany> m_company;
    std::unique_ptr<Model> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestOrderTableModel::initTestCase()
{
    m_company = std::make_unique<Test::TestCompany>(Test::TestCompany::Setup::Demo, 300);
}

void TestOrderTableModel::init()
{
    m_model = std::make_unique<Model>(m_company->company().orders(), Test::TestCompany::actor());
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
}

void TestOrderTableModel::cleanup()
{
    m_tester.reset();
    m_model.reset();
}

void TestOrderTableModel::cleanupTestCase()
{
    m_company.reset();
}

void TestOrderTableModel::headers_areTitled_andAmountsAlignRight()
{
    QCOMPARE(m_model->columnCount(), int(Model::ColumnCount));
    for (int column = 0; column < Model::ColumnCount; ++column)
        QVERIFY(!m_model->headerData(column, Qt::Horizontal).toString().isEmpty());
    const auto alignment = [&](int column) {
        return m_model->index(0, column).data(Qt::TextAlignmentRole).value<Qt::Alignment>();
    };
    QVERIFY(alignment(Model::TotalColumn) & Qt::AlignRight);
    QVERIFY(alignment(Model::CustomerColumn) & Qt::AlignLeft);
}

void TestOrderTableModel::rows_showTheNewestOrderFirst()
{
    OrderRepository &repository = m_company->company().orders().repository();
    QCOMPARE(m_model->rowCount(), 300);
    const auto newest = repository.page({}, {OrderRepository::OrderByNumber, Qt::DescendingOrder}, 0, 1);
    QVERIFY(newest && newest->size() == 1);
    const Order &order = newest->front();
    QCOMPARE(m_model->idAt(m_model->index(0, 0)), order.id);
    QCOMPARE(Test::cellText(*m_model, 0, Model::NumberColumn), order.number);
    QCOMPARE(Test::cellText(*m_model, 0, Model::CustomerColumn), order.customerName);
    QCOMPARE(Test::cellText(*m_model, 0, Model::TotalColumn), Format::money(order.total));
    QCOMPARE(Test::cellText(*m_model, 0, Model::StatusColumn), orderStatusName(order.status));
    QCOMPARE(m_model->index(0, Model::TotalColumn).data(SortRole).toLongLong(), order.total.minorUnits());
    QCOMPARE(m_model->index(0, Model::DateColumn).data(SortRole).toDateTime(), order.orderedAt);
    QCOMPARE(m_model->indexOf(order.id).row(), 0);
}

void TestOrderTableModel::filter_byOrderNumber_findsThatOrder()
{
    const int row = 123;
    const QString number = Test::cellText(*m_model, row, Model::NumberColumn);
    const qint64 id = Test::rowId(*m_model, row);
    m_model->setFilterText(number);
    QCOMPARE(m_model->rowCount(), 1);
    QCOMPARE(Test::rowId(*m_model, 0), id);
}

void TestOrderTableModel::filter_byCustomerName_findsOnlyTheirOrders()
{
    const QString customer = Test::cellText(*m_model, 0, Model::CustomerColumn);
    const QString lastName = customer.split(u' ').last();
    QVERIFY(!lastName.isEmpty());
    m_model->setFilterText(lastName);
    const int rows = m_model->rowCount();
    QVERIFY(rows >= 1);
    QVERIFY(rows < 300);
    for (int row = 0; row < rows; ++row)
        QVERIFY2(Test::cellText(*m_model, row, Model::CustomerColumn).contains(lastName, Qt::CaseInsensitive),
                 qPrintable(Test::cellText(*m_model, row, Model::CustomerColumn)));
}

void TestOrderTableModel::filter_matchingNothing_leavesNoRows()
{
    QSignalSpy counted(m_model.get(), &PagedTableModelBase::rowCountChanged);
    m_model->setFilterText(QStringLiteral("no-such-order-xyz"));
    QCOMPARE(m_model->rowCount(), 0);
    QCOMPARE(counted.count(), 1);
    m_model->setFilterText(QString());
    QCOMPARE(m_model->rowCount(), 300);
}

void TestOrderTableModel::sort_byTotal_ordersByAmount()
{
    m_model->sort(Model::TotalColumn, Qt::AscendingOrder);
    QCOMPARE(m_model->sortColumn(), int(Model::TotalColumn));
    qint64 previous = std::numeric_limits<qint64>::min();
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const qint64 total = m_model->index(row, Model::TotalColumn).data(SortRole).toLongLong();
        QVERIFY(total >= previous);
        previous = total;
    }
    QVERIFY(m_model->index(0, Model::TotalColumn).data(SortRole).toLongLong()
            < m_model->index(299, Model::TotalColumn).data(SortRole).toLongLong());
}

void TestOrderTableModel::sort_byShop_isRefused_andKeepsTheSort()
{
    QCOMPARE(m_model->sortKeyForColumn(Model::ShopColumn), -1);
    const qint64 first = Test::rowId(*m_model, 0);
    QSignalSpy resets(m_model.get(), &QAbstractItemModel::modelReset);
    QSignalSpy applied(m_model.get(), &PagedTableModelBase::sortApplied);
    m_model->sort(Model::ShopColumn, Qt::AscendingOrder);
    QCOMPARE(resets.count(), 0);
    QCOMPARE(applied.count(), 1);
    QCOMPARE(applied.at(0).at(0).toInt(), int(Model::NumberColumn));
    QCOMPARE(applied.at(0).at(1).value<Qt::SortOrder>(), Qt::DescendingOrder);
    QCOMPARE(Test::rowId(*m_model, 0), first);
}

void TestOrderTableModel::newOrder_appearsOnTop_afterOneReset()
{
    const int before = m_model->rowCount();
    QSignalSpy resets(m_model.get(), &QAbstractItemModel::modelReset);
    QSignalSpy counted(m_model.get(), &PagedTableModelBase::rowCountChanged);
    Company &company = m_company->company();
    const auto id = company.orders().create(Test::TestCompany::actor(),
                                            Test::newOrder(company, QStringLiteral("T-1")));
    QVERIFY2(id, qPrintable(id ? QString() : id.error().toString()));
    QVERIFY(resets.wait());
    QCOMPARE(m_model->rowCount(), before + 1);
    QCOMPARE(counted.count(), 1);
    QCOMPARE(counted.at(0).at(0).toInt(), before + 1);
    QCOMPARE(m_model->idAt(m_model->index(0, 0)), *id);
    QCOMPARE(Test::cellText(*m_model, 0, Model::ExternalIdColumn), QStringLiteral("T-1"));
    QCoreApplication::processEvents();
    QCOMPARE(resets.count(), 1);
}

QTEST_GUILESS_MAIN(TestOrderTableModel)
#include "tst_ordertablemodel.moc"
