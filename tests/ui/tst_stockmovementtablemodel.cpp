// SPDX-FileCopyrightText: 2026 The Kontor authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "uitestsupport.h"

#include "stock/stockmovementtablemodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>

using namespace Kontor;
using namespace Kontor::Ui;
using Model = StockMovementTableModel;

class TestStockMovementTableModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void cleanupTestCase();

    void withoutArticle_showsNothing();
    void showsTheArticlesMovements_newestFirst();
    void sort_byTime_ascending();
    void filter_byWarehouseCode();
    void movementOfTheArticle_appearsOnTop();
    void movementOfAnotherArticle_changesNothing();

private:
    StockMovement receipt(ArticleId article, qint64 units);
    ArticleId article(int row);

    std::unique_ptr<Test::TestCompany> m_company;
    std::unique_ptr<Model> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestStockMovementTableModel::initTestCase()
{
    m_company = std::make_unique<Test::TestCompany>(Test::TestCompany::Setup::Demo, 300);
}

void TestStockMovementTableModel::init()
{
    m_model = std::make_unique<Model>(m_company->company().stock(), Test::TestCompany::actor());
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
}

void TestStockMovementTableModel::cleanup()
{
    m_tester.reset();
    m_model.reset();
}

void TestStockMovementTableModel::cleanupTestCase()
{
    m_company.reset();
}

ArticleId TestStockMovementTableModel::article(int row)
{
    return Test::trackedArticle(m_company->company(), row).id;
}

StockMovement TestStockMovementTableModel::receipt(ArticleId article, qint64 units)
{
    const auto warehouses = m_company->company().stock().repository().warehouses();
    StockMovement movement;
    movement.article = article;
    movement.warehouse = warehouses->front().id;
    movement.quantity = Quantity(units);
    movement.kind = MovementKind::Receipt;
    movement.occurredAt = QDateTime::currentDateTimeUtc().addDays(1);
    movement.unitCost = Money(250, Currency::eur());
    movement.reference = QStringLiteral("WE-TEST");
    return movement;
}

void TestStockMovementTableModel::withoutArticle_showsNothing()
{
    QCOMPARE(m_model->rowCount(), 0);
    QVERIFY(!m_model->article().isValid());
}

void TestStockMovementTableModel::showsTheArticlesMovements_newestFirst()
{
    const ArticleId id = article(0);
    m_model->setArticle(id);
    const auto count = m_company->company().stock().repository().countMovements({{}, id.value()});
    QVERIFY(count);
    QCOMPARE(m_model->rowCount(), int(*count));
    QVERIFY(m_model->rowCount() > 1);
    for (int row = 1; row < m_model->rowCount(); ++row) {
        QVERIFY(m_model->index(row - 1, Model::TimeColumn).data(SortRole).toDateTime()
                >= m_model->index(row, Model::TimeColumn).data(SortRole).toDateTime());
    }
    qint64 sum = 0;
    for (int row = 0; row < m_model->rowCount(); ++row)
        sum += m_model->index(row, Model::QuantityColumn).data(SortRole).toLongLong();
    const auto levels = m_company->company().stock().repository().levelsOf(id);
    qint64 onHand = 0;
    for (const StockLevel &level : *levels)
        onHand += level.quantity.units();
    QCOMPARE(sum, onHand);
    QVERIFY(!Test::cellText(*m_model, 0, Model::KindColumn).isEmpty());
    QVERIFY(!Test::cellText(*m_model, 0, Model::WarehouseColumn).isEmpty());
}

void TestStockMovementTableModel::sort_byTime_ascending()
{
    m_model->setArticle(article(1));
    m_model->sort(Model::TimeColumn, Qt::AscendingOrder);
    for (int row = 1; row < m_model->rowCount(); ++row) {
        QVERIFY(m_model->index(row - 1, Model::TimeColumn).data(SortRole).toDateTime()
                <= m_model->index(row, Model::TimeColumn).data(SortRole).toDateTime());
    }
}

void TestStockMovementTableModel::filter_byWarehouseCode()
{
    m_model->setArticle(article(0));
    const int all = m_model->rowCount();
    const QString code = Test::cellText(*m_model, 0, Model::WarehouseColumn);
    m_model->setFilterText(code);
    QVERIFY(m_model->rowCount() > 0);
    QVERIFY(m_model->rowCount() <= all);
    for (int row = 0; row < m_model->rowCount(); ++row)
        QCOMPARE(Test::cellText(*m_model, row, Model::WarehouseColumn), code);
}

void TestStockMovementTableModel::movementOfTheArticle_appearsOnTop()
{
    const ArticleId id = article(2);
    m_model->setArticle(id);
    const int before = m_model->rowCount();
    QSignalSpy resets(m_model.get(), &QAbstractItemModel::modelReset);
    const auto moved = m_company->company().stock().recordMovement(Test::TestCompany::actor(), receipt(id, 7));
    QVERIFY(moved);
    QVERIFY(resets.wait());
    QCOMPARE(m_model->rowCount(), before + 1);
    QCOMPARE(m_model->idAt(m_model->index(0, 0)), *moved);
    QCOMPARE(m_model->index(0, Model::QuantityColumn).data(SortRole).toLongLong(), 7);
    QCOMPARE(Test::cellText(*m_model, 0, Model::ReferenceColumn), QStringLiteral("WE-TEST"));
}

void TestStockMovementTableModel::movementOfAnotherArticle_changesNothing()
{
    m_model->setArticle(article(3));
    const int before = m_model->rowCount();
    QSignalSpy resets(m_model.get(), &QAbstractItemModel::modelReset);
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    QVERIFY(m_company->company().stock().recordMovement(Test::TestCompany::actor(), receipt(article(4), 3)));
    QTest::qWait(50);
    QCOMPARE(resets.count(), 0);
    QCOMPARE(changed.count(), 0);
    QCOMPARE(m_model->rowCount(), before);
}

QTEST_GUILESS_MAIN(TestStockMovementTableModel)
#include "tst_stockmovementtablemodel.moc"
