// SPDX-FileCopyrightText: 2026 The Kontor authors
// SPDX-License-Identifier: GPL-3.0-or-later

// The importer end to end, through Company and ImportService as the application uses them, on
// a generated Shopify orders export (the 79-column layout). Prints lines/s and the peak
// resident memory of:
//   1. generating two exports (not counted): the first, and a newer one of the same orders in
//      which about 5 % changed state (refunded, cancelled, fulfilled; never amounts or lines)
//      plus a few new orders at the end;
//   2. creating and setting up a company;
//   3. the first import of the first export, booking every order;
//   4. a re-import of the same file (every order must be reported unchanged);
//   5. the import of the newer export (the changed orders updated, the new ones inserted);
//   6. the integrity check of the company afterwards;
//   7. SQLite's own floor for step 3: the very rows the first import wrote, copied by SQLite
//      alone (one INSERT ... SELECT per table, from the company after step 3 into a copy of the
//      company before it) with the same schema, indexes, triggers and settings, the indexes of
//      lists set aside and built at the commit as a large import does. No program, no parsing,
//      no statement per row: no import into this schema can be faster on this machine;
//      then the same rows again into a new file whose tables are bare (columns only: no key,
//      index, constraint, trigger or foreign-key check), the least work SQLite does to store
//      what the first import booked, whatever the schema;
//   8. undoing every batch, newest first (the newer export's, the re-import's, the first
//      import's): afterwards no account and no stock level may hold anything.
// Each of steps 3–8 runs in a child process (this program again, with --step), so that each
// peak resident memory figure is that step's own.
//
//   bench_import [--lines N] [--dir DIR] [--keep]
//
// N (default 1,000,000) line items in the first export; DIR (default: a temporary folder)
// receives orders-1.csv, orders-2.csv and the company files, removed afterwards unless --keep.
// Exits 1 when the results are wrong (counts, rejected orders, integrity problems); a missed
// speed or memory target is only reported. Build with the release preset.
//
// The export is deterministic (fixed seeds): one to five lines per order, about a third as
// many customers (e-mail addresses) as orders, 300 SKUs with German names, VAT included at
// 19 % and 7 % (Tax 1/Tax 2), discounts, a few tips, refunds, cancellations, some USD orders,
// quoted multi-line notes with commas and doubled quotes, note attributes, zip codes with
// Shopify's apostrophe, Created at in Europe/Berlin (+0100 / +0200).
//
// Targets (issue): first import ≥ 100,000 lines/s including every booking, re-import of an
// unchanged file ≥ 500,000 lines/s, peak memory < 100 MB whatever the file size.

#include "company/company.h"
#include "importing/importservice.h"
#include "maintenance/integritycheck.h"
#include "persistence/transaction.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDate>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QLocale>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <algorithm>
#include <array>
#include <bitset>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <iterator>
#include <optional>
#include <vector>

using namespace Kontor;
using namespace Qt::StringLiterals;

namespace {

// ---------------------------------------------------------------------------------------------
// Measuring

/// A field of /proc/self/status (VmHWM, VmRSS) in kB; -1 where there is none (not Linux).
qint64 statusKiB(const char *field)
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray key = QByteArray(field) + ':';
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(key))
            return line.mid(key.size()).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

QByteArray megabytes(qint64 kib)
{
    if (kib < 0)
        return "n/a";
    return QByteArray::number(double(kib) * 1024.0 / 1e6, 'f', 1) + " MB";
}

QByteArray grouped(qint64 value)
{
    return QLocale(QLocale::English, QLocale::UnitedStates).toString(value).toUtf8();
}

constexpr double memoryTargetMB = 100;

// ---------------------------------------------------------------------------------------------
// The export's columns, in Shopify's order

namespace col {
enum : int {
    Name, Email, FinancialStatus, PaidAt, FulfillmentStatus, FulfilledAt, AcceptsMarketing,
    Currency, Subtotal, Shipping, Taxes, Total, DiscountCode, DiscountAmount, ShippingMethod,
    CreatedAt, LineQuantity, LineName, LinePrice, LineCompareAt, LineSku, LineRequiresShipping,
    LineTaxable, LineFulfillmentStatus, BillingName, BillingStreet, BillingAddress1,
    BillingAddress2, BillingCompany, BillingCity, BillingZip, BillingProvince, BillingCountry,
    BillingPhone, ShippingName, ShippingStreet, ShippingAddress1, ShippingAddress2,
    ShippingCompany, ShippingCity, ShippingZip, ShippingProvince, ShippingCountry, ShippingPhone,
    Notes, NoteAttributes, CancelledAt, PaymentMethod, PaymentReference, RefundedAmount, Vendor,
    OutstandingBalance, Employee, Location, DeviceId, Id, Tags, RiskLevel, Source, LineDiscount,
    Tax1Name, Tax1Value, Tax2Name, Tax2Value, Tax3Name, Tax3Value, Tax4Name, Tax4Value, Tax5Name,
    Tax5Value, Phone, ReceiptNumber, Duties, BillingProvinceName, ShippingProvinceName, PaymentId,
    PaymentTermsName, NextPaymentDueAt, PaymentReferences,
    Count
};
} // namespace col

const char *const header[] = {
    "Name", "Email", "Financial Status", "Paid at", "Fulfillment Status", "Fulfilled at",
    "Accepts Marketing", "Currency", "Subtotal", "Shipping", "Taxes", "Total", "Discount Code",
    "Discount Amount", "Shipping Method", "Created at", "Lineitem quantity", "Lineitem name",
    "Lineitem price", "Lineitem compare at price", "Lineitem sku", "Lineitem requires shipping",
    "Lineitem taxable", "Lineitem fulfillment status", "Billing Name", "Billing Street",
    "Billing Address1", "Billing Address2", "Billing Company", "Billing City", "Billing Zip",
    "Billing Province", "Billing Country", "Billing Phone", "Shipping Name", "Shipping Street",
    "Shipping Address1", "Shipping Address2", "Shipping Company", "Shipping City",
    "Shipping Zip", "Shipping Province", "Shipping Country", "Shipping Phone", "Notes",
    "Note Attributes", "Cancelled at", "Payment Method", "Payment Reference", "Refunded Amount",
    "Vendor", "Outstanding Balance", "Employee", "Location", "Device ID", "Id", "Tags",
    "Risk Level", "Source", "Lineitem discount", "Tax 1 Name", "Tax 1 Value", "Tax 2 Name",
    "Tax 2 Value", "Tax 3 Name", "Tax 3 Value", "Tax 4 Name", "Tax 4 Value", "Tax 5 Name",
    "Tax 5 Value", "Phone", "Receipt Number", "Duties", "Billing Province Name",
    "Shipping Province Name", "Payment ID", "Payment Terms Name", "Next Payment Due At",
    "Payment References"};
static_assert(sizeof(header) / sizeof(header[0]) == col::Count && col::Count == 79);

/// One CSV record: the cells unquoted; quotedEmpty marks empty cells Shopify writes as "".
struct Cells
{
    std::array<QByteArray, col::Count> value;
    std::bitset<col::Count> quotedEmpty;

    void clear()
    {
        for (QByteArray &cell : value)
            cell.resize(0);
        quotedEmpty.reset();
    }
    void setEmptyQuoted(int column) { quotedEmpty.set(size_t(column)); }
};

/// Appends a record as RFC 4180 CSV; returns the physical lines it takes.
qint64 appendRecord(QByteArray &out, const Cells &cells)
{
    qint64 lines = 1;
    for (int c = 0; c < col::Count; ++c) {
        if (c)
            out += ',';
        const QByteArray &v = cells.value[size_t(c)];
        if (v.isEmpty()) {
            if (cells.quotedEmpty[size_t(c)])
                out += "\"\"";
            continue;
        }
        bool quote = false;
        for (const char ch : v) {
            if (ch == ',' || ch == '"' || ch == '\n' || ch == '\r')
                quote = true;
            if (ch == '\n')
                ++lines;
        }
        if (!quote) {
            out += v;
            continue;
        }
        out += '"';
        for (const char ch : v) {
            if (ch == '"')
                out += '"';
            out += ch;
        }
        out += '"';
    }
    out += '\n';
    return lines;
}

// ---------------------------------------------------------------------------------------------
// Amounts and dates

QByteArray money(qint64 cents)
{
    return QByteArray::number(cents / 100) + '.' + QByteArray::number(cents % 100).rightJustified(2, '0');
}

/// Rounds half up: value × numerator / denominator, for non-negative values.
qint64 scaled(qint64 value, qint64 numerator, qint64 denominator)
{
    return (2 * value * numerator + denominator) / (2 * denominator);
}

qint64 epochSeconds(QDate date)
{
    return QDate(1970, 1, 1).daysTo(date) * 86400;
}

QDate lastSunday(int year, int month)
{
    const QDate first(year, month, 1);
    const QDate last(year, month, first.daysInMonth());
    return last.addDays(-(last.dayOfWeek() % 7));
}

/// Europe/Berlin: +0200 from the last Sunday of March to the last of October (01:00 UTC).
int berlinOffset(qint64 utc)
{
    const int year = QDate(1970, 1, 1).addDays(utc / 86400).year();
    const qint64 summerFrom = epochSeconds(lastSunday(year, 3)) + 3600;
    const qint64 summerTo = epochSeconds(lastSunday(year, 10)) + 3600;
    return utc >= summerFrom && utc < summerTo ? 7200 : 3600;
}

/// "2025-03-30 14:05:09 +0200", as Shopify writes the shop's local time.
QByteArray stamp(qint64 utc)
{
    if (utc == 0)
        return {};
    const int offset = berlinOffset(utc);
    const qint64 local = utc + offset;
    const QDate date = QDate(1970, 1, 1).addDays(local / 86400);
    const int seconds = int(local % 86400);
    char text[96];
    std::snprintf(text, sizeof text, "%04d-%02d-%02d %02d:%02d:%02d +0%d00", date.year(),
                  date.month(), date.day(), seconds / 3600, seconds / 60 % 60, seconds % 60,
                  offset / 3600);
    return QByteArray(text);
}

quint64 mix(quint64 z)
{
    z += 0x9E3779B97F4A7C15ULL;
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}

// ---------------------------------------------------------------------------------------------
// The shop: its catalogue and its customers

struct Product
{
    QByteArray name;
    QByteArray sku;
    QByteArray vendor;
    qint64 price = 0;       // EUR, VAT included
    qint64 compareAt = 0;   // 0: none
    int rate = 19;          // VAT percent
};

struct Catalogue
{
    std::vector<Product> products;

    Catalogue()
    {
        struct Base
        {
            const char *name;
            qint64 price;
            int rate;
        };
        const Base bases[] = {
            {"Grüner Tee Sencha", 690, 7}, {"Früchtetee Waldbeere", 490, 7},
            {"Kräutertee Süßholz & Minze", 550, 7}, {"Schwarzer Tee Ostfriesen-Mischung", 590, 7},
            {"Rooibos Vanille", 520, 7}, {"Matcha Pulver Bio", 1890, 7},
            {"Chai Gewürztee", 640, 7}, {"Weißer Tee Pai Mu Tan", 990, 7},
            {"Kamillentee Öko", 390, 7}, {"Ingwer-Zitrone Tee", 480, 7},
            {"Lebkuchen-Gewürztee", 560, 7}, {"Kandis, braun", 290, 7},
            {"Honig \"Blütenzauber\"", 790, 7}, {"Teegebäck Butter & Haselnuss", 450, 7},
            {"Grüner Tee Jasmin", 750, 7}, {"Teekanne Gusseisen", 3990, 19},
            {"Becher \"Kontor\"", 1290, 19}, {"Teesieb, Edelstahl", 890, 19},
            {"Stövchen Glas", 1990, 19}, {"Geschenkbox Süße Grüße", 2490, 19},
            {"T-Shirt Teeliebhaber", 2290, 19}, {"Teedose Weißblech", 790, 19},
            {"Thermoskanne Schöne Grüße", 2990, 19}, {"Glaskanne mit Sieb", 3490, 19},
            {"Bambus-Teelöffel", 490, 19}, {"Tassenwärmer Filz", 1190, 19},
            {"Schürze Baumwolle", 1990, 19}, {"Filterbeutel für Kannen", 350, 19},
            {"Untersetzer Kork", 690, 19}, {"Teeschale Steingut", 1590, 19}};
        const std::pair<const char *, int> foodVariants[] = {
            {"Dose 100 g", 100}, {"Beutel 250 g", 210}, {"Großpackung 1 kg", 650},
            {"Probiergröße 25 g", 40}, {"Nachfüllbeutel 500 g", 380}, {"Größe S", 80},
            {"Größe M", 100}, {"Größe L", 140}, {"Geschenkdose", 160},
            {"Bio-Vorteilspack, 3 Stück", 270}};
        const std::pair<const char *, int> goodsVariants[] = {
            {"Weiß", 100}, {"Grün", 100}, {"Größe S", 95}, {"Größe M", 100}, {"Größe L", 105},
            {"Größe XL", 110}, {"Blau / Größe L", 105}, {"Schwarz", 100}, {"Grau meliert", 100},
            {"Natur, unbehandelt", 90}};
        int b = 0;
        for (const Base &base : bases) {
            const bool food = base.rate == 7;
            for (int v = 0; v < 10; ++v) {
                const auto &[variant, percent] = food ? foodVariants[v] : goodsVariants[v];
                Product p;
                p.name = QByteArray(base.name) + " - " + variant;
                p.sku = "KT-" + QByteArray::number(b + 1).rightJustified(2, '0') + '-'
                    + QByteArray::number(v + 1).rightJustified(2, '0');
                p.vendor = food ? "Kontor Teehandel" : b % 2 ? "Töpferei Bühler" : "Manufaktur Großmann";
                const qint64 raw = base.price * percent / 100;
                p.price = std::max<qint64>(190, raw / 100 * 100 + (v % 3 == 2 ? 95 : 90));
                if (v == 8)
                    p.compareAt = p.price / 100 * 125 + 90;
                p.rate = base.rate;
                products.push_back(std::move(p));
            }
            ++b;
        }
    }
};

struct Customer
{
    QByteArray name;
    QByteArray email;
    QByteArray address1;
    QByteArray address2;
    QByteArray company;
    QByteArray city;
    QByteArray zip;
    QByteArray province;
    QByteArray provinceName;
    QByteArray country;
    QByteArray phone;
    bool marketing = false;
    bool usd = false;
};

/// Customer k of the shop, the same every time it is asked for.
Customer customerAt(qint64 k)
{
    quint64 h = mix(quint64(k) ^ 0x4B6F6E746F72ULL);
    const auto pick = [&h](int n) {
        const int value = int(h % quint64(n));
        h = mix(h);
        return value;
    };
    static const std::pair<const char *, const char *> firstNames[] = {
        {"Jürgen", "juergen"}, {"Björn", "bjoern"}, {"Sören", "soeren"}, {"Jörg", "joerg"},
        {"Käthe", "kaethe"}, {"Anna", "anna"}, {"Lena", "lena"}, {"Lukas", "lukas"},
        {"Zoë", "zoe"}, {"Renée", "renee"}, {"Özlem", "oezlem"}, {"Matthias", "matthias"},
        {"Günther", "guenther"}, {"Hélène", "helene"}, {"Maximilian", "maximilian"},
        {"Sophie", "sophie"}, {"Noah", "noah"}, {"Emilia", "emilia"}, {"Ümit", "uemit"},
        {"Agnieszka", "agnieszka"}, {"Marie-Luise", "marie-luise"}, {"Hans-Jürgen", "hans-juergen"}};
    static const std::pair<const char *, const char *> lastNames[] = {
        {"Müller", "mueller"}, {"Schäfer", "schaefer"}, {"Weiß", "weiss"}, {"Köhler", "koehler"},
        {"Groß", "gross"}, {"Bäcker", "baecker"}, {"Schröder", "schroeder"}, {"Öztürk", "oeztuerk"},
        {"Krämer", "kraemer"}, {"Jäger", "jaeger"}, {"Hoffmann", "hoffmann"}, {"Schmidt", "schmidt"},
        {"Fischer", "fischer"}, {"Wagner", "wagner"}, {"Lößner", "loessner"},
        {"Nußbaum", "nussbaum"}, {"O'Neill", "oneill"}, {"von Bülow", "vonbuelow"},
        {"Dąbrowski", "dabrowski"}, {"Łukasik", "lukasik"}};
    static const char *const streets[] = {
        "Hauptstraße", "Königsbrücker Straße", "Schloßallee", "Bahnhofstraße", "Am Mühlgraben",
        "Türkenstraße", "Grüner Weg", "Lindenstraße", "Frauentorgraben",
        "Äußere Sulzbacher Straße", "Zur Alten Brücke", "Hans-Böckler-Straße"};
    static const char *const secondLines[] = {"Hinterhaus", "3. OG links", "c/o Böhm",
                                              "Wohnung 12", "Aufgang B, 2. Stock"};
    static const char *const companies[] = {"Teehaus Weißenburg GmbH", "Café Lübeck, Inh. J. Weiß",
                                            "Büro Müller & Schäfer", "Praxis Dr. Öztürk"};
    struct Place
    {
        const char *city, *zip, *province, *provinceName, *country, *dial;
    };
    static const Place german[] = {
        {"Dresden", "01097", "", "", "DE", "+49 351"}, {"Leipzig", "04109", "", "", "DE", "+49 341"},
        {"Görlitz", "02826", "", "", "DE", "+49 3581"}, {"Berlin", "10115", "", "", "DE", "+49 30"},
        {"Hamburg", "20095", "", "", "DE", "+49 40"}, {"Lübeck", "23552", "", "", "DE", "+49 451"},
        {"Göttingen", "37073", "", "", "DE", "+49 551"},
        {"Düsseldorf", "40213", "", "", "DE", "+49 211"}, {"Köln", "50667", "", "", "DE", "+49 221"},
        {"Frankfurt am Main", "60311", "", "", "DE", "+49 69"},
        {"Saarbrücken", "66111", "", "", "DE", "+49 681"},
        {"Tübingen", "72070", "", "", "DE", "+49 7071"},
        {"München", "80331", "", "", "DE", "+49 89"}, {"Nürnberg", "90402", "", "", "DE", "+49 911"},
        {"Würzburg", "97070", "", "", "DE", "+49 931"}, {"Jena", "07743", "", "", "DE", "+49 3641"},
        {"Wien", "1010", "", "", "AT", "+43 1"}, {"Graz", "8010", "", "", "AT", "+43 316"}};
    static const Place american[] = {
        {"New York", "10022", "NY", "New York", "US", "+1 212"},
        {"Boston", "02108", "MA", "Massachusetts", "US", "+1 617"},
        {"San Francisco", "94103", "CA", "California", "US", "+1 415"},
        {"Chicago", "60601", "IL", "Illinois", "US", "+1 312"}};
    static const char *const domains[] = {"kunde.example", "post.example", "mail.example",
                                          "web.example"};

    Customer c;
    const auto &[first, firstAscii] = firstNames[pick(std::size(firstNames))];
    const auto &[last, lastAscii] = lastNames[pick(std::size(lastNames))];
    c.name = QByteArray(first) + ' ' + last;
    c.email = QByteArray(firstAscii) + '.' + lastAscii + QByteArray::number(k) + '@'
        + domains[pick(std::size(domains))];
    c.usd = k % 40 == 7; // 2.5 % of the customers live in the USA and pay in USD
    const Place &place = c.usd ? american[pick(std::size(american))] : german[pick(std::size(german))];
    c.address1 = QByteArray(streets[pick(std::size(streets))]) + ' ' + QByteArray::number(1 + pick(120));
    if (pick(5) == 0)
        c.address2 = secondLines[pick(std::size(secondLines))];
    if (pick(20) == 0)
        c.company = companies[pick(std::size(companies))];
    c.city = place.city;
    c.zip = place.zip;
    c.province = place.province;
    c.provinceName = place.provinceName;
    c.country = place.country;
    if (pick(5) < 2)
        c.phone = "'" + QByteArray(place.dial) + ' ' + QByteArray::number(1000000 + pick(8999999));
    c.marketing = pick(3) == 0;
    return c;
}

// ---------------------------------------------------------------------------------------------
// Orders

struct GenLine
{
    int product = -1;       // index in the catalogue; -1: no article (tip, gift wrap)
    bool tip = false;
    QByteArray name;
    qint64 quantity = 1;
    qint64 price = 0;       // unit price
    qint64 discount = 0;    // on the whole line
    int rate = 19;
};

struct GenOrder
{
    qint64 number = 0;
    qint64 customer = 0;
    qint64 created = 0;     // UTC seconds
    bool usd = false;
    QByteArray financial;
    qint64 paidAt = 0;
    QByteArray fulfilment;
    qint64 fulfilledAt = 0;
    qint64 cancelledAt = 0;
    qint64 subtotal = 0;
    qint64 shipping = 0;
    qint64 taxes = 0;
    qint64 total = 0;
    qint64 discount = 0;
    qint64 refunded = 0;
    QByteArray discountCode;
    QByteArray shippingMethod;
    QByteArray paymentMethod;
    QByteArray paymentReference;
    QByteArray paymentId;
    QByteArray note;
    QByteArray noteAttributes;
    QByteArray tags;
    QByteArray source;
    QByteArray risk;
    std::vector<std::pair<QByteArray, qint64>> taxLines;
    std::vector<GenLine> lines;

    bool cancelled() const { return cancelledAt != 0; }
    bool paid() const
    {
        return financial == "paid" || financial == "partially_refunded" || financial == "refunded";
    }
};

enum class Change { None, Fulfilled, Refunded, Cancelled };

class Generator
{
public:
    Generator(qint64 lines, const Catalogue &catalogue)
        : m_catalogue(catalogue)
        , m_expectedOrders(std::max<qint64>(1, lines / 3))
        , m_customerPool(std::max<qint64>(1, m_expectedOrders / 3))
        , m_gap(std::max<qint64>(2, 730LL * 86400 / m_expectedOrders))
    {
    }

    qint64 customerPool() const { return m_customerPool; }

    /// Order index (0-based) with lineCount lines; the orders' times increase with index.
    GenOrder order(qint64 index, int lineCount, qint64 customerRange)
    {
        GenOrder o;
        o.number = 10001 + index;
        o.customer = qint64(m_rng.bounded(quint64(customerRange)));
        const Customer customer = customerAt(o.customer);
        o.usd = customer.usd;
        o.created = m_start + index * m_gap + qint64(m_rng.bounded(quint64(m_gap / 2 + 1)));

        // Lines: articles (no SKU twice), sometimes gift wrap, now and then a tip at the end.
        const bool tip = lineCount >= 2 && !o.usd && chance(15);
        const bool wrap = lineCount - (tip ? 1 : 0) >= 2 && chance(30);
        for (int i = 0; i < lineCount; ++i) {
            GenLine line;
            if (tip && i == lineCount - 1) {
                line.tip = true;
                line.name = "Tip";
                line.price = 100 * (1 + int(m_rng.bounded(5))) + (chance(300) ? 50 : 0);
                line.rate = 0;
            } else if (wrap && i == lineCount - 1 - (tip ? 1 : 0)) {
                line.name = "Geschenkverpackung \"Festlich\"";
                line.price = o.usd ? 299 : 250;
                line.rate = 19;
            } else {
                int product = 0;
                for (int attempt = 0; attempt < 8; ++attempt) {
                    const double u = m_rng.generateDouble();
                    product = int(u * u * double(m_catalogue.products.size()));
                    bool taken = false;
                    for (const GenLine &other : o.lines)
                        taken = taken || other.product == product;
                    if (!taken)
                        break;
                }
                const Product &p = m_catalogue.products[size_t(product)];
                line.product = product;
                line.name = p.name;
                line.price = o.usd ? p.price * 108 / 10000 * 100 + 99 : p.price;
                line.rate = p.rate;
                const int q = int(m_rng.bounded(100));
                line.quantity = q < 80 ? 1 : q < 95 ? 2 : q < 99 ? 3 : 6;
            }
            o.lines.push_back(std::move(line));
        }

        // Discounts: on the goods (allocated to the lines), or the shipping.
        int percent = 0;
        bool freeShipping = false;
        if (!o.usd) {
            const int d = int(m_rng.bounded(1000));
            if (d < 60) {
                percent = 10;
                o.discountCode = "WILLKOMMEN10";
            } else if (d < 80) {
                percent = 15;
                o.discountCode = "TEEZEIT, TREUE5";
            } else if (d < 100) {
                percent = 5; // an automatic discount: no code
            } else if (d < 120) {
                freeShipping = true;
            }
        }
        qint64 goods = 0, lineDiscounts = 0, tipAmount = 0;
        qint64 base[2] = {0, 0}; // gross at 19 % and at 7 %
        for (GenLine &line : o.lines) {
            if (line.tip) {
                tipAmount += line.price;
                continue;
            }
            const qint64 gross = line.price * line.quantity;
            line.discount = scaled(gross, percent, 100);
            goods += gross;
            lineDiscounts += line.discount;
            base[line.rate == 7 ? 1 : 0] += gross - line.discount;
        }
        o.subtotal = goods - lineDiscounts;
        const Customer &c = customer;
        if (o.usd) {
            o.shipping = 1990;
            o.shippingMethod = "DHL Express Worldwide";
        } else if (c.country == "AT") {
            o.shipping = 990;
            o.shippingMethod = "DHL Paket International";
        } else if (o.subtotal >= 4900) {
            o.shipping = 0;
            o.shippingMethod = "Kostenloser Versand (DHL Paket)";
        } else if (chance(150)) {
            o.shipping = 990;
            o.shippingMethod = "DHL Express";
        } else {
            o.shipping = 490;
            o.shippingMethod = "DHL Paket";
        }
        qint64 shippingDiscount = 0;
        if (freeShipping && o.shipping > 0) {
            shippingDiscount = o.shipping;
            o.discountCode = "GRATISVERSAND";
        }
        o.discount = lineDiscounts + shippingDiscount;
        o.total = o.subtotal + o.shipping - shippingDiscount + tipAmount;

        // VAT contained in the prices; the shipping's at the rate of most of the goods.
        if (!o.usd) {
            base[base[0] >= base[1] ? 0 : 1] += o.shipping - shippingDiscount;
            const qint64 vat19 = scaled(base[0], 19, 119);
            const qint64 vat7 = scaled(base[1], 7, 107);
            if (base[0] > 0)
                o.taxLines.emplace_back("DE MwSt 19%", vat19);
            if (base[1] > 0)
                o.taxLines.emplace_back("DE MwSt 7%", vat7);
            o.taxes = vat19 + vat7;
        }

        // Money: paid mostly; refunds, cancellations, a few unpaid bank transfers.
        const int pay = int(m_rng.bounded(100));
        o.paymentMethod = pay < 55 ? "Shopify Payments" : pay < 80 ? "PayPal Express Checkout"
            : pay < 90 ? "Klarna" : pay < 95 ? "Vorkasse" : "Gift Card + Shopify Payments";
        const int state = int(m_rng.bounded(1000));
        const bool recent = index >= m_expectedOrders * 96 / 100;
        if (state < 20) {
            o.cancelledAt = o.created + 86400 + qint64(m_rng.bounded(2 * 86400));
            o.fulfilment = "unfulfilled";
            if (state < 10) {
                o.financial = "voided";
            } else {
                o.financial = "refunded";
                o.refunded = o.total;
            }
        } else if (state < 40) {
            o.financial = "pending";
            o.paymentMethod = "Vorkasse";
            o.fulfilment = "unfulfilled";
        } else {
            if (state < 110) {
                o.financial = "partially_refunded";
                qint64 part = o.total / 2;
                for (const GenLine &line : o.lines) {
                    if (!line.tip && line.price * line.quantity - line.discount < o.total) {
                        part = line.price * line.quantity - line.discount;
                        break;
                    }
                }
                o.refunded = std::clamp<qint64>(part, 1, o.total - 1);
            } else if (state < 140) {
                o.financial = "refunded";
                o.refunded = o.total;
            } else {
                o.financial = "paid";
            }
            const int ship = int(m_rng.bounded(100));
            if (o.financial == "refunded" && ship < 50)
                o.fulfilment = "restocked";
            else if (recent ? ship < 35 : ship < 95)
                o.fulfilment = "fulfilled";
            else if (!recent && ship < 97)
                o.fulfilment = "partial";
            else
                o.fulfilment = "unfulfilled";
        }
        if (o.paid() || (o.cancelled() && o.financial == "refunded"))
            o.paidAt = o.created
                + (o.paymentMethod == "Vorkasse" ? 86400 + qint64(m_rng.bounded(3 * 86400))
                                                 : 5 + qint64(m_rng.bounded(300)));
        if (o.fulfilment == "fulfilled" || o.fulfilment == "partial" || o.fulfilment == "restocked")
            o.fulfilledAt = std::max(o.created, o.paidAt) + 3600 + qint64(m_rng.bounded(3 * 86400));
        if (o.paymentMethod != "Vorkasse") {
            o.paymentReference = "c" + QByteArray::number(20000000000000LL + o.number * 7919) + ".1";
            if (o.paymentMethod.startsWith("PayPal"))
                o.paymentReference = randomCode(17, true);
        }
        o.paymentId = randomCode(25, false);

        // The rest: notes (quoted, multi-line), attributes, tags, channel, risk.
        if (chance(60)) {
            static const char *const notes[] = {
                "Bitte beim Nachbarn abgeben, Hausnr. 5\nDanke!",
                "Geschenk für Oma – bitte \"Alles Gute\" auf die Karte schreiben,\nohne Rechnung "
                "ins Paket.",
                "Lieferung nach 18 Uhr\n\nKlingel: Müller/Schäfer",
                "Ist der \"Grüne Tee\" auch lose erhältlich? Dann bitte 2× statt 1×, sonst so "
                "lassen.",
                "Bitte nicht knicken,\r\nes ist ein Bild dabei.",
                "Abstellgenehmigung: Garage, hinter der Mülltonne."};
            o.note = notes[m_rng.bounded(int(std::size(notes)))];
        }
        if (chance(250)) {
            static const char *const attributes[] = {
                "utm_source: google\nutm_medium: cpc\nutm_campaign: herbst_tee",
                "utm_source: newsletter\nutm_medium: email",
                "Geschenk: ja\nGrußkarte: Alles Liebe zum Geburtstag, \"Schatz\"!",
                "Lieferdatum: Freitag\nAbstellort: Terrasse"};
            o.noteAttributes = attributes[m_rng.bounded(int(std::size(attributes)))];
        }
        if (chance(100))
            o.tags = chance(500) ? "Stammkunde, Newsletter" : "Stammkunde";
        const int source = int(m_rng.bounded(100));
        o.source = source < 90 ? "web" : source < 95 ? "580111" : "shopify_draft_order";
        const int risk = int(m_rng.bounded(1000));
        o.risk = risk < 970 ? "Low" : risk < 995 ? "Medium" : "High";
        return o;
    }

    /// Brings an order to a later state as a newer export shows it: fulfilled, (further)
    /// refunded or cancelled. Amounts and lines stay. None for an order already cancelled.
    Change change(GenOrder &o)
    {
        const int first = int(m_changeRng.bounded(3));
        const qint64 later = o.created + 7 * 86400 + qint64(m_changeRng.bounded(5 * 86400));
        for (int k = 0; k < 3; ++k) {
            switch ((first + k) % 3) {
            case 0:
                if (o.cancelled() || (o.fulfilment != "unfulfilled" && o.fulfilment != "partial"))
                    break;
                o.fulfilment = "fulfilled";
                o.fulfilledAt = later;
                return Change::Fulfilled;
            case 1:
                if (o.cancelled() || !o.paid() || o.refunded >= o.total)
                    break;
                if (m_changeRng.bounded(2) == 0 && o.total - o.refunded >= 2) {
                    o.refunded += (o.total - o.refunded) / 2;
                    o.financial = "partially_refunded";
                } else {
                    o.refunded = o.total;
                    o.financial = "refunded";
                }
                return Change::Refunded;
            case 2:
                if (o.cancelled())
                    break;
                o.cancelledAt = later;
                if (o.paid()) {
                    o.financial = "refunded";
                    o.refunded = o.total;
                } else {
                    o.financial = "voided";
                }
                if (o.fulfilment == "fulfilled" || o.fulfilment == "partial")
                    o.fulfilment = "restocked";
                return Change::Cancelled;
            }
        }
        return Change::None;
    }

    /// Whether the order at hand changes in the newer export: 5 % of them.
    bool changes() { return m_changeRng.bounded(1000) < 50; }

    int lineCount() { return 1 + int(m_rng.bounded(5)); }

private:
    bool chance(int perMille) { return int(m_rng.bounded(1000)) < perMille; }

    QByteArray randomCode(int length, bool upper)
    {
        static const char lower[] = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
        static const char capitals[] = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789";
        QByteArray code(length, Qt::Uninitialized);
        for (char &ch : code)
            ch = upper ? capitals[m_rng.bounded(int(sizeof capitals - 1))]
                       : lower[m_rng.bounded(int(sizeof lower - 1))];
        return code;
    }

    const Catalogue &m_catalogue;
    QRandomGenerator m_rng{20260315u};
    QRandomGenerator m_changeRng{5u};
    const qint64 m_expectedOrders;
    const qint64 m_customerPool;
    const qint64 m_gap;
    const qint64 m_start = epochSeconds(QDate(2024, 10, 15)) + 6 * 3600;
};

/// The records of one order as Shopify writes them; returns the physical lines.
qint64 render(QByteArray &out, const GenOrder &o, const Catalogue &catalogue, Cells &cells)
{
    const Customer c = customerAt(o.customer);
    const QByteArray name = "#" + QByteArray::number(o.number);
    const QByteArray created = stamp(o.created);
    qint64 physical = 0;
    for (size_t i = 0; i < o.lines.size(); ++i) {
        const GenLine &line = o.lines[i];
        const Product *product = line.product >= 0 ? &catalogue.products[size_t(line.product)] : nullptr;
        cells.clear();
        cells.value[col::Name] = name;
        cells.value[col::Email] = c.email;
        cells.value[col::CreatedAt] = created;
        cells.value[col::LineQuantity] = QByteArray::number(line.quantity);
        cells.value[col::LineName] = line.name;
        cells.value[col::LinePrice] = money(line.price);
        if (product && product->compareAt && !o.usd)
            cells.value[col::LineCompareAt] = money(product->compareAt);
        else
            cells.setEmptyQuoted(col::LineCompareAt);
        if (product)
            cells.value[col::LineSku] = product->sku;
        cells.value[col::LineRequiresShipping] = line.tip ? "false" : "true";
        cells.value[col::LineTaxable] = line.tip ? "false" : "true";
        cells.value[col::LineFulfillmentStatus]
            = line.tip                              ? "not_eligible"
            : o.fulfilment == "fulfilled"           ? "fulfilled"
            : o.fulfilment == "restocked"           ? "restocked"
            : o.fulfilment == "partial" && i == 0   ? "fulfilled"
                                                    : "pending";
        if (product)
            cells.value[col::Vendor] = product->vendor;
        cells.value[col::LineDiscount] = money(line.discount);
        if (i == 0) {
            cells.value[col::FinancialStatus] = o.financial;
            cells.value[col::PaidAt] = stamp(o.paidAt);
            cells.value[col::FulfillmentStatus] = o.fulfilment;
            cells.value[col::FulfilledAt] = stamp(o.fulfilledAt);
            cells.value[col::AcceptsMarketing] = c.marketing ? "yes" : "no";
            cells.value[col::Currency] = o.usd ? "USD" : "EUR";
            cells.value[col::Subtotal] = money(o.subtotal);
            cells.value[col::Shipping] = money(o.shipping);
            cells.value[col::Taxes] = money(o.taxes);
            cells.value[col::Total] = money(o.total);
            cells.value[col::DiscountCode] = o.discountCode;
            cells.setEmptyQuoted(col::DiscountCode);
            cells.value[col::DiscountAmount] = money(o.discount);
            cells.value[col::ShippingMethod] = o.shippingMethod;
            const QByteArray street
                = c.address2.isEmpty() ? c.address1 : QByteArray(c.address1 + ", " + c.address2);
            for (const int base : {int(col::BillingName), int(col::ShippingName)}) {
                cells.value[size_t(base)] = c.name;
                cells.value[size_t(base + 1)] = street;
                cells.value[size_t(base + 2)] = c.address1;
                cells.value[size_t(base + 3)] = c.address2;
                cells.value[size_t(base + 4)] = c.company;
                cells.setEmptyQuoted(base + 4);
                cells.value[size_t(base + 5)] = c.city;
                cells.value[size_t(base + 6)] = "'" + c.zip;
                cells.value[size_t(base + 7)] = c.province;
                cells.value[size_t(base + 8)] = c.country;
                cells.value[size_t(base + 9)] = c.phone;
                cells.setEmptyQuoted(base + 9);
            }
            cells.value[col::Notes] = o.note;
            cells.setEmptyQuoted(col::Notes);
            cells.value[col::NoteAttributes] = o.noteAttributes;
            cells.setEmptyQuoted(col::NoteAttributes);
            cells.value[col::CancelledAt] = stamp(o.cancelledAt);
            cells.value[col::PaymentMethod] = o.paymentMethod;
            cells.value[col::PaymentReference] = o.paymentReference;
            cells.value[col::RefundedAmount] = money(o.refunded);
            cells.value[col::OutstandingBalance] = money(o.financial == "pending" ? o.total : 0);
            cells.value[col::Id] = QByteArray::number(5172051345658LL + o.number * 37);
            cells.value[col::Tags] = o.tags;
            cells.setEmptyQuoted(col::Tags);
            cells.value[col::RiskLevel] = o.risk;
            cells.value[col::Source] = o.source;
            for (size_t t = 0; t < o.taxLines.size(); ++t) {
                cells.value[col::Tax1Name + 2 * t] = o.taxLines[t].first;
                cells.value[col::Tax1Value + 2 * t] = money(o.taxLines[t].second);
            }
            cells.value[col::BillingProvinceName] = c.provinceName;
            cells.value[col::ShippingProvinceName] = c.provinceName;
            cells.value[col::PaymentId] = o.paymentId;
            cells.value[col::PaymentReferences] = o.paymentId;
        }
        physical += appendRecord(out, cells);
    }
    return physical;
}

/// What the generator wrote, and so what each import must report.
struct Exports
{
    qint64 orders = 0;              // in the first export
    qint64 lines = 0;               // line items of the first export
    qint64 physicalLines = 0;       // of the first export, header included
    qint64 customers = 0;           // distinct customers of the first export
    qint64 skus = 0;                // distinct SKUs of the first export
    qint64 changed = 0;             // orders of the first export changed in the newer one
    qint64 fulfilled = 0, refunded = 0, cancelled = 0;
    qint64 appendedOrders = 0;      // new orders at the end of the newer export
    qint64 appendedLines = 0;
    qint64 newCustomers = 0;        // customers first seen in the appended orders
    qint64 newSkus = 0;
    qint64 usdOrders = 0, discounted = 0, tipped = 0, notes = 0, refundStates = 0, cancelledOrders = 0;
};

class Output
{
public:
    explicit Output(const QString &path) : m_file(path)
    {
        if (!m_file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            qFatal("cannot write %s: %s", qPrintable(path), qPrintable(m_file.errorString()));
    }
    void write(const QByteArray &bytes)
    {
        m_buffer += bytes;
        if (m_buffer.size() >= (1 << 20))
            flush();
    }
    void close()
    {
        flush();
        m_file.close();
    }

private:
    void flush()
    {
        if (m_file.write(m_buffer) != m_buffer.size())
            qFatal("cannot write %s: %s", qPrintable(m_file.fileName()), qPrintable(m_file.errorString()));
        m_buffer.resize(0);
    }
    QFile m_file;
    QByteArray m_buffer;
};

/// Writes both exports side by side, order by order: nothing but one order is in memory.
Exports generate(qint64 lines, const QString &firstPath, const QString &newerPath)
{
    const Catalogue catalogue;
    Generator generator(lines, catalogue);
    Output first(firstPath), newer(newerPath);
    QByteArray head;
    for (int i = 0; i < col::Count; ++i)
        head += (i ? "," : "") + QByteArray(header[i]);
    head += '\n';
    first.write(head);
    newer.write(head);

    Exports e;
    e.physicalLines = 1;
    const qint64 pool = generator.customerPool();
    const qint64 widerPool = pool + pool / 50 + 1; // the newer export's new orders: a few new customers
    std::vector<bool> customerSeen(size_t(widerPool), false);
    std::vector<bool> skuSeen(catalogue.products.size(), false);
    Cells cells;
    QByteArray bytes, changedBytes;
    const auto count = [&](const GenOrder &o, qint64 &customers, qint64 &skus) {
        if (!customerSeen[size_t(o.customer)]) {
            customerSeen[size_t(o.customer)] = true;
            ++customers;
        }
        for (const GenLine &line : o.lines) {
            if (line.product >= 0 && !skuSeen[size_t(line.product)]) {
                skuSeen[size_t(line.product)] = true;
                ++skus;
            }
        }
    };
    while (e.lines < lines) {
        const int lineCount = int(std::min<qint64>(generator.lineCount(), lines - e.lines));
        GenOrder o = generator.order(e.orders, lineCount, pool);
        ++e.orders;
        e.lines += lineCount;
        count(o, e.customers, e.skus);
        e.usdOrders += o.usd ? 1 : 0;
        e.discounted += o.discount > 0 ? 1 : 0;
        e.tipped += !o.lines.empty() && o.lines.back().tip ? 1 : 0;
        e.notes += o.note.isEmpty() ? 0 : 1;
        e.refundStates += o.refunded > 0 && !o.cancelled() ? 1 : 0;
        e.cancelledOrders += o.cancelled() ? 1 : 0;
        bytes.resize(0);
        e.physicalLines += render(bytes, o, catalogue, cells);
        first.write(bytes);
        const Change change = generator.changes() ? generator.change(o) : Change::None;
        if (change == Change::None) {
            newer.write(bytes);
            continue;
        }
        ++e.changed;
        e.fulfilled += change == Change::Fulfilled ? 1 : 0;
        e.refunded += change == Change::Refunded ? 1 : 0;
        e.cancelled += change == Change::Cancelled ? 1 : 0;
        changedBytes.resize(0);
        render(changedBytes, o, catalogue, cells);
        newer.write(changedBytes);
    }
    first.close();

    e.appendedOrders = std::max<qint64>(5, e.orders / 200);
    for (qint64 i = 0; i < e.appendedOrders; ++i) {
        const GenOrder o = generator.order(e.orders + i, generator.lineCount(), widerPool);
        e.appendedLines += qint64(o.lines.size());
        count(o, e.newCustomers, e.newSkus);
        bytes.resize(0);
        render(bytes, o, catalogue, cells);
        newer.write(bytes);
    }
    newer.close();
    return e;
}

// ---------------------------------------------------------------------------------------------
// The steps run in a child process: one import or the integrity check, with its own figures

Actor benchActor()
{
    return Actor::unrestricted(u"bench"_s);
}

/// The SQL of steps 7 and 7b on one connection: each statement run at once, a failure printed.
class StepSql
{
public:
    explicit StepSql(const QSqlDatabase &db) : m_query(db) { }
    bool run(const QString &sql)
    {
        if (m_query.exec(sql))
            return true;
        std::fprintf(stderr, "%s\n   failed: %s\n", qPrintable(sql),
                     qPrintable(m_query.lastError().text()));
        return false;
    }
    /// The first column of the first row; -1 when there is none.
    qint64 value(const QString &sql)
    {
        return run(sql) && m_query.next() ? m_query.value(0).toLongLong() : -1;
    }
    /// The company at path, as the schema src.
    bool attach(const QString &path)
    {
        return run(u"ATTACH DATABASE '%1' AS src"_s.arg(QString(path).replace(u'\'', u"''"_s)));
    }
    QSqlQuery &query() { return m_query; }

private:
    QSqlQuery m_query;
};

/// Step 7 in the child: copies into the company at dbPath (as it was before the first import)
/// every row the first import wrote into the company at sourcePath, in one transaction.
int runFloorStep(Company &company, const QString &sourcePath)
{
    StepSql sql(company.database().connection());
    QSqlQuery &q = sql.query();
    if (!sql.attach(sourcePath))
        return 2;
    // The columns of a table, with those named in `instead` replaced by the given expression.
    const auto columns = [&](const QString &table, const QHash<QString, QString> &instead) {
        QStringList names;
        if (sql.run(u"SELECT name FROM pragma_table_info('%1') ORDER BY cid"_s.arg(table)))
            while (q.next())
                names << instead.value(q.value(0).toString(), q.value(0).toString());
        return names.join(u", "_s);
    };
    const QStringList byId = {u"import_batches"_s, u"customers"_s, u"articles"_s, u"orders"_s,
                              u"order_lines"_s, u"stock_movements"_s};
    const QStringList laterById = {u"journal_entries"_s, u"journal_lines"_s, u"audit_log"_s};
    QHash<QString, qint64> before;
    for (const QString &table : byId + laterById)
        before.insert(table,
                      sql.value(u"SELECT coalesce(max(id), 0) FROM main.%1"_s.arg(table)));
    const QString entryColumns = columns(u"journal_entries"_s, {{u"number"_s, u"NULL"_s},
                                                               {u"posted"_s, u"0"_s},
                                                               {u"posted_at"_s, u"NULL"_s},
                                                               {u"posted_by"_s, u"NULL"_s}});
    const qint64 lines = sql.value(u"SELECT count(*) FROM src.order_lines"_s);
    const qint64 startKiB = statusKiB("VmHWM");

    QElapsedTimer wall;
    wall.start();
    const std::clock_t cpu = std::clock();
    const auto copy = [&](const QString &table, const QString &select = u"*"_s) {
        return sql.run(u"INSERT INTO main.%1 SELECT %2 FROM src.%1 WHERE id > %3 ORDER BY id"_s.arg(
            table, select, QString::number(before.value(table))));
    };
    // As a large first import does, the indexes of lists are built once, at the commit.
    q.finish();
    Transaction tx(company.database());
    const auto ok = [](const Status &s) {
        if (!s)
            std::fprintf(stderr, "%s\n", qPrintable(s.error().toString()));
        return s.ok();
    };
    bool done = ok(tx.ok() ? Status() : Status(tx.error()))
                && ok(company.database().deferListIndexes());
    for (const QString &table : byId)
        done = done && copy(table);
    // Entries go in as drafts and are posted once their lines are in, as the schema demands.
    done = done && copy(u"journal_entries"_s, entryColumns) && copy(u"journal_lines"_s)
           && sql.run(u"UPDATE main.journal_entries SET posted = s.posted, number = s.number, "
                      "posted_at = s.posted_at, posted_by = s.posted_by "
                      "FROM src.journal_entries AS s WHERE s.id = journal_entries.id "
                      "AND journal_entries.id > %1 AND s.posted = 1"_s
                          .arg(before.value(u"journal_entries"_s)));
    done = done && copy(u"audit_log"_s)
           && sql.run(u"INSERT INTO main.import_batch_orders SELECT * "
                      "FROM src.import_batch_orders WHERE batch_id > %1"_s.arg(
                          before.value(u"import_batches"_s)))
           && sql.run(u"UPDATE main.number_series SET next_value = s.next_value "
                      "FROM src.number_series AS s WHERE s.name = number_series.name"_s)
           && ok(tx.commit());
    const double seconds = double(wall.nsecsElapsed()) / 1e9;
    const double cpuSeconds = double(std::clock() - cpu) / CLOCKS_PER_SEC;
    const qint64 peakKiB = statusKiB("VmHWM");
    if (!done)
        return 2;

    // The same rows as the first import's, table by table.
    qint64 differing = 0;
    for (const QString &table : byId + laterById
                                    + QStringList{u"import_batch_orders"_s, u"stock_levels"_s,
                                                  u"row_counts"_s, u"number_series"_s}) {
        const qint64 diff = sql.value(u"SELECT count(*) FROM (SELECT * FROM main.%1 EXCEPT "
                                      "SELECT * FROM src.%1)"_s.arg(table))
                            + sql.value(u"SELECT count(*) FROM (SELECT * FROM src.%1 EXCEPT "
                                        "SELECT * FROM main.%1)"_s.arg(table));
        if (diff != 0) {
            std::fprintf(stderr, "   %s differs from the first import's in %lld rows\n",
                         qPrintable(table), diff);
            differing += diff;
        }
    }
    std::printf("RESULT lines=%lld differing=%lld seconds=%.3f cpu=%.3f peak=%lld start=%lld\n",
                lines, differing, seconds, cpuSeconds, peakKiB, startKiB);
    return 0;
}

/// Step 7b in the child: copies the same rows as step 7 into a new SQLite file at dbPath, each
/// table bare (columns only: no key, index, constraint, trigger or full-text index), with
/// Kontor's settings for a company file (page size, WAL, synchronous FULL, cache), in one
/// transaction. The least work SQLite does to store what the first import booked, whatever
/// the schema.
int runBareStep(const QString &dbPath, const QString &sourcePath)
{
    QFile::remove(dbPath);
    bool done = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"bare"_s);
        db.setDatabaseName(dbPath);
        if (!db.open()) {
            std::fprintf(stderr, "cannot create %s\n", qPrintable(dbPath));
            return 2;
        }
        StepSql sql(db);
        // The tables that a first import writes rows into.
        const QStringList tables = {u"import_batches"_s, u"customers"_s, u"articles"_s,
                                    u"orders"_s, u"order_lines"_s, u"stock_movements"_s,
                                    u"stock_levels"_s, u"journal_entries"_s, u"journal_lines"_s,
                                    u"audit_log"_s, u"import_batch_orders"_s};
        done = sql.run(u"PRAGMA page_size = 16384"_s) && sql.run(u"PRAGMA journal_mode = WAL"_s)
               && sql.run(u"PRAGMA synchronous = FULL"_s)
               && sql.run(u"PRAGMA cache_size = -16384"_s) && sql.attach(sourcePath);
        for (const QString &table : tables) {
            done = done
                   && sql.run(u"CREATE TABLE main.%1 AS SELECT * FROM src.%1 WHERE 0"_s.arg(table));
        }
        const qint64 lines = sql.value(u"SELECT count(*) FROM src.order_lines"_s);
        const qint64 startKiB = statusKiB("VmHWM");
        QElapsedTimer wall;
        wall.start();
        const std::clock_t cpu = std::clock();
        done = done && sql.run(u"BEGIN"_s);
        for (const QString &table : tables)
            done = done && sql.run(u"INSERT INTO main.%1 SELECT * FROM src.%1"_s.arg(table));
        done = done && sql.run(u"COMMIT"_s);
        const double seconds = double(wall.nsecsElapsed()) / 1e9;
        const double cpuSeconds = double(std::clock() - cpu) / CLOCKS_PER_SEC;
        const qint64 peakKiB = statusKiB("VmHWM");
        qint64 differing = 0;
        for (const QString &table : tables) {
            differing += std::abs(sql.value(u"SELECT count(*) FROM main.%1"_s.arg(table))
                                  - sql.value(u"SELECT count(*) FROM src.%1"_s.arg(table)));
        }
        if (done)
            std::printf("RESULT lines=%lld differing=%lld seconds=%.3f cpu=%.3f peak=%lld "
                        "start=%lld\n",
                        lines, differing, seconds, cpuSeconds, peakKiB, startKiB);
        sql.query().finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(u"bare"_s);
    return done ? 0 : 2;
}

/// --step first|again|newer|check|floor|bare: prints progress to stderr and one RESULT line to
/// stdout.
int runStep(const QString &step, const QString &dbPath, const QString &filePath)
{
    if (step == u"bare")
        return runBareStep(dbPath, filePath);
    auto opened = Company::open(dbPath, Database::OpenMode::ExistingOnly);
    if (!opened) {
        std::fprintf(stderr, "cannot open %s: %s\n", qPrintable(dbPath), qPrintable(opened.error().toString()));
        return 2;
    }
    Company &company = **opened;
    const qint64 startKiB = statusKiB("VmHWM");
    QElapsedTimer wall;
    wall.start();
    const std::clock_t cpu = std::clock();
    const auto seconds = [&] { return double(wall.nsecsElapsed()) / 1e9; };
    const auto cpuSeconds = [&] { return double(std::clock() - cpu) / CLOCKS_PER_SEC; };

    if (step == u"floor")
        return runFloorStep(company, filePath);
    if (step == u"undo") {
        // The newest batch that stands.
        auto history = company.imports().history(benchActor());
        if (!history) {
            std::fprintf(stderr, "no import history: %s\n", qPrintable(history.error().toString()));
            return 2;
        }
        const auto standing = std::find_if(history->begin(), history->end(),
                                           [](const ImportBatch &b) { return !b.undoneAt.isValid(); });
        if (standing == history->end()) {
            std::fprintf(stderr, "no import batch to undo\n");
            return 2;
        }
        wall.restart();
        if (Status s = company.imports().undo(benchActor(), standing->id); !s) {
            std::fprintf(stderr, "the undo failed: %s\n", qPrintable(s.error().toString()));
            return 2;
        }
        const double undoSeconds = seconds();
        const double undoCpu = cpuSeconds();
        const qint64 peak = statusKiB("VmHWM");
        // What the books and the stock still hold: nothing once every batch is undone.
        QSqlQuery open(company.database().connection());
        if (!open.exec(u"SELECT (SELECT count(*) FROM (SELECT 1 FROM journal_lines l "
                       "JOIN journal_entries e ON e.id = l.entry_id WHERE e.posted = 1 "
                       "GROUP BY l.account_id, e.currency HAVING sum(l.debit) <> sum(l.credit))) "
                       "+ (SELECT count(*) FROM stock_levels WHERE quantity <> 0)"_s)
            || !open.next()) {
            std::fprintf(stderr, "cannot read the balances: %s\n",
                         qPrintable(open.lastError().text()));
            return 2;
        }
        const auto left = std::count_if(std::next(standing), history->end(),
                                        [](const ImportBatch &b) { return !b.undoneAt.isValid(); });
        std::printf("RESULT batch=%lld orders=%lld left=%lld open=%lld seconds=%.3f cpu=%.3f "
                    "peak=%lld start=%lld\n",
                    standing->id.value(), standing->inserted + standing->updated, qint64(left),
                    open.value(0).toLongLong(), undoSeconds, undoCpu, peak, startKiB);
        return 0;
    }
    if (step == u"check") {
        auto problems = IntegrityCheck::run(company.database());
        if (!problems) {
            std::fprintf(stderr, "the integrity check failed: %s\n", qPrintable(problems.error().toString()));
            return 2;
        }
        for (const IntegrityProblem &problem : *problems)
            std::fprintf(stderr, "   problem (%s): %s\n", qPrintable(IntegrityCheck::areaName(problem.area)),
                         qPrintable(problem.message));
        std::printf("RESULT problems=%lld seconds=%.3f cpu=%.3f peak=%lld start=%lld\n",
                    qint64(problems->size()), seconds(), cpuSeconds(), statusKiB("VmHWM"), startKiB);
        return 0;
    }

    ImportOptions options;
    options.profile = ImportProfile::builtIn(u"shopify");
    if (!options.profile) {
        std::fprintf(stderr, "no built-in Shopify profile\n");
        return 2;
    }
    // Every tenth of the file, but not more often than every ten seconds: quiet when fast.
    int nextTenth = 1;
    double lastShown = 0;
    const auto progress = [&](qint64 done, qint64 total) {
        if (total > 0 && done * 10 >= total * nextTenth && done < total) {
            while (done * 10 >= total * nextTenth)
                ++nextTenth;
            const double s = seconds();
            if (s - lastShown < 10)
                return true;
            lastShown = s;
            std::fprintf(stderr, "   … %3d %% of the file after %.0f s (about %.0f s to go)\n",
                         int(done * 100 / total), s, s * double(total - done) / double(done));
            std::fflush(stderr);
        }
        return true;
    };
    auto report = company.imports().importFile(benchActor(), filePath, options, progress);
    const double wallSeconds = seconds();
    const double cpuUsed = cpuSeconds();
    if (!report) {
        std::fprintf(stderr, "the import failed: %s\n", qPrintable(report.error().toString()));
        return 2;
    }
    int shown = 0;
    for (const ImportProblem &problem : report->problems) {
        if (++shown > 5) {
            std::fprintf(stderr, "   … and %lld more problems\n", qint64(report->problems.size()) - 5);
            break;
        }
        std::fprintf(stderr, "   problem: %s\n", qPrintable(problem.toError().toString()));
    }
    std::printf("RESULT inserted=%lld updated=%lld unchanged=%lld rejected=%lld lines=%lld "
                "customers=%lld articles=%lld committed=%d seconds=%.3f cpu=%.3f peak=%lld start=%lld\n",
                report->inserted, report->updated, report->unchanged, report->rejected, report->lines,
                report->customersCreated, report->articlesCreated, report->committed ? 1 : 0,
                wallSeconds, cpuUsed, statusKiB("VmHWM"), startKiB);
    return 0;
}

/// Figures of one step as its child process reported them.
struct StepResult
{
    bool ran = false;
    QHash<QByteArray, QByteArray> values;

    qint64 count(const char *key) const { return values.value(key).toLongLong(); }
    double number(const char *key) const { return values.value(key).toDouble(); }
};

StepResult runChild(const QString &step, const QString &dbPath, const QString &filePath)
{
    std::fflush(stdout);
    QProcess child;
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    child.start(QCoreApplication::applicationFilePath(),
                {u"--step"_s, step, u"--db"_s, dbPath, u"--file"_s, filePath});
    StepResult result;
    if (!child.waitForFinished(-1) || child.exitStatus() != QProcess::NormalExit || child.exitCode() != 0) {
        std::printf("   the step '%s' failed (exit code %d)\n", qPrintable(step), child.exitCode());
        return result;
    }
    for (const QByteArray &line : child.readAllStandardOutput().split('\n')) {
        if (!line.startsWith("RESULT "))
            continue;
        for (const QByteArray &pair : line.mid(7).split(' ')) {
            const qsizetype equals = pair.indexOf('=');
            if (equals > 0)
                result.values.insert(pair.left(equals), pair.mid(equals + 1));
        }
        result.ran = true;
    }
    if (!result.ran)
        std::printf("   the step '%s' reported no result\n", qPrintable(step));
    return result;
}

struct Row
{
    const char *what;
    qint64 lines = 0;
    double seconds = 0;
    double cpu = 0;
    qint64 peakKiB = -1;
    double target = 0; // lines/s; 0: none
};

QByteArray speedVerdict(double linesPerSecond, double target)
{
    if (target <= 0)
        return "(no speed target)";
    return "target ≥ " + QByteArray::number(target, 'f', 0) + " lines/s: "
        + (linesPerSecond >= target ? "met" : "MISSED");
}

QByteArray memoryVerdict(qint64 kib)
{
    if (kib < 0)
        return "target < 100 MB: n/a";
    return QByteArray("target < 100 MB: ") + (double(kib) * 1024.0 / 1e6 < memoryTargetMB ? "met" : "MISSED");
}

/// memoryTarget: whether the step is Kontor's, held to the memory target (the floor is not).
void printFigures(const Row &row, bool memoryTarget = true)
{
    const double rate = row.seconds > 0 ? double(row.lines) / row.seconds : 0;
    std::printf("   %s lines in %.2f s (CPU %.2f s): %s lines/s   %s\n", grouped(row.lines).constData(),
                row.seconds, row.cpu, grouped(qint64(rate)).constData(),
                speedVerdict(rate, row.target).constData());
    std::printf("   peak resident memory of the step: %s   %s\n", megabytes(row.peakKiB).constData(),
                memoryTarget ? memoryVerdict(row.peakKiB).constData()
                             : "(SQLite's own, with the comparison after it; no target)");
}

/// Compares a reported count with the expected one; prints and remembers a mismatch.
bool expect(const StepResult &r, const char *key, qint64 expected, bool &wrong)
{
    const qint64 got = r.count(key);
    if (got == expected)
        return true;
    std::printf("   WRONG: %s = %s, expected %s\n", key, grouped(got).constData(), grouped(expected).constData());
    wrong = true;
    return false;
}

Row importStep(const char *title, const char *step, const QString &db, const QString &file,
               double target, bool &wrong, StepResult &result)
{
    std::printf("%s\n", title);
    result = runChild(QString::fromLatin1(step), db, file);
    Row row{title, 0, 0, 0, -1, target};
    if (!result.ran) {
        wrong = true;
        return row;
    }
    row.lines = result.count("lines");
    row.seconds = result.number("seconds");
    row.cpu = result.number("cpu");
    row.peakKiB = result.count("peak");
    printFigures(row);
    std::printf("   inserted %s, updated %s, unchanged %s, rejected %s; customers created %s, "
                "articles created %s\n",
                grouped(result.count("inserted")).constData(), grouped(result.count("updated")).constData(),
                grouped(result.count("unchanged")).constData(), grouped(result.count("rejected")).constData(),
                grouped(result.count("customers")).constData(), grouped(result.count("articles")).constData());
    if (result.count("committed") != 1) {
        std::printf("   WRONG: the import did not commit\n");
        wrong = true;
    }
    return row;
}

void removeCompany(const QString &path)
{
    for (const QString &suffix : {QString(), u"-wal"_s, u"-shm"_s, u"-journal"_s})
        QFile::remove(path + suffix);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Import benchmark: a generated Shopify export imported, "
                                     "re-imported and followed by a newer export."_s);
    const QCommandLineOption linesOption(u"lines"_s, u"Line items of the first export."_s, u"N"_s,
                                         u"1000000"_s);
    const QCommandLineOption dirOption(u"dir"_s, u"Folder for the exports and the company."_s, u"DIR"_s);
    const QCommandLineOption keepOption(u"keep"_s, u"Keep the exports and the company."_s);
    const QCommandLineOption stepOption(
        u"step"_s, u"Internal: run one step (first, again, newer, check, floor, bare, undo)."_s,
        u"STEP"_s);
    const QCommandLineOption dbOption(u"db"_s, u"Internal: the company file of --step."_s, u"FILE"_s);
    const QCommandLineOption fileOption(u"file"_s, u"Internal: the export of --step."_s, u"FILE"_s);
    parser.addOptions({linesOption, dirOption, keepOption, stepOption, dbOption, fileOption});
    parser.addHelpOption();
    parser.process(app);

    if (parser.isSet(stepOption))
        return runStep(parser.value(stepOption), parser.value(dbOption), parser.value(fileOption));

    bool ok = false;
    const qint64 lines = parser.value(linesOption).toLongLong(&ok);
    if (!ok || lines < 1) {
        std::fprintf(stderr, "--lines needs a positive number\n");
        return 2;
    }
    const bool keep = parser.isSet(keepOption);
    QTemporaryDir temporary;
    QString folder;
    if (parser.isSet(dirOption)) {
        folder = QDir(parser.value(dirOption)).absolutePath();
        if (!QDir().mkpath(folder)) {
            std::fprintf(stderr, "cannot make %s\n", qPrintable(folder));
            return 2;
        }
    } else {
        if (!temporary.isValid()) {
            std::fprintf(stderr, "no temporary folder\n");
            return 2;
        }
        temporary.setAutoRemove(!keep);
        folder = temporary.path();
    }
    const QString firstPath = folder + u"/orders-1.csv"_s;
    const QString newerPath = folder + u"/orders-2.csv"_s;
    const QString dbPath = folder + u"/company.sqlite"_s;
    const QString emptyPath = folder + u"/company-before-import.sqlite"_s; // for step 7
    const QString firstDbPath = folder + u"/company-after-first-import.sqlite"_s;
    bool wrong = false;

    std::printf("Import benchmark: %s line items, in %s\n", grouped(lines).constData(), qPrintable(folder));

    // 1. The exports.
    std::printf("1) Generating the exports\n");
    QElapsedTimer timer;
    timer.start();
    const Exports e = generate(lines, firstPath, newerPath);
    const double generated = double(timer.nsecsElapsed()) / 1e9;
    const qint64 firstBytes = QFileInfo(firstPath).size();
    const qint64 newerBytes = QFileInfo(newerPath).size();
    std::printf("   orders-1.csv: %s orders, %s line items (%s physical lines), %.1f MB\n",
                grouped(e.orders).constData(), grouped(e.lines).constData(),
                grouped(e.physicalLines).constData(), double(firstBytes) / 1e6);
    std::printf("      %s customers, %s SKUs; %s orders in USD, %s discounted, %s with a tip, %s with a "
                "note, %s (partially) refunded, %s cancelled\n",
                grouped(e.customers).constData(), grouped(e.skus).constData(),
                grouped(e.usdOrders).constData(), grouped(e.discounted).constData(),
                grouped(e.tipped).constData(), grouped(e.notes).constData(),
                grouped(e.refundStates).constData(), grouped(e.cancelledOrders).constData());
    std::printf("   orders-2.csv: %s orders changed (%.2f %%: %s fulfilled, %s refunded, %s cancelled), "
                "%s new orders with %s lines appended, %.1f MB\n",
                grouped(e.changed).constData(), 100.0 * double(e.changed) / double(e.orders),
                grouped(e.fulfilled).constData(), grouped(e.refunded).constData(),
                grouped(e.cancelled).constData(), grouped(e.appendedOrders).constData(),
                grouped(e.appendedLines).constData(), double(newerBytes) / 1e6);
    std::printf("   generated in %.1f s (not counted); peak resident memory so far %s\n", generated,
                megabytes(statusKiB("VmHWM")).constData());

    // 2. The company.
    std::printf("2) Creating the company\n");
    removeCompany(dbPath);
    timer.restart();
    {
        auto opened = Company::open(dbPath);
        if (!opened) {
            std::fprintf(stderr, "cannot create %s: %s\n", qPrintable(dbPath), qPrintable(opened.error().toString()));
            return 1;
        }
        if (Status s = (*opened)->initialise(benchActor(), CompanyProfile{u"Bench Teehandel GmbH"_s}); !s) {
            std::fprintf(stderr, "cannot set up the company: %s\n", qPrintable(s.error().toString()));
            return 1;
        }
        std::printf("   bulk inserts bind their values %s\n",
                    (*opened)->database().writesDirectly()
                        ? "straight into SQLite's statements"
                        : "through QtSql (Qt's driver has its own SQLite, or built without)");
    }
    std::printf("   created and set up in %.2f s; peak resident memory so far %s\n",
                double(timer.nsecsElapsed()) / 1e9, megabytes(statusKiB("VmHWM")).constData());

    // 3.–5. The imports, each in its own process.
    const auto copyCompany = [&](const QString &to) {
        removeCompany(to);
        for (const QString &suffix : {QString(), u"-wal"_s}) {
            if (QFile::exists(dbPath + suffix) && !QFile::copy(dbPath + suffix, to + suffix)) {
                std::printf("   cannot copy the company to %s\n", qPrintable(to));
                wrong = true;
                return false;
            }
        }
        return true;
    };
    const bool floorPossible = copyCompany(emptyPath);
    StepResult r;
    std::vector<Row> rows;
    rows.push_back(importStep("3) First import of orders-1.csv", "first", dbPath, firstPath, 100000, wrong, r));
    const bool floorReady = floorPossible && r.ran && copyCompany(firstDbPath);
    if (r.ran) {
        bool right = expect(r, "inserted", e.orders, wrong);
        right = expect(r, "updated", 0, wrong) && right;
        right = expect(r, "unchanged", 0, wrong) && right;
        right = expect(r, "rejected", 0, wrong) && right;
        right = expect(r, "lines", e.lines, wrong) && right;
        right = expect(r, "customers", e.customers, wrong) && right;
        right = expect(r, "articles", e.skus, wrong) && right;
        if (right)
            std::printf("   every order inserted, every customer and article created once: as expected\n");
    }

    rows.push_back(importStep("4) Re-import of the same file", "again", dbPath, firstPath, 500000, wrong, r));
    if (r.ran) {
        bool right = expect(r, "inserted", 0, wrong);
        right = expect(r, "updated", 0, wrong) && right;
        right = expect(r, "unchanged", e.orders, wrong) && right;
        right = expect(r, "rejected", 0, wrong) && right;
        right = expect(r, "lines", e.lines, wrong) && right;
        if (right)
            std::printf("   nothing inserted or updated, every order unchanged: as expected\n");
    }

    rows.push_back(importStep("5) Import of the newer export orders-2.csv", "newer", dbPath, newerPath, 0, wrong, r));
    if (r.ran) {
        bool right = expect(r, "inserted", e.appendedOrders, wrong);
        right = expect(r, "updated", e.changed, wrong) && right;
        right = expect(r, "unchanged", e.orders - e.changed, wrong) && right;
        right = expect(r, "rejected", 0, wrong) && right;
        right = expect(r, "lines", e.lines + e.appendedLines, wrong) && right;
        right = expect(r, "customers", e.newCustomers, wrong) && right;
        right = expect(r, "articles", e.newSkus, wrong) && right;
        const double share = 100.0 * double(r.count("updated")) / double(std::max<qint64>(1, e.orders));
        if (share < 4 || share > 6) {
            std::printf("   WRONG: %.2f %% of the orders updated, not about 5 %%\n", share);
            wrong = true;
            right = false;
        }
        if (right)
            std::printf("   %.2f %% of the orders updated, the appended ones inserted: as expected\n", share);
    }

    // 6. The integrity check.
    std::printf("6) Integrity check\n");
    r = runChild(u"check"_s, dbPath, QString());
    if (!r.ran) {
        wrong = true;
    } else {
        std::printf("   %s problems in %.1f s; peak resident memory of the step %s\n",
                    grouped(r.count("problems")).constData(), r.number("seconds"),
                    megabytes(r.count("peak")).constData());
        if (r.count("problems") != 0)
            wrong = true;
    }

    // 7. SQLite's floor for step 3, in this schema and in bare tables.
    std::printf("7) SQLite alone, writing the rows of the first import (no program in between)\n");
    const auto copyStep = [&](const char *step, const QString &db) {
        Row row{step, 0, 0, 0, -1, 0};
        if (!floorReady)
            return row;
        r = runChild(QString::fromLatin1(step), db, firstDbPath);
        if (!r.ran) {
            wrong = true;
            return row;
        }
        row.lines = r.count("lines");
        row.seconds = r.number("seconds");
        row.cpu = r.number("cpu");
        row.peakKiB = r.count("peak");
        printFigures(row, false);
        if (r.count("differing") != 0) {
            std::printf("   WRONG: %s rows differ from the first import's\n",
                        grouped(r.count("differing")).constData());
            wrong = true;
        } else {
            std::printf("   the same rows as the first import wrote, table by table\n");
        }
        return row;
    };
    const Row floor = copyStep("floor", emptyPath);
    std::printf("   and into bare tables: columns only, without a key, index, constraint, "
                "trigger or foreign-key check\n");
    const QString barePath = folder + u"/bare.sqlite"_s;
    const Row bare = copyStep("bare", barePath);
    removeCompany(barePath);
    if (!keep) {
        removeCompany(emptyPath);
        removeCompany(firstDbPath);
    }

    // 8. Undo, newest batch first: the newer export's, the re-import's, the first import's.
    std::printf("8) Undo of every batch, newest first\n");
    std::vector<Row> undos;
    const char *const undoNames[] = {"undo newer", "undo again", "undo first"};
    for (const char *which : undoNames) {
        r = runChild(u"undo"_s, dbPath, QString());
        if (!r.ran) {
            wrong = true;
            break;
        }
        Row row{which, 0, r.number("seconds"), r.number("cpu"), r.count("peak"), 0};
        std::printf("   batch %lld: %s orders taken back in %.2f s (CPU %.2f s); peak resident "
                    "memory %s   %s\n",
                    r.count("batch"), grouped(r.count("orders")).constData(), row.seconds, row.cpu,
                    megabytes(row.peakKiB).constData(), memoryVerdict(row.peakKiB).constData());
        undos.push_back(row);
    }
    if (undos.size() == std::size(undoNames)) {
        if (r.count("left") != 0 || r.count("open") != 0) {
            std::printf("   WRONG: %s batches stand, %s account balances or stock levels are "
                        "left\n",
                        grouped(r.count("left")).constData(), grouped(r.count("open")).constData());
            wrong = true;
        } else {
            std::printf("   every account balance and stock level back to zero: as expected\n");
        }
    }

    std::printf("\nSummary (%s line items; %.1f MB and %.1f MB of CSV)\n", grouped(lines).constData(),
                double(firstBytes) / 1e6, double(newerBytes) / 1e6);
    std::printf("   %-12s %11s %10s %10s %12s %11s\n", "step", "lines", "seconds", "CPU s", "lines/s", "peak RSS");
    const char *const names[] = {"first", "re-import", "newer"};
    for (size_t i = 0; i < rows.size(); ++i) {
        const Row &row = rows[i];
        const double rate = row.seconds > 0 ? double(row.lines) / row.seconds : 0;
        std::printf("   %-12s %11s %10.2f %10.2f %12s %11s   %s; %s\n", names[i], grouped(row.lines).constData(),
                    row.seconds, row.cpu, grouped(qint64(rate)).constData(),
                    megabytes(row.peakKiB).constData(), speedVerdict(rate, row.target).constData(),
                    memoryVerdict(row.peakKiB).constData());
    }
    const auto printCopy = [](const char *name, const Row &row, const char *what) {
        if (row.seconds > 0)
            std::printf("   %-12s %11s %10.2f %10.2f %12s %11s   %s\n", name,
                        grouped(row.lines).constData(), row.seconds, row.cpu,
                        grouped(qint64(double(row.lines) / row.seconds)).constData(),
                        megabytes(row.peakKiB).constData(), what);
    };
    printCopy("SQLite floor", floor, "the fastest any first import into this schema can be");
    printCopy("SQLite bare", bare, "the same rows into bare tables: the fastest SQLite stores "
                                   "them on this machine");
    for (const Row &undo : undos)
        std::printf("   %-12s %11s %10.2f %10.2f %12s %11s   %s\n", undo.what, "", undo.seconds,
                    undo.cpu, "", megabytes(undo.peakKiB).constData(),
                    memoryVerdict(undo.peakKiB).constData());
    std::printf("   this process (generator, company set-up): peak %s\n", megabytes(statusKiB("VmHWM")).constData());
    if (keep)
        std::printf("   kept: %s\n", qPrintable(folder));
    else if (parser.isSet(dirOption)) {
        QFile::remove(firstPath);
        QFile::remove(newerPath);
        removeCompany(dbPath);
    }
    std::printf(wrong ? "RESULTS WRONG (see above)\n" : "Results right.\n");
    return wrong ? 1 : 0;
}
