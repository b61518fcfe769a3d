// SPDX-FileCopyrightText: 2026 The Kontor authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "money.h"

#include <QLocale>
#include <QtNumeric>

#include <array>
#include <cstdlib>

namespace Kontor {

namespace {

constexpr std::array<qint64, 19> powersOfTen = {1LL,
                                                10LL,
                                                100LL,
                                                1000LL,
                                                10000LL,
                                                100000LL,
                                                1000000LL,
                                                10000000LL,
                                                100000000LL,
                                                1000000000LL,
                                                10000000000LL,
                                                100000000000LL,
                                                1000000000000LL,
                                                10000000000000LL,
                                                100000000000000LL,
                                                1000000000000000LL,
                                                10000000000000000LL,
                                                100000000000000000LL,
                                                1000000000000000000LL};

bool isSpace(QChar c)
{
    return c.isSpace() || c == QChar(0x00A0) || c == QChar(0x202F) || c == QChar(0x2009);
}

bool isMinus(QChar c)
{
    return c == u'-' || c == QChar(0x2212) || c == QChar(0x2013);
}

// Letters and currency signs around a number: "€", "EUR", "R$", "US$", "kr".
bool isCurrencyMark(QChar c)
{
    return c.isLetter() || c.category() == QChar::Symbol_Currency || c == u'$';
}

[[noreturn]] void overflowFatal()
{
    qFatal("Kontor::Money: arithmetic overflow (amount beyond the 64-bit range)");
}

} // namespace

Currency Currency::fromCode(QStringView code)
{
    code = code.trimmed();
    if (code.size() != 3)
        return {};
    Currency c;
    for (QChar ch : code) {
        const char16_t u = ch.toUpper().unicode();
        if (u < u'A' || u > u'Z')
            return {};
        c.m_packed = (c.m_packed << 8) | quint32(u);
    }
    return c;
}

QString Currency::code() const
{
    if (!isValid())
        return {};
    const QChar chars[3] = {QChar(char16_t((m_packed >> 16) & 0xff)),
                            QChar(char16_t((m_packed >> 8) & 0xff)), QChar(char16_t(m_packed & 0xff))};
    return QString(chars, 3);
}

int Currency::minorDigits() const
{
    static constexpr const char16_t *zero[] = {u"BIF", u"CLP", u"DJF", u"GNF", u"ISK", u"JPY",
                                               u"KMF", u"KRW", u"PYG", u"RWF", u"UGX", u"VND",
                                               u"VUV", u"XAF", u"XOF", u"XPF"};
    static constexpr const char16_t *three[] = {u"BHD", u"IQD", u"JOD", u"KWD", u"LYD", u"OMR", u"TND"};
    const QString c = code();
    for (const char16_t *z : zero)
        if (c == QStringView(z))
            return 0;
    for (const char16_t *t : three)
        if (c == QStringView(t))
            return 3;
    return 2;
}

QString Currency::symbol() const
{
    const QString c = code();
    if (c == u"EUR")
        return QStringLiteral("€");
    if (c == u"USD")
        return QStringLiteral("$");
    if (c == u"GBP")
        return QStringLiteral("£");
    if (c == u"JPY")
        return QStringLiteral("¥");
    if (c == u"CHF")
        return QStringLiteral("CHF");
    return c;
}

std::optional<qint64> roundedDivide(qint64 numerator, qint64 denominator, Rounding mode)
{
    if (denominator == 0)
        return std::nullopt;
    if (denominator == -1) {
        qint64 negated = 0;
        if (qSubOverflow(qint64(0), numerator, &negated))
            return std::nullopt;
        return negated;
    }
    const qint64 quotient = numerator / denominator;
    const qint64 remainder = numerator % denominator;
    if (remainder == 0)
        return quotient;
    // |remainder| < |denominator| <= INT64_MAX, so these cannot overflow.
    const quint64 absRemainder = remainder < 0 ? quint64(0) - quint64(remainder) : quint64(remainder);
    const quint64 absDenominator =
        denominator < 0 ? quint64(0) - quint64(denominator) : quint64(denominator);
    const quint64 rest = absDenominator - absRemainder;
    const bool negative = (numerator < 0) != (denominator < 0);
    bool awayFromZero = false;
    if (absRemainder > rest)
        awayFromZero = true;
    else if (absRemainder == rest)
        awayFromZero = mode == Rounding::HalfUp || (quotient % 2 != 0);
    if (!awayFromZero)
        return quotient;
    return negative ? quotient - 1 : quotient + 1;
}

Result<Money> Money::parse(QStringView text, Currency currency, DecimalFormat format)
{
    const QString original = text.toString();
    auto fail = [&](const QString &why) {
        return makeError(tr("'%1' is not an amount: %2").arg(original, why));
    };
    if (!currency.isValid())
        return fail(tr("no valid currency"));

    // Peel off blanks, signs, currency marks and accounting parentheses from both ends.
    bool negative = false;
    bool sawSign = false;
    bool parentheses = false;
    auto setSign = [&](bool minus) {
        if (sawSign)
            return false;
        sawSign = true;
        negative = minus;
        return true;
    };
    qsizetype begin = 0;
    qsizetype end = text.size();
    for (bool changed = true; changed && begin < end;) {
        changed = false;
        const QChar first = text[begin];
        const QChar last = text[end - 1];
        if (isSpace(first) || isCurrencyMark(first)) {
            ++begin;
            changed = true;
        } else if (isSpace(last) || isCurrencyMark(last)) {
            --end;
            changed = true;
        } else if (isMinus(first) || first == u'+') {
            if (!setSign(isMinus(first)))
                return fail(tr("it has more than one sign"));
            ++begin;
            changed = true;
        } else if (isMinus(last) && end - begin > 1) {
            if (!setSign(true))
                return fail(tr("it has more than one sign"));
            --end;
            changed = true;
        } else if (first == u'(' && last == u')' && end - begin > 2) {
            if (parentheses || !setSign(true))
                return fail(tr("it has more than one sign"));
            parentheses = true;
            ++begin;
            --end;
            changed = true;
        }
    }
    const QStringView body = text.sliced(begin, end - begin);
    if (body.isEmpty())
        return fail(tr("it holds no digits"));
    // Letters around the number are a currency code ("EUR 3", "3 EUR"), not a typo ("19,9O").
    for (QStringView side : {text.first(begin), text.sliced(end)}) {
        qsizetype run = 0;
        for (QChar c : side) {
            if (c.isLetter()) {
                ++run;
            } else {
                if (run != 0 && run != 3)
                    return fail(tr("it has letters that are not a currency code"));
                run = 0;
            }
        }
        if (run != 0 && run != 3)
            return fail(tr("it has letters that are not a currency code"));
    }

    // Find the separators.
    qsizetype lastPoint = -1, lastComma = -1;
    int points = 0, commas = 0;
    for (qsizetype i = 0; i < body.size(); ++i) {
        const QChar c = body[i];
        if (c == u'.') {
            ++points;
            lastPoint = i;
        } else if (c == u',') {
            ++commas;
            lastComma = i;
        } else if (!c.isDigit() && c != u'\'' && c != QChar(0x2019) && !isSpace(c)) {
            return fail(tr("unexpected character '%1'").arg(c));
        } else if (c.isDigit() && c.digitValue() < 0) {
            return fail(tr("unexpected character '%1'").arg(c));
        }
    }

    QChar decimal; // null: the number has no decimal part
    switch (format) {
    case DecimalFormat::Point:
        if (points > 1)
            return fail(tr("it has more than one decimal point"));
        if (points == 1)
            decimal = u'.';
        break;
    case DecimalFormat::Comma:
        if (commas > 1)
            return fail(tr("it has more than one decimal comma"));
        if (commas == 1)
            decimal = u',';
        break;
    case DecimalFormat::Auto:
        if (points > 0 && commas > 0) {
            decimal = lastPoint > lastComma ? u'.' : u',';
            if ((decimal == u'.' ? points : commas) > 1)
                return fail(tr("its separators contradict each other"));
        } else if (points + commas == 1) {
            const qsizetype at = points ? lastPoint : lastComma;
            const qsizetype digitsAfter = body.size() - at - 1;
            const QStringView before = body.first(at);
            const bool integerIsZero = before.isEmpty() || before == u"0";
            if (digitsAfter == 3 && !integerIsZero)
                return fail(tr("it is unclear whether '%1' separates thousands or decimals")
                                .arg(points ? u'.' : u','));
            decimal = points ? u'.' : u',';
        }
        // Several of one kind only: they group thousands.
        break;
    }

    // Collect the digits; every other separator must stand between digits.
    qint64 integerPart = 0;
    qint64 fraction = 0;
    int fractionDigits = 0;
    bool inFraction = false;
    bool anyDigit = false;
    bool previousWasDigit = false;
    int groupDigits = 0;
    bool grouped = false;
    const int minorDigits = currency.minorDigits();
    for (qsizetype i = 0; i < body.size(); ++i) {
        const QChar c = body[i];
        if (c.isDigit()) {
            const int d = c.digitValue();
            anyDigit = true;
            previousWasDigit = true;
            if (inFraction) {
                if (fractionDigits < minorDigits) {
                    fraction = fraction * 10 + d;
                    ++fractionDigits;
                } else if (d != 0) {
                    return fail(tr("%1 has only %n decimal place(s)", nullptr, minorDigits)
                                    .arg(currency.code()));
                }
            } else {
                ++groupDigits;
                // Accumulated as a negative number: -2^63 fits, +2^63 would not.
                if (qMulOverflow(integerPart, qint64(10), &integerPart)
                    || qSubOverflow(integerPart, qint64(d), &integerPart))
                    return fail(tr("the amount is too large"));
            }
            continue;
        }
        if (!previousWasDigit && !(c == decimal && i == 0))
            return fail(tr("a separator stands in the wrong place"));
        previousWasDigit = false;
        if (c == decimal) {
            if (grouped && groupDigits != 3)
                return fail(tr("the digits are not grouped in thousands"));
            inFraction = true;
        } else {
            if (inFraction)
                return fail(tr("a separator stands in the wrong place"));
            // The first group has one to three digits, every later one three.
            if (grouped ? groupDigits != 3 : groupDigits > 3)
                return fail(tr("the digits are not grouped in thousands"));
            grouped = true;
            groupDigits = 0;
        }
    }
    if (!anyDigit)
        return fail(tr("it holds no digits"));
    if (!previousWasDigit && !inFraction)
        return fail(tr("a separator stands in the wrong place"));
    if (!previousWasDigit && inFraction && fractionDigits == 0 && body.back() != decimal)
        return fail(tr("a separator stands in the wrong place"));
    if (grouped && !inFraction && groupDigits != 3)
        return fail(tr("the digits are not grouped in thousands"));

    qint64 minor = 0; // negative or zero, see above
    if (qMulOverflow(integerPart, powersOfTen[size_t(minorDigits)], &minor)
        || qSubOverflow(minor, fraction * powersOfTen[size_t(minorDigits - fractionDigits)], &minor))
        return fail(tr("the amount is too large"));
    if (!negative && qSubOverflow(qint64(0), minor, &minor))
        return fail(tr("the amount is too large"));
    return Money(minor, currency);
}

std::optional<Money> Money::checkedAdd(Money other) const
{
    Q_ASSERT(m_currency == other.m_currency || m_minor == 0 || other.m_minor == 0);
    qint64 sum = 0;
    if (qAddOverflow(m_minor, other.m_minor, &sum))
        return std::nullopt;
    return Money(sum, m_currency.isValid() ? m_currency : other.m_currency);
}

std::optional<Money> Money::checkedSubtract(Money other) const
{
    Q_ASSERT(m_currency == other.m_currency || m_minor == 0 || other.m_minor == 0);
    qint64 difference = 0;
    if (qSubOverflow(m_minor, other.m_minor, &difference))
        return std::nullopt;
    return Money(difference, m_currency.isValid() ? m_currency : other.m_currency);
}

std::optional<Money> Money::checkedMultiply(qint64 factor) const
{
    qint64 product = 0;
    if (qMulOverflow(m_minor, factor, &product))
        return std::nullopt;
    return Money(product, m_currency);
}

std::optional<Money> Money::scaled(qint64 numerator, qint64 denominator, Rounding mode) const
{
    qint64 product = 0;
    if (qMulOverflow(m_minor, numerator, &product))
        return std::nullopt;
    const auto quotient = roundedDivide(product, denominator, mode);
    if (!quotient)
        return std::nullopt;
    return Money(*quotient, m_currency);
}

Money Money::operator+(Money other) const
{
    const auto sum = checkedAdd(other);
    if (!sum)
        overflowFatal();
    return *sum;
}

Money Money::operator-(Money other) const
{
    const auto difference = checkedSubtract(other);
    if (!difference)
        overflowFatal();
    return *difference;
}

Money Money::operator-() const
{
    return Money::zero(m_currency) - *this;
}

Money Money::operator*(qint64 factor) const
{
    const auto product = checkedMultiply(factor);
    if (!product)
        overflowFatal();
    return *product;
}

namespace {

struct Split
{
    bool negative;
    quint64 whole;
    quint64 fraction;
    int digits;
};

Split split(qint64 minor, int digits)
{
    const bool negative = minor < 0;
    const quint64 absolute = negative ? quint64(0) - quint64(minor) : quint64(minor);
    const auto scale = quint64(powersOfTen[size_t(digits)]);
    return Split{negative, absolute / scale, absolute % scale, digits};
}

// The amount without its sign, grouped as the locale groups.
QString magnitude(const Split &s, const QLocale &locale)
{
    QString text = locale.toString(qulonglong(s.whole));
    if (s.digits > 0)
        text += locale.decimalPoint() + QStringLiteral("%1").arg(s.fraction, s.digits, 10, QChar(u'0'));
    return text;
}

} // namespace

QString Money::toPlainString() const
{
    const Split s = split(m_minor, m_currency.isValid() ? m_currency.minorDigits() : 2);
    QString text = s.negative ? QStringLiteral("-") : QString();
    text += QString::number(s.whole);
    if (s.digits > 0)
        text += u'.' + QStringLiteral("%1").arg(s.fraction, s.digits, 10, QChar(u'0'));
    return text;
}

QString Money::formatNumber(const QLocale &locale) const
{
    const Split s = split(m_minor, m_currency.isValid() ? m_currency.minorDigits() : 2);
    return (s.negative ? locale.negativeSign() : QString()) + magnitude(s, locale);
}

QString Money::format(const QLocale &locale) const
{
    const QString symbol = m_currency.symbol();
    // Ask the locale where its currency sign goes, with a whole number standing in.
    const QString probe = locale.toCurrencyString(qlonglong(7), symbol);
    if (!probe.startsWith(symbol))
        return formatNumber(locale) + QChar(0x00A0) + symbol;
    // The sign goes before the symbol: "-$1,234.56".
    const Split s = split(m_minor, m_currency.isValid() ? m_currency.minorDigits() : 2);
    const QString sign = s.negative ? locale.negativeSign() : QString();
    const QString separator = symbol.size() > 1 ? QString(QChar(0x00A0)) : QString();
    return sign + symbol + separator + magnitude(s, locale);
}

} // namespace Kontor
