// SPDX-FileCopyrightText: 2026 The Kontor authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "builders.h"
#include "pagingcheck.h"
#include "testcompany.h"
#include "testresult.h"
#include "testsql.h"

#include "common/clock.h"
#include "orders/orderrepository.h"
#include "orders/orderservice.h"
#include "stock/stockservice.h"
#include "persistence/sql.h"

#include <QTest>

#include <algorithm>
#include <memory>

using namespace Kontor;
using namespace Kontor::Test;
using namespace Qt::StringLiterals;

namespace {

QVariantList orderSortValues(const Order &o, int key)
{
    switch (key) {
    case OrderRepository::OrderByNumber:
        return { o.number };
    case OrderRepository::OrderByDate:
        return { Timestamps::toStorage(o.orderedAt) };
    case OrderRepository::OrderByCustomer:
        return { Sql::sortKeyOf(o.customerName) };
    case OrderRepository::OrderByStatus:
        return { orderStatusKey(o.status) };
    case OrderRepository::OrderByTotal:
        return { o.total.minorUnits() };
    }
    return {};
}
constexpr int orderSortKeys = OrderRepository::OrderByTotal + 1;

QVariantList lineSortValues(const OrderLine &l, int key)
{
    switch (key) {
    case OrderRepository::LineByOrder:
        return { l.order.value(), l.lineNo };
    case OrderRepository::LineBySku:
        return { orNull(l.sku), l.order.value(), l.lineNo };
    case OrderRepository::LineByGross:
        return { l.gross.minorUnits() };
    }
    return {};
}
constexpr int lineSortKeys = OrderRepository::LineByGross + 1;

PagedList orderList(OrderRepository &repository, int key)
{
    PagedList list;
    list.count = [&repository](const ListFilter &filter) { return repository.count(filter); };
    list.page = pageOf<Order>([&repository](const ListFilter &f, const ListSort &s, qint64 o,
                                  int l) { return repository.page(f, s, o, l); },
        [key](const Order &o) {
            return ListRow { o.id.value(), orderSortValues(o, key) };
        });
    return list;
}

PagedList lineList(OrderRepository &repository, int key)
{
    PagedList list;
    list.count = [&repository](const ListFilter &filter) { return repository.countLines(filter); };
    list.page = pageOf<OrderLine>([&repository](const ListFilter &f, const ListSort &s, qint64 o,
                                      int l) { return repository.linePage(f, s, o, l); },
        [key](const OrderLine &l) {
            return ListRow { l.id.value(), lineSortValues(l, key) };
        });
    return list;
}

template<class Row> std::vector<qint64> sortedIds(const std::vector<Row> &rows)
{
    std::vector<qint64> ids;
    for (const Row &row : rows)
        ids.push_back(row.id.value());
    std::sort(ids.begin(), ids.end());
    return ids;
}

} // namespace

class TestOrderRepository : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void page_throughOrders_matchesCountInEverySort_data();
    void page_throughOrders_matchesCountInEverySort();
    void page_throughLines_matchesCountInEverySort_data();
    void page_throughLines_matchesCountInEverySort();

    void count_ofTypedText_findsOrdersByNumberExternalIdOrCustomer();
    void linePage_ofSkuOrOrderNumberPrefixInAnyCase_findsExactlyThoseLines();
    void linePage_scopedToAnOrder_givesItsLinesInLineOrder();

    void find_ofDemoOrders_givesLinesThatAddUpToTheTotal();
    void findByExternalId_findsOnlyWithinItsShop();

private:
    OrderRepository &repository() { return (*m_company)->orders().repository(); }
    std::vector<Order> allOrders();
    std::vector<OrderLine> allLines();
    qint64 orderIdOf(const QString &number);

    std::unique_ptr<TestCompany> m_company;
};

void TestOrderRepository::init()
{
    m_company = std::make_unique<TestCompany>(TestCompany::Setup::Demo, 300);
    // Two orders from the phone, without a customer: NULLs in the customer sort, and a line
    // without a SKU.
    Company &company = **m_company;
    const auto tea = company.stock().repository().findArticleBySku(u"TEE-0001"_s);
    QVERIFY(tea.ok() && tea->has_value());
    for (const QString &id : { u"PHONE-1"_s, u"PHONE-2"_s }) {
        const auto created = company.orders().create(TestCompany::actor(),
            OrderBuilder(id)
                .shop(u"manual"_s)
                .line(**tea, 2, 690, 700)
                .serviceLine(u"Gift wrap"_s, 250)
                .build());
        KONTOR_VERIFY_OK(created);
    }
}

void TestOrderRepository::cleanup()
{
    m_company.reset();
}

std::vector<Order> TestOrderRepository::allOrders()
{
    return valueOr(repository().page({}, {}, 0, 1000000), std::vector<Order>());
}

std::vector<OrderLine> TestOrderRepository::allLines()
{
    return valueOr(repository().linePage({}, {}, 0, 1000000), std::vector<OrderLine>());
}

qint64 TestOrderRepository::orderIdOf(const QString &number)
{
    return selectValue((*m_company)->database().connection(),
        u"SELECT id FROM orders WHERE number = ?"_s, { number })
        .toLongLong();
}

void TestOrderRepository::page_throughOrders_matchesCountInEverySort_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("all orders") << QString();
    QTest::newRow("customer name or number") << u"mül"_s;
}

void TestOrderRepository::page_throughOrders_matchesCountInEverySort()
{
    QFETCH(QString, text);
    qint64 rows = 0;
    const QString problem
        = checkPagingInEverySort([this](int key) { return orderList(repository(), key); },
            orderSortKeys, { text, 0 }, 7, &rows);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QVERIFY2(rows > 14, qPrintable(QString::number(rows)));
}

void TestOrderRepository::page_throughLines_matchesCountInEverySort_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("order");
    QTest::addColumn<int>("pageSize");
    QTest::newRow("all lines") << QString() << QString() << 7;
    QTest::newRow("SKU prefix") << u"tee-0"_s << QString() << 7;
    QTest::newRow("lines of orders without customer") << QString() << u"PHONE"_s << 1;
}

void TestOrderRepository::page_throughLines_matchesCountInEverySort()
{
    QFETCH(QString, text);
    QFETCH(QString, order);
    QFETCH(int, pageSize);

    ListFilter filter { text, 0 };
    if (!order.isEmpty()) {
        filter.scopeId = selectValue((*m_company)->database().connection(),
            u"SELECT id FROM orders WHERE external_id = 'PHONE-2'"_s)
                             .toLongLong();
        QVERIFY(filter.scopeId > 0);
    }
    qint64 rows = 0;
    const QString problem
        = checkPagingInEverySort([this](int key) { return lineList(repository(), key); },
            lineSortKeys, filter, pageSize, &rows);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QVERIFY2(rows >= 2 * pageSize, qPrintable(QString::number(rows)));
}

void TestOrderRepository::count_ofTypedText_findsOrdersByNumberExternalIdOrCustomer()
{
    // One company for all cases: building the demo is what costs.
    const std::vector<Order> all = allOrders();
    const struct
    {
        QString text;
        size_t atLeast;
    } cases[] = {
        { u"A00001"_s, 10 }, // number prefix
        { u"a00001"_s, 10 }, // … typed in lower case
        { u"A0000123"_s, 1 }, // a whole number
        { u"#110"_s, 10 }, // the shop's order id
        { u"phone-"_s, 2 }, // … of the phone orders, in lower case
        { u"mül"_s, 1 }, // a customer's surname, Unicode case folding
        { u"MÜL"_s, 1 },
        { u"emma mü"_s, 1 }, // first and last name
        { u"zzzz"_s, 0 },
    };
    for (const auto &c : cases) {
        std::vector<Order> expected;
        const QStringList words = c.text.split(u' ', Qt::SkipEmptyParts);
        for (const Order &o : all) {
            const bool byCustomer = std::all_of(words.cbegin(), words.cend(),
                [&](const QString &w) { return hasWordStartingWith(o.customerName, w); });
            if (o.number.startsWith(c.text, Qt::CaseInsensitive)
                || o.externalId.startsWith(c.text, Qt::CaseInsensitive) || byCustomer)
                expected.push_back(o);
        }
        QVERIFY2(expected.size() >= c.atLeast, qPrintable(c.text));
        const qint64 counted = valueOr(repository().count({ c.text, 0 }), qint64(-1));
        QVERIFY2(counted == qint64(expected.size()),
            qPrintable(
                u"'%1': count() %2, expected %3"_s.arg(c.text).arg(counted).arg(expected.size())));
        const auto found = repository().page({ c.text, 0 }, {}, 0, 100000);
        KONTOR_VERIFY_OK(found);
        QVERIFY2(sortedIds(*found) == sortedIds(expected), qPrintable(c.text));
    }
}

void TestOrderRepository::linePage_ofSkuOrOrderNumberPrefixInAnyCase_findsExactlyThoseLines()
{
    const std::vector<OrderLine> all = allLines();
    for (const QString &text :
        { u"tee-0"_s, u"TEE-0"_s, u"Tee-0"_s, u"ker-0018"_s, u"a000000"_s }) {
        std::vector<OrderLine> expected;
        for (const OrderLine &l : all) {
            if (l.sku.startsWith(text, Qt::CaseInsensitive)
                || l.orderNumber.startsWith(text, Qt::CaseInsensitive))
                expected.push_back(l);
        }
        QVERIFY2(!expected.empty(), qPrintable(text));
        const qint64 counted = valueOr(repository().countLines({ text, 0 }), qint64(-1));
        QVERIFY2(counted == qint64(expected.size()),
            qPrintable(u"'%1': countLines() %2, expected %3"_s.arg(text).arg(counted).arg(
                expected.size())));
        const auto found = repository().linePage({ text, 0 }, {}, 0, 100000);
        KONTOR_VERIFY_OK(found);
        QVERIFY2(sortedIds(*found) == sortedIds(expected), qPrintable(text));
    }
}

void TestOrderRepository::linePage_scopedToAnOrder_givesItsLinesInLineOrder()
{
    const qint64 id = orderIdOf(u"A0000042"_s);
    QVERIFY(id > 0);
    const auto order = repository().find(OrderId(id));
    KONTOR_VERIFY_OK(order);
    QVERIFY(order->has_value());
    const auto lines = repository().linePage({ QString(), id }, {}, 0, 100);
    KONTOR_VERIFY_OK(lines);
    QCOMPARE(valueOr(repository().countLines({ QString(), id }), qint64(-1)),
        qint64((*order)->lines.size()));
    QCOMPARE(lines->size(), (*order)->lines.size());
    for (size_t i = 0; i < lines->size(); ++i) {
        QCOMPARE((*lines)[i].order, OrderId(id));
        QCOMPARE((*lines)[i].orderNumber, u"A0000042"_s);
        QCOMPARE((*lines)[i].lineNo, int(i + 1));
        QCOMPARE((*lines)[i].id, (*order)->lines[i].id);
    }
}

void TestOrderRepository::find_ofDemoOrders_givesLinesThatAddUpToTheTotal()
{
    const std::vector<Order> orders = allOrders();
    QCOMPARE(orders.size(), size_t(302));
    for (const Order &listed : orders) {
        const auto found = repository().find(listed.id);
        KONTOR_VERIFY_OK(found);
        QVERIFY(found->has_value());
        const Order &o = **found;
        QCOMPARE(o.number, listed.number);
        QVERIFY(!o.lines.empty());
        Money gross = Money::zero(o.currency);
        for (const OrderLine &l : o.lines) {
            QCOMPARE(l.net + l.tax, l.gross);
            gross += l.gross;
        }
        QCOMPARE(o.net + o.tax, o.total);
        QCOMPARE(gross + o.shipping, o.total);
    }
}

void TestOrderRepository::findByExternalId_findsOnlyWithinItsShop()
{
    const auto demo = repository().findByExternalId(u"lindenhof-shop"_s, u"#1001"_s);
    KONTOR_VERIFY_OK(demo);
    QVERIFY(demo->has_value());
    QCOMPARE(valueOr(repository().find(**demo), std::optional<Order>())->number, u"A0000001"_s);
    const auto otherShop = repository().findByExternalId(u"manual"_s, u"#1001"_s);
    KONTOR_VERIFY_OK(otherShop);
    QVERIFY(!otherShop->has_value());
    const auto phone = repository().findByExternalId(u"manual"_s, u"PHONE-1"_s);
    KONTOR_VERIFY_OK(phone);
    QVERIFY(phone->has_value());
}

QTEST_GUILESS_MAIN(TestOrderRepository)
#include "tst_orderrepository.moc"
