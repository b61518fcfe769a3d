// SPDX-FileCopyrightText: 2026 The Kontor authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "builders.h"
#include "testcompany.h"
#include "testresult.h"
#include "testsql.h"

#include "accounting/accountingservice.h"
#include "company/company.h"
#include "importing/importservice.h"
#include "maintenance/integritycheck.h"
#include "orders/orderservice.h"
#include "stock/stockservice.h"

#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>

#include <memory>

using namespace Kontor;
using namespace Kontor::Test;
using namespace Qt::StringLiterals;

namespace {

Money eur(qint64 cents)
{
    return Money(cents, Currency::eur());
}

// Signed balance (debit − credit) per account number of one journal entry.
using Postings = QMap<QString, qint64>;

Postings postingsOf(Company &company, qint64 entryId)
{
    Postings result;
    QSqlQuery q(company.database().connection());
    q.prepare(u"SELECT a.number, sum(l.debit) - sum(l.credit) FROM journal_lines l "
              "JOIN accounts a ON a.id = l.account_id WHERE l.entry_id = ? GROUP BY a.number"_s);
    q.addBindValue(entryId);
    if (!q.exec())
        return result;
    while (q.next())
        result.insert(q.value(0).toString(), q.value(1).toLongLong());
    return result;
}

QVariantList entriesOf(Company &company, OrderId order)
{
    return selectColumn(company.database().connection(),
        u"SELECT id FROM journal_entries WHERE order_id = ? AND posted = 1 ORDER BY id"_s,
        { order.value() });
}

qint64 levelOf(Company &company, ArticleId article, WarehouseId warehouse)
{
    return selectValue(company.database().connection(),
        u"SELECT coalesce(sum(quantity), 0) FROM stock_levels WHERE article_id = ? "
        "AND warehouse_id = ?"_s,
        { article.value(), warehouse.value() })
        .toLongLong();
}

QString describe(const Postings &postings)
{
    QStringList parts;
    for (auto it = postings.cbegin(); it != postings.cend(); ++it)
        parts << it.key() + u'=' + QString::number(it.value());
    return parts.join(u' ');
}

// A shop with a 19 % cup, 7 % tea, an untracked 0 % voucher and, for failures, an article
// at a VAT rate the chart of accounts has no revenue account for. 100 of each in stock.
struct Shop
{
    std::unique_ptr<TestCompany> company;
    ArticleId cup, tea, voucher, oddRate;

    Shop()
        : company(std::make_unique<TestCompany>(TestCompany::Setup::Initialised))
    {
        Company &c = **company;
        cup = ArticleBuilder(u"KER-1"_s).salesPrice(1190).purchasePrice(400).create(c);
        tea = ArticleBuilder(u"TEE-1"_s).salesPrice(1070).purchasePrice(300).vatRate(700).create(c);
        voucher = ArticleBuilder(u"GUT-1"_s)
                      .salesPrice(2500)
                      .purchasePrice(0)
                      .vatRate(0)
                      .untracked()
                      .create(c);
        oddRate = ArticleBuilder(u"ODD-1"_s)
                      .salesPrice(1130)
                      .purchasePrice(100)
                      .vatRate(1300)
                      .create(c);
        for (ArticleId a : { cup, tea, oddRate })
            receiveStock(c, a, 100);
    }
    Company &operator*() { return **company; }
    Company *operator->() { return &**company; }
};

} // namespace

class TestOrderService : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void computeAmounts_ofOneLine_splitsNetTaxAndGross_data();
    void computeAmounts_ofOneLine_splitsNetTaxAndGross();
    void computeAmounts_ofSeveralLines_sumsAndNumbersThem();
    void computeAmounts_ofImpossibleLine_isRefused_data();
    void computeAmounts_ofImpossibleLine_isRefused();

    void create_ofPaidOrder_writesLinesStockBookingsAndPayment();
    void create_ofOpenOrder_postsNoPayment();
    void create_ofOrderExcludingTax_postsNetRevenueAndTax();
    void create_withWarehouse_takesStockFromThatWarehouse();
    void create_ofFreeOrder_savesItWithoutBookings();
    void create_bookingDate_isTheDayOfTheOrderWhereItWasPlaced();
    void create_ofIncompleteOrder_isRefusedAndWritesNothing_data();
    void create_ofIncompleteOrder_isRefusedAndWritesNothing();
    void create_ofDuplicateShopOrderId_isRefusedAndWritesNothing();
    void create_whenPostingFails_writesNothing_data();
    void create_whenPostingFails_writesNothing();
    void create_whenPostingFails_announcesNothing();
    void importOrders_writesTheNewTogether_andAnOrderAgainAsItsChange();

    // Last: in a debug build the mixed-currency arithmetic it provokes asserts.
    void computeAmounts_withDiscountOrShippingInAnotherCurrency_isRefused();
};

void TestOrderService::computeAmounts_ofOneLine_splitsNetTaxAndGross_data()
{
    QTest::addColumn<bool>("includesTax");
    QTest::addColumn<qint64>("quantity");
    QTest::addColumn<qint64>("unitPrice");
    QTest::addColumn<qint64>("discount");
    QTest::addColumn<int>("vatRate");
    QTest::addColumn<qint64>("shipping");
    QTest::addColumn<int>("shippingRate");
    QTest::addColumn<qint64>("lineNet");
    QTest::addColumn<qint64>("lineTax");
    QTest::addColumn<qint64>("orderNet");
    QTest::addColumn<qint64>("orderTax");
    QTest::addColumn<qint64>("total");

    // including tax: net = gross × 10000 / (10000 + rate), rounded half up once; tax = the rest
    QTest::newRow("19 % included")
        << true << qint64(1) << qint64(1190) << qint64(0) << 1900 << qint64(0) << 1900
        << qint64(1000) << qint64(190) << qint64(1000) << qint64(190) << qint64(1190);
    QTest::newRow("7 % included") << true << qint64(1) << qint64(1070) << qint64(0) << 700
                                  << qint64(0) << 1900 << qint64(1000) << qint64(70) << qint64(1000)
                                  << qint64(70) << qint64(1070);
    QTest::newRow("19 % included, net 839.496 → 839")
        << true << qint64(1) << qint64(999) << qint64(0) << 1900 << qint64(0) << 1900 << qint64(839)
        << qint64(160) << qint64(839) << qint64(160) << qint64(999);
    QTest::newRow("7 % included, net 929.907 → 930")
        << true << qint64(1) << qint64(995) << qint64(0) << 700 << qint64(0) << 1900 << qint64(930)
        << qint64(65) << qint64(930) << qint64(65) << qint64(995);
    QTest::newRow("three at 19 % included")
        << true << qint64(3) << qint64(1190) << qint64(0) << 1900 << qint64(0) << 1900
        << qint64(3000) << qint64(570) << qint64(3000) << qint64(570) << qint64(3570);
    QTest::newRow("rounded once per line, not per unit")
        << true << qint64(3) << qint64(999) << qint64(0) << 1900 << qint64(0) << 1900
        << qint64(2518) << qint64(479) << qint64(2518) << qint64(479) << qint64(2997);
    // excluding tax: tax = net × rate / 10000, rounded half up
    QTest::newRow("19 % excluded")
        << false << qint64(3) << qint64(1000) << qint64(0) << 1900 << qint64(0) << 1900
        << qint64(3000) << qint64(570) << qint64(3000) << qint64(570) << qint64(3570);
    QTest::newRow("19 % excluded, tax 9.5 ct → 10")
        << false << qint64(1) << qint64(50) << qint64(0) << 1900 << qint64(0) << 1900 << qint64(50)
        << qint64(10) << qint64(50) << qint64(10) << qint64(60);
    QTest::newRow("7 % excluded, tax 3.5 ct → 4")
        << false << qint64(1) << qint64(50) << qint64(0) << 700 << qint64(0) << 1900 << qint64(50)
        << qint64(4) << qint64(50) << qint64(4) << qint64(54);
    QTest::newRow("0 %") << true << qint64(1) << qint64(2500) << qint64(0) << 0 << qint64(0) << 1900
                         << qint64(2500) << qint64(0) << qint64(2500) << qint64(0) << qint64(2500);
    // a line discount is on the whole line, on the same basis as the price
    QTest::newRow("discount, included")
        << true << qint64(2) << qint64(1190) << qint64(238) << 1900 << qint64(0) << 1900
        << qint64(1800) << qint64(342) << qint64(1800) << qint64(342) << qint64(2142);
    QTest::newRow("discount, excluded")
        << false << qint64(2) << qint64(1000) << qint64(200) << 1900 << qint64(0) << 1900
        << qint64(1800) << qint64(342) << qint64(1800) << qint64(342) << qint64(2142);
    // shipping is gross and taxed at the shipping rate
    QTest::newRow("shipping 4.90 at 19 %")
        << true << qint64(1) << qint64(1190) << qint64(0) << 1900 << qint64(490) << 1900
        << qint64(1000) << qint64(190) << qint64(1000 + 412) << qint64(190 + 78) << qint64(1680);
    QTest::newRow("shipping on an order excluding tax")
        << false << qint64(1) << qint64(1000) << qint64(0) << 700 << qint64(595) << 1900
        << qint64(1000) << qint64(70) << qint64(1500) << qint64(165) << qint64(1665);
    QTest::newRow("shipping at 7 %")
        << true << qint64(1) << qint64(1070) << qint64(0) << 700 << qint64(535) << 700
        << qint64(1000) << qint64(70) << qint64(1500) << qint64(105) << qint64(1605);
}

void TestOrderService::computeAmounts_ofOneLine_splitsNetTaxAndGross()
{
    QFETCH(bool, includesTax);
    QFETCH(qint64, quantity);
    QFETCH(qint64, unitPrice);
    QFETCH(qint64, discount);
    QFETCH(int, vatRate);
    QFETCH(qint64, shipping);
    QFETCH(int, shippingRate);
    QFETCH(qint64, lineNet);
    QFETCH(qint64, lineTax);
    QFETCH(qint64, orderNet);
    QFETCH(qint64, orderTax);
    QFETCH(qint64, total);

    OrderBuilder builder;
    builder.line(ArticleId(1), quantity, unitPrice, vatRate, discount).shipping(shipping);
    if (!includesTax)
        builder.pricesExcludeTax();
    Order order = builder.build();
    const Status computed = OrderService::computeAmounts(order, shippingRate);
    KONTOR_VERIFY_OK(computed);

    const OrderLine &line = order.lines.front();
    QCOMPARE(line.lineNo, 1);
    QCOMPARE(line.net, eur(lineNet));
    QCOMPARE(line.tax, eur(lineTax));
    QCOMPARE(line.gross, eur(lineNet + lineTax));
    QCOMPARE(order.net, eur(orderNet));
    QCOMPARE(order.tax, eur(orderTax));
    QCOMPARE(order.total, eur(total));
    QCOMPARE(order.net + order.tax, order.total);
}

void TestOrderService::computeAmounts_ofSeveralLines_sumsAndNumbersThem()
{
    Order order = OrderBuilder()
                      .line(ArticleId(1), 2, 1190, 1900)
                      .line(ArticleId(2), 1, 1070, 700)
                      .serviceLine(u"Geschenkverpackung"_s, 250, 1900)
                      .line(ArticleId(3), 1, 2500, 0)
                      .shipping(490)
                      .build();
    KONTOR_VERIFY_OK(OrderService::computeAmounts(order, 1900));
    QCOMPARE(order.lines.size(), size_t(4));
    for (size_t i = 0; i < order.lines.size(); ++i)
        QCOMPARE(order.lines[i].lineNo, int(i + 1));
    // 250 gross at 19 %: net 210.08 → 210, tax 40
    QCOMPARE(order.lines[2].net, eur(210));
    QCOMPARE(order.net, eur(2000 + 1000 + 210 + 2500 + 412));
    QCOMPARE(order.tax, eur(380 + 70 + 40 + 0 + 78));
    QCOMPARE(order.total, eur(2380 + 1070 + 250 + 2500 + 490));
}

void TestOrderService::computeAmounts_ofImpossibleLine_isRefused_data()
{
    QTest::addColumn<QString>("defect");
    QTest::newRow("quantity zero") << u"quantity zero"_s;
    QTest::newRow("negative quantity") << u"negative quantity"_s;
    QTest::newRow("negative VAT rate") << u"negative rate"_s;
    QTest::newRow("VAT above 100 %") << u"rate above 100"_s;
    QTest::newRow("price in another currency") << u"price currency"_s;
    QTest::newRow("order without currency") << u"no currency"_s;
    QTest::newRow("amount beyond 64 bits") << u"overflow"_s;
}

void TestOrderService::computeAmounts_ofImpossibleLine_isRefused()
{
    QFETCH(QString, defect);
    Order order = OrderBuilder().line(ArticleId(1), 1, 1190).build();
    OrderLine &line = order.lines.front();
    if (defect == u"quantity zero")
        line.quantity = Quantity(0);
    else if (defect == u"negative quantity")
        line.quantity = Quantity(-2);
    else if (defect == u"negative rate")
        line.vatRate = -1;
    else if (defect == u"rate above 100")
        line.vatRate = 10001;
    else if (defect == u"price currency")
        line.unitPrice = Money(1190, Currency::fromCode(u"USD"));
    else if (defect == u"no currency")
        order.currency = Currency();
    else if (defect == u"overflow") {
        line.unitPrice = eur(std::numeric_limits<qint64>::max() / 2);
        line.quantity = Quantity(3);
    }
    const Status computed = OrderService::computeAmounts(order, 1900);
    QVERIFY(!computed.ok());
    QVERIFY(!computed.error().message.isEmpty());
}

void TestOrderService::create_ofPaidOrder_writesLinesStockBookingsAndPayment()
{
    Shop shop;
    QSignalSpy created(&shop->orders(), &OrderService::orderCreated);
    const WarehouseId main = mainWarehouse(*shop);
    const auto id = shop->orders().create(TestCompany::actor(),
        OrderBuilder(u"#5001"_s)
            .status(OrderStatus::Paid)
            .paymentMethod(u"PayPal"_s)
            .line(shop.cup, 2, 1190, 1900)
            .line(shop.tea, 1, 1070, 700)
            .line(shop.voucher, 1, 2500, 0)
            .shipping(490)
            .build());
    KONTOR_VERIFY_OK(id);
    QCOMPARE(created.count(), 1);
    QCOMPARE(created.first().first().value<OrderId>(), *id);

    // The order and its lines as computed.
    const auto found = shop->orders().repository().find(*id);
    KONTOR_VERIFY_OK(found);
    QVERIFY(found->has_value());
    const Order &o = **found;
    QCOMPARE(o.number, u"A0000001"_s);
    QCOMPARE(o.status, OrderStatus::Paid);
    QCOMPARE(o.total, eur(6440));
    QCOMPARE(o.net, eur(5912));
    QCOMPARE(o.tax, eur(528));
    QCOMPARE(o.shipping, eur(490));
    QCOMPARE(o.lines.size(), size_t(3));
    QCOMPARE(o.lines[0].gross, eur(2380));
    QCOMPARE(o.lines[0].net, eur(2000));
    QCOMPARE(o.lines[1].tax, eur(70));
    QCOMPARE(o.lines[2].net, eur(2500));

    // Stock left the main warehouse; the untracked voucher moved nothing.
    QCOMPARE(levelOf(*shop, shop.cup, main), qint64(98));
    QCOMPARE(levelOf(*shop, shop.tea, main), qint64(99));
    QCOMPARE(levelOf(*shop, shop.voucher, main), qint64(0));
    const auto movements
        = shop->stock().repository().movementPage({ QString(), shop.cup.value() }, {}, 0, 10);
    KONTOR_VERIFY_OK(movements);
    QCOMPARE(movements->size(), size_t(2));
    const StockMovement &sale = movements->back();
    QCOMPARE(sale.kind, MovementKind::Sale);
    QCOMPARE(sale.quantity, Quantity(-2));
    QCOMPARE(sale.order, *id);
    QCOMPARE(sale.reference, u"A0000001"_s);
    QCOMPARE(sale.unitCost, eur(400));

    // Receivable against revenue and VAT per rate, cost of goods, then the payment.
    const QVariantList entries = entriesOf(*shop, *id);
    QCOMPARE(entries.size(), 3);
    const Postings revenue = postingsOf(*shop, entries[0].toLongLong());
    const Postings expectedRevenue { { u"1400"_s, 6440 }, { u"8400"_s, -(2000 + 412) },
        { u"1776"_s, -(380 + 78) }, { u"8300"_s, -1000 }, { u"1771"_s, -70 },
        { u"8120"_s, -2500 } };
    QVERIFY2(revenue == expectedRevenue, qPrintable(describe(revenue)));
    const Postings cost = postingsOf(*shop, entries[1].toLongLong());
    QVERIFY2((cost == Postings { { u"3200"_s, 2 * 400 + 300 }, { u"3980"_s, -(2 * 400 + 300) } }),
        qPrintable(describe(cost)));
    const Postings payment = postingsOf(*shop, entries[2].toLongLong());
    QVERIFY2((payment == Postings { { u"1200"_s, 6440 }, { u"1400"_s, -6440 } }),
        qPrintable(describe(payment)));
    const auto paymentEntry
        = shop->accounting().repository().findEntry(JournalEntryId(entries[2].toLongLong()));
    QVERIFY(
        valueOr(paymentEntry, std::optional<JournalEntry>())->description.contains(u"PayPal"_s));
    QCOMPARE(valueOr(paymentEntry, std::optional<JournalEntry>())->reference, u"A0000001"_s);

    // One audit row for the order, and the books and stock are consistent.
    QCOMPARE(selectValue(shop->database().connection(),
                 u"SELECT count(*) FROM audit_log WHERE record_type = 'order' AND record_id = ?"_s,
                 { id->value() })
                 .toInt(),
        1);
    const auto problems = IntegrityCheck::run(shop->database());
    KONTOR_VERIFY_OK(problems);
    QVERIFY(problems->empty());
}

void TestOrderService::create_ofOpenOrder_postsNoPayment()
{
    Shop shop;
    const auto id = shop->orders().create(
        TestCompany::actor(), OrderBuilder().line(shop.cup, 1, 1190).build());
    KONTOR_VERIFY_OK(id);
    const QVariantList entries = entriesOf(*shop, *id);
    QCOMPARE(entries.size(), 2); // revenue and cost of goods
    QCOMPARE(postingsOf(*shop, entries[0].toLongLong()).value(u"1400"_s), qint64(1190));
    for (const QVariant &entry : entries)
        QVERIFY(!postingsOf(*shop, entry.toLongLong()).contains(u"1200"_s));
}

void TestOrderService::create_ofOrderExcludingTax_postsNetRevenueAndTax()
{
    Shop shop;
    const auto id = shop->orders().create(
        TestCompany::actor(), OrderBuilder().pricesExcludeTax().line(shop.cup, 3, 1000).build());
    KONTOR_VERIFY_OK(id);
    const QVariantList entries = entriesOf(*shop, *id);
    QVERIFY(!entries.isEmpty());
    const Postings revenue = postingsOf(*shop, entries[0].toLongLong());
    QVERIFY2(
        (revenue == Postings { { u"1400"_s, 3570 }, { u"8400"_s, -3000 }, { u"1776"_s, -570 } }),
        qPrintable(describe(revenue)));
}

void TestOrderService::create_withWarehouse_takesStockFromThatWarehouse()
{
    Shop shop;
    const auto north = shop->stock().createWarehouse(
        TestCompany::actor(), { WarehouseId(), u"NORD"_s, u"Hamburg"_s });
    KONTOR_VERIFY_OK(north);
    receiveStock(*shop, shop.cup, 10, *north);
    const auto id = shop->orders().create(
        TestCompany::actor(), OrderBuilder().warehouse(*north).line(shop.cup, 4, 1190).build());
    KONTOR_VERIFY_OK(id);
    QCOMPARE(levelOf(*shop, shop.cup, *north), qint64(6));
    QCOMPARE(levelOf(*shop, shop.cup, mainWarehouse(*shop)), qint64(100));
}

void TestOrderService::create_ofFreeOrder_savesItWithoutBookings()
{
    Shop shop;
    const auto id = shop->orders().create(TestCompany::actor(),
        OrderBuilder().status(OrderStatus::Paid).line(shop.voucher, 1, 2500, 0, 2500).build());
    KONTOR_VERIFY_OK(id);
    const auto order = shop->orders().repository().find(*id);
    KONTOR_VERIFY_OK(order);
    QCOMPARE((*order)->total, eur(0));
    QVERIFY(entriesOf(*shop, *id).isEmpty());
}

void TestOrderService::create_bookingDate_isTheDayOfTheOrderWhereItWasPlaced()
{
    // Half past midnight on New Year's Day in Germany is still 31 December in UTC; the sale
    // belongs to the new year (and to January's VAT return), as the shop's own records say.
    Shop shop;
    const QDateTime placed(QDate(2026, 1, 1), QTime(0, 30), QTimeZone(3600)); // CET, +01:00
    const auto id = shop->orders().create(
        TestCompany::actor(), OrderBuilder().orderedAt(placed).line(shop.cup, 1, 1190).build());
    KONTOR_VERIFY_OK(id);
    const QVariantList dates = selectColumn(shop->database().connection(),
        u"SELECT DISTINCT booking_date FROM journal_entries WHERE order_id = ?"_s, { id->value() });
    QCOMPARE(dates, QVariantList { u"2026-01-01"_s });
}

void TestOrderService::create_ofIncompleteOrder_isRefusedAndWritesNothing_data()
{
    QTest::addColumn<QString>("defect");
    QTest::newRow("no shop") << u"shop"_s;
    QTest::newRow("no shop order id") << u"external id"_s;
    QTest::newRow("no date") << u"date"_s;
    QTest::newRow("no lines") << u"lines"_s;
    QTest::newRow("line without quantity") << u"quantity"_s;
    QTest::newRow("article that does not exist") << u"article"_s;
    QTest::newRow("customer that does not exist") << u"customer"_s;
}

void TestOrderService::create_ofIncompleteOrder_isRefusedAndWritesNothing()
{
    QFETCH(QString, defect);
    Shop shop;
    OrderBuilder builder(u"#7"_s);
    if (defect != u"lines")
        builder.line(shop.cup, defect == u"quantity" ? 0 : 1, 1190);
    if (defect == u"shop")
        builder.shop(u"  "_s);
    else if (defect == u"external id")
        builder.externalId(QString());
    else if (defect == u"date")
        builder.orderedAt(QDateTime());
    else if (defect == u"article")
        builder.line(ArticleId(987654), 1, 500);
    else if (defect == u"customer")
        builder.customer(CustomerId(987654));

    const DatabaseSnapshot before = snapshot(shop->database().connection());
    const auto id = shop->orders().create(TestCompany::actor(), builder.build());
    QVERIFY(!id.ok());
    QVERIFY(!id.error().message.isEmpty());
    QCOMPARE(shop->database().transactionDepth(), 0);
    const QString changes = describeChanges(before, snapshot(shop->database().connection()));
    QVERIFY2(changes.isEmpty(), qPrintable(changes));
}

void TestOrderService::create_ofDuplicateShopOrderId_isRefusedAndWritesNothing()
{
    Shop shop;
    KONTOR_VERIFY_OK(shop->orders().create(
        TestCompany::actor(), OrderBuilder(u"#1001"_s).line(shop.cup, 1, 1190).build()));
    const DatabaseSnapshot before = snapshot(shop->database().connection());

    const auto again = shop->orders().create(
        TestCompany::actor(), OrderBuilder(u"#1001"_s).line(shop.tea, 5, 1070, 700).build());
    QVERIFY(!again.ok());
    QVERIFY2(again.error().message.contains(u"#1001"_s), qPrintable(again.error().message));
    const QString changes = describeChanges(before, snapshot(shop->database().connection()));
    QVERIFY2(changes.isEmpty(), qPrintable(changes));

    // The same id from another shop is another order, and it gets the next number.
    const auto other = shop->orders().create(TestCompany::actor(),
        OrderBuilder(u"#1001"_s).shop(u"ebay"_s).line(shop.cup, 1, 1190).build());
    KONTOR_VERIFY_OK(other);
    QCOMPARE(valueOr(shop->orders().repository().find(*other), std::optional<Order>())->number,
        u"A0000002"_s);
}

void TestOrderService::create_whenPostingFails_writesNothing_data()
{
    QTest::addColumn<QString>("failure");
    QTest::newRow("VAT rate without revenue account") << u"rate"_s;
    QTest::newRow("receivable account missing") << u"receivable"_s;
    QTest::newRow("cost of goods account missing") << u"cost"_s;
    QTest::newRow("bank account missing (payment)") << u"bank"_s;
}

void TestOrderService::create_whenPostingFails_writesNothing()
{
    QFETCH(QString, failure);
    Shop shop;
    OrderPostingSetup setup = shop->orders().postingSetup();
    OrderBuilder builder(u"#9"_s);
    builder.status(OrderStatus::Paid).line(shop.cup, 2, 1190);
    if (failure == u"rate")
        builder.line(shop.oddRate, 1, 1130, 1300);
    else if (failure == u"receivable")
        setup.receivableAccount = u"1499"_s;
    else if (failure == u"cost")
        setup.costOfGoodsAccount = u"3299"_s;
    else if (failure == u"bank")
        setup.bankAccount = u"1299"_s;
    shop->orders().setPostingSetup(setup);

    const DatabaseSnapshot before = snapshot(shop->database().connection());
    const auto id = shop->orders().create(TestCompany::actor(), builder.build());
    QVERIFY(!id.ok());
    QVERIFY(!id.error().message.isEmpty());
    QCOMPARE(shop->database().transactionDepth(), 0);
    // No order, no line, no movement, no level change, no entry, no audit row, no number taken.
    const QString changes = describeChanges(before, snapshot(shop->database().connection()));
    QVERIFY2(changes.isEmpty(), qPrintable(changes));
}

void TestOrderService::create_whenPostingFails_announcesNothing()
{
    // The stock movements and the revenue entry were made and then rolled back with the order:
    // a model told about them would show stock and bookings that do not exist.
    Shop shop;
    QSignalSpy stockChanged(&shop->stock(), &StockService::stockChanged);
    QSignalSpy entryPosted(&shop->accounting(), &AccountingService::entryPosted);
    QSignalSpy orderCreated(&shop->orders(), &OrderService::orderCreated);
    OrderPostingSetup setup = shop->orders().postingSetup();
    setup.bankAccount = u"1299"_s; // the payment, the last step, fails
    shop->orders().setPostingSetup(setup);

    const auto id = shop->orders().create(TestCompany::actor(),
        OrderBuilder().status(OrderStatus::Paid).line(shop.cup, 1, 1190).build());
    QVERIFY(!id.ok());
    QCOMPARE(orderCreated.count(), 0);
    QCOMPARE(stockChanged.count(), 0);
    QCOMPARE(entryPosted.count(), 0);
}

void TestOrderService::importOrders_writesTheNewTogether_andAnOrderAgainAsItsChange()
{
    // New orders wait to be written together; the same order once more, now refunded, is its
    // change: the orders waiting before it are written first, so that it finds its first self,
    // and books the refund once. The orders keep their order: numbers follow the list.
    Shop shop;
    ImportBatch batch;
    batch.startedAt = QDateTime::currentDateTimeUtc();
    batch.userName = TestCompany::actor().name;
    batch.shop = u"test-shop"_s;
    batch.fileName = u"orders.csv"_s;
    batch.profile = u"shopify"_s;
    const auto batchId = shop->imports().batches().insert(batch);
    KONTOR_VERIFY_OK(batchId);
    std::vector<Order> orders;
    for (const auto &[id, refunded] : {std::pair{u"#1"_s, 0}, {u"#2"_s, 0}, {u"#1"_s, 500},
                                       {u"#3"_s, 0}}) {
        Order order = OrderBuilder(id).status(OrderStatus::Paid).line(shop.cup, 1, 1190).build();
        KONTOR_VERIFY_OK(OrderService::computeAmounts(order, 1900));
        order.taxes = {{1900, order.tax}};
        order.tip = eur(0);
        order.financialStatus = refunded > 0 ? u"partially_refunded"_s : u"paid"_s;
        order.paid = order.total;
        order.paidAt = order.orderedAt;
        order.refunded = eur(refunded);
        orders.push_back(std::move(order));
    }

    const auto results = shop->orders().importOrders(TestCompany::actor(), orders, *batchId,
                                                     QDate(2026, 12, 6));
    KONTOR_VERIFY_OK(results);
    QCOMPARE(results->size(), size_t(4));
    for (const Result<OrderImport> &done : *results)
        KONTOR_VERIFY_OK(done);
    const auto action = [&](size_t i) { return int((*results)[i]->action); };
    QCOMPARE(action(0), int(ImportChange::New));
    QCOMPARE(action(1), int(ImportChange::New));
    QCOMPARE(action(2), int(ImportChange::Updated));
    QCOMPARE(action(3), int(ImportChange::New));
    QCOMPARE((*results)[2]->id, (*results)[0]->id);
    QCOMPARE((*results)[2]->previous->refunded, eur(0));

    QCOMPARE(levelOf(*shop, shop.cup, mainWarehouse(*shop)), 100 - 3);
    QSqlDatabase db = shop->database().connection();
    QCOMPARE(selectValue(db, u"SELECT group_concat(purpose, ' ') FROM (SELECT purpose FROM "
                             "journal_entries WHERE order_id = ? AND posted = 1 ORDER BY id)"_s,
                         {(*results)[0]->id.value()})
                 .toString(),
             u"sale cost_of_goods payment refund"_s);
    QCOMPARE(selectValue(db, u"SELECT count(*) FROM journal_entries WHERE purpose = 'refund'"_s)
                 .toInt(),
             1);
    const QVariantList numbers = selectColumn(db, u"SELECT number FROM orders ORDER BY id"_s);
    QCOMPARE(numbers.size(), 3);
    QVERIFY(numbers[0].toString() < numbers[1].toString());
    QVERIFY(numbers[1].toString() < numbers[2].toString());
    QCOMPARE(selectValue(db, u"SELECT count(*) FROM audit_log WHERE action = 'import'"_s).toInt(),
             3);
}

void TestOrderService::computeAmounts_withDiscountOrShippingInAnotherCurrency_isRefused()
{
    const Currency usd = Currency::fromCode(u"USD");
    Order discounted = OrderBuilder().line(ArticleId(1), 2, 1190).build();
    discounted.lines.front().discount = Money(100, usd);
    const Status discountRefused = OrderService::computeAmounts(discounted, 1900);
    QVERIFY(!discountRefused.ok());

    Order shipped = OrderBuilder().line(ArticleId(1), 1, 1190).build();
    shipped.shipping = Money(490, usd);
    const Status shippingRefused = OrderService::computeAmounts(shipped, 1900);
    QVERIFY(!shippingRefused.ok());
}

QTEST_GUILESS_MAIN(TestOrderService)
#include "tst_orderservice.moc"
