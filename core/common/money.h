// SPDX-FileCopyrightText: 2026 The Kontor authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringView>

#include <compare>
#include <optional>

class QLocale;

namespace Kontor {

/// An ISO 4217 currency code, packed into an integer so that Money stays a cheap value.
class Currency
{
public:
    constexpr Currency() = default;

    /// "EUR", "usd" → EUR; anything but three ASCII letters gives an invalid Currency.
    static Currency fromCode(QStringView code);
    static Currency eur() { return fromCode(u"EUR"); }

    bool isValid() const { return m_packed != 0; }
    QString code() const;
    /// Digits after the decimal point: 2 for EUR, 0 for JPY, 3 for KWD.
    int minorDigits() const;
    /// The symbol a reader expects: "€" for EUR, "$" for USD, else the code.
    QString symbol() const;

    friend constexpr auto operator<=>(Currency, Currency) = default;

private:
    quint32 m_packed = 0;
};

/// How a number writes its decimal point when that cannot be told from the text alone.
enum class DecimalFormat {
    Auto,          ///< decide from the text; "1,234" and "1.234" are refused as ambiguous
    Point,         ///< 1,234.56
    Comma,         ///< 1.234,56
};

/// How a result that falls between two minor units is rounded.
enum class Rounding {
    HalfUp,        ///< away from zero at .5 (commercial rounding, German "kaufmännisch")
    HalfEven,      ///< to the even neighbour at .5 (banker's rounding)
};

/// Divides exactly and rounds once: the one rounding function of Kontor's money math.
/// Returns nullopt when denominator is zero.
std::optional<qint64> roundedDivide(qint64 numerator, qint64 denominator, Rounding mode);

/**
 * An exact amount of money: whole minor units (cents) in a 64-bit integer plus the currency.
 * No floating point is ever involved, neither in parsing nor in arithmetic.
 * Arithmetic between different currencies is a programming error; overflow is reported by the
 * checked operations and is fatal in the operators (it means an amount beyond 92 trillion).
 */
class Money
{
    Q_DECLARE_TR_FUNCTIONS(Kontor::Money)
public:
    constexpr Money() = default;
    constexpr Money(qint64 minorUnits, Currency currency) : m_minor(minorUnits), m_currency(currency) { }
    static Money zero(Currency currency) { return Money(0, currency); }

    /**
     * Parses what people and shops write: "1234.56", "1.234,56", "1,234.56", "-0.85",
     * "15,00 €", "€ 1.234,50", "(12.00)", "12.00-", "1'234.50", "EUR 3". Currency symbols and
     * codes around the number are ignored. Never rounds: more decimal places than the currency
     * has (other than trailing zeros) is an error, as is an ambiguous "1,234" under Auto and an
     * amount that does not fit.
     */
    static Result<Money> parse(QStringView text, Currency currency,
                               DecimalFormat format = DecimalFormat::Auto);

    constexpr qint64 minorUnits() const { return m_minor; }
    constexpr Currency currency() const { return m_currency; }
    constexpr bool isZero() const { return m_minor == 0; }
    constexpr bool isNegative() const { return m_minor < 0; }

    std::optional<Money> checkedAdd(Money other) const;
    std::optional<Money> checkedSubtract(Money other) const;
    std::optional<Money> checkedMultiply(qint64 factor) const;
    /// this × numerator ÷ denominator, rounded once; nullopt on overflow or zero denominator.
    std::optional<Money> scaled(qint64 numerator, qint64 denominator, Rounding mode) const;

    Money operator+(Money other) const;
    Money operator-(Money other) const;
    Money operator-() const;
    Money operator*(qint64 factor) const;
    Money &operator+=(Money other) { return *this = *this + other; }
    Money &operator-=(Money other) { return *this = *this - other; }

    friend constexpr bool operator==(Money, Money) = default;
    /// Orders amounts of one currency.
    friend std::partial_ordering operator<=>(Money a, Money b)
    {
        if (a.m_currency != b.m_currency)
            return std::partial_ordering::unordered;
        return a.m_minor <=> b.m_minor;
    }

    /// Plain machine form without grouping: "-1234.56" (no currency). Parses back exactly.
    QString toPlainString() const;
    /// For people: grouped and with the currency as the locale writes it, "1.234,56 €".
    QString format(const QLocale &locale) const;
    /// The number alone as the locale writes it, "1.234,56".
    QString formatNumber(const QLocale &locale) const;

private:
    qint64 m_minor = 0;
    Currency m_currency;
};

} // namespace Kontor
