// SPDX-FileCopyrightText: 2026 The Kontor authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Internal to the order reader: how one cell of a shop export is cleaned and read. Everything
// here works on the UTF-8 bytes the CSV reader hands out and allocates nothing on the common
// paths, because it runs for every cell of files with hundreds of thousands of lines.

#include "common/money.h"
#include "common/result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QTimeZone>

#include <optional>
#include <vector>

namespace Kontor::ImportCells {

/// Without blanks (space, tab, CR, LF, no-break space) at either end.
QByteArrayView trimmedSlowly(QByteArrayView text);
inline QByteArrayView trimmed(QByteArrayView text)
{
    // Nearly every cell has nothing to trim: tell that from its two ends.
    if (text.isEmpty()
        || (text.front() > ' ' && uchar(text.front()) != 0xC2 && text.back() > ' '
            && uchar(text.back()) != 0xA0))
        return text;
    return trimmedSlowly(text);
}

/**
 * The cell with spreadsheet damage undone: trimmed, an Excel formula guard `=""` read as empty
 * and `="0012"` as 0012 (doubled quotes inside collapsed into scratch, which then holds the
 * result). A quoted empty field `""` arrives here empty already.
 */
QByteArrayView cleanedSlowly(QByteArrayView cell, QByteArray &scratch);
inline QByteArrayView cleaned(QByteArrayView cell, QByteArray &scratch)
{
    if (cell.isEmpty()
        || (cell.front() > ' ' && cell.front() != '=' && uchar(cell.front()) != 0xC2
            && cell.back() > ' ' && uchar(cell.back()) != 0xA0))
        return cell;
    return cleanedSlowly(cell, scratch);
}

/// Without the leading apostrophe Shopify and spreadsheets put before zips and phones.
QByteArrayView withoutApostrophe(QByteArrayView text);

/// Whether text is a number a spreadsheet wrote in scientific notation ("5,52E+12", "1.2E-05"):
/// the digits after the third or so are lost for good.
bool isScientific(QByteArrayView text);

/// The common amount forms ("1234.56", "-0.85", "25075", "12,5" under a comma format) read
/// without allocating; nullopt for anything else (Money::parse decides those).
std::optional<qint64> parsePlainAmount(QByteArrayView text, int minorDigits, DecimalFormat format);

/// An amount of a cleaned cell: the fast path above, else Money::parse. minorDigits is
/// currency.minorDigits(), passed in because finding it is slower than reading the amount.
Result<Money> parseAmount(QByteArrayView text, Currency currency, int minorDigits,
                          DecimalFormat format);

/// A whole number of at least zero ("3", "3.00"); nullopt for anything else.
std::optional<qint64> parseWholeNumber(QByteArrayView text);

/// "true"/"false", "yes"/"no", "1"/"0", "ja"/"nein", "sí"/"no", "oui"/"non"; nullopt else.
std::optional<bool> parseBool(QByteArrayView text);

/// The rate in basis points a tax name states ("VAT 19%" → 1900, "California State Tax 7.25%"
/// → 725); -1 when it states none or one that is not a whole number of basis points (6.625 %).
int taxRateFromName(QStringView name);

/// A rate cell in basis points: "19", "19%", "7,25", or "19000000" with divisor 1000000.
/// nullopt when it is no number or not a whole number of basis points.
std::optional<int> parseRate(QByteArrayView text, qint64 divisor);

/**
 * Reads dates and times the way a profile says. A UTC offset at the end ("+0200", "-07:00",
 * "UTC+1", "CET(UTC+1)", "GMT") is taken off first and kept; the formats describe the rest.
 * Formats made only of numbers, month names and literals are read by a hand-written scanner
 * (QDateTime::fromString per row would be the slowest part of an import); any other format
 * goes to QLocale::toDateTime.
 */
class DateReader
{
public:
    DateReader() = default;
    DateReader(const QStringList &formats, const QString &localeName, const QTimeZone &zone);

    /// The date-time of a cleaned, non-empty cell; nullopt when no format fits.
    std::optional<QDateTime> read(QByteArrayView text) const;

    struct Token
    {
        enum Kind { Literal, Blank, Day, Month, MonthName, Year2, Year4, Hour, Minute, Second,
                    Millis, AmPm };
        Kind kind = Literal;
        QByteArray literal;     ///< UTF-8, for Literal
    };
    struct Format
    {
        QString qtFormat;
        std::vector<Token> tokens;
        bool scanned = true;    ///< false: handed to QLocale::toDateTime
        bool twelveHour = false;
    };
    struct MonthName
    {
        QString name;           ///< lower-cased, without a final dot
        int month = 0;
        bool prefixes = false;  ///< a long name: its first three or more letters match too
    };

private:
    std::optional<QDateTime> readShopify(QByteArrayView text) const;

    std::vector<Format> m_formats;
    bool m_shopifyFirst = false;    ///< the first format is Shopify's yyyy-MM-dd HH:mm:ss
    std::vector<MonthName> m_months;
    QString m_localeName;
    QTimeZone m_zone;
};

/// Splits a trailing UTC offset off a date text: the rest and the offset in seconds.
struct OffsetSplit
{
    QByteArrayView rest;
    std::optional<int> offsetSeconds;
};
OffsetSplit splitOffset(QByteArrayView text);

} // namespace Kontor::ImportCells
