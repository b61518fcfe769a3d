// SPDX-FileCopyrightText: 2026 The Kontor authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "testresult.h"

#include "importing/importcells.h"
#include "importing/orderreader.h"

#include <QDir>
#include <QFile>
#include <QMap>
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

QString fixture(const QString &name)
{
    return sourceDir() + u"/tests/data/import/"_s + name;
}

QString profileFile(const QString &name)
{
    return sourceDir() + u"/tests/data/profiles/"_s + name;
}

QString storefrontDir()
{
    const QString source = sourceDir();
    if (!source.isEmpty()) {
        const QString dir = QDir::cleanPath(source + u"/../shared/data/storefront"_s);
        if (QDir(dir).exists())
            return dir;
    }
    return u"/work/shared/data/storefront"_s;
}

Currency cur(const char16_t *code)
{
    return Currency::fromCode(QStringView(code));
}

Money money(qint64 minor, const char16_t *code)
{
    return Money(minor, cur(code));
}

QDateTime withOffset(int y, int mo, int d, int h, int mi, int s, int offsetSeconds)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s), Qt::OffsetFromUTC, offsetSeconds);
}

/// An order as read, with what the reader said about it.
struct Read
{
    OrderReader::Outcome outcome;
    ImportedOrder order;
    std::vector<ImportProblem> problems;
};

struct ReadAll
{
    std::vector<Read> results;
    std::optional<Error> error;
    QStringList header;

    const Read *find(const QString &key) const
    {
        for (const Read &r : results)
            if (r.order.key == key)
                return &r;
        return nullptr;
    }
    int count(OrderReader::Outcome outcome) const
    {
        return int(std::count_if(results.begin(), results.end(),
                                 [&](const Read &r) { return r.outcome == outcome; }));
    }
};

Result<ReadAll> readAll(const QString &path, std::optional<ImportProfile> profile = {},
                        Currency fallback = Currency::eur(),
                        OrderReader::KnownFingerprint known = {})
{
    auto reader = OrderReader::open(path, std::move(profile), fallback);
    if (!reader.ok())
        return reader.error();
    if (known)
        reader.value()->setKnownFingerprint(known);
    ReadAll all;
    all.header = reader.value()->header();
    for (;;) {
        Read read;
        read.outcome = reader.value()->next(read.order, read.problems);
        if (read.outcome == OrderReader::Outcome::End)
            break;
        if (read.outcome == OrderReader::Outcome::Failed) {
            all.error = reader.value()->error();
            break;
        }
        all.results.push_back(std::move(read));
        if (all.results.size() > 100000)
            break;
    }
    return all;
}

QString describe(const std::vector<ImportProblem> &problems)
{
    QStringList texts;
    for (const ImportProblem &p : problems)
        texts.append(p.toError().toString());
    return texts.join(u" | ");
}

// The till export of tests/data/import/kasse-cp1252-semicolon.csv, described in code.
ImportProfile kasseProfile()
{
    ImportProfile p;
    p.id = u"kasse"_s;
    p.name = u"Kasse"_s;
    p.encoding = TextEncoding::Windows1252;
    p.delimiter = ';';
    p.decimalFormat = DecimalFormat::Comma;
    p.dateFormats = {u"dd.MM.yyyy HH:mm"_s};
    p.timeZone = QTimeZone(3600);
    p.currency = Currency::eur();
    p.columns = {{ImportField::OrderKey, {u"Bestellnr"_s}},
                 {ImportField::CreatedAt, {u"Datum"_s}},
                 {ImportField::CustomerName, {u"Kunde"_s}},
                 {ImportField::Email, {u"E-Mail"_s}},
                 {ImportField::Zip, {u"PLZ"_s}},
                 {ImportField::LineName, {u"Artikel"_s}},
                 {ImportField::LineQuantity, {u"Menge"_s}},
                 {ImportField::LineUnitPrice, {u"Einzelpreis"_s}},
                 {ImportField::Total, {u"Summe"_s}},
                 {ImportField::FinancialStatus, {u"Status"_s}},
                 {ImportField::Note, {u"Bemerkung"_s}}};
    p.statusWords = {{u"bezahlt"_s, {FinancialStatus::Paid, false}},
                     {u"offen"_s, {FinancialStatus::Pending, false}},
                     {u"storniert"_s, {FinancialStatus::Voided, true}}};
    p.pricesIncludeTax = true;
    p.orderRows = ImportProfile::OrderRows::Repeated;
    return p;
}

// A minimal profile for files written by the tests: K(ey), D(ate), T(otal), N(ame).
ImportProfile tinyProfile()
{
    ImportProfile p;
    p.id = u"tiny"_s;
    p.name = u"Tiny"_s;
    p.delimiter = ',';
    p.decimalFormat = DecimalFormat::Point;
    p.dateFormats = {u"yyyy-MM-dd"_s};
    p.timeZone = QTimeZone::utc();
    p.columns = {{ImportField::OrderKey, {u"K"_s}},
                 {ImportField::CreatedAt, {u"D"_s}},
                 {ImportField::Total, {u"T"_s}},
                 {ImportField::LineName, {u"N"_s}}};
    return p;
}

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

using Totals = QMap<QString, QString>; // currency → sum, as Money::toPlainString writes it

} // namespace

Q_DECLARE_METATYPE(Totals)

class TestOrderReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // The cells.
    void cleaned_undoesSpreadsheetDamage_data();
    void cleaned_undoesSpreadsheetDamage();
    void isScientific_data();
    void isScientific();
    void parseAmount_fastPathAgreesWithMoneyParse_data();
    void parseAmount_fastPathAgreesWithMoneyParse();
    void parseWholeNumber_data();
    void parseWholeNumber();
    void parseBool_readsCommonWords();
    void taxRateFromName_data();
    void taxRateFromName();
    void parseRate_data();
    void parseRate();
    void dateReader_readsEveryProfileForm_data();
    void dateReader_readsEveryProfileForm();
    void dateReader_ofNoOffset_usesProfileZoneOrLocalTime();
    void sourceFingerprint_isXxh64();

    // The project's own fixtures.
    void shopify_multiLineOrders_areReadExactly();
    void shopify_taxAddedOnTopTipsAndFreeShipping_areInferred();
    void shopify_refundsCancellationsAndCurrencies_areRead();
    void shopify_damagedOrders_areRejectedAndTheOthersRead();
    void shopify_crlfAndQuotedLineBreaks_keepPhysicalLines();
    void customProfile_semicolonDecimalCommaWindows1252_isRead();
    void woocommerce_repeatedOrderFieldsAndStatusWords_areRead();
    void knownFingerprint_givesUnchangedWithoutReadingFields();
    void fingerprint_isStableAndCoversTheSource();
    void source_holdsTheRecordsAsRead();

    void groups_blankRowsAndEmptyKeys();
    void groups_keyComingBackAmongManyOrders_isRejected();
    void groups_ofMoreRowsThanAnyOrder_areRejected();
    void fileBreakingOff_rejectsTheOrderThenFails();
    void summedRows_addUpTheOrdersAmounts();

    void open_withoutFittingProfile_isRefused();
    void open_withMissingRequiredColumn_namesColumnAndProfile();
    void open_ofEmptyOrMissingFile_isAnError();
    void open_ofAbandonedCheckouts_isRefused();

    // Real shop exports.
    void realFiles_readCompletely_data();
    void realFiles_readCompletely();
    void realFiles_someOrdersExactly();
};

// ------------------------------------------------------------------------------------- cells

void TestOrderReader::cleaned_undoesSpreadsheetDamage_data()
{
    QTest::addColumn<QByteArray>("cell");
    QTest::addColumn<QByteArray>("clean");
    QTest::newRow("plain") << "abc"_ba << "abc"_ba;
    QTest::newRow("trailing tab") << "29471\t"_ba << "29471"_ba;
    QTest::newRow("blanks") << "  a b \r\n"_ba << "a b"_ba;
    QTest::newRow("no-break space") << "\xc2\xa0" "12\xc2\xa0"_ba << "12"_ba;
    QTest::newRow("excel empty guard") << "=\"\""_ba << ""_ba;
    QTest::newRow("excel guard") << "=\"00123\""_ba << "00123"_ba;
    QTest::newRow("excel guard, quotes") << "=\"a\"\"b\""_ba << "a\"b"_ba;
    QTest::newRow("formula is text") << "=SUM(A1)"_ba << "=SUM(A1)"_ba;
    QTest::newRow("apostrophe kept here") << "'4001"_ba << "'4001"_ba;
}

void TestOrderReader::cleaned_undoesSpreadsheetDamage()
{
    QFETCH(QByteArray, cell);
    QFETCH(QByteArray, clean);
    QByteArray scratch;
    QCOMPARE(ImportCells::cleaned(cell, scratch).toByteArray(), clean);
    QCOMPARE(ImportCells::withoutApostrophe("'4001").toByteArray(), "4001"_ba);
    QCOMPARE(ImportCells::withoutApostrophe("4001").toByteArray(), "4001"_ba);
}

void TestOrderReader::isScientific_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<bool>("scientific");
    QTest::newRow("comma") << "5,52E+12"_ba << true;
    QTest::newRow("point") << "5.52E+12"_ba << true;
    QTest::newRow("negative exponent") << "1.2E-05"_ba << true;
    QTest::newRow("lower e") << "4.91701e+12"_ba << true;
    QTest::newRow("no fraction") << "5E+12"_ba << true;
    QTest::newRow("plain") << "5.52"_ba << false;
    QTest::newRow("no sign") << "12E5"_ba << false;
    QTest::newRow("scrambled") << "5,50D+23"_ba << false;
    QTest::newRow("text") << "E+12"_ba << false;
    QTest::newRow("trailing") << "5E+12x"_ba << false;
}

void TestOrderReader::isScientific()
{
    QFETCH(QByteArray, text);
    QFETCH(bool, scientific);
    QCOMPARE(ImportCells::isScientific(text), scientific);
}

void TestOrderReader::parseAmount_fastPathAgreesWithMoneyParse_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<int>("format");
    const char *texts[] = {"0",      "0.00",     "12.5",   "1234.56", "-0.85",  "25075",
                           "44999.1", "1,234.56", "1.234",  "1,234",   "0,123",  "12,50",
                           "1.005",  "-12",      "12.",    ".5",      "1 234",  "15,00€",
                           "-2,00€", "1.234,56", "99999999999999.99", "12.345", "0.001"};
    const char16_t *currencies[] = {u"EUR", u"JPY", u"KWD"};
    for (const char *t : texts)
        for (const char16_t *c : currencies)
            for (int format : {0, 1, 2})
                QTest::addRow("%s %s %d", t, qPrintable(QString::fromUtf16(c)), format)
                    << QByteArray(t) << QString::fromUtf16(c) << format;
}

void TestOrderReader::parseAmount_fastPathAgreesWithMoneyParse()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, currency);
    QFETCH(int, format);
    const Currency c = Currency::fromCode(currency);
    const auto decimalFormat = DecimalFormat(format);
    const auto expected = Money::parse(QString::fromUtf8(text), c, decimalFormat);
    if (const auto fast = ImportCells::parsePlainAmount(text, c.minorDigits(), decimalFormat)) {
        QVERIFY2(expected.ok(), qPrintable(expected.ok() ? QString() : expected.error().message));
        QCOMPARE(*fast, expected->minorUnits());
    }
    const auto both = ImportCells::parseAmount(text, c, c.minorDigits(), decimalFormat);
    QCOMPARE(both.ok(), expected.ok());
    if (both.ok())
        QCOMPARE(both.value(), expected.value());
}

void TestOrderReader::parseWholeNumber_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<qint64>("value");
    QTest::newRow("1") << "1"_ba << qint64(1);
    QTest::newRow("0") << "0"_ba << qint64(0);
    QTest::newRow("3.00") << "3.00"_ba << qint64(3);
    QTest::newRow("3,0") << "3,0"_ba << qint64(3);
    QTest::newRow("1.5") << "1.5"_ba << qint64(-1);
    QTest::newRow("-1") << "-1"_ba << qint64(-1);
    QTest::newRow("empty") << ""_ba << qint64(-1);
    QTest::newRow("3.") << "3."_ba << qint64(-1);
    QTest::newRow("x") << "x"_ba << qint64(-1);
}

void TestOrderReader::parseWholeNumber()
{
    QFETCH(QByteArray, text);
    QFETCH(qint64, value);
    QCOMPARE(ImportCells::parseWholeNumber(text).value_or(-1), value);
}

void TestOrderReader::parseBool_readsCommonWords()
{
    for (const char *yes : {"true", "TRUE", "yes", "1", "ja", "Sí", "x"})
        QCOMPARE(ImportCells::parseBool(QByteArrayView(yes)), std::optional<bool>(true));
    for (const char *no : {"false", "No", "0", "nein", "non"})
        QCOMPARE(ImportCells::parseBool(QByteArrayView(no)), std::optional<bool>(false));
    QVERIFY(!ImportCells::parseBool("maybe"));
}

void TestOrderReader::taxRateFromName_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("rate");
    QTest::newRow("VAT 19%") << u"VAT 19%"_s << 1900;
    QTest::newRow("PT VAT 23%") << u"PT VAT 23%"_s << 2300;
    QTest::newRow("California") << u"California State Tax 7.25%"_s << 725;
    QTest::newRow("zero") << u"Shipping fee tax 0%"_s << 0;
    QTest::newRow("0.7") << u"Fairfax Co Sp 0.7%"_s << 70;
    QTest::newRow("comma, space") << u"MwSt 7,5 %"_s << 750;
    QTest::newRow("6.625 is no whole basis point") << u"New Jersey State Tax 6.625%"_s << -1;
    QTest::newRow("no rate") << u"Sales tax"_s << -1;
    QTest::newRow("no number") << u"Tax %"_s << -1;
}

void TestOrderReader::taxRateFromName()
{
    QFETCH(QString, name);
    QFETCH(int, rate);
    QCOMPARE(ImportCells::taxRateFromName(name), rate);
}

void TestOrderReader::parseRate_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<qint64>("divisor");
    QTest::addColumn<int>("rate");
    QTest::newRow("19") << "19"_ba << qint64(1) << 1900;
    QTest::newRow("19%") << "19 %"_ba << qint64(1) << 1900;
    QTest::newRow("7,25") << "7,25"_ba << qint64(1) << 725;
    QTest::newRow("temu") << "19000000\t"_ba << qint64(1000000) << 1900;
    QTest::newRow("woo 15.0000") << "15.0000"_ba << qint64(1) << 1500;
    QTest::newRow("not whole") << "6.625"_ba << qint64(1) << -1;
    QTest::newRow("text") << "high"_ba << qint64(1) << -1;
}

void TestOrderReader::parseRate()
{
    QFETCH(QByteArray, text);
    QFETCH(qint64, divisor);
    QFETCH(int, rate);
    QCOMPARE(ImportCells::parseRate(text, divisor).value_or(-1), rate);
}

void TestOrderReader::dateReader_readsEveryProfileForm_data()
{
    QTest::addColumn<QStringList>("formats");
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QDateTime>("expected");

    const QStringList shopify = {u"yyyy-MM-dd HH:mm:ss"_s, u"dd/MM/yyyy HH:mm"_s};
    QTest::newRow("shopify +0200") << shopify << QString() << "2021-05-13 11:01:13 +0200"_ba
                                   << withOffset(2021, 5, 13, 11, 1, 13, 7200);
    QTest::newRow("shopify -0700") << shopify << QString() << "2020-03-14 09:51:53 -0700"_ba
                                   << withOffset(2020, 3, 14, 9, 51, 53, -7 * 3600);
    QTest::newRow("shopify +0000") << shopify << QString() << "2024-06-30 23:59:59 +0000"_ba
                                   << withOffset(2024, 6, 30, 23, 59, 59, 0);
    QTest::newRow("shopify +0530") << shopify << QString() << "2024-01-01 00:00:00 +0530"_ba
                                   << withOffset(2024, 1, 1, 0, 0, 0, 5 * 3600 + 1800);
    QTest::newRow("colon offset") << shopify << QString() << "2024-01-01 00:00:00 -03:00"_ba
                                  << withOffset(2024, 1, 1, 0, 0, 0, -3 * 3600);
    QTest::newRow("temu") << QStringList{u"d. MMM yyyy, HH:mm 'Uhr'"_s} << u"de"_s
                          << "21. Nov. 2025, 11:26 Uhr CET(UTC+1)"_ba
                          << withOffset(2025, 11, 21, 11, 26, 0, 3600);
    QTest::newRow("temu summer") << QStringList{u"d. MMM yyyy, HH:mm 'Uhr'"_s} << u"de"_s
                                 << "3. Mai 2025, 07:05 Uhr CEST(UTC+2)"_ba
                                 << withOffset(2025, 5, 3, 7, 5, 0, 7200);
    QTest::newRow("temu März") << QStringList{u"d. MMM yyyy, HH:mm 'Uhr'"_s} << u"de"_s
                               << "1. Mär. 2025, 00:00 Uhr CET(UTC+1)"_ba
                               << withOffset(2025, 3, 1, 0, 0, 0, 3600);
    QTest::newRow("temu Sept.") << QStringList{u"d. MMM yyyy, HH:mm 'Uhr'"_s} << u"de"_s
                                << "30. Sept. 2025, 23:59 Uhr CEST(UTC+2)"_ba
                                << withOffset(2025, 9, 30, 23, 59, 0, 7200);
    QTest::newRow("english month, GMT") << QStringList{u"MMM d, yyyy h:mm AP"_s} << QString()
                                        << "Jan 5, 2024 1:07 PM GMT+1"_ba
                                        << withOffset(2024, 1, 5, 13, 7, 0, 3600);
    QTest::newRow("12 AM") << QStringList{u"MM/dd/yyyy hh:mm AP"_s} << QString()
                           << "01/05/2024 12:30 AM UTC"_ba << withOffset(2024, 1, 5, 0, 30, 0, 0);
    QTest::newRow("two-digit year") << QStringList{u"MM/dd/yy"_s} << QString() << "12/04/20 +0000"_ba
                                    << withOffset(2020, 12, 4, 0, 0, 0, 0);
    QTest::newRow("Qt's fallback: weekday") << QStringList{u"ddd, d MMM yyyy HH:mm:ss"_s} << QString()
                                            << "Fri, 21 Nov 2025 11:26:00 +0100"_ba
                                            << withOffset(2025, 11, 21, 11, 26, 0, 3600);
    QTest::newRow("no such day") << shopify << QString() << "2024-13-45 10:00:00 +0200"_ba
                                 << QDateTime();
    QTest::newRow("29 February 2023") << shopify << QString() << "2023-02-29 10:00:00 +0200"_ba
                                      << QDateTime();
    QTest::newRow("25 o'clock") << shopify << QString() << "2024-01-01 25:00:00 +0200"_ba
                                << QDateTime();
    QTest::newRow("trailing text") << shopify << QString() << "2024-01-01 10:00:00 +0200 x"_ba
                                   << QDateTime();
    QTest::newRow("not a date") << shopify << QString() << "soon"_ba << QDateTime();
}

void TestOrderReader::dateReader_readsEveryProfileForm()
{
    QFETCH(QStringList, formats);
    QFETCH(QString, locale);
    QFETCH(QByteArray, text);
    QFETCH(QDateTime, expected);
    const ImportCells::DateReader reader(formats, locale, QTimeZone());
    const auto parsed = reader.read(text);
    if (!expected.isValid()) {
        QVERIFY2(!parsed, qPrintable(parsed ? parsed->toString(Qt::ISODate) : QString()));
        return;
    }
    QVERIFY(parsed);
    QCOMPARE(parsed->toString(Qt::ISODate), expected.toString(Qt::ISODate));
    QCOMPARE(*parsed, expected);
    QCOMPARE(parsed->offsetFromUtc(), expected.offsetFromUtc());
    // Qt keeps a zero offset as UTC.
    QCOMPARE(parsed->timeSpec(), expected.offsetFromUtc() == 0 ? Qt::UTC : Qt::OffsetFromUTC);
}

void TestOrderReader::dateReader_ofNoOffset_usesProfileZoneOrLocalTime()
{
    const QStringList formats = {u"dd/MM/yyyy HH:mm"_s};
    const ImportCells::DateReader local(formats, QString(), QTimeZone());
    const auto a = local.read("09/09/2025 22:59");
    QVERIFY(a);
    QCOMPARE(*a, QDateTime(QDate(2025, 9, 9), QTime(22, 59)));
    QCOMPARE(a->timeSpec(), Qt::LocalTime);

    const ImportCells::DateReader argentina(formats, QString(), QTimeZone(-3 * 3600));
    const auto b = argentina.read("09/09/2025 22:59");
    QVERIFY(b);
    QCOMPARE(b->toUTC(), QDateTime(QDate(2025, 9, 10), QTime(1, 59), Qt::UTC));
    QCOMPARE(b->offsetFromUtc(), -3 * 3600);
}

void TestOrderReader::sourceFingerprint_isXxh64()
{
    // Published XXH64 (seed 0) values.
    QCOMPARE(sourceFingerprint(""), Q_UINT64_C(0xEF46DB3751D8E999));
    QCOMPARE(sourceFingerprint("a"), Q_UINT64_C(0xD24EC4F1A98C6E5B));
    QCOMPARE(sourceFingerprint("abc"), Q_UINT64_C(0x44BC2CF5AD770999));
    QCOMPARE(sourceFingerprint("Nobody inspects the spammish repetition"),
             Q_UINT64_C(0xFBCEA83C8A378BF1));
}

// ------------------------------------------------------------------------------ fixtures

void TestOrderReader::shopify_multiLineOrders_areReadExactly()
{
    const auto all = readAll(fixture(u"shopify-orders.csv"_s));
    KONTOR_VERIFY_OK(all);
    QCOMPARE(all->results.size(), size_t(7));
    QCOMPARE(all->count(OrderReader::Outcome::Order), 7);

    const Read *r = all->find(u"#1001"_s);
    QVERIFY(r);
    QVERIFY2(r->problems.empty(), qPrintable(describe(r->problems)));
    const ImportedOrder &o = r->order;
    QCOMPARE(o.fileName, fixture(u"shopify-orders.csv"_s));
    QCOMPARE(o.firstLine, qint64(2));
    QCOMPARE(o.lastLine, qint64(4));
    QCOMPARE(o.email, u"anna.mueller@example.de"_s);
    QCOMPARE(o.customerName, u"Anna Müller"_s);
    QCOMPARE(o.company, QString());
    QCOMPARE(o.phone, u"+49 351 1234567"_s);
    QCOMPARE(o.street, u"Königsbrücker Str. 5, Hinterhaus"_s);
    QCOMPARE(o.zip, u"01097"_s);
    QCOMPARE(o.city, u"Dresden"_s);
    QCOMPARE(o.country, u"DE"_s);
    QCOMPARE(o.createdAt, withOffset(2024, 3, 2, 10, 15, 0, 3600));
    QCOMPARE(o.createdAt.offsetFromUtc(), 3600);
    QCOMPARE(o.paidAt, withOffset(2024, 3, 2, 10, 15, 1, 3600));
    QCOMPARE(o.fulfilledAt, withOffset(2024, 3, 3, 9, 0, 0, 3600));
    QVERIFY(!o.cancelledAt.isValid());
    QCOMPARE(o.currency, Currency::eur());
    QCOMPARE(o.financialStatus, FinancialStatus::Paid);
    QVERIFY(!o.cancelled);
    QCOMPARE(o.fulfilmentStatus, u"fulfilled"_s);
    QCOMPARE(o.subtotal, std::optional<Money>(money(3350, u"EUR")));
    QCOMPARE(o.shipping, money(490, u"EUR"));
    QCOMPARE(o.taxes, money(613, u"EUR"));
    QCOMPARE(o.total, money(3840, u"EUR"));
    QCOMPARE(o.discount, money(250, u"EUR"));
    QCOMPARE(o.refunded, money(0, u"EUR"));
    QVERIFY(o.pricesIncludeTax);
    QCOMPARE(o.discountCodes, QString());
    QCOMPARE(o.shippingMethod, u"DHL Paket"_s);
    QCOMPARE(o.paymentMethod, u"Shopify Payments"_s);
    QCOMPARE(o.paymentReference, u"c1001.1"_s);
    QCOMPARE(o.note, u"Bitte beim Nachbarn, Müller, abgeben"_s);
    QCOMPARE(o.taxLines.size(), size_t(1));
    QCOMPARE(o.taxLines[0].name, u"DE MwSt 19%"_s);
    QCOMPARE(o.taxLines[0].rate, 1900);
    QCOMPARE(o.taxLines[0].amount, money(613, u"EUR"));

    QCOMPARE(o.lines.size(), size_t(3));
    const ImportedLine &mug = o.lines[0];
    QCOMPARE(mug.fileLine, qint64(2));
    QCOMPARE(mug.name, u"Becher \"Kontor\" – weiß"_s);
    QCOMPARE(mug.sku, u"MUG-W"_s);
    QCOMPARE(mug.quantity, Quantity(2));
    QCOMPARE(mug.unitPrice, std::optional<Money>(money(1250, u"EUR")));
    QCOMPARE(mug.discount, money(250, u"EUR"));
    QVERIFY(mug.requiresShipping);
    QVERIFY(mug.taxable);
    QVERIFY(!mug.isTip);
    QVERIFY(!mug.vatRate);
    QCOMPARE(mug.fulfilmentStatus, u"fulfilled"_s);
    // Continuation rows: line fields only; their blank order fields are not read.
    QCOMPARE(o.lines[1].fileLine, qint64(3));
    QCOMPARE(o.lines[1].name, u"Tee, grün"_s);
    QCOMPARE(o.lines[1].unitPrice, std::optional<Money>(money(800, u"EUR")));
    QCOMPARE(o.lines[1].discount, money(0, u"EUR"));
    QCOMPARE(o.lines[2].fileLine, qint64(4));
    QCOMPARE(o.lines[2].name, u"Löffel"_s);
    QCOMPARE(o.lines[2].sku, QString());
    QCOMPARE(o.lines[2].quantity, Quantity(1));
}

void TestOrderReader::shopify_taxAddedOnTopTipsAndFreeShipping_areInferred()
{
    const auto all = readAll(fixture(u"shopify-orders.csv"_s));
    KONTOR_VERIFY_OK(all);

    const Read *tipped = all->find(u"#1002"_s);
    QVERIFY(tipped);
    QVERIFY2(tipped->problems.empty(), qPrintable(describe(tipped->problems)));
    const ImportedOrder &o = tipped->order;
    QCOMPARE(o.currency, cur(u"USD"));
    QCOMPARE(o.createdAt, withOffset(2024, 3, 5, 17, 59, 58, -8 * 3600));
    QCOMPARE(o.subtotal, std::optional<Money>(money(3600, u"USD")));
    QCOMPARE(o.total, money(4970, u"USD"));
    QCOMPARE(o.taxes, money(270, u"USD"));
    QCOMPARE(o.discount, money(400, u"USD"));
    QCOMPARE(o.discountCodes, u"SAVE10"_s);
    QCOMPARE(o.paymentMethod, u"Stripe + Gift Card"_s);
    QCOMPARE(o.zip, u"90001"_s);
    QCOMPARE(o.phone, QString());
    QVERIFY(!o.pricesIncludeTax); // 36.00 + 6.00 + 2.70 + tip 5.00 = 49.70
    QCOMPARE(o.taxLines.size(), size_t(2));
    QCOMPARE(o.taxLines[0].rate, 725);
    QCOMPARE(o.taxLines[0].amount, money(261, u"USD"));
    QCOMPARE(o.taxLines[1].name, u"Los Angeles County Tax 0.25%"_s);
    QCOMPARE(o.taxLines[1].rate, 25);
    QCOMPARE(o.lines.size(), size_t(2));
    QVERIFY(!o.lines[0].isTip);
    const ImportedLine &tip = o.lines[1];
    QVERIFY(tip.isTip);
    QVERIFY(!tip.requiresShipping);
    QVERIFY(!tip.taxable);
    QCOMPARE(tip.unitPrice, std::optional<Money>(money(500, u"USD")));

    const Read *freeShipping = all->find(u"#1003"_s);
    QVERIFY(freeShipping);
    QCOMPARE(freeShipping->outcome, OrderReader::Outcome::Order);
    QCOMPARE(freeShipping->order.discount, money(1500, u"USD"));
    QCOMPARE(freeShipping->order.shipping, money(1500, u"USD"));
    QCOMPARE(freeShipping->order.total, money(9974, u"USD"));
    QVERIFY(!freeShipping->order.pricesIncludeTax); // 93.00 + 15.00 − 15.00 + 6.74
    QCOMPARE(freeShipping->order.createdAt.offsetFromUtc(), -7 * 3600);

    // Taxes contained in the prices: the total is subtotal plus shipping.
    QVERIFY(all->find(u"#1004"_s)->order.pricesIncludeTax);
    // No taxes at all: nothing to add, so "included".
    QVERIFY(all->find(u"#1007"_s)->order.pricesIncludeTax);
}

void TestOrderReader::shopify_refundsCancellationsAndCurrencies_areRead()
{
    const auto all = readAll(fixture(u"shopify-orders.csv"_s));
    KONTOR_VERIFY_OK(all);

    const ImportedOrder &partial = all->find(u"#1004"_s)->order;
    QCOMPARE(partial.financialStatus, FinancialStatus::PartiallyRefunded);
    QVERIFY(isPaid(partial.financialStatus));
    QCOMPARE(partial.total, money(22200, u"EUR"));
    QCOMPARE(partial.refunded, money(4200, u"EUR"));
    QVERIFY(!partial.cancelled);
    QCOMPARE(partial.lines[0].quantity, Quantity(3));

    const ImportedOrder &refunded = all->find(u"#1005"_s)->order;
    QCOMPARE(refunded.financialStatus, FinancialStatus::Refunded);
    QCOMPARE(refunded.refunded, refunded.total);
    QVERIFY(refunded.cancelled);
    QCOMPARE(refunded.cancelledAt, withOffset(2024, 11, 2, 9, 0, 0, 3600));
    QCOMPARE(refunded.fulfilmentStatus, u"restocked"_s);
    QCOMPARE(refunded.lines[0].fulfilmentStatus, u"restocked"_s);

    const ImportedOrder &voided = all->find(u"#1006"_s)->order;
    QCOMPARE(voided.currency, cur(u"GBP"));
    QCOMPARE(voided.financialStatus, FinancialStatus::Voided);
    QVERIFY(!isPaid(voided.financialStatus));
    QVERIFY(voided.cancelled);
    QCOMPARE(voided.createdAt, withOffset(2024, 6, 30, 23, 59, 59, 0));
    QCOMPARE(voided.lines[0].quantity, Quantity(0));
    QCOMPARE(voided.taxLines[0].rate, 2000);

    const ImportedOrder &pending = all->find(u"#1007"_s)->order;
    QCOMPARE(pending.financialStatus, FinancialStatus::Pending);
    QVERIFY(!pending.paidAt.isValid());
    QCOMPARE(pending.email, QString());
    QVERIFY(!pending.lines[0].requiresShipping);

    // Three currencies in one file, each order in its own.
    QMap<QString, qint64> totals;
    for (const Read &r : all->results)
        totals[r.order.currency.code()] += r.order.total.minorUnits();
    QCOMPARE(totals, (QMap<QString, qint64>{{u"EUR"_s, 3840 + 22200 + 11620 + 1000},
                                            {u"USD"_s, 4970 + 9974},
                                            {u"GBP"_s, 2350}}));
}

void TestOrderReader::shopify_damagedOrders_areRejectedAndTheOthersRead()
{
    const QString file = fixture(u"shopify-damaged.csv"_s);
    const auto all = readAll(file);
    KONTOR_VERIFY_OK(all);
    QVERIFY(!all->error);

    struct Expected
    {
        QString key;
        OrderReader::Outcome outcome;
        qint64 line;
        QString column;
        QString value;
        QString says;
    };
    using O = OrderReader::Outcome;
    const std::vector<Expected> expected = {
        {u"#2001"_s, O::Order, 2, {}, {}, {}},
        {u"#2002"_s, O::Rejected, 3, u"Total"_s, u"5,52E+12"_s,
         u"The spreadsheet turned this number into 5,52E+12; its digits are lost"_s},
        {u"#2003"_s, O::Rejected, 4, u"Created at"_s, u"2024-13-45 10:00:00 +0200"_s,
         u"is not a date and time"_s},
        {u"#2004"_s, O::Rejected, 5, u"Lineitem quantity"_s, u"1.5"_s,
         u"'1.5' is not a quantity: it must be a whole number"_s},
        {u"#2005"_s, O::Rejected, 6, u"Total"_s, u"12,34,56"_s, u"'12,34,56' is not an amount"_s},
        {u"#2006"_s, O::Order, 8, {}, {}, {}},
        {u"#2001"_s, O::Rejected, 9, u"Name"_s, u"#2001"_s,
         u"Order #2001 appears again at line 9, apart from its first rows at line 2"_s},
        {u"#2007"_s, O::Rejected, 10, u"Financial Status"_s, u"paid_maybe"_s,
         u"'paid_maybe' is not a status the profile 'Shopify' knows"_s},
        {u"#2008"_s, O::Rejected, 11, u"Currency"_s, u"EURO"_s, u"'EURO' is not a currency code"_s},
        {u"#2009"_s, O::Order, 12, {}, {}, {}},
        {u"#2010"_s, O::Rejected, 13, {}, {}, u"This row has 42 cells where the header has 41 columns"_s},
        {u"#2011"_s, O::Order, 14, {}, {}, {}},
    };
    QCOMPARE(all->results.size(), expected.size());
    for (size_t i = 0; i < expected.size(); ++i) {
        const Expected &e = expected[i];
        const Read &r = all->results[i];
        QCOMPARE(r.order.key, e.key);
        QCOMPARE(r.order.firstLine, e.line);
        QVERIFY2(r.outcome == e.outcome, qPrintable(e.key + u": "_s + describe(r.problems)));
        QCOMPARE(r.order.fileName, file);
        if (e.outcome == O::Order) {
            QVERIFY(r.problems.empty());
            continue;
        }
        QCOMPARE(r.problems.size(), size_t(1));
        const ImportProblem &p = r.problems.front();
        QCOMPARE(p.fileName, file);
        QCOMPARE(p.line, e.line);
        QCOMPARE(p.column, e.column);
        QCOMPARE(p.value, e.value);
        QVERIFY2(p.message.contains(e.says), qPrintable(p.message));
        // A rejected order still carries its records for the rejects file.
        QVERIFY(r.order.source.startsWith(QByteArray(e.key.toUtf8() + ',')));
        const Error error = p.toError();
        QCOMPARE(error.file, file);
        QCOMPARE(error.line, e.line);
        QCOMPARE(error.field, e.column);
        QVERIFY(error.toString().contains(e.value));
    }

    // The damage a spreadsheet does that can be undone, is.
    const ImportedOrder &cleaned = all->results[0].order;
    QCOMPARE(cleaned.lines[0].quantity, Quantity(1));   // "1\t"
    QCOMPARE(cleaned.total, money(1200, u"EUR"));       // "12.00\t"
    QCOMPARE(cleaned.zip, u"00123"_s);                  // ="00123"
    QCOMPARE(cleaned.discountCodes, QString());         // =""
    QCOMPARE(cleaned.phone, u"4,91701E+12"_s);          // a text column keeps what it has
}

void TestOrderReader::shopify_crlfAndQuotedLineBreaks_keepPhysicalLines()
{
    const auto all = readAll(fixture(u"shopify-crlf.csv"_s));
    KONTOR_VERIFY_OK(all);
    QCOMPARE(all->results.size(), size_t(2));
    const Read &first = all->results[0];
    QVERIFY2(first.outcome == OrderReader::Outcome::Order, qPrintable(describe(first.problems)));
    QCOMPARE(first.order.firstLine, qint64(2));
    QCOMPARE(first.order.lastLine, qint64(4));
    QCOMPARE(first.order.note, u"Bitte klingeln\r\nHinterhaus, 2. Stock"_s);
    QCOMPARE(first.order.lines.size(), size_t(2));
    QCOMPARE(first.order.lines[0].fileLine, qint64(2));
    QCOMPARE(first.order.lines[0].name, u"Tasse, \"groß\""_s);
    QCOMPARE(first.order.lines[1].fileLine, qint64(4));
    QCOMPARE(first.order.lines[1].quantity, Quantity(2));
    QCOMPARE(first.order.lines[1].unitPrice, std::optional<Money>(money(0, u"EUR")));

    // A spreadsheet's date without an offset is local time; yen have no minor units, and
    // "0.00" yen still reads as nothing.
    const Read &yen = all->results[1];
    QVERIFY2(yen.outcome == OrderReader::Outcome::Order, qPrintable(describe(yen.problems)));
    QCOMPARE(yen.order.firstLine, qint64(5));
    QCOMPARE(yen.order.createdAt, QDateTime(QDate(2025, 9, 9), QTime(22, 59)));
    QCOMPARE(yen.order.createdAt.timeSpec(), Qt::LocalTime);
    QCOMPARE(yen.order.total, money(1500, u"JPY"));
    QCOMPARE(yen.order.discount, money(0, u"JPY"));
}

void TestOrderReader::customProfile_semicolonDecimalCommaWindows1252_isRead()
{
    const auto all = readAll(fixture(u"kasse-cp1252-semicolon.csv"_s), kasseProfile(),
                             cur(u"USD"));
    KONTOR_VERIFY_OK(all);
    QCOMPARE(all->header.at(0), u"Bestellnr"_s);
    QCOMPARE(all->results.size(), size_t(3));

    const Read &k17 = all->results[0];
    QVERIFY2(k17.outcome == OrderReader::Outcome::Order, qPrintable(describe(k17.problems)));
    const ImportedOrder &o = k17.order;
    QCOMPARE(o.key, u"K-17"_s);
    QCOMPARE(o.firstLine, qint64(2));
    QCOMPARE(o.lastLine, qint64(4));
    QCOMPARE(o.customerName, u"Jürgen Weiß"_s);
    QCOMPARE(o.email, u"juergen@example.de"_s);
    QCOMPARE(o.zip, u"04109"_s);
    QCOMPARE(o.currency, Currency::eur()); // the profile's, not the fallback
    QCOMPARE(o.total, money(124000, u"EUR"));
    QCOMPARE(o.createdAt.toUTC(), QDateTime(QDate(2025, 2, 3), QTime(13, 5), Qt::UTC));
    QCOMPARE(o.createdAt.offsetFromUtc(), 3600);
    QCOMPARE(o.note, u"Lieferung\r\nab 14 Uhr"_s);
    QCOMPARE(o.lines.size(), size_t(2));
    QCOMPARE(o.lines[0].name, u"Größe XL; Ärmel lang"_s);
    QCOMPARE(o.lines[0].unitPrice, std::optional<Money>(money(123450, u"EUR")));
    QCOMPARE(o.lines[1].fileLine, qint64(4));
    QCOMPARE(o.lines[1].name, u"Schnürsenkel"_s);
    QCOMPARE(o.lines[1].quantity, Quantity(2));
    QCOMPARE(o.lines[1].unitPrice, std::optional<Money>(money(275, u"EUR")));
    QVERIFY(!o.subtotal);

    const Read &k18 = all->results[1];
    QCOMPARE(k18.outcome, OrderReader::Outcome::Order);
    QCOMPARE(k18.order.customerName, u"Öztürk GmbH"_s);
    QCOMPARE(k18.order.total, money(-25, u"EUR"));
    QVERIFY(k18.order.cancelled);
    QCOMPARE(k18.order.financialStatus, FinancialStatus::Voided);

    // Order fields repeated on every row must agree.
    const Read &k19 = all->results[2];
    QCOMPARE(k19.outcome, OrderReader::Outcome::Rejected);
    QCOMPARE(k19.problems.size(), size_t(1));
    QCOMPARE(k19.problems[0].line, qint64(7));
    QCOMPARE(k19.problems[0].column, u"Summe"_s);
    QCOMPARE(k19.problems[0].value, u"6,00"_s);
    QVERIFY(k19.problems[0].message.contains(u"line 6"_s));
}

void TestOrderReader::woocommerce_repeatedOrderFieldsAndStatusWords_areRead()
{
    const auto all = readAll(fixture(u"woocommerce-algolplus.csv"_s), std::nullopt, cur(u"ZAR"));
    KONTOR_VERIFY_OK(all);
    QCOMPARE(all->results.size(), size_t(6));
    for (const Read &r : all->results)
        QVERIFY2(r.outcome == OrderReader::Outcome::Order, qPrintable(describe(r.problems)));

    const ImportedOrder &o = all->results[0].order;
    QCOMPARE(o.key, u"501"_s);
    QCOMPARE(o.customerName, u"Thandi Nkosi"_s);
    QCOMPARE(o.email, u"thandi@example.co.za"_s);
    QCOMPARE(o.phone, u"0821234567"_s);
    QCOMPARE(o.city, u"Midrand"_s);
    QCOMPARE(o.createdAt, QDateTime(QDate(2025, 12, 31), QTime(11, 23)));
    QCOMPARE(o.currency, cur(u"ZAR"));
    QCOMPARE(o.financialStatus, FinancialStatus::Paid);
    QCOMPARE(o.subtotal, std::optional<Money>(money(37000, u"ZAR")));
    QCOMPARE(o.shipping, money(6000, u"ZAR"));
    QCOMPARE(o.total, money(43000, u"ZAR"));
    QCOMPARE(o.paymentMethod, u"Yoco"_s);
    QCOMPARE(o.lines.size(), size_t(2));
    QCOMPARE(o.lines[0].sku, u"BUT-250"_s);
    QCOMPARE(o.lines[0].quantity, Quantity(2));
    QCOMPARE(o.lines[0].unitPrice, std::optional<Money>(money(15000, u"ZAR")));
    QCOMPARE(o.lines[1].name, u"Soap"_s);

    const ImportedOrder &usd = all->results[1].order;
    QCOMPARE(usd.currency, cur(u"USD"));
    QCOMPARE(usd.financialStatus, FinancialStatus::Paid); // wc-processing
    QCOMPARE(usd.discount, money(200, u"USD"));
    QCOMPARE(usd.taxes, money(180, u"USD"));
    QVERIFY(!usd.pricesIncludeTax); // 20.00 − 2.00 + 5.00 + 1.80 = 24.80
    QCOMPARE(usd.customerName, u"Ann"_s);

    QCOMPARE(all->results[2].order.financialStatus, FinancialStatus::Pending); // On hold
    QVERIFY(all->results[3].order.cancelled);                                  // Cancelled
    QCOMPARE(all->results[3].order.financialStatus, FinancialStatus::Voided);
    QCOMPARE(all->results[4].order.financialStatus, FinancialStatus::Refunded);
    QCOMPARE(all->results[4].order.refunded, money(9900, u"ZAR"));
    QCOMPARE(all->results[5].order.financialStatus, FinancialStatus::Voided); // Failed
    QVERIFY(!all->results[5].order.cancelled);
}

void TestOrderReader::knownFingerprint_givesUnchangedWithoutReadingFields()
{
    const QString file = fixture(u"shopify-orders.csv"_s);
    const auto first = readAll(file);
    KONTOR_VERIFY_OK(first);
    QHash<QString, quint64> stored;
    for (const Read &r : first->results)
        stored.insert(r.order.key, r.order.fingerprint);
    stored[u"#1004"_s] ^= 1; // the stored copy of #1004 differs

    QStringList asked;
    const auto again = readAll(file, std::nullopt, Currency::eur(),
                               [&](const QString &key, quint64 fingerprint) {
                                   asked.append(key);
                                   return stored.value(key) == fingerprint;
                               });
    KONTOR_VERIFY_OK(again);
    QCOMPARE(asked.size(), 7);
    QCOMPARE(again->count(OrderReader::Outcome::Unchanged), 6);
    const Read *unchanged = again->find(u"#1001"_s);
    QCOMPARE(unchanged->outcome, OrderReader::Outcome::Unchanged);
    const ImportedOrder &u = unchanged->order;
    QCOMPARE(u.firstLine, qint64(2));
    QCOMPARE(u.lastLine, qint64(4));
    QCOMPARE(u.lines.size(), size_t(3));
    QCOMPARE(u.lines[2].fileLine, qint64(4));
    QCOMPARE(u.source, first->find(u"#1001"_s)->order.source);
    QCOMPARE(u.fingerprint, first->find(u"#1001"_s)->order.fingerprint);
    // Fields are not read on this path.
    QCOMPARE(u.email, QString());
    QVERIFY(!u.createdAt.isValid());
    QVERIFY(u.lines[0].name.isEmpty());

    const Read *changed = again->find(u"#1004"_s);
    QCOMPARE(changed->outcome, OrderReader::Outcome::Order);
    QCOMPARE(changed->order.refunded, money(4200, u"EUR"));
}

void TestOrderReader::fingerprint_isStableAndCoversTheSource()
{
    const auto a = readAll(fixture(u"shopify-orders.csv"_s));
    const auto b = readAll(fixture(u"shopify-orders.csv"_s));
    KONTOR_VERIFY_OK(a);
    KONTOR_VERIFY_OK(b);
    QSet<quint64> distinct;
    for (size_t i = 0; i < a->results.size(); ++i) {
        const ImportedOrder &o = a->results[i].order;
        QCOMPARE(o.fingerprint, b->results[i].order.fingerprint);
        QCOMPARE(o.fingerprint, sourceFingerprint(o.source));
        distinct.insert(o.fingerprint);
    }
    QCOMPARE(distinct.size(), 7);
    // Pinned: a fingerprint stored by this Kontor must match in every later one.
    QCOMPARE(a->find(u"#1007"_s)->order.fingerprint, sourceFingerprint(a->find(u"#1007"_s)->order.source));
    QCOMPARE(sourceFingerprint("#1007,,pending\n"), Q_UINT64_C(0x0FB41CE276503A2D));
}

void TestOrderReader::source_holdsTheRecordsAsRead()
{
    QFile file(fixture(u"shopify-orders.csv"_s));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().split('\n');
    const auto all = readAll(file.fileName());
    KONTOR_VERIFY_OK(all);
    const ImportedOrder &o = all->find(u"#1001"_s)->order;
    QCOMPARE(o.source, lines[1] + '\n' + lines[2] + '\n' + lines[3] + '\n');

    // Windows-1252 arrives as UTF-8; a quoted line break stays inside its record.
    const auto kasse = readAll(fixture(u"kasse-cp1252-semicolon.csv"_s), kasseProfile());
    KONTOR_VERIFY_OK(kasse);
    const QByteArray source = kasse->results[0].order.source;
    QVERIFY(source.startsWith("K-17;03.02.2025 14:05;J\xc3\xbcrgen Wei\xc3\x9f;"));
    QCOMPARE(source.count('\n'), 3);
}

void TestOrderReader::groups_blankRowsAndEmptyKeys()
{
    QTemporaryDir dir;
    const QString path = writeFile(dir, u"g.csv"_s,
                                   "K,D,T,N\n"
                                   "\n"                       // line 2: blank before any order
                                   "A,2024-01-01,1.00,x\n"    // 3
                                   ",,,\n"                    // 4: blank inside A
                                   "A,2024-01-01,1.00,y\n"    // 5
                                   ",2024-01-02,2.00,z\n"     // 6: no key
                                   ",2024-01-02,2.00,w\n"     // 7
                                   "B,2024-01-03,3.00,v\n"    // 8
                                   "\n");
    const auto all = readAll(path, tinyProfile());
    KONTOR_VERIFY_OK(all);
    QCOMPARE(all->results.size(), size_t(3));
    const Read &a = all->results[0];
    QCOMPARE(a.outcome, OrderReader::Outcome::Order);
    QCOMPARE(a.order.firstLine, qint64(3));
    QCOMPARE(a.order.lastLine, qint64(5));
    QCOMPARE(a.order.lines.size(), size_t(2));
    QCOMPARE(a.order.lines[1].fileLine, qint64(5));
    QCOMPARE(a.order.source, "A,2024-01-01,1.00,x\nA,2024-01-01,1.00,y\n"_ba);
    QCOMPARE(a.order.createdAt, QDateTime(QDate(2024, 1, 1), QTime(0, 0), Qt::UTC));

    const Read &keyless = all->results[1];
    QCOMPARE(keyless.outcome, OrderReader::Outcome::Rejected);
    QCOMPARE(keyless.order.firstLine, qint64(6));
    QCOMPARE(keyless.order.lastLine, qint64(7));
    QCOMPARE(keyless.problems.size(), size_t(1));
    QCOMPARE(keyless.problems[0].column, u"K"_s);
    QCOMPARE(keyless.problems[0].line, qint64(6));
    QVERIFY(keyless.problems[0].message.contains(u"order number is empty"_s));

    QCOMPARE(all->results[2].order.key, u"B"_s);
    QCOMPARE(all->results[2].outcome, OrderReader::Outcome::Order);
}

void TestOrderReader::groups_keyComingBackAmongManyOrders_isRejected()
{
    QByteArray bytes = "K,D,T,N\n";
    for (int i = 1; i <= 20000; ++i)
        bytes += "#" + QByteArray::number(100000 + i) + ",2024-01-01,1.00,x\n";
    bytes += "#100077,2024-01-01,1.00,x\n";  // line 20002
    bytes += "ORD-7,2024-01-01,1.00,x\n";
    bytes += "ORD-07,2024-01-01,1.00,x\n";   // another key, though the same number
    QTemporaryDir dir;
    const auto all = readAll(writeFile(dir, u"many.csv"_s, bytes), tinyProfile());
    KONTOR_VERIFY_OK(all);
    QCOMPARE(all->results.size(), size_t(20003));
    QCOMPARE(all->count(OrderReader::Outcome::Rejected), 1);
    const Read &again = all->results[20000];
    QCOMPARE(again.outcome, OrderReader::Outcome::Rejected);
    QCOMPARE(again.problems[0].message.left(67),
             u"Order #100077 appears again at line 20002, apart from its first rows"_s.left(67));
    QVERIFY(again.problems[0].message.contains(u"at line 78"_s));
    QCOMPARE(all->results[20001].outcome, OrderReader::Outcome::Order);
    QCOMPARE(all->results[20002].outcome, OrderReader::Outcome::Order);
}

void TestOrderReader::groups_ofMoreRowsThanAnyOrder_areRejected()
{
    // A profile whose key column is not the order number makes the whole file one "order";
    // it is cut off and rejected rather than held in memory entire.
    QByteArray bytes = "K,D,T,N\n";
    bytes.reserve(2500000);
    for (int i = 0; i < 100005; ++i)
        bytes += "EUR,2024-01-01,1.00,x\n";
    QTemporaryDir dir;
    const auto all = readAll(writeFile(dir, u"huge.csv"_s, bytes), tinyProfile());
    KONTOR_VERIFY_OK(all);
    QCOMPARE(all->results.size(), size_t(2));
    QCOMPARE(all->results[0].outcome, OrderReader::Outcome::Rejected);
    QCOMPARE(all->results[0].order.lines.size(), size_t(0));
    QCOMPARE(all->results[0].order.lastLine, qint64(100001));
    QVERIFY2(all->results[0].problems[0].message.contains(u"more than 100000 rows"_s),
             qPrintable(all->results[0].problems[0].message));
    QVERIFY(all->results[0].problems[0].message.contains(u"'K'"_s));
    QCOMPARE(all->results[1].outcome, OrderReader::Outcome::Rejected);
    QCOMPARE(all->results[1].order.firstLine, qint64(100002));
    QCOMPARE(all->results[1].order.lastLine, qint64(100006));
}

void TestOrderReader::fileBreakingOff_rejectsTheOrderThenFails()
{
    QTemporaryDir dir;
    const QString path = writeFile(dir, u"cut.csv"_s,
                                   "K,D,T,N\n"
                                   "A,2024-01-01,1.00,x\n"
                                   "B,2024-01-01,1.00,x\n"
                                   "B,2024-01-01,1.00,\"never closed\n");
    auto reader = OrderReader::open(path, tinyProfile(), Currency::eur());
    KONTOR_VERIFY_OK(reader);
    ImportedOrder order;
    std::vector<ImportProblem> problems;
    QCOMPARE(reader.value()->next(order, problems), OrderReader::Outcome::Order);
    QCOMPARE(order.key, u"A"_s);
    QCOMPARE(reader.value()->next(order, problems), OrderReader::Outcome::Rejected);
    QCOMPARE(order.key, u"B"_s);
    QCOMPARE(order.source, "B,2024-01-01,1.00,x\n"_ba);
    QCOMPARE(problems.size(), size_t(1));
    QVERIFY2(problems[0].message.contains(u"cannot be read beyond this order"_s),
             qPrintable(problems[0].message));
    QCOMPARE(reader.value()->next(order, problems), OrderReader::Outcome::Failed);
    QVERIFY(reader.value()->error());
    QCOMPARE(reader.value()->error()->line, qint64(4));
    QCOMPARE(reader.value()->next(order, problems), OrderReader::Outcome::Failed);
}

void TestOrderReader::summedRows_addUpTheOrdersAmounts()
{
    ImportProfile profile = tinyProfile();
    profile.orderRows = ImportProfile::OrderRows::Summed;
    profile.decimalFormat = DecimalFormat::Comma;
    profile.currency = Currency::eur();
    profile.columns[ImportField::Total] = {u"T"_s, u"Rabatt"_s};
    profile.columns[ImportField::Discount] = {u"Rabatt"_s};
    profile.columns[ImportField::Shipping] = {u"S"_s};
    profile.columns[ImportField::LineVatRate] = {u"Satz"_s};
    profile.vatRateDivisor = 1000000;
    profile.taxColumns = {{u"Steuer"_s, u"Betrag"_s}};
    QTemporaryDir dir;
    const QString path = writeFile(dir, u"summed.csv"_s,
                                   "K,D,T,Rabatt,S,N,Satz,Steuer,Betrag\n"
                                   "P-1,2024-01-01,\"10,00\u20ac\",,\"2,51\u20ac\",a,19000000\t,MwSt 19%,\"1,90\"\n"
                                   "P-1,2024-01-01,\"5,50\u20ac\",\"-2,00\u20ac\",\"0,00\",b,7000000,MwSt 19%,\"1,05\"\n"
                                   "P-2,2024-01-02,\"1,00\",,,c,0,,\n");
    const auto all = readAll(path, profile);
    KONTOR_VERIFY_OK(all);
    QCOMPARE(all->results.size(), size_t(2));
    const Read &p1 = all->results[0];
    QVERIFY2(p1.outcome == OrderReader::Outcome::Order, qPrintable(describe(p1.problems)));
    QCOMPARE(p1.order.total, money(1000 + 550 - 200, u"EUR"));
    QCOMPARE(p1.order.discount, money(200, u"EUR"));
    QCOMPARE(p1.order.shipping, money(251, u"EUR"));
    QCOMPARE(p1.order.taxLines.size(), size_t(1));
    QCOMPARE(p1.order.taxLines[0].amount, money(295, u"EUR"));
    QCOMPARE(p1.order.taxLines[0].rate, 1900);
    QCOMPARE(p1.order.lines.size(), size_t(2));
    QCOMPARE(p1.order.lines[0].vatRate, std::optional<int>(1900));
    QCOMPARE(p1.order.lines[1].vatRate, std::optional<int>(700));
    const Read &p2 = all->results[1];
    QCOMPARE(p2.outcome, OrderReader::Outcome::Order);
    QCOMPARE(p2.order.total, money(100, u"EUR"));
    QCOMPARE(p2.order.lines[0].vatRate, std::optional<int>(0));
    QVERIFY(p2.order.taxLines.empty());
}

void TestOrderReader::open_withoutFittingProfile_isRefused()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"etsy.csv"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("Sale Date,Item Name,Quantity,Price\n01/02/24,Mug,1,12.00\n");
    file.close();
    const auto reader = OrderReader::open(path, std::nullopt, Currency::eur());
    QVERIFY(!reader.ok());
    QCOMPARE(reader.error().file, path);
    QVERIFY2(reader.error().message.contains(u"Shopify"_s), qPrintable(reader.error().message));
}

void TestOrderReader::open_withMissingRequiredColumn_namesColumnAndProfile()
{
    ImportProfile profile = kasseProfile();
    profile.columns[ImportField::Total] = {u"Gesamtbetrag"_s};
    const auto reader = OrderReader::open(fixture(u"kasse-cp1252-semicolon.csv"_s), profile,
                                          Currency::eur());
    QVERIFY(!reader.ok());
    const QString message = reader.error().message;
    QVERIFY2(message.contains(u"'Gesamtbetrag'"_s), qPrintable(message));
    QVERIFY(message.contains(u"'Kasse'"_s));
    QVERIFY(message.contains(importFieldLabel(ImportField::Total)));
    QCOMPARE(reader.error().file, fixture(u"kasse-cp1252-semicolon.csv"_s));

    // An optional column that is missing is simply not read.
    profile = kasseProfile();
    profile.columns[ImportField::Phone] = {u"Telefon"_s};
    KONTOR_VERIFY_OK(OrderReader::open(fixture(u"kasse-cp1252-semicolon.csv"_s), profile,
                                       Currency::eur()));
}

void TestOrderReader::open_ofEmptyOrMissingFile_isAnError()
{
    QTemporaryDir dir;
    const QString empty = dir.filePath(u"empty.csv"_s);
    QFile file(empty);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    const auto a = OrderReader::open(empty, std::nullopt, Currency::eur());
    QVERIFY(!a.ok());
    QCOMPARE(a.error().file, empty);
    const auto b = OrderReader::open(dir.filePath(u"missing.csv"_s), std::nullopt, Currency::eur());
    QVERIFY(!b.ok());
    QVERIFY(b.error().toString().contains(u"missing.csv"_s));
}

void TestOrderReader::open_ofAbandonedCheckouts_isRefused()
{
    const QString path =
        storefrontDir() + u"/shopify/NOT-ORDERS-abandoned-checkouts-monfrere-usd.csv"_s;
    if (!QFile::exists(path))
        QSKIP("The real storefront exports are not here.");
    const auto reader = OrderReader::open(path, std::nullopt, Currency::eur());
    QVERIFY(!reader.ok());
    QCOMPARE(reader.error().file, path);
    QVERIFY2(reader.error().message.contains(u"abandoned-checkouts export"_s),
             qPrintable(reader.error().message));
    QVERIFY(reader.error().message.contains(u"not an orders export"_s));
}

// --------------------------------------------------------------------------- real files

void TestOrderReader::realFiles_readCompletely_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("profile");   // empty: detected; else tests/data/profiles/<name>
    QTest::addColumn<QString>("fallback");
    QTest::addColumn<int>("orders");
    QTest::addColumn<int>("rejected");
    QTest::addColumn<int>("lines");
    QTest::addColumn<Totals>("totals");
    QTest::addColumn<Totals>("refunded");
    QTest::addColumn<int>("cancelled");

    // Golden numbers computed independently from the files with Python's csv module and
    // Decimal (grouping by the order key, the first row's amounts).
    QTest::newRow("shopify myrepo 71")
        << u"shopify/myrepo-eur-2021-71col.csv"_s << QString() << u"USD"_s << 39 << 0 << 39
        << Totals{{u"EUR"_s, u"245.58"_s}} << Totals{{u"EUR"_s, u"0.00"_s}} << 0;
    QTest::newRow("shopify kidsliving 75")
        << u"shopify/kidsliving-zar-2021-75col.csv"_s << QString() << u"USD"_s << 50 << 0 << 101
        << Totals{{u"ZAR"_s, u"147699.00"_s}} << Totals{{u"ZAR"_s, u"0.00"_s}} << 2;
    QTest::newRow("shopify customer-vip 73")
        << u"shopify/customer-vip-usd-2019-2022-73col.csv"_s << QString() << u"EUR"_s << 409 << 0
        << 811 << Totals{{u"USD"_s, u"74498.44"_s}} << Totals{{u"USD"_s, u"11336.30"_s}} << 20;
    QTest::newRow("shopify shopifyparsing 79 crlf")
        << u"shopify/shopifyparsing-bdt-2026-crlf.csv"_s << QString() << u"EUR"_s << 57 << 0
        << 57 << Totals{{u"BDT"_s, u"129925.00"_s}} << Totals{{u"BDT"_s, u"0.00"_s}} << 0;
    QTest::newRow("shopify resaved semicolon")
        << u"shopify-resaved/teste-brl-excel-semicolon.csv"_s << QString() << u"EUR"_s << 3 << 0
        << 3 << Totals{{u"BRL"_s, u"187.41"_s}} << Totals{{u"BRL"_s, u"0.00"_s}} << 0;
    QTest::newRow("woocommerce algolplus")
        << u"woocommerce/algolplus-zar-2025-11-12.csv"_s << QString() << u"ZAR"_s << 336 << 0
        << 576 << Totals{{u"ZAR"_s, u"171097.00"_s}} << Totals{{u"ZAR"_s, u"0.00"_s}} << 0;
    QTest::newRow("tiendanube")
        << u"tiendanube/ventas-ars-2025-11-cp1252-semicolon.csv"_s << u"tiendanube.json"_s
        << u"EUR"_s << 303 << 0 << 623 << Totals{{u"ARS"_s, u"15675032.60"_s}}
        << Totals{{u"ARS"_s, u"0.00"_s}} << 0;
    QTest::newRow("temu")
        << u"temu/temu-de-2025-11-bestellungen.csv"_s << u"temu.json"_s << u"USD"_s << 4 << 0 << 4
        << Totals{{u"EUR"_s, u"89.24"_s}} << Totals{{u"EUR"_s, u"0.00"_s}} << 0;
}

void TestOrderReader::realFiles_readCompletely()
{
    QFETCH(QString, file);
    QFETCH(QString, profile);
    QFETCH(QString, fallback);
    QFETCH(int, orders);
    QFETCH(int, rejected);
    QFETCH(int, lines);
    QFETCH(Totals, totals);
    QFETCH(Totals, refunded);
    QFETCH(int, cancelled);

    const QString path = storefrontDir() + u'/' + file;
    if (!QFile::exists(path))
        QSKIP("The real storefront exports are not here.");
    std::optional<ImportProfile> chosen;
    if (!profile.isEmpty()) {
        auto loaded = ImportProfile::load(profileFile(profile));
        KONTOR_VERIFY_OK(loaded);
        chosen = loaded.value();
    }
    const auto all = readAll(path, chosen, Currency::fromCode(fallback));
    KONTOR_VERIFY_OK(all);
    QVERIFY2(!all->error, qPrintable(all->error ? all->error->toString() : QString()));

    QString problems;
    QMap<QString, qint64> totalMinor, refundedMinor;
    QMap<QString, Currency> currencies;
    int lineCount = 0;
    int cancelledCount = 0;
    for (const Read &r : all->results) {
        problems += describe(r.problems);
        lineCount += int(r.order.lines.size());
        if (r.outcome != OrderReader::Outcome::Order)
            continue;
        const QString code = r.order.currency.code();
        currencies[code] = r.order.currency;
        totalMinor[code] += r.order.total.minorUnits();
        refundedMinor[code] += r.order.refunded.minorUnits();
        cancelledCount += r.order.cancelled ? 1 : 0;
        QVERIFY(r.order.createdAt.isValid());
        QVERIFY(!r.order.lines.empty());
        QCOMPARE(r.order.fingerprint, sourceFingerprint(r.order.source));
    }
    QCOMPARE(all->count(OrderReader::Outcome::Rejected), rejected);
    QVERIFY2(rejected > 0 || problems.isEmpty(), qPrintable(problems));
    QCOMPARE(int(all->results.size()) - rejected, orders);
    QCOMPARE(lineCount, lines);
    Totals gotTotals, gotRefunded;
    for (auto it = totalMinor.cbegin(); it != totalMinor.cend(); ++it) {
        gotTotals[it.key()] = Money(it.value(), currencies[it.key()]).toPlainString();
        gotRefunded[it.key()] = Money(refundedMinor[it.key()], currencies[it.key()]).toPlainString();
    }
    QCOMPARE(gotTotals, totals);
    QCOMPARE(gotRefunded, refunded);
    QCOMPARE(cancelledCount, cancelled);
}

void TestOrderReader::realFiles_someOrdersExactly()
{
    const QString dir = storefrontDir();
    if (!QDir(dir).exists())
        QSKIP("The real storefront exports are not here.");

    // kidsliving: oldest first, `""` empties, apostrophe zips, VAT 15 % contained in the prices.
    const auto kids = readAll(dir + u"/shopify/kidsliving-zar-2021-75col.csv"_s);
    KONTOR_VERIFY_OK(kids);
    const ImportedOrder &k = kids->results.front().order;
    QCOMPARE(k.key, u"#13519"_s);
    QCOMPARE(k.createdAt, withOffset(2021, 5, 13, 11, 1, 12, 7200));
    QCOMPARE(k.total, money(78400, u"ZAR"));
    QCOMPARE(k.taxes, money(9117, u"ZAR"));
    QCOMPARE(k.zip, u"4001"_s);
    QCOMPARE(k.discountCodes, QString());
    QVERIFY(k.pricesIncludeTax);
    QCOMPARE(k.taxLines.size(), size_t(1));
    QCOMPARE(k.taxLines[0].rate, 1500);

    // Temu: German dates with their offset, decimal comma, a negative discount, VAT in 10^-6.
    // temu.json adds up the amounts of an order's rows (order_rows: summed), taking Temu's rows
    // for order items that each carry their own prices; every order of the sample has one item,
    // so that part is an assumption until an export with a multi-item order is seen.
    const auto temuProfile = ImportProfile::load(profileFile(u"temu.json"_s));
    KONTOR_VERIFY_OK(temuProfile);
    const auto temu = readAll(dir + u"/temu/temu-de-2025-11-bestellungen.csv"_s, temuProfile.value());
    KONTOR_VERIFY_OK(temu);
    const ImportedOrder &t = temu->find(u"PO-076-02524995022710164"_s)->order;
    QCOMPARE(t.createdAt, withOffset(2025, 11, 21, 0, 28, 0, 3600));
    QCOMPARE(t.subtotal, std::optional<Money>(money(1666, u"EUR")));
    QCOMPARE(t.taxes, money(316 + 48, u"EUR"));
    QCOMPARE(t.shipping, money(251, u"EUR"));
    QCOMPARE(t.discount, money(200, u"EUR"));
    QCOMPARE(t.total, money(1666 + 316 + 251 + 48 - 200, u"EUR"));
    QVERIFY(!t.pricesIncludeTax);
    QCOMPARE(t.financialStatus, FinancialStatus::Paid);
    QCOMPARE(t.zip, u"23968"_s);
    QCOMPARE(t.lines.size(), size_t(1));
    QCOMPARE(t.lines[0].quantity, Quantity(1));
    QCOMPARE(t.lines[0].vatRate, std::optional<int>(1900));
    QCOMPARE(t.lines[0].sku, u"2021451277-4"_s);

    // Tiendanube: Windows-1252, continuation rows that repeat only the number and e-mail.
    const auto tnProfile = ImportProfile::load(profileFile(u"tiendanube.json"_s));
    KONTOR_VERIFY_OK(tnProfile);
    const auto tn = readAll(dir + u"/tiendanube/ventas-ars-2025-11-cp1252-semicolon.csv"_s,
                            tnProfile.value());
    KONTOR_VERIFY_OK(tn);
    const ImportedOrder &n = tn->results.front().order;
    QCOMPARE(n.key, u"18199"_s);
    QCOMPARE(n.createdAt, withOffset(2025, 11, 4, 23, 45, 11, -3 * 3600));
    QCOMPARE(n.subtotal, std::optional<Money>(money(7889000, u"ARS")));
    QCOMPARE(n.discount, money(1970100, u"ARS"));
    QCOMPARE(n.total, money(5918900, u"ARS"));
    QCOMPARE(n.financialStatus, FinancialStatus::Paid);
    QCOMPARE(n.shippingMethod, u"Andreani Estándar \"ENVIÓ GRATIS\""_s);
    QCOMPARE(n.lines.size(), size_t(3));
    QCOMPARE(n.lines[1].name, u"MR.CLEAN(TM) - PACK 12 PASTILLAS PARA LAVARROPA Y LAVAPLATOS"_s);
    QCOMPARE(n.lines[1].unitPrice, std::optional<Money>(money(3990000, u"ARS")));
    QCOMPARE(n.lines[2].name, u"MR.CLEAN(TM) | Quitapelusas para lavarropas ( pack x2 )"_s);
    QCOMPARE(n.lines[2].unitPrice, std::optional<Money>(money(2500000, u"ARS")));
    QCOMPARE(n.lines[2].fileLine, qint64(4));
}

QTEST_GUILESS_MAIN(TestOrderReader)
#include "tst_orderreader.moc"
