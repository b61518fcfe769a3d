// SPDX-FileCopyrightText: 2026 The Kontor authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "democompany.h"

#include "accounting/accountingservice.h"
#include "common/booktexts.h"
#include "company/company.h"
#include "customers/customerservice.h"
#include "orders/orderservice.h"
#include "persistence/transaction.h"
#include "personnel/personnelservice.h"
#include "stock/stockservice.h"

#include <QRandomGenerator>
#include <QTimeZone>

#include <array>
#include <map>
#include <vector>

namespace Kontor {

namespace {

// Everything the demo writes is invented; e-mail addresses use reserved example domains.
constexpr std::array firstNames = {
    u"Anna", u"Ben", u"Clara", u"David", u"Emma", u"Felix", u"Greta", u"Hannah", u"Jonas",
    u"Julia", u"Karl", u"Lena", u"Lukas", u"Marie", u"Max", u"Mia", u"Noah", u"Paul", u"Sophie",
    u"Tim", u"Ursula", u"Jürgen", u"Özlem", u"Björn", u"Zoë", u"Leonie", u"Finn", u"Ida",
    u"Moritz", u"Frieda", u"Emil", u"Lotte"};
constexpr std::array lastNames = {
    u"Müller", u"Schmidt", u"Schneider", u"Fischer", u"Weber", u"Meyer", u"Wagner", u"Becker",
    u"Schulz", u"Hoffmann", u"Schäfer", u"Koch", u"Bauer", u"Richter", u"Klein", u"Wolf",
    u"Schröder", u"Neumann", u"Schwarz", u"Zimmermann", u"Braun", u"Krüger", u"Hofmann",
    u"Hartmann", u"Lange", u"Schmitt", u"Werner", u"Krause", u"Meier", u"Lehmann", u"Yılmaz",
    u"Kowalski"};
struct Place
{
    const char16_t *postcode;
    const char16_t *city;
};
constexpr std::array places = {
    Place{u"10115", u"Berlin"},     Place{u"20095", u"Hamburg"},  Place{u"80331", u"München"},
    Place{u"50667", u"Köln"},       Place{u"60311", u"Frankfurt am Main"},
    Place{u"70173", u"Stuttgart"},  Place{u"40213", u"Düsseldorf"}, Place{u"04109", u"Leipzig"},
    Place{u"44135", u"Dortmund"},   Place{u"45127", u"Essen"},    Place{u"28195", u"Bremen"},
    Place{u"01067", u"Dresden"},    Place{u"30159", u"Hannover"}, Place{u"90403", u"Nürnberg"},
    Place{u"48143", u"Münster"},    Place{u"79098", u"Freiburg im Breisgau"},
    Place{u"24103", u"Kiel"},       Place{u"99084", u"Erfurt"},   Place{u"18055", u"Rostock"},
    Place{u"93047", u"Regensburg"}};
constexpr std::array streets = {u"Hauptstraße", u"Schulstraße", u"Gartenweg", u"Bahnhofstraße",
                                u"Lindenallee", u"Am Markt", u"Birkenweg", u"Mühlenstraße",
                                u"Goethestraße", u"Schillerplatz", u"Rosenweg", u"Kirchgasse"};
constexpr std::array mailDomains = {u"example.org", u"example.com", u"example.net"};

// A small shop for tea, ceramics and linen: product lines × variants make the articles.
struct ProductLine
{
    const char16_t *skuPrefix;
    const char16_t *name;
    int vatRate;            // basis points: food 7 %, the rest 19 %
    qint64 priceCents;      // gross sales price of the first variant
    int unitsPerReceipt;
};
constexpr std::array productLines = {
    ProductLine{u"TEE", u"Bio-Grüntee Sencha", 700, 690, 400},
    ProductLine{u"TEE", u"Schwarztee Assam", 700, 590, 400},
    ProductLine{u"TEE", u"Kräutertee Alpenwiese", 700, 490, 400},
    ProductLine{u"TEE", u"Rooibos Vanille", 700, 550, 400},
    ProductLine{u"KER", u"Teetasse Steinzeug", 1900, 1890, 120},
    ProductLine{u"KER", u"Teekanne Steinzeug 1 l", 1900, 4990, 40},
    ProductLine{u"KER", u"Müslischale", 1900, 1490, 120},
    ProductLine{u"KER", u"Frühstücksteller", 1900, 1690, 120},
    ProductLine{u"LEI", u"Geschirrtuch Leinen", 1900, 1290, 200},
    ProductLine{u"LEI", u"Tischläufer Leinen", 1900, 3490, 60},
    ProductLine{u"LEI", u"Schürze Leinen", 1900, 3990, 60},
    ProductLine{u"ZUB", u"Teesieb Edelstahl", 1900, 890, 200},
    ProductLine{u"ZUB", u"Stövchen Gusseisen", 1900, 2990, 40},
    ProductLine{u"GES", u"Geschenkgutschein", 0, 2500, 0},
};
constexpr std::array variants = {u"Salbei", u"Sand", u"Schiefer", u"Himmelblau", u"Natur",
                                 u"Rost", u"Moos", u"Kreide"};
constexpr std::array teaSizes = {u"100 g", u"250 g", u"500 g", u"1 kg"};

struct DemoDepartment
{
    const char16_t *name;
    const char16_t *costCentre;
    std::array<const char16_t *, 3> titles;
    qint64 salaryCents;
    int staff;
};
constexpr std::array departments = {
    DemoDepartment{u"Geschäftsführung", u"100", {u"Geschäftsführerin", u"Geschäftsführer", u"Assistenz der Geschäftsführung"}, 780000, 2},
    DemoDepartment{u"Kundenservice", u"200", {u"Kundenberaterin", u"Kundenberater", u"Teamleitung Kundenservice"}, 320000, 5},
    DemoDepartment{u"Lager und Versand", u"300", {u"Lagerist", u"Fachkraft für Lagerlogistik", u"Versandleitung"}, 290000, 7},
    DemoDepartment{u"Einkauf", u"400", {u"Einkäuferin", u"Einkäufer", u"Leitung Einkauf"}, 410000, 2},
    DemoDepartment{u"Buchhaltung", u"500", {u"Buchhalterin", u"Buchhalter", u"Lohnbuchhalterin"}, 430000, 2},
};
constexpr std::array paymentMethods = {u"PayPal", u"Kreditkarte", u"Klarna", u"Vorkasse",
                                       u"Apple Pay"};

template<class Array>
QString pick(QRandomGenerator &rng, const Array &values)
{
    return QString::fromUtf16(values[rng.bounded(quint32(values.size()))]);
}

QString asciiFold(QString text)
{
    text.replace(u'ä', QStringLiteral("ae")).replace(u'ö', QStringLiteral("oe"));
    text.replace(u'ü', QStringLiteral("ue")).replace(u'ß', QStringLiteral("ss"));
    text.replace(u'Ö', QStringLiteral("Oe")).replace(u'Ü', QStringLiteral("Ue"));
    text.replace(u'Ä', QStringLiteral("Ae")).replace(u'ı', u'i').replace(u'ë', u'e');
    return text.toLower();
}

struct DemoArticle
{
    ArticleId id;
    QString sku;
    QString name;
    Money price;          // gross
    Money cost;           // net purchase price
    int vatRate;
    bool stock;
    int unitsPerReceipt;
};

class Generator
{
public:
    Generator(Company &company, const Actor &actor, const DemoOptions &options)
        : m_company(company)
        , m_actor(actor)
        , m_options(options)
        , m_rng(options.seed)
        , m_eur(Currency::eur())
    {
    }

    Status run();

private:
    Status createWarehouses();
    Status createArticles();
    Status createPersonnel();
    Status createCustomers(qint64 count);
    Status createOrders();
    Status restock(const DemoArticle &article, WarehouseId warehouse, const QDateTime &when);
    Status postOpeningCapital();

    Company &m_company;
    Actor m_actor;
    DemoOptions m_options;
    QRandomGenerator m_rng;
    Currency m_eur;
    std::vector<WarehouseId> m_warehouses;
    std::vector<DemoArticle> m_articles;
    std::vector<CustomerId> m_customers;
    std::map<std::pair<qint64, qint64>, qint64> m_levels; // (article, warehouse) → units
    QDate m_start = QDate(2025, 1, 2);
    QDate m_end = QDate(2026, 10, 31);
};

Status Generator::run()
{
    if (m_options.orders < 0)
        return makeError(DemoCompany::tr("The number of demo orders cannot be negative."));
    auto initialised = m_company.isInitialised();
    if (!initialised)
        return initialised.error();
    if (!*initialised) {
        if (Status s = m_company.initialise(m_actor, {QStringLiteral("Lindenhof Tee & Keramik GmbH")}); !s)
            return s;
    }
    auto stats = m_company.statistics();
    if (!stats)
        return stats.error();
    for (const auto &[table, rows] : stats->tableRows) {
        if ((table == u"orders" || table == u"customers" || table == u"articles") && rows > 0)
            return makeError(DemoCompany::tr("The demo goes into a new, empty company only; this one "
                                             "has %1 already.").arg(table));
    }
    Transaction tx(m_company.database());
    if (!tx.ok())
        return tx.error();
    for (auto step : {&Generator::createWarehouses, &Generator::createArticles,
                      &Generator::createPersonnel, &Generator::postOpeningCapital}) {
        if (Status s = (this->*step)(); !s)
            return s;
    }
    const qint64 customers = qBound(qint64(40), m_options.orders / 3, qint64(200000));
    if (Status s = createCustomers(customers); !s)
        return s;
    if (Status s = tx.commit(); !s)
        return s;
    return createOrders();
}

Status Generator::createWarehouses()
{
    auto existing = m_company.stock().repository().warehouses();
    if (!existing)
        return existing.error();
    for (const Warehouse &w : *existing)
        m_warehouses.push_back(w.id);
    const QString name =
        m_company.bookTexts().translate("Kontor::DemoCompany", "Hamburg outlet");
    auto second = m_company.stock().createWarehouse(m_actor,
                                                    {WarehouseId(), QStringLiteral("NORD"), name});
    if (!second)
        return second.error();
    m_warehouses.push_back(*second);
    return {};
}

Status Generator::createArticles()
{
    int serial = 0;
    for (const ProductLine &line : productLines) {
        const bool tea = QStringView(line.skuPrefix) == u"TEE";
        const bool voucher = line.unitsPerReceipt == 0;
        const int count = voucher ? 1 : tea ? int(teaSizes.size()) : 3 + int(m_rng.bounded(4));
        for (int v = 0; v < count; ++v) {
            DemoArticle a;
            a.sku = QString::fromUtf16(line.skuPrefix) + QStringLiteral("-%1").arg(++serial, 4, 10, QChar(u'0'));
            const QString variant = tea ? QString::fromUtf16(teaSizes[size_t(v)])
                                        : QString::fromUtf16(variants[size_t((v * 3 + serial) % variants.size())]);
            a.name = voucher ? QString::fromUtf16(line.name) : QString::fromUtf16(line.name) + u' ' + variant;
            const qint64 price = tea ? line.priceCents * (v == 0 ? 1 : v == 1 ? 2 : v == 2 ? 4 : 7)
                                     : line.priceCents + 100 * qint64(m_rng.bounded(4));
            a.price = Money(price, m_eur);
            // Purchase price: about 40 % of the net sales price, whole cents.
            a.cost = voucher ? Money::zero(m_eur) : Money(price * 10000 / (10000 + line.vatRate) * 4 / 10, m_eur);
            a.vatRate = line.vatRate;
            a.stock = !voucher;
            a.unitsPerReceipt = line.unitsPerReceipt;
            Article article;
            article.sku = a.sku;
            article.name = a.name;
            article.ean = voucher ? QString() : QStringLiteral("40%1").arg(1234500000 + serial * 7, 11, 10, QChar(u'0'));
            article.salesPrice = a.price;
            article.purchasePrice = a.cost;
            article.vatRate = a.vatRate;
            article.stockTracked = a.stock;
            auto id = m_company.stock().createArticle(m_actor, article);
            if (!id)
                return id.error();
            a.id = *id;
            m_articles.push_back(a);
        }
    }
    // Opening stock in both warehouses, bought at the start of the year.
    const QDateTime opening(m_start, QTime(8, 0), QTimeZone::utc());
    for (const DemoArticle &a : m_articles) {
        if (!a.stock)
            continue;
        for (WarehouseId w : m_warehouses) {
            if (Status s = restock(a, w, opening); !s)
                return s;
        }
    }
    return {};
}

Status Generator::restock(const DemoArticle &article, WarehouseId warehouse, const QDateTime &when)
{
    const qint64 units = article.unitsPerReceipt;
    StockMovement receipt;
    receipt.article = article.id;
    receipt.warehouse = warehouse;
    receipt.quantity = Quantity(units);
    receipt.kind = MovementKind::Receipt;
    receipt.occurredAt = when;
    receipt.unitCost = article.cost;
    receipt.reference = QStringLiteral("WE-%1-%2").arg(when.date().toString(u"yyyyMMdd")).arg(article.sku);
    if (auto moved = m_company.stock().recordMovement(m_actor, receipt); !moved)
        return moved.error();
    m_levels[{article.id.value(), warehouse.value()}] += units;

    // The supplier's invoice: stock and input VAT against a payable.
    AccountingService &books = m_company.accounting();
    const Money net = article.cost * units;
    const Money vat = *net.scaled(1900, 10000, Rounding::HalfUp);
    auto inventory = books.accountId(QStringLiteral("3980"));
    auto inputVat = books.accountId(QStringLiteral("1576"));
    auto payable = books.accountId(QStringLiteral("1600"));
    if (!inventory || !inputVat || !payable)
        return makeError(DemoCompany::tr("The chart of accounts lacks 3980, 1576 or 1600."));
    JournalEntry entry;
    entry.bookingDate = when.date();
    entry.description = m_company.bookTexts()
                            .translate("Kontor::DemoCompany", "Goods receipt %1, %2 × %3")
                            .arg(receipt.reference)
                            .arg(units)
                            .arg(article.name);
    entry.reference = receipt.reference;
    entry.currency = m_eur;
    entry.lines = {JournalLine::debiting(*inventory, net), JournalLine::debiting(*inputVat, vat),
                   JournalLine::crediting(*payable, net + vat)};
    if (auto posted = books.post(m_actor, std::move(entry)); !posted)
        return posted.error();
    return {};
}

Status Generator::postOpeningCapital()
{
    AccountingService &books = m_company.accounting();
    auto bank = books.accountId(QStringLiteral("1200"));
    auto capital = books.accountId(QStringLiteral("0800"));
    if (!bank || !capital)
        return makeError(DemoCompany::tr("The chart of accounts lacks 1200 or 0800."));
    const Money amount(2500000, m_eur);
    JournalEntry entry;
    entry.bookingDate = m_start.addDays(-1);
    entry.description =
        m_company.bookTexts().translate("Kontor::DemoCompany", "Share capital paid in");
    entry.currency = m_eur;
    entry.lines = {JournalLine::debiting(*bank, amount), JournalLine::crediting(*capital, amount)};
    if (auto posted = books.post(m_actor, std::move(entry)); !posted)
        return posted.error();
    return {};
}

Status Generator::createPersonnel()
{
    int index = 0;
    for (const DemoDepartment &d : departments) {
        auto department = m_company.personnel().createDepartment(
            m_actor, {DepartmentId(), QString::fromUtf16(d.name), QString::fromUtf16(d.costCentre)});
        if (!department)
            return department.error();
        for (int i = 0; i < d.staff; ++i, ++index) {
            Employee e;
            e.firstName = pick(m_rng, firstNames);
            e.lastName = pick(m_rng, lastNames);
            e.department = *department;
            e.jobTitle = QString::fromUtf16(d.titles[size_t(i == d.staff - 1 ? 2 : index % 2)]);
            e.email = asciiFold(e.firstName) + u'.' + asciiFold(e.lastName) + QStringLiteral("@lindenhof.example");
            e.phone = QStringLiteral("+49 341 5550%1").arg(100 + index);
            const Place place = places[7]; // Leipzig, where the shop is
            e.street = pick(m_rng, streets) + u' ' + QString::number(1 + m_rng.bounded(80));
            e.postcode = QString::fromUtf16(place.postcode);
            e.city = QString::fromUtf16(place.city);
            e.birthDate = QDate(1962 + int(m_rng.bounded(40)), 1 + int(m_rng.bounded(12)), 1 + int(m_rng.bounded(28)));
            e.hiredOn = QDate(2012 + int(m_rng.bounded(13)), 1 + int(m_rng.bounded(12)), 1);
            if (index % 9 == 8)
                e.leftOn = e.hiredOn.addYears(1 + int(m_rng.bounded(3))).addDays(-1);
            e.weeklyMinutes = (index % 4 == 3 ? 20 : 40) * 60;
            const qint64 salary = d.salaryCents + 10000 * qint64(m_rng.bounded(8));
            e.monthlySalary = Money(e.weeklyMinutes == 40 * 60 ? salary : salary / 2, m_eur);
            if (auto id = m_company.personnel().createEmployee(m_actor, e); !id)
                return id.error();
        }
    }
    return {};
}

Status Generator::createCustomers(qint64 count)
{
    m_customers.reserve(size_t(count));
    for (qint64 i = 0; i < count; ++i) {
        Customer c;
        const QString first = pick(m_rng, firstNames);
        const QString last = pick(m_rng, lastNames);
        c.name = first + u' ' + last;
        c.email = asciiFold(first) + u'.' + asciiFold(last) + QString::number(i + 1) + u'@'
                + pick(m_rng, mailDomains);
        const Place place = places[m_rng.bounded(quint32(places.size()))];
        c.street = pick(m_rng, streets) + u' ' + QString::number(1 + m_rng.bounded(120));
        c.postcode = QString::fromUtf16(place.postcode);
        c.city = QString::fromUtf16(place.city);
        c.country = QStringLiteral("DE");
        auto id = m_company.customers().create(m_actor, c);
        if (!id)
            return id.error();
        m_customers.push_back(*id);
    }
    return {};
}

Status Generator::createOrders()
{
    const qint64 total = m_options.orders;
    const qint64 seconds = QDateTime(m_start, QTime(0, 0), QTimeZone::utc())
                               .secsTo(QDateTime(m_end, QTime(23, 59), QTimeZone::utc()));
    const QDateTime first(m_start, QTime(0, 0), QTimeZone::utc());
    constexpr qint64 chunk = 500;
    std::vector<const DemoArticle *> sellable;
    for (const DemoArticle &a : m_articles)
        sellable.push_back(&a);

    for (qint64 done = 0; done < total;) {
        Transaction tx(m_company.database());
        if (!tx.ok())
            return tx.error();
        const qint64 until = qMin(total, done + chunk);
        for (; done < until; ++done) {
            // Orders spread evenly over the period, in order, at a random minute of their slot.
            const qint64 slot = total > 0 ? seconds / total : seconds;
            const QDateTime when = first.addSecs(done * slot + qint64(m_rng.bounded(quint32(qMax<qint64>(1, slot)))));
            Order order;
            order.shop = QStringLiteral("lindenhof-shop");
            order.externalId = QStringLiteral("#%1").arg(1001 + done);
            order.customer = m_customers[m_rng.bounded(quint32(m_customers.size()))];
            order.orderedAt = when;
            order.currency = m_eur;
            order.pricesIncludeTax = true;
            order.paymentMethod = pick(m_rng, paymentMethods);
            order.paymentReference = QStringLiteral("PAY-%1").arg(900000 + done);
            order.warehouse = m_warehouses[m_rng.bounded(quint32(m_warehouses.size()))];
            const int lines = 1 + int(m_rng.bounded(5));
            Money goods = Money::zero(m_eur);
            for (int l = 0; l < lines; ++l) {
                const DemoArticle &a = *sellable[m_rng.bounded(quint32(sellable.size()))];
                OrderLine line;
                line.article = a.id;
                line.sku = a.sku;
                line.description = a.name;
                line.quantity = Quantity(1 + (m_rng.bounded(4) == 0 ? m_rng.bounded(3) : 0));
                line.unitPrice = a.price;
                line.vatRate = a.vatRate;
                if (m_rng.bounded(10) == 0) // a 10 % line discount now and then
                    line.discount = *(a.price * line.quantity.units()).scaled(1, 10, Rounding::HalfUp);
                goods += a.price * line.quantity.units() - (line.discount.currency().isValid() ? line.discount : Money::zero(m_eur));
                if (a.stock) {
                    qint64 &level = m_levels[{a.id.value(), order.warehouse.value()}];
                    if (level < line.quantity.units() + 5) {
                        if (Status s = restock(a, order.warehouse, when.addSecs(-60)); !s)
                            return s;
                    }
                    level -= line.quantity.units();
                }
                order.lines.push_back(line);
            }
            order.shipping = goods.minorUnits() >= 5000 ? Money::zero(m_eur) : Money(490, m_eur);
            const qint64 age = when.daysTo(QDateTime(m_end, QTime(23, 59), QTimeZone::utc()));
            order.status = age > 14 ? OrderStatus::Completed
                         : age > 5  ? OrderStatus::Shipped
                         : age > 1  ? OrderStatus::Paid
                                    : (m_rng.bounded(3) == 0 ? OrderStatus::Open : OrderStatus::Paid);
            if (order.status == OrderStatus::Open && order.paymentMethod != u"Vorkasse")
                order.status = OrderStatus::Paid;
            if (auto id = m_company.orders().create(m_actor, std::move(order)); !id)
                return id.error();
        }
        if (Status s = tx.commit(); !s)
            return s;
        if (m_options.progress && !m_options.progress(done, total))
            return makeError(DemoCompany::tr("Stopped after %1 of %2 demo orders.").arg(done).arg(total));
    }
    return {};
}

} // namespace

Status DemoCompany::generate(Company &company, const Actor &actor, const DemoOptions &options)
{
    Generator generator(company, actor, options);
    return generator.run();
}

} // namespace Kontor
