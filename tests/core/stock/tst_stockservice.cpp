// SPDX-FileCopyrightText: 2026 The Kontor authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "builders.h"
#include "testcompany.h"
#include "testresult.h"
#include "testsql.h"

#include "stock/stockservice.h"

#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>

using namespace Kontor;
using namespace Kontor::Test;
using namespace Qt::StringLiterals;

namespace {

StockMovement movement(ArticleId article, WarehouseId warehouse, qint64 quantity,
    MovementKind kind = MovementKind::Adjustment)
{
    StockMovement m;
    m.article = article;
    m.warehouse = warehouse;
    m.quantity = Quantity(quantity);
    m.kind = kind;
    m.occurredAt = QDateTime(QDate(2026, 2, 3), QTime(14, 0), QTimeZone::utc());
    m.unitCost = Money(400, Currency::eur());
    m.reference = u"INV-2026-02"_s;
    return m;
}

qint64 levelOf(Company &company, ArticleId article, WarehouseId warehouse)
{
    const auto levels = company.stock().repository().levelsOf(article);
    if (!levels)
        return -999999;
    for (const StockLevel &level : *levels)
        if (level.warehouse == warehouse)
            return level.quantity.units();
    return 0;
}

} // namespace

class TestStockService : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void recordMovement_changesTheLevelOfItsWarehouse();
    void recordMovement_recordsWhoAndAnnounces();
    void recordMovement_ofImpossibleMovement_isRefusedAndWritesNothing_data();
    void recordMovement_ofImpossibleMovement_isRefusedAndWritesNothing();
    void database_refusesChangingOrDeletingMovements_data();
    void database_refusesChangingOrDeletingMovements();

    void createArticle_storesItAndAnnounces();
    void createArticle_ofInvalidArticle_isRefusedAndWritesNothing_data();
    void createArticle_ofInvalidArticle_isRefusedAndWritesNothing();
    void createWarehouse_withTakenCode_isRefused();
};

void TestStockService::recordMovement_changesTheLevelOfItsWarehouse()
{
    TestCompany company;
    const ArticleId cup = ArticleBuilder(u"KER-1"_s).create(*company);
    const WarehouseId main = mainWarehouse(*company);
    const auto north = company->stock().createWarehouse(
        TestCompany::actor(), { WarehouseId(), u"NORD"_s, u"Hamburg"_s });
    KONTOR_VERIFY_OK(north);

    QCOMPARE(levelOf(*company, cup, main), qint64(0));
    KONTOR_VERIFY_OK(company->stock().recordMovement(
        TestCompany::actor(), movement(cup, main, 40, MovementKind::Receipt)));
    QCOMPARE(levelOf(*company, cup, main), qint64(40));
    KONTOR_VERIFY_OK(company->stock().recordMovement(
        TestCompany::actor(), movement(cup, main, -15, MovementKind::Sale)));
    KONTOR_VERIFY_OK(company->stock().recordMovement(
        TestCompany::actor(), movement(cup, *north, 7, MovementKind::Transfer)));
    KONTOR_VERIFY_OK(company->stock().recordMovement(
        TestCompany::actor(), movement(cup, main, -7, MovementKind::Transfer)));
    QCOMPARE(levelOf(*company, cup, main), qint64(18));
    QCOMPARE(levelOf(*company, cup, *north), qint64(7));
    QCOMPARE(
        valueOr(company->stock().repository().findArticle(cup), std::optional<Article>())->onHand,
        Quantity(25));
}

void TestStockService::recordMovement_recordsWhoAndAnnounces()
{
    TestCompany company;
    const ArticleId cup = ArticleBuilder(u"KER-1"_s).create(*company);
    QSignalSpy changed(&company->stock(), &StockService::stockChanged);
    const auto id = company->stock().recordMovement(Actor::unrestricted(u"lager.paul"_s),
        movement(cup, mainWarehouse(*company), 12, MovementKind::Receipt));
    KONTOR_VERIFY_OK(id);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.first().first().value<ArticleId>(), cup);
    const auto page
        = company->stock().repository().movementPage({ QString(), cup.value() }, {}, 0, 10);
    KONTOR_VERIFY_OK(page);
    QCOMPARE(page->size(), size_t(1));
    const StockMovement &m = page->front();
    QCOMPARE(m.id, *id);
    QCOMPARE(m.createdBy, u"lager.paul"_s);
    QCOMPARE(m.kind, MovementKind::Receipt);
    QCOMPARE(m.warehouseCode, u"MAIN"_s);
    QCOMPARE(m.unitCost, Money(400, Currency::eur()));
    QCOMPARE(m.reference, u"INV-2026-02"_s);
    QCOMPARE(m.occurredAt, QDateTime(QDate(2026, 2, 3), QTime(14, 0), QTimeZone::utc()));
    QCOMPARE(
        selectValue(company->database().connection(),
            u"SELECT user_name FROM audit_log WHERE record_type = 'stock_movement' AND record_id = ?"_s,
            { id->value() })
            .toString(),
        u"lager.paul"_s);
}

void TestStockService::recordMovement_ofImpossibleMovement_isRefusedAndWritesNothing_data()
{
    QTest::addColumn<QString>("defect");
    QTest::newRow("nothing moved") << u"zero"_s;
    QTest::newRow("no article") << u"no article"_s;
    QTest::newRow("no warehouse") << u"no warehouse"_s;
    QTest::newRow("no time") << u"no time"_s;
    QTest::newRow("article that does not exist") << u"unknown article"_s;
    QTest::newRow("warehouse that does not exist") << u"unknown warehouse"_s;
}

void TestStockService::recordMovement_ofImpossibleMovement_isRefusedAndWritesNothing()
{
    QFETCH(QString, defect);
    TestCompany company;
    const ArticleId cup = ArticleBuilder(u"KER-1"_s).create(*company);
    StockMovement m = movement(cup, mainWarehouse(*company), 5);
    if (defect == u"zero")
        m.quantity = Quantity(0);
    else if (defect == u"no article")
        m.article = ArticleId();
    else if (defect == u"no warehouse")
        m.warehouse = WarehouseId();
    else if (defect == u"no time")
        m.occurredAt = QDateTime();
    else if (defect == u"unknown article")
        m.article = ArticleId(987654);
    else if (defect == u"unknown warehouse")
        m.warehouse = WarehouseId(987654);

    const DatabaseSnapshot before = snapshot(company->database().connection());
    QSignalSpy changed(&company->stock(), &StockService::stockChanged);
    const auto id = company->stock().recordMovement(TestCompany::actor(), m);
    QVERIFY(!id.ok());
    QVERIFY(!id.error().message.isEmpty());
    QCOMPARE(changed.count(), 0);
    const QString changes = describeChanges(before, snapshot(company->database().connection()));
    QVERIFY2(changes.isEmpty(), qPrintable(changes));
}

void TestStockService::database_refusesChangingOrDeletingMovements_data()
{
    QTest::addColumn<QString>("sql");
    QTest::newRow("change the quantity")
        << u"UPDATE stock_movements SET quantity = 1000 WHERE article_id = ?"_s;
    QTest::newRow("change the reference")
        << u"UPDATE stock_movements SET reference = 'x' WHERE article_id = ?"_s;
    QTest::newRow("delete") << u"DELETE FROM stock_movements WHERE article_id = ?"_s;
}

void TestStockService::database_refusesChangingOrDeletingMovements()
{
    QFETCH(QString, sql);
    TestCompany company;
    const ArticleId cup = ArticleBuilder(u"KER-1"_s).create(*company);
    receiveStock(*company, cup, 30);
    const DatabaseSnapshot before = snapshot(company->database().connection());

    const QString error = execSql(company->database().connection(), sql, { cup.value() });
    QVERIFY2(!error.isEmpty(), "the database changed a stock movement");
    QVERIFY2(error.contains(u"counter-movement"_s), qPrintable(error));
    QCOMPARE(levelOf(*company, cup, mainWarehouse(*company)), qint64(30));
    QCOMPARE(selectValue(company->database().connection(),
                 u"SELECT quantity || reference FROM stock_movements WHERE article_id = ?"_s,
                 { cup.value() })
                 .toString(),
        u"30TEST-RECEIPT"_s);
    const QString changes = describeChanges(before, snapshot(company->database().connection()));
    QVERIFY2(changes.isEmpty(), qPrintable(changes));
}

void TestStockService::createArticle_storesItAndAnnounces()
{
    TestCompany company;
    QSignalSpy created(&company->stock(), &StockService::articleCreated);
    const Article article = ArticleBuilder(u"TEE-7"_s)
                                .name(u"Früchtetee Waldbeere"_s)
                                .salesPrice(649)
                                .purchasePrice(210)
                                .vatRate(700)
                                .build();
    const auto id = company->stock().createArticle(TestCompany::actor(), article);
    KONTOR_VERIFY_OK(id);
    QCOMPARE(created.count(), 1);
    const auto stored = company->stock().repository().findArticle(*id);
    KONTOR_VERIFY_OK(stored);
    QVERIFY(stored->has_value());
    QCOMPARE((*stored)->sku, u"TEE-7"_s);
    QCOMPARE((*stored)->name, u"Früchtetee Waldbeere"_s);
    QCOMPARE((*stored)->salesPrice, Money(649, Currency::eur()));
    QCOMPARE((*stored)->purchasePrice, Money(210, Currency::eur()));
    QCOMPARE((*stored)->vatRate, 700);
    QVERIFY((*stored)->stockTracked);
    QCOMPARE((*stored)->onHand, Quantity(0));
    QCOMPARE(valueOr(company->stock().repository().findArticleBySku(u"TEE-7"_s),
                 std::optional<ArticleId>()),
        std::optional<ArticleId>(*id));
}

void TestStockService::createArticle_ofInvalidArticle_isRefusedAndWritesNothing_data()
{
    QTest::addColumn<QString>("defect");
    QTest::newRow("no SKU") << u"sku"_s;
    QTest::newRow("no name") << u"name"_s;
    QTest::newRow("no currency") << u"currency"_s;
    QTest::newRow("negative price") << u"price"_s;
    QTest::newRow("negative purchase price") << u"purchase"_s;
    QTest::newRow("VAT above 100 %") << u"vat"_s;
    QTest::newRow("SKU taken") << u"duplicate"_s;
}

void TestStockService::createArticle_ofInvalidArticle_isRefusedAndWritesNothing()
{
    QFETCH(QString, defect);
    TestCompany company;
    ArticleBuilder(u"KER-1"_s).create(*company);
    Article a = ArticleBuilder(u"KER-2"_s).build();
    if (defect == u"sku")
        a.sku = u" "_s;
    else if (defect == u"name")
        a.name = QString();
    else if (defect == u"currency")
        a.salesPrice = Money(100, Currency());
    else if (defect == u"price")
        a.salesPrice = Money(-1, Currency::eur());
    else if (defect == u"purchase")
        a.purchasePrice = Money(-1, Currency::eur());
    else if (defect == u"vat")
        a.vatRate = 10001;
    else if (defect == u"duplicate")
        a.sku = u"KER-1"_s;

    const DatabaseSnapshot before = snapshot(company->database().connection());
    const auto id = company->stock().createArticle(TestCompany::actor(), a);
    QVERIFY(!id.ok());
    QVERIFY(!id.error().message.isEmpty());
    const QString changes = describeChanges(before, snapshot(company->database().connection()));
    QVERIFY2(changes.isEmpty(), qPrintable(changes));
}

void TestStockService::createWarehouse_withTakenCode_isRefused()
{
    TestCompany company;
    const DatabaseSnapshot before = snapshot(company->database().connection());
    QVERIFY(!company->stock()
                 .createWarehouse(TestCompany::actor(), { WarehouseId(), u"MAIN"_s, u"Zweites"_s })
                 .ok());
    QVERIFY(!company->stock()
                 .createWarehouse(TestCompany::actor(), { WarehouseId(), u"SUED"_s, u" "_s })
                 .ok());
    const QString changes = describeChanges(before, snapshot(company->database().connection()));
    QVERIFY2(changes.isEmpty(), qPrintable(changes));
}

QTEST_GUILESS_MAIN(TestStockService)
#include "tst_stockservice.moc"
