// SPDX-FileCopyrightText: 2026 The Kontor authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "uitestsupport.h"

#include "common/format.h"
#include "orders/orderlinetablemodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>

using namespace Kontor;
using namespace Kontor::Ui;
using Model = OrderLineTableModel;
using Scope = PagedTableModelBase::Scope;

class TestOrderLineTableModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void allLines_countEveryLine();
    void amounts_alignRight_andBlankDiscountsStayBlank();
    void filter_bySkuPrefix_showsOnlyThoseLines();
    void orderLines_withoutOrder_areEmpty();
    void orderLines_showTheLinesOfTheirOrder();
    void newOrder_addsToAllLines_butNotToAnotherOrdersLines();

private:
    std::unique_ptr<Test::TestCompany> m_company;
};

void TestOrderLineTableModel::initTestCase()
{
    m_company = std::make_unique<Test::TestCompany>(Test::TestCompany::Setup::Demo, 200);
}

void TestOrderLineTableModel::cleanupTestCase()
{
    m_company.reset();
}

void TestOrderLineTableModel::allLines_countEveryLine()
{
    Model model(m_company->company().orders(), Test::TestCompany::actor(), Scope::Unscoped);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const auto count = m_company->company().orders().repository().countLines({});
    QVERIFY(count);
    QVERIFY(*count >= 200);
    QCOMPARE(model.rowCount(), int(*count));
    // Natural order: order by order, line by line.
    QCOMPARE(model.index(0, Model::LineColumn).data().toInt(), 1);
    QVERIFY(!Test::cellText(model, 0, Model::OrderColumn).isEmpty());
    QVERIFY(!Test::cellText(model, 0, Model::DescriptionColumn).isEmpty());
}

void TestOrderLineTableModel::amounts_alignRight_andBlankDiscountsStayBlank()
{
    Model model(m_company->company().orders(), Test::TestCompany::actor(), Scope::Unscoped);
    for (const int column : {Model::QuantityColumn, Model::UnitPriceColumn, Model::NetColumn,
                             Model::GrossColumn, Model::VatColumn}) {
        QVERIFY(model.index(0, column).data(Qt::TextAlignmentRole).value<Qt::Alignment>() & Qt::AlignRight);
    }
    int blank = 0;
    for (int row = 0; row < model.rowCount(); ++row) {
        const qint64 discount = model.index(row, Model::DiscountColumn).data(SortRole).toLongLong();
        const QString text = Test::cellText(model, row, Model::DiscountColumn);
        QCOMPARE(text.isEmpty(), discount == 0);
        blank += text.isEmpty() ? 1 : 0;
        const qint64 gross = model.index(row, Model::GrossColumn).data(SortRole).toLongLong();
        QCOMPARE(Test::cellText(model, row, Model::GrossColumn), Format::money(Money(gross, Currency::eur())));
    }
    QVERIFY(blank > 0);
    QVERIFY(blank < model.rowCount());
}

void TestOrderLineTableModel::filter_bySkuPrefix_showsOnlyThoseLines()
{
    Model model(m_company->company().orders(), Test::TestCompany::actor(), Scope::Unscoped);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const int all = model.rowCount();
    model.setFilterText(QStringLiteral("tee-"));
    const int rows = model.rowCount();
    QVERIFY(rows > 0);
    QVERIFY(rows < all);
    for (int row = 0; row < rows; ++row)
        QVERIFY(Test::cellText(model, row, Model::SkuColumn).startsWith(u"TEE-"));
    model.sort(Model::SkuColumn, Qt::DescendingOrder);
    QCOMPARE(model.rowCount(), rows);
    QVERIFY(Test::cellText(model, 0, Model::SkuColumn) >= Test::cellText(model, rows - 1, Model::SkuColumn));
}

void TestOrderLineTableModel::orderLines_withoutOrder_areEmpty()
{
    Model model(m_company->company().orders(), Test::TestCompany::actor(), Scope::Required);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(!model.order().isValid());
}

void TestOrderLineTableModel::orderLines_showTheLinesOfTheirOrder()
{
    OrderRepository &repository = m_company->company().orders().repository();
    Model model(m_company->company().orders(), Test::TestCompany::actor(), Scope::Required);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const auto orders = repository.page({}, {}, 0, 20);
    QVERIFY(orders);
    for (const Order &order : *orders) {
        model.setOrder(order.id);
        const auto lines = repository.linesOf(order.id);
        QVERIFY(lines);
        QCOMPARE(model.rowCount(), int(lines->size()));
        for (int row = 0; row < model.rowCount(); ++row) {
            QCOMPARE(Test::cellText(model, row, Model::OrderColumn), order.number);
            QCOMPARE(Test::cellText(model, row, Model::SkuColumn), lines->at(size_t(row)).sku);
            QCOMPARE(Test::rowId(model, row), lines->at(size_t(row)).id.value());
        }
    }
    model.setOrder(OrderId());
    QCOMPARE(model.rowCount(), 0);
}

void TestOrderLineTableModel::newOrder_addsToAllLines_butNotToAnotherOrdersLines()
{
    Company &company = m_company->company();
    Model all(company.orders(), Test::TestCompany::actor(), Scope::Unscoped);
    Model one(company.orders(), Test::TestCompany::actor(), Scope::Required);
    QAbstractItemModelTester allTester(&all, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester oneTester(&one, QAbstractItemModelTester::FailureReportingMode::QtTest);
    one.setOrder(OrderId(Test::rowId(all, 0)));
    const int lines = one.rowCount();
    const int before = all.rowCount();
    QSignalSpy allResets(&all, &QAbstractItemModel::modelReset);
    QSignalSpy oneResets(&one, &QAbstractItemModel::modelReset);

    const auto id = company.orders().create(Test::TestCompany::actor(),
                                            Test::newOrder(company, QStringLiteral("L-1")));
    QVERIFY(id);
    QVERIFY(allResets.wait());
    QCOMPARE(all.rowCount(), before + 1);
    QCOMPARE(oneResets.count(), 0);
    QCOMPARE(one.rowCount(), lines);
    // The new order's line comes last in the natural order.
    QCOMPARE(Test::cellText(all, before, Model::SkuColumn),
             Test::newOrder(company, {}).lines.front().sku);
    one.setOrder(*id);
    QCOMPARE(one.rowCount(), 1);
    QCOMPARE(Test::rowId(one, 0), Test::rowId(all, before));
}

QTEST_GUILESS_MAIN(TestOrderLineTableModel)
#include "tst_orderlinetablemodel.moc"
