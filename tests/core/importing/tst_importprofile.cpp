// SPDX-FileCopyrightText: 2026 The Kontor authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "testresult.h"

#include "importing/importprofile.h"

#include <QDir>
#include <QFile>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace Kontor;
using namespace Kontor::Test;
using namespace Qt::StringLiterals;

namespace {

QString sourceDir()
{
    const QByteArray source = qgetenv("KONTOR_SOURCE_DIR");
    return source.isEmpty() ? QString() : QString::fromLocal8Bit(source);
}

// The 79-column header of Shopify's orders export (FORMATS.md §1.5), in its order.
QStringList shopifyHeader79()
{
    return {u"Name"_s, u"Email"_s, u"Financial Status"_s, u"Paid at"_s, u"Fulfillment Status"_s,
            u"Fulfilled at"_s, u"Accepts Marketing"_s, u"Currency"_s, u"Subtotal"_s,
            u"Shipping"_s, u"Taxes"_s, u"Total"_s, u"Discount Code"_s, u"Discount Amount"_s,
            u"Shipping Method"_s, u"Created at"_s, u"Lineitem quantity"_s, u"Lineitem name"_s,
            u"Lineitem price"_s, u"Lineitem compare at price"_s, u"Lineitem sku"_s,
            u"Lineitem requires shipping"_s, u"Lineitem taxable"_s,
            u"Lineitem fulfillment status"_s, u"Billing Name"_s, u"Billing Street"_s,
            u"Billing Address1"_s, u"Billing Address2"_s, u"Billing Company"_s,
            u"Billing City"_s, u"Billing Zip"_s, u"Billing Province"_s, u"Billing Country"_s,
            u"Billing Phone"_s, u"Shipping Name"_s, u"Shipping Street"_s,
            u"Shipping Address1"_s, u"Shipping Address2"_s, u"Shipping Company"_s,
            u"Shipping City"_s, u"Shipping Zip"_s, u"Shipping Province"_s,
            u"Shipping Country"_s, u"Shipping Phone"_s, u"Notes"_s, u"Note Attributes"_s,
            u"Cancelled at"_s, u"Payment Method"_s, u"Payment Reference"_s,
            u"Refunded Amount"_s, u"Vendor"_s, u"Outstanding Balance"_s, u"Employee"_s,
            u"Location"_s, u"Device ID"_s, u"Id"_s, u"Tags"_s, u"Risk Level"_s, u"Source"_s,
            u"Lineitem discount"_s, u"Tax 1 Name"_s, u"Tax 1 Value"_s, u"Tax 2 Name"_s,
            u"Tax 2 Value"_s, u"Tax 3 Name"_s, u"Tax 3 Value"_s, u"Tax 4 Name"_s,
            u"Tax 4 Value"_s, u"Tax 5 Name"_s, u"Tax 5 Value"_s, u"Phone"_s,
            u"Receipt Number"_s, u"Duties"_s, u"Billing Province Name"_s,
            u"Shipping Province Name"_s, u"Payment ID"_s, u"Payment Terms Name"_s,
            u"Next Payment Due At"_s, u"Payment References"_s};
}

QStringList without(QStringList header, const QStringList &dropped)
{
    for (const QString &column : dropped)
        header.removeOne(column);
    return header;
}

// The layouts of FORMATS.md §1.4.
QStringList shopifyLayout(const QString &variant)
{
    const QStringList pos = {u"Outstanding Balance"_s, u"Employee"_s, u"Location"_s, u"Device ID"_s};
    if (variant == u"79")
        return shopifyHeader79();
    if (variant == u"78")
        return without(shopifyHeader79(), {u"Payment References"_s});
    if (variant == u"75a")
        return without(shopifyHeader79(), {u"Payment ID"_s, u"Payment Terms Name"_s,
                                           u"Next Payment Due At"_s, u"Payment References"_s});
    if (variant == u"75b")
        return without(shopifyHeader79(), pos);
    if (variant == u"73")
        return without(shopifyHeader79(), pos + QStringList{u"Payment ID"_s, u"Payment References"_s});
    if (variant == u"71")
        return without(shopifyHeader79(), pos + QStringList{u"Payment ID"_s, u"Payment Terms Name"_s,
                                                            u"Next Payment Due At"_s,
                                                            u"Payment References"_s});
    if (variant == u"70-abandoned")
        return without(shopifyHeader79(), pos + QStringList{u"Duties"_s, u"Payment ID"_s,
                                                            u"Payment Terms Name"_s,
                                                            u"Next Payment Due At"_s,
                                                            u"Payment References"_s});
    return {};
}

QStringList algolPlusHeader()
{
    return {u"Order Number"_s, u"Order Status"_s, u"Order Date"_s, u"First Name (Billing)"_s,
            u"Phone (Billing)"_s, u"Item Name"_s, u"Total products"_s, u"Order Total Amount"_s,
            u"Order Shipping Amount"_s, u"Customer Paid Orders"_s, u"Customer Total Spent"_s,
            u"City (Shipping)"_s};
}

// A profile with every key set to something other than its default.
ImportProfile everythingProfile()
{
    ImportProfile p;
    p.id = u"everything"_s;
    p.name = u"Everything Shop"_s;
    p.encoding = TextEncoding::Windows1252;
    p.delimiter = '\t';
    p.decimalFormat = DecimalFormat::Comma;
    p.dateFormats = {u"dd.MM.yyyy HH:mm"_s, u"d. MMM yyyy"_s};
    p.dateLocale = u"de"_s;
    p.timeZone = QTimeZone(2 * 3600);
    p.currency = Currency::fromCode(u"CHF");
    p.columns.insert(ImportField::OrderKey, {u"Bestellung"_s});
    p.columns.insert(ImportField::CreatedAt, {u"Datum"_s});
    p.columns.insert(ImportField::Total, {u"Netto"_s, u"Steuer"_s});
    p.columns.insert(ImportField::LineName, {u"Artikel"_s});
    p.columns.insert(ImportField::CustomerName, {u"Vorname"_s, u"Nachname"_s});
    p.columns.insert(ImportField::FinancialStatus, {u"Zahlung"_s, u"Status"_s});
    p.taxColumns = {{u"Steuer 1"_s, u"Betrag 1"_s}, {u"Steuer 2"_s, u"Betrag 2"_s}};
    p.statusWords.insert(u"bezahlt"_s, {FinancialStatus::Paid, false});
    p.statusWords.insert(u"offen"_s, {FinancialStatus::Pending, false});
    p.statusWords.insert(u"storniert"_s, {FinancialStatus::Voided, true});
    p.statusWords.insert(u"abgebrochen"_s, {std::nullopt, true});
    p.statusWords.insert(u"in arbeit"_s, {std::nullopt, false});
    p.tipNames = {u"Trinkgeld"_s};
    p.pricesIncludeTax = false;
    p.orderRows = ImportProfile::OrderRows::Summed;
    p.vatRateDivisor = 100;
    p.detectHeaders = {u"Bestellung"_s, u"Datum"_s};
    p.refuseRules = {{{u"Datum"_s}, {u"Warenkorb"_s}, u"A basket export."_s}};
    return p;
}

} // namespace

Q_DECLARE_METATYPE(ImportProfile)

class TestImportProfile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fields_haveOneKeyAndLabelEach();

    void builtIns_loadFromResources();
    void builtIns_roundTripThroughJson();
    void customProfilesOfTestData_loadAndRoundTrip_data();
    void customProfilesOfTestData_loadAndRoundTrip();
    void saveThenLoad_ofEveryKey_isIdentity();
    void toJson_ofDefaults_loadsBack();

    void fromJson_ofBadProfile_isRefusedNamingFileAndKey_data();
    void fromJson_ofBadProfile_isRefusedNamingFileAndKey();
    void fromJson_ofBrokenJson_namesTheLine();
    void load_ofMissingFile_isAnError();

    void detect_picksShopifyForEveryOrdersLayout_data();
    void detect_picksShopifyForEveryOrdersLayout();
    void detect_picksWooCommerceForAlgolPlusHeader();
    void detect_ofUnknownHeader_givesNothing();
    void matches_ignoresCaseAndBlanksAroundHeaders();
    void refusal_ofAbandonedCheckoutsHeader_saysSo();
};

void TestImportProfile::fields_haveOneKeyAndLabelEach()
{
    QSet<QString> keys;
    for (const ImportFieldInfo &info : importFields()) {
        const QString key = importFieldKey(info.field);
        QCOMPARE(key, QString::fromLatin1(info.key));
        QVERIFY2(!keys.contains(key), qPrintable(key));
        keys.insert(key);
        QCOMPARE(importFieldFromKey(key), std::optional<ImportField>(info.field));
        QVERIFY(!importFieldLabel(info.field).isEmpty());
        QCOMPARE(info.lineLevel, key.startsWith(u"line."));
    }
    QCOMPARE(keys.size(), int(ImportField::LineFulfilmentStatus) + 1);
    QVERIFY(!importFieldFromKey(u"order.totl"));
    const QSet<QString> required = {u"order.key"_s, u"order.created_at"_s, u"order.total"_s,
                                    u"line.name"_s};
    for (const ImportFieldInfo &info : importFields())
        QCOMPARE(info.required, required.contains(QString::fromLatin1(info.key)));
}

void TestImportProfile::builtIns_loadFromResources()
{
    const auto &builtIns = ImportProfile::builtIns();
    QCOMPARE(builtIns.size(), size_t(2));
    const auto shopify = ImportProfile::builtIn(u"shopify");
    QVERIFY(shopify);
    QCOMPARE(shopify->name, u"Shopify"_s);
    QCOMPARE(shopify->columns.value(ImportField::Total), QStringList{u"Total"_s});
    QCOMPARE(shopify->taxColumns.size(), size_t(5));
    QCOMPARE(shopify->taxColumns[4], std::make_pair(u"Tax 5 Name"_s, u"Tax 5 Value"_s));
    QCOMPARE(shopify->statusWords.size(), 8);
    QCOMPARE(shopify->statusWords.value(u"partially_refunded"_s).status,
             std::optional<FinancialStatus>(FinancialStatus::PartiallyRefunded));
    QCOMPARE(shopify->tipNames, QStringList{u"Tip"_s});
    QVERIFY(!shopify->pricesIncludeTax);
    QCOMPARE(shopify->orderRows, ImportProfile::OrderRows::FirstRow);
    QCOMPARE(shopify->refuseRules.size(), size_t(1));

    const auto woo = ImportProfile::builtIn(u"woocommerce");
    QVERIFY(woo);
    QCOMPARE(woo->orderRows, ImportProfile::OrderRows::Repeated);
    QCOMPARE(woo->decimalFormat, DecimalFormat::Point);
    QVERIFY(!woo->currency.isValid());
    const auto completed = woo->statusWords.value(u"completed"_s);
    QCOMPARE(completed.status, std::optional<FinancialStatus>(FinancialStatus::Paid));
    const auto cancelled = woo->statusWords.value(u"wc-cancelled"_s);
    QVERIFY(cancelled.cancelled);
    QCOMPARE(woo->statusWords.value(u"on hold"_s).status,
             std::optional<FinancialStatus>(FinancialStatus::Pending));
    QCOMPARE(woo->columns.value(ImportField::CustomerName),
             (QStringList{u"First Name (Billing)"_s, u"Last Name (Billing)"_s}));

    QVERIFY(!ImportProfile::builtIn(u"etsy"));
}

void TestImportProfile::builtIns_roundTripThroughJson()
{
    for (const ImportProfile &profile : ImportProfile::builtIns()) {
        const auto again = ImportProfile::fromJson(profile.toJson(), u"again.json"_s);
        KONTOR_VERIFY_OK(again);
        QVERIFY2(again.value() == profile, qPrintable(profile.id));
        QCOMPARE(again->toJson(), profile.toJson());
    }
}

void TestImportProfile::customProfilesOfTestData_loadAndRoundTrip_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("tiendanube") << u"tiendanube.json"_s;
    QTest::newRow("temu") << u"temu.json"_s;
}

void TestImportProfile::customProfilesOfTestData_loadAndRoundTrip()
{
    QFETCH(QString, file);
    const auto profile = ImportProfile::load(sourceDir() + u"/tests/data/profiles/"_s + file);
    KONTOR_VERIFY_OK(profile);
    const auto again = ImportProfile::fromJson(profile->toJson(), file);
    KONTOR_VERIFY_OK(again);
    QVERIFY(again.value() == profile.value());
}

void TestImportProfile::saveThenLoad_ofEveryKey_isIdentity()
{
    const ImportProfile original = everythingProfile();
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"everything.json"_s);
    KONTOR_VERIFY_OK(original.save(path));
    const auto loaded = ImportProfile::load(path);
    KONTOR_VERIFY_OK(loaded);
    QVERIFY(loaded.value() == original);
    QCOMPARE(loaded->toJson(), original.toJson());
    QCOMPARE(loaded->delimiter, std::optional<char>('\t'));
    QCOMPARE(loaded->timeZone.offsetFromUtc(QDateTime::currentDateTimeUtc()), 7200);
    QCOMPARE(loaded->statusWords.value(u"abgebrochen"_s).status, std::optional<FinancialStatus>());
    QVERIFY(loaded->statusWords.value(u"abgebrochen"_s).cancelled);
}

void TestImportProfile::toJson_ofDefaults_loadsBack()
{
    ImportProfile p;
    p.id = u"minimal"_s;
    p.name = u"Minimal"_s;
    p.dateFormats = {u"yyyy-MM-dd"_s};
    for (ImportField field : {ImportField::OrderKey, ImportField::CreatedAt, ImportField::Total,
                              ImportField::LineName})
        p.columns.insert(field, {importFieldKey(field)});
    const auto loaded = ImportProfile::fromJson(p.toJson(), u"minimal.json"_s);
    KONTOR_VERIFY_OK(loaded);
    QVERIFY(loaded.value() == p);

    // Left out, the optional keys take their defaults.
    const auto sparse = ImportProfile::fromJson(
        R"({"id": "s", "name": "S", "columns": {"order.key": "K", "order.created_at": "D",
            "order.total": "T", "line.name": "N"}})",
        u"s.json"_s);
    KONTOR_VERIFY_OK(sparse);
    QVERIFY(!sparse->encoding);
    QVERIFY(!sparse->delimiter);
    QCOMPARE(sparse->decimalFormat, DecimalFormat::Auto);
    QCOMPARE(sparse->dateFormats.size(), 3);
    QCOMPARE(sparse->orderRows, ImportProfile::OrderRows::FirstRow);
    QCOMPARE(sparse->vatRateDivisor, qint64(1));
    QVERIFY(!sparse->pricesIncludeTax);
}

void TestImportProfile::fromJson_ofBadProfile_isRefusedNamingFileAndKey_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("named");

    const QByteArray columns = R"("columns": {"order.key": "K", "order.created_at": "D", "order.total": "T", "line.name": "N"})";
    auto profile = [&](const char *extra) -> QByteArray {
        return QByteArray(R"({"id": "x", "name": "X", )") + columns + extra + '}';
    };
    QTest::newRow("not an object") << QByteArray("[1, 2]") << u"object"_s;
    QTest::newRow("unknown key") << profile(R"(, "colums": {})") << u"'colums'"_s;
    QTest::newRow("unknown field key")
        << QByteArray(R"({"id": "x", "name": "X", "columns": {"order.key": "K", "order.created_at": "D", "order.total": "T", "line.name": "N", "order.totl": "T"}})")
        << u"'order.totl'"_s;
    QTest::newRow("required field missing")
        << QByteArray(R"({"id": "x", "name": "X", "columns": {"order.key": "K", "order.created_at": "D", "line.name": "N"}})")
        << u"'order.total'"_s;
    QTest::newRow("no columns") << QByteArray(R"({"id": "x", "name": "X"})") << u"'columns'"_s;
    QTest::newRow("empty header") << QByteArray(R"({"id": "x", "name": "X", "columns": {"order.key": "", "order.created_at": "D", "order.total": "T", "line.name": "N"}})")
                                  << u"'order.key'"_s;
    QTest::newRow("no id") << QByteArray(R"({"name": "X", )" + columns + "}") << u"'id'"_s;
    QTest::newRow("version 2") << profile(R"(, "version": 2)") << u"'version'"_s;
    QTest::newRow("encoding") << profile(R"(, "encoding": "EBCDIC")") << u"'encoding'"_s;
    QTest::newRow("delimiter") << profile(R"(, "delimiter": "::")") << u"'delimiter'"_s;
    QTest::newRow("decimal") << profile(R"(, "decimal_separator": "'")") << u"'decimal_separator'"_s;
    QTest::newRow("date formats empty") << profile(R"(, "date_formats": [])") << u"'date_formats'"_s;
    QTest::newRow("date formats not texts") << profile(R"(, "date_formats": [1])") << u"'date_formats'"_s;
    QTest::newRow("date locale") << profile(R"(, "date_locale": "klingon")") << u"'date_locale'"_s;
    QTest::newRow("time zone") << profile(R"(, "time_zone": "Mars/Olympus")") << u"'time_zone'"_s;
    QTest::newRow("currency") << profile(R"(, "currency": "EURO")") << u"'currency'"_s;
    QTest::newRow("status meaning") << profile(R"(, "financial_status": {"bezahlt": "bezahlt"})")
                                    << u"'financial_status'"_s;
    QTest::newRow("status word twice")
        << profile(R"(, "financial_status": {"paid": "paid"}, "other_status": ["Paid"])") << u"'paid'"_s;
    QTest::newRow("prices include tax") << profile(R"(, "prices_include_tax": "sometimes")")
                                        << u"'prices_include_tax'"_s;
    QTest::newRow("order rows") << profile(R"(, "order_rows": "every")") << u"'order_rows'"_s;
    QTest::newRow("divisor") << profile(R"(, "vat_rate_divisor": 0.5)") << u"'vat_rate_divisor'"_s;
    QTest::newRow("tax columns") << profile(R"(, "tax_columns": [["A", "B"]])") << u"'tax_columns'"_s;
    QTest::newRow("refuse without message") << profile(R"(, "refuse": [{"missing": ["A"]}])")
                                            << u"'refuse'"_s;
    QTest::newRow("refuse unknown key")
        << profile(R"(, "refuse": [{"missing": ["A"], "message": "m", "when": 1}])") << u"'refuse.when'"_s;
}

void TestImportProfile::fromJson_ofBadProfile_isRefusedNamingFileAndKey()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, named);
    const auto profile = ImportProfile::fromJson(json, u"my-shop.json"_s);
    QVERIFY(!profile.ok());
    QCOMPARE(profile.error().file, u"my-shop.json"_s);
    QVERIFY2(profile.error().message.contains(named), qPrintable(profile.error().message));
    QVERIFY(profile.error().toString().startsWith(u"my-shop.json"_s));
}

void TestImportProfile::fromJson_ofBrokenJson_namesTheLine()
{
    const auto profile = ImportProfile::fromJson("{\n  \"id\": \"x\",\n  \"name\": \n}", u"b.json"_s);
    QVERIFY(!profile.ok());
    QCOMPARE(profile.error().file, u"b.json"_s);
    QCOMPARE(profile.error().line, qint64(4));
    QVERIFY(profile.error().message.contains(u"not a valid import profile"_s));
}

void TestImportProfile::load_ofMissingFile_isAnError()
{
    const auto profile = ImportProfile::load(u"/nonexistent/profile.json"_s);
    QVERIFY(!profile.ok());
    QCOMPARE(profile.error().file, u"/nonexistent/profile.json"_s);
}

void TestImportProfile::detect_picksShopifyForEveryOrdersLayout_data()
{
    QTest::addColumn<QString>("variant");
    QTest::addColumn<int>("columns");
    QTest::newRow("79") << u"79"_s << 79;
    QTest::newRow("78") << u"78"_s << 78;
    QTest::newRow("75-a") << u"75a"_s << 75;
    QTest::newRow("75-b") << u"75b"_s << 75;
    QTest::newRow("73") << u"73"_s << 73;
    QTest::newRow("71") << u"71"_s << 71;
}

void TestImportProfile::detect_picksShopifyForEveryOrdersLayout()
{
    QFETCH(QString, variant);
    QFETCH(int, columns);
    const QStringList header = shopifyLayout(variant);
    QCOMPARE(header.size(), columns);
    const auto profile = ImportProfile::detect(header);
    QVERIFY(profile);
    QCOMPARE(profile->id, u"shopify"_s);
    QVERIFY(!profile->refusal(header));
}

void TestImportProfile::detect_picksWooCommerceForAlgolPlusHeader()
{
    const auto profile = ImportProfile::detect(algolPlusHeader());
    QVERIFY(profile);
    QCOMPARE(profile->id, u"woocommerce"_s);
    QVERIFY(!profile->refusal(algolPlusHeader()));
}

void TestImportProfile::detect_ofUnknownHeader_givesNothing()
{
    QVERIFY(!ImportProfile::detect({u"Sale Date"_s, u"Item Name"_s, u"Quantity"_s, u"Price"_s}));
    QVERIFY(!ImportProfile::detect({}));
    // Shopify's columns but one: not Shopify.
    QVERIFY(!ImportProfile::detect(without(shopifyHeader79(), {u"Lineitem name"_s})));
}

void TestImportProfile::matches_ignoresCaseAndBlanksAroundHeaders()
{
    const auto woo = ImportProfile::builtIn(u"woocommerce");
    QVERIFY(woo);
    QStringList header = algolPlusHeader();
    header[0] = u" order number "_s;
    QVERIFY(woo->matches(header));
    header.removeFirst();
    QVERIFY(!woo->matches(header));
    ImportProfile none;
    QVERIFY(!none.matches(algolPlusHeader()));
}

void TestImportProfile::refusal_ofAbandonedCheckoutsHeader_saysSo()
{
    const QStringList header = shopifyLayout(u"70-abandoned"_s);
    QCOMPARE(header.size(), 70);
    const auto profile = ImportProfile::detect(header);
    QVERIFY(profile);
    QCOMPARE(profile->id, u"shopify"_s);
    const auto refusal = profile->refusal(header);
    QVERIFY(refusal);
    QVERIFY2(refusal->contains(u"abandoned-checkouts"_s), qPrintable(*refusal));
    QVERIFY(refusal->contains(u"not an orders export"_s));
}

QTEST_GUILESS_MAIN(TestImportProfile)
#include "tst_importprofile.moc"
