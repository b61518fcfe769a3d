// SPDX-FileCopyrightText: 2026 The Kontor authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/money.h"

#include <QLocale>
#include <QTest>

#include <limits>

using namespace Kontor;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(Kontor::DecimalFormat)
Q_DECLARE_METATYPE(Kontor::Rounding)

namespace {

constexpr qint64 maxMinor = std::numeric_limits<qint64>::max();
constexpr qint64 minMinor = std::numeric_limits<qint64>::min();

Currency currency(const char16_t *code)
{
    return Currency::fromCode(QStringView(code));
}

Money eur(qint64 cents)
{
    return Money(cents, Currency::eur());
}

} // namespace

class TestMoney : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void currency_fromCode_data();
    void currency_fromCode();
    void currency_minorDigits_followIso4217();

    void parse_ofWrittenAmount_givesExactMinorUnits_data();
    void parse_ofWrittenAmount_givesExactMinorUnits();
    void parse_ofMalformedOrAmbiguousText_isRefusedWithMessage_data();
    void parse_ofMalformedOrAmbiguousText_isRefusedWithMessage();
    void parse_withInvalidCurrency_isRefused();

    void roundedDivide_roundsOnceByMode_data();
    void roundedDivide_roundsOnceByMode();
    void roundedDivide_byZero_givesNothing();
    void roundedDivide_atTheInt64Edges_staysExact_data();
    void roundedDivide_atTheInt64Edges_staysExact();

    void scaled_multipliesThenRoundsOnce_data();
    void scaled_multipliesThenRoundsOnce();
    void scaled_onOverflowOrZeroDenominator_givesNothing();

    void checkedArithmetic_withinRange_isExact();
    void checkedArithmetic_beyondInt64_givesNothing_data();
    void checkedArithmetic_beyondInt64_givesNothing();
    void comparison_ofOneCurrency_ordersByAmount();

    void toPlainString_writesMachineForm_data();
    void toPlainString_writesMachineForm();
    void toPlainString_parsesBackExactly_data();
    void toPlainString_parsesBackExactly();

    void format_followsLocale_data();
    void format_followsLocale();
    void format_ofNegativeAmountInEnglish_putsSignBeforeSymbol();
};

void TestMoney::currency_fromCode_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("normalised");

    QTest::newRow("EUR") << u"EUR"_s << true << u"EUR"_s;
    QTest::newRow("lower case") << u"usd"_s << true << u"USD"_s;
    QTest::newRow("blanks around") << u" jpy "_s << true << u"JPY"_s;
    QTest::newRow("too long") << u"EURO"_s << false << QString();
    QTest::newRow("too short") << u"EU"_s << false << QString();
    QTest::newRow("digit") << u"E1R"_s << false << QString();
    QTest::newRow("non-ASCII letter") << u"ÉUR"_s << false << QString();
    QTest::newRow("empty") << QString() << false << QString();
}

void TestMoney::currency_fromCode()
{
    QFETCH(QString, code);
    QFETCH(bool, valid);
    QFETCH(QString, normalised);

    const Currency c = Currency::fromCode(code);
    QCOMPARE(c.isValid(), valid);
    QCOMPARE(c.code(), normalised);
}

void TestMoney::currency_minorDigits_followIso4217()
{
    QCOMPARE(Currency::eur().minorDigits(), 2);
    QCOMPARE(currency(u"USD").minorDigits(), 2);
    QCOMPARE(currency(u"JPY").minorDigits(), 0);
    QCOMPARE(currency(u"KRW").minorDigits(), 0);
    QCOMPARE(currency(u"KWD").minorDigits(), 3);
    QCOMPARE(currency(u"BHD").minorDigits(), 3);
    QCOMPARE(Currency::eur().symbol(), u"€"_s);
    QCOMPARE(currency(u"USD").symbol(), u"$"_s);
    QCOMPARE(currency(u"SEK").symbol(), u"SEK"_s);
}

void TestMoney::parse_ofWrittenAmount_givesExactMinorUnits_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<DecimalFormat>("format");
    QTest::addColumn<qint64>("minorUnits");

    const auto Auto = DecimalFormat::Auto;
    const auto Point = DecimalFormat::Point;
    const auto Comma = DecimalFormat::Comma;

    // The forms the documentation promises.
    QTest::newRow("plain point") << u"1234.56"_s << u"EUR"_s << Auto << qint64(123456);
    QTest::newRow("German grouping") << u"1.234,56"_s << u"EUR"_s << Auto << qint64(123456);
    QTest::newRow("English grouping") << u"1,234.56"_s << u"EUR"_s << Auto << qint64(123456);
    QTest::newRow("negative below one") << u"-0.85"_s << u"EUR"_s << Auto << qint64(-85);
    QTest::newRow("symbol after") << u"15,00 €"_s << u"EUR"_s << Auto << qint64(1500);
    QTest::newRow("symbol before") << u"€ 1.234,50"_s << u"EUR"_s << Auto << qint64(123450);
    QTest::newRow("accounting parentheses") << u"(12.00)"_s << u"EUR"_s << Auto << qint64(-1200);
    QTest::newRow("trailing minus") << u"12.00-"_s << u"EUR"_s << Auto << qint64(-1200);
    QTest::newRow("Swiss apostrophe") << u"1'234.50"_s << u"CHF"_s << Auto << qint64(123450);
    QTest::newRow("typographic apostrophe") << u"1’234.50"_s << u"CHF"_s << Auto << qint64(123450);
    QTest::newRow("code before whole number") << u"EUR 3"_s << u"EUR"_s << Auto << qint64(300);
    QTest::newRow("code after") << u"3.50 EUR"_s << u"EUR"_s << Auto << qint64(350);
    QTest::newRow("dollar sign") << u"$1,234.56"_s << u"USD"_s << Auto << qint64(123456);

    // Signs and blanks.
    QTest::newRow("plus sign") << u"+12"_s << u"EUR"_s << Auto << qint64(1200);
    QTest::newRow("Unicode minus") << u"−12,50"_s << u"EUR"_s << Auto << qint64(-1250);
    QTest::newRow("minus before symbol") << u"-€ 5"_s << u"EUR"_s << Auto << qint64(-500);
    QTest::newRow("parentheses and symbol")
        << u"(€ 1.234,50)"_s << u"EUR"_s << Auto << qint64(-123450);
    QTest::newRow("blanks around") << u"  7,25  "_s << u"EUR"_s << Auto << qint64(725);
    QTest::newRow("no-break space grouping")
        << u"1\u00A0234,56"_s << u"EUR"_s << Auto << qint64(123456);
    QTest::newRow("narrow no-break space grouping")
        << u"1\u202F234\u202F567,89"_s << u"EUR"_s << Auto << qint64(123456789);
    QTest::newRow("negative zero") << u"-0,00"_s << u"EUR"_s << Auto << qint64(0);

    // Decimals.
    QTest::newRow("one decimal") << u"1,5"_s << u"EUR"_s << Auto << qint64(150);
    QTest::newRow("no integer part") << u".5"_s << u"EUR"_s << Auto << qint64(50);
    QTest::newRow("zero integer, three digits") << u"0.120"_s << u"EUR"_s << Auto << qint64(12);
    QTest::newRow("trailing zeros beyond the currency")
        << u"2.5000"_s << u"EUR"_s << Auto << qint64(250);
    QTest::newRow("decimal point without decimals") << u"5."_s << u"EUR"_s << Auto << qint64(500);
    QTest::newRow("whole number") << u"42"_s << u"EUR"_s << Auto << qint64(4200);
    QTest::newRow("several groups only") << u"1.234.567"_s << u"EUR"_s << Auto << qint64(123456700);
    QTest::newRow("several comma groups only")
        << u"1,234,567"_s << u"EUR"_s << Auto << qint64(123456700);
    QTest::newRow("long German") << u"1.234.567,89"_s << u"EUR"_s << Auto << qint64(123456789);
    QTest::newRow("largest amount") << u"92233720368547758.07"_s << u"EUR"_s << Auto << maxMinor;

    // Explicit formats decide what Auto cannot.
    QTest::newRow("point: comma groups") << u"1,234"_s << u"EUR"_s << Point << qint64(123400);
    QTest::newRow("point: three decimals of KWD")
        << u"1.234"_s << u"KWD"_s << Point << qint64(1234);
    QTest::newRow("comma: point groups") << u"1.234"_s << u"EUR"_s << Comma << qint64(123400);
    QTest::newRow("comma: decimals") << u"1.234,5"_s << u"EUR"_s << Comma << qint64(123450);
    QTest::newRow("point: plain") << u"0.85"_s << u"EUR"_s << Point << qint64(85);

    // Currencies with other minor digits.
    QTest::newRow("JPY whole") << u"¥1,234"_s << u"JPY"_s << Point << qint64(1234);
    QTest::newRow("JPY German grouping") << u"1.234.567 ¥"_s << u"JPY"_s << Auto << qint64(1234567);
    QTest::newRow("JPY trailing zero decimal") << u"12.0"_s << u"JPY"_s << Auto << qint64(12);
    QTest::newRow("KWD three decimals") << u"1,234.567"_s << u"KWD"_s << Auto << qint64(1234567);
    QTest::newRow("KWD below one") << u"0.125"_s << u"KWD"_s << Auto << qint64(125);
    QTest::newRow("KWD one decimal") << u"3.5 KWD"_s << u"KWD"_s << Auto << qint64(3500);
}

void TestMoney::parse_ofWrittenAmount_givesExactMinorUnits()
{
    QFETCH(QString, text);
    QFETCH(QString, currency);
    QFETCH(DecimalFormat, format);
    QFETCH(qint64, minorUnits);

    const Currency c = Currency::fromCode(currency);
    const Result<Money> parsed = Money::parse(text, c, format);
    QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString() : parsed.error().message));
    QCOMPARE(parsed->minorUnits(), minorUnits);
    QCOMPARE(parsed->currency(), c);
}

void TestMoney::parse_ofMalformedOrAmbiguousText_isRefusedWithMessage_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<DecimalFormat>("format");

    const auto Auto = DecimalFormat::Auto;
    const auto Point = DecimalFormat::Point;
    const auto Comma = DecimalFormat::Comma;

    QTest::newRow("empty") << QString() << u"EUR"_s << Auto;
    QTest::newRow("blanks only") << u"   "_s << u"EUR"_s << Auto;
    QTest::newRow("symbol only") << u"€"_s << u"EUR"_s << Auto;
    QTest::newRow("sign only") << u"-"_s << u"EUR"_s << Auto;
    QTest::newRow("point only") << u"."_s << u"EUR"_s << Auto;
    QTest::newRow("ambiguous comma") << u"1,234"_s << u"EUR"_s << Auto;
    QTest::newRow("ambiguous point") << u"1.234"_s << u"EUR"_s << Auto;
    QTest::newRow("ambiguous with symbol") << u"€ 12,345"_s << u"EUR"_s << Auto;
    QTest::newRow("ambiguous JPY") << u"¥1,234"_s << u"JPY"_s << Auto;
    QTest::newRow("a letter typed for a digit") << u"19,9O"_s << u"EUR"_s << Auto;
    QTest::newRow("two letters") << u"EU 3.00"_s << u"EUR"_s << Auto;
    QTest::newRow("three points") << u"1.2.3"_s << u"EUR"_s << Auto;
    QTest::newRow("contradicting separators") << u"12,34.56"_s << u"EUR"_s << Auto;
    QTest::newRow("two decimal points after comma") << u"1.234,56.78"_s << u"EUR"_s << Auto;
    QTest::newRow("bad grouping") << u"1,23,4.00"_s << u"EUR"_s << Auto;
    QTest::newRow("short last group") << u"1,234,56"_s << u"EUR"_s << Auto;
    QTest::newRow("long first group, English") << u"12345,678.90"_s << u"EUR"_s << Auto;
    QTest::newRow("long first group, German") << u"1234.567,89"_s << u"EUR"_s << Auto;
    QTest::newRow("long first group, point format") << u"1234,567"_s << u"EUR"_s << Point;
    QTest::newRow("doubled separator") << u"1..5"_s << u"EUR"_s << Auto;
    QTest::newRow("separator at the end of a group") << u"1,234,"_s << u"EUR"_s << Point;
    QTest::newRow("group after decimals") << u"1.234,56.789"_s << u"EUR"_s << Comma;
    QTest::newRow("letter inside") << u"12a3"_s << u"EUR"_s << Auto;
    QTest::newRow("exponent") << u"1e5"_s << u"EUR"_s << Auto;
    QTest::newRow("minus inside") << u"1-2"_s << u"EUR"_s << Auto;
    QTest::newRow("two signs") << u"--5"_s << u"EUR"_s << Auto;
    QTest::newRow("sign and parentheses") << u"-(5)"_s << u"EUR"_s << Auto;
    QTest::newRow("leading and trailing minus") << u"-5-"_s << u"EUR"_s << Auto;
    QTest::newRow("open parenthesis") << u"(12.00"_s << u"EUR"_s << Auto;
    QTest::newRow("too many decimals for EUR") << u"1.005"_s << u"EUR"_s << Point;
    QTest::newRow("too many decimals, comma") << u"1,005"_s << u"EUR"_s << Comma;
    QTest::newRow("too many decimals below one") << u"0.125"_s << u"EUR"_s << Auto;
    QTest::newRow("four decimals") << u"1,2345"_s << u"EUR"_s << Auto;
    QTest::newRow("decimals for JPY") << u"12.5"_s << u"JPY"_s << Auto;
    QTest::newRow("fourth decimal for KWD") << u"0.1255"_s << u"KWD"_s << Auto;
    QTest::newRow("comma format: two commas") << u"1,2,3"_s << u"EUR"_s << Comma;
    QTest::newRow("point format: two points") << u"1.2.3"_s << u"EUR"_s << Point;
    QTest::newRow("point format: German decimals") << u"1.234,56"_s << u"EUR"_s << Point;
    QTest::newRow("overflow in integer digits") << u"99999999999999999999"_s << u"EUR"_s << Auto;
    QTest::newRow("overflow in minor units") << u"92233720368547758.08"_s << u"EUR"_s << Auto;
    QTest::newRow("overflow of JPY") << u"9223372036854775808"_s << u"JPY"_s << Auto;
    QTest::newRow("superscript digit") << u"1²"_s << u"EUR"_s << Auto;
}

void TestMoney::parse_ofMalformedOrAmbiguousText_isRefusedWithMessage()
{
    QFETCH(QString, text);
    QFETCH(QString, currency);
    QFETCH(DecimalFormat, format);

    const Result<Money> parsed = Money::parse(text, Currency::fromCode(currency), format);
    QVERIFY2(!parsed.ok(),
        qPrintable(parsed.ok()
                ? QStringLiteral("parsed as %1 minor units").arg(parsed->minorUnits())
                : QString()));
    QVERIFY(!parsed.error().message.trimmed().isEmpty());
    // The message quotes what was typed, so the user finds it again.
    QVERIFY2(parsed.error().message.contains(text), qPrintable(parsed.error().message));
}

void TestMoney::parse_withInvalidCurrency_isRefused()
{
    const Result<Money> parsed = Money::parse(u"12.50", Currency());
    QVERIFY(!parsed.ok());
    QVERIFY(!parsed.error().message.isEmpty());
}

void TestMoney::roundedDivide_roundsOnceByMode_data()
{
    QTest::addColumn<qint64>("numerator");
    QTest::addColumn<qint64>("denominator");
    QTest::addColumn<qint64>("halfUp");
    QTest::addColumn<qint64>("halfEven");

    QTest::newRow("exact") << qint64(10) << qint64(2) << qint64(5) << qint64(5);
    QTest::newRow("below half") << qint64(1) << qint64(3) << qint64(0) << qint64(0);
    QTest::newRow("above half") << qint64(2) << qint64(3) << qint64(1) << qint64(1);
    QTest::newRow("tie to even below") << qint64(5) << qint64(2) << qint64(3) << qint64(2);
    QTest::newRow("tie from odd") << qint64(7) << qint64(2) << qint64(4) << qint64(4);
    QTest::newRow("tie 2.5") << qint64(10) << qint64(4) << qint64(3) << qint64(2);
    QTest::newRow("tie 3.5") << qint64(14) << qint64(4) << qint64(4) << qint64(4);
    QTest::newRow("tie 0.5") << qint64(1) << qint64(2) << qint64(1) << qint64(0);
    QTest::newRow("negative tie -2.5") << qint64(-5) << qint64(2) << qint64(-3) << qint64(-2);
    QTest::newRow("negative tie -3.5") << qint64(-7) << qint64(2) << qint64(-4) << qint64(-4);
    QTest::newRow("negative tie -0.5") << qint64(-1) << qint64(2) << qint64(-1) << qint64(0);
    QTest::newRow("negative denominator tie")
        << qint64(5) << qint64(-2) << qint64(-3) << qint64(-2);
    QTest::newRow("both negative tie") << qint64(-5) << qint64(-2) << qint64(3) << qint64(2);
    QTest::newRow("negative below half") << qint64(-1) << qint64(3) << qint64(0) << qint64(0);
    QTest::newRow("negative above half") << qint64(-2) << qint64(3) << qint64(-1) << qint64(-1);
    QTest::newRow("VAT of 0.50 at 19 %")
        << qint64(50 * 1900) << qint64(10000) << qint64(10) << qint64(10);
    QTest::newRow("cent tie 12.345 → 12.35/12.34")
        << qint64(12345) << qint64(10) << qint64(1235) << qint64(1234);
    QTest::newRow("cent tie 12.355 → 12.36/12.36")
        << qint64(12355) << qint64(10) << qint64(1236) << qint64(1236);
    QTest::newRow("divide by one") << qint64(-77) << qint64(1) << qint64(-77) << qint64(-77);
    QTest::newRow("divide by minus one") << qint64(77) << qint64(-1) << qint64(-77) << qint64(-77);
}

void TestMoney::roundedDivide_roundsOnceByMode()
{
    QFETCH(qint64, numerator);
    QFETCH(qint64, denominator);
    QFETCH(qint64, halfUp);
    QFETCH(qint64, halfEven);

    const auto up = roundedDivide(numerator, denominator, Rounding::HalfUp);
    const auto even = roundedDivide(numerator, denominator, Rounding::HalfEven);
    QVERIFY(up.has_value());
    QVERIFY(even.has_value());
    QCOMPARE(*up, halfUp);
    QCOMPARE(*even, halfEven);
}

void TestMoney::roundedDivide_byZero_givesNothing()
{
    QVERIFY(!roundedDivide(1, 0, Rounding::HalfUp).has_value());
    QVERIFY(!roundedDivide(0, 0, Rounding::HalfEven).has_value());
}

void TestMoney::roundedDivide_atTheInt64Edges_staysExact_data()
{
    QTest::addColumn<qint64>("numerator");
    QTest::addColumn<qint64>("denominator");
    QTest::addColumn<Rounding>("mode");
    QTest::addColumn<bool>("fits");
    QTest::addColumn<qint64>("expected");

    QTest::newRow("max / 2 up") << maxMinor << qint64(2) << Rounding::HalfUp << true
                                << qint64(4611686018427387904LL);
    QTest::newRow("max / 2 even") << maxMinor << qint64(2) << Rounding::HalfEven << true
                                  << qint64(4611686018427387904LL);
    QTest::newRow("min / 2") << minMinor << qint64(2) << Rounding::HalfUp << true
                             << qint64(-4611686018427387904LL);
    QTest::newRow("min / 1") << minMinor << qint64(1) << Rounding::HalfUp << true << minMinor;
    QTest::newRow("min / -1 does not fit")
        << minMinor << qint64(-1) << Rounding::HalfUp << false << qint64(0);
    QTest::newRow("max / -1") << maxMinor << qint64(-1) << Rounding::HalfEven << true << -maxMinor;
    QTest::newRow("min / max") << minMinor << maxMinor << Rounding::HalfUp << true << qint64(-1);
    QTest::newRow("max / min") << maxMinor << minMinor << Rounding::HalfUp << true << qint64(-1);
    QTest::newRow("max / max") << maxMinor << maxMinor << Rounding::HalfEven << true << qint64(1);
    QTest::newRow("1 / min") << qint64(1) << minMinor << Rounding::HalfUp << true << qint64(0);
}

void TestMoney::roundedDivide_atTheInt64Edges_staysExact()
{
    QFETCH(qint64, numerator);
    QFETCH(qint64, denominator);
    QFETCH(Rounding, mode);
    QFETCH(bool, fits);
    QFETCH(qint64, expected);

    const auto result = roundedDivide(numerator, denominator, mode);
    QCOMPARE(result.has_value(), fits);
    if (fits)
        QCOMPARE(*result, expected);
}

void TestMoney::scaled_multipliesThenRoundsOnce_data()
{
    QTest::addColumn<qint64>("amount");
    QTest::addColumn<qint64>("numerator");
    QTest::addColumn<qint64>("denominator");
    QTest::addColumn<Rounding>("mode");
    QTest::addColumn<qint64>("expected");

    QTest::newRow("19 % of 10.00")
        << qint64(1000) << qint64(1900) << qint64(10000) << Rounding::HalfUp << qint64(190);
    QTest::newRow("net of 11.90 gross")
        << qint64(1190) << qint64(10000) << qint64(11900) << Rounding::HalfUp << qint64(1000);
    QTest::newRow("net of 9.99 gross")
        << qint64(999) << qint64(10000) << qint64(11900) << Rounding::HalfUp << qint64(839);
    QTest::newRow("tenth of 1.05 up")
        << qint64(105) << qint64(1) << qint64(10) << Rounding::HalfUp << qint64(11);
    QTest::newRow("tenth of 1.05 even")
        << qint64(105) << qint64(1) << qint64(10) << Rounding::HalfEven << qint64(10);
    QTest::newRow("tenth of -1.05 up")
        << qint64(-105) << qint64(1) << qint64(10) << Rounding::HalfUp << qint64(-11);
    QTest::newRow("tenth of -1.05 even")
        << qint64(-105) << qint64(1) << qint64(10) << Rounding::HalfEven << qint64(-10);
    QTest::newRow("third, no rounding twice")
        << qint64(100) << qint64(1) << qint64(3) << Rounding::HalfUp << qint64(33);
    QTest::newRow("large but fitting product")
        << qint64(1000000000000LL) << qint64(1000000) << qint64(1000000) << Rounding::HalfUp
        << qint64(1000000000000LL);
}

void TestMoney::scaled_multipliesThenRoundsOnce()
{
    QFETCH(qint64, amount);
    QFETCH(qint64, numerator);
    QFETCH(qint64, denominator);
    QFETCH(Rounding, mode);
    QFETCH(qint64, expected);

    const auto result = eur(amount).scaled(numerator, denominator, mode);
    QVERIFY(result.has_value());
    QCOMPARE(result->minorUnits(), expected);
    QCOMPARE(result->currency(), Currency::eur());
}

void TestMoney::scaled_onOverflowOrZeroDenominator_givesNothing()
{
    QVERIFY(!eur(maxMinor).scaled(2, 3, Rounding::HalfUp).has_value());
    QVERIFY(!eur(minMinor).scaled(-1, 1, Rounding::HalfUp).has_value());
    QVERIFY(!eur(100).scaled(1, 0, Rounding::HalfEven).has_value());
}

void TestMoney::checkedArithmetic_withinRange_isExact()
{
    QCOMPARE(eur(150).checkedAdd(eur(-200)), std::optional<Money>(eur(-50)));
    QCOMPARE(eur(150).checkedSubtract(eur(200)), std::optional<Money>(eur(-50)));
    QCOMPARE(eur(-25).checkedMultiply(4), std::optional<Money>(eur(-100)));
    QCOMPARE(eur(maxMinor - 1).checkedAdd(eur(1)), std::optional<Money>(eur(maxMinor)));
    QCOMPARE(eur(minMinor + 1).checkedSubtract(eur(1)), std::optional<Money>(eur(minMinor)));
    QCOMPARE(
        eur(4611686018427387903LL).checkedMultiply(2), std::optional<Money>(eur(maxMinor - 1)));
    // Zero of no currency takes the other's: sums can start from Money().
    QCOMPARE(Money().checkedAdd(eur(5)), std::optional<Money>(eur(5)));
    QCOMPARE(eur(1) + eur(2) - eur(4), eur(-1));
    QCOMPARE(-eur(7), eur(-7));
    QCOMPARE(eur(3) * 3, eur(9));
}

void TestMoney::checkedArithmetic_beyondInt64_givesNothing_data()
{
    QTest::addColumn<qint64>("amount");
    QTest::addColumn<QString>("operation");
    QTest::addColumn<qint64>("operand");

    QTest::newRow("max + 1") << maxMinor << u"add"_s << qint64(1);
    QTest::newRow("min + -1") << minMinor << u"add"_s << qint64(-1);
    QTest::newRow("min - 1") << minMinor << u"subtract"_s << qint64(1);
    QTest::newRow("max - -1") << maxMinor << u"subtract"_s << qint64(-1);
    QTest::newRow("0 - min") << qint64(0) << u"subtract"_s << minMinor;
    QTest::newRow("max × 2") << maxMinor << u"multiply"_s << qint64(2);
    QTest::newRow("min × -1") << minMinor << u"multiply"_s << qint64(-1);
    QTest::newRow("half max + 1 × 2")
        << qint64(4611686018427387904LL) << u"multiply"_s << qint64(2);
    QTest::newRow("huge × huge") << qint64(3037000500LL) << u"multiply"_s << qint64(3037000500LL);
}

void TestMoney::checkedArithmetic_beyondInt64_givesNothing()
{
    QFETCH(qint64, amount);
    QFETCH(QString, operation);
    QFETCH(qint64, operand);

    std::optional<Money> result;
    if (operation == u"add")
        result = eur(amount).checkedAdd(eur(operand));
    else if (operation == u"subtract")
        result = eur(amount).checkedSubtract(eur(operand));
    else
        result = eur(amount).checkedMultiply(operand);
    QVERIFY2(!result.has_value(), qPrintable(QString::number(result ? result->minorUnits() : 0)));
}

void TestMoney::comparison_ofOneCurrency_ordersByAmount()
{
    QVERIFY(eur(100) < eur(101));
    QVERIFY(eur(-5) < eur(0));
    QVERIFY(eur(7) == eur(7));
    QVERIFY(eur(7) != Money(7, currency(u"USD")));
    QVERIFY(!(eur(7) < Money(8, currency(u"USD"))));
    QVERIFY(!(eur(7) > Money(8, currency(u"USD"))));
}

void TestMoney::toPlainString_writesMachineForm_data()
{
    QTest::addColumn<qint64>("minorUnits");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<QString>("text");

    QTest::newRow("zero") << qint64(0) << u"EUR"_s << u"0.00"_s;
    QTest::newRow("cents") << qint64(5) << u"EUR"_s << u"0.05"_s;
    QTest::newRow("negative cents") << qint64(-85) << u"EUR"_s << u"-0.85"_s;
    QTest::newRow("no grouping") << qint64(123456789) << u"EUR"_s << u"1234567.89"_s;
    QTest::newRow("JPY") << qint64(1234) << u"JPY"_s << u"1234"_s;
    QTest::newRow("KWD") << qint64(-1234) << u"KWD"_s << u"-1.234"_s;
    QTest::newRow("max") << maxMinor << u"EUR"_s << u"92233720368547758.07"_s;
    QTest::newRow("min") << minMinor << u"EUR"_s << u"-92233720368547758.08"_s;
}

void TestMoney::toPlainString_writesMachineForm()
{
    QFETCH(qint64, minorUnits);
    QFETCH(QString, currency);
    QFETCH(QString, text);

    QCOMPARE(Money(minorUnits, Currency::fromCode(currency)).toPlainString(), text);
}

void TestMoney::toPlainString_parsesBackExactly_data()
{
    QTest::addColumn<qint64>("minorUnits");
    QTest::addColumn<QString>("currency");

    const qint64 amounts[] = { 0, 1, -1, 99, -85, 100, 123456, -123456789, 1000000000000LL,
        maxMinor, minMinor + 1, minMinor };
    for (const char16_t *code : { u"EUR", u"JPY", u"KWD" }) {
        for (qint64 amount : amounts)
            QTest::addRow(
                "%s %lld", qPrintable(QString::fromUtf16(code)), static_cast<long long>(amount))
                << amount << QString::fromUtf16(code);
    }
}

void TestMoney::toPlainString_parsesBackExactly()
{
    QFETCH(qint64, minorUnits);
    QFETCH(QString, currency);

    const Money money(minorUnits, Currency::fromCode(currency));
    const Result<Money> parsed
        = Money::parse(money.toPlainString(), money.currency(), DecimalFormat::Point);
    QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString() : parsed.error().message));
    QCOMPARE(*parsed, money);
}

void TestMoney::format_followsLocale_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<qint64>("minorUnits");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<QString>("formatted");
    QTest::addColumn<QString>("number");

    QTest::newRow("de_DE EUR") << u"de_DE"_s << qint64(123456) << u"EUR"_s << u"1.234,56\u00A0€"_s
                               << u"1.234,56"_s;
    QTest::newRow("de_DE negative EUR")
        << u"de_DE"_s << qint64(-123456) << u"EUR"_s << u"-1.234,56\u00A0€"_s << u"-1.234,56"_s;
    QTest::newRow("de_DE small") << u"de_DE"_s << qint64(5) << u"EUR"_s << u"0,05\u00A0€"_s
                                 << u"0,05"_s;
    QTest::newRow("de_DE USD") << u"de_DE"_s << qint64(100) << u"USD"_s << u"1,00\u00A0$"_s
                               << u"1,00"_s;
    QTest::newRow("en_US USD") << u"en_US"_s << qint64(123456) << u"USD"_s << u"$1,234.56"_s
                               << u"1,234.56"_s;
    QTest::newRow("en_US EUR") << u"en_US"_s << qint64(123456) << u"EUR"_s << u"€1,234.56"_s
                               << u"1,234.56"_s;
    QTest::newRow("en_US millions") << u"en_US"_s << qint64(123456789012LL) << u"USD"_s
                                    << u"$1,234,567,890.12"_s << u"1,234,567,890.12"_s;
    QTest::newRow("en_US JPY") << u"en_US"_s << qint64(1234) << u"JPY"_s << u"¥1,234"_s
                               << u"1,234"_s;
    QTest::newRow("en_US code symbol")
        << u"en_US"_s << qint64(1050) << u"SEK"_s << u"SEK\u00A010.50"_s << u"10.50"_s;
}

void TestMoney::format_followsLocale()
{
    QFETCH(QString, locale);
    QFETCH(qint64, minorUnits);
    QFETCH(QString, currency);
    QFETCH(QString, formatted);
    QFETCH(QString, number);

    const Money money(minorUnits, Currency::fromCode(currency));
    const QLocale l(locale);
    QCOMPARE(money.format(l), formatted);
    QCOMPARE(money.formatNumber(l), number);
}

void TestMoney::format_ofNegativeAmountInEnglish_putsSignBeforeSymbol()
{
    // English writes -$1,234.56 (as QLocale::toCurrencyString does), never $-1,234.56.
    const QLocale english(QStringLiteral("en_US"));
    QCOMPARE(Money(-123456, currency(u"USD")).format(english), u"-$1,234.56"_s);
    QCOMPARE(Money(-5, Currency::eur()).format(english), u"-€0.05"_s);
}

QTEST_GUILESS_MAIN(TestMoney)
#include "tst_money.moc"
