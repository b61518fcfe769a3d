// SPDX-FileCopyrightText: 2026 The Kontor authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "importcells.h"

#include <QLocale>

#include <array>
#include <cstring>

namespace Kontor::ImportCells {

namespace {

constexpr std::array<qint64, 19> powersOfTen = {
    1LL,           10LL,           100LL,           1000LL,           10000LL,
    100000LL,      1000000LL,      10000000LL,      100000000LL,      1000000000LL,
    10000000000LL, 100000000000LL, 1000000000000LL, 10000000000000LL, 100000000000000LL,
    1000000000000000LL, 10000000000000000LL, 100000000000000000LL, 1000000000000000000LL};

inline bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

inline bool isAsciiBlank(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

inline char lowerAscii(char c)
{
    return c >= 'A' && c <= 'Z' ? char(c + ('a' - 'A')) : c;
}

bool equalsIgnoringCase(QByteArrayView text, const char *word)
{
    const auto length = qsizetype(std::strlen(word));
    if (text.size() != length)
        return false;
    for (qsizetype i = 0; i < length; ++i)
        if (lowerAscii(text[i]) != word[i])
            return false;
    return true;
}

// Reads 1..maxDigits digits at text[pos]; nullopt when there is none.
std::optional<int> readNumber(QByteArrayView text, qsizetype &pos, int minDigits, int maxDigits)
{
    int value = 0;
    int digits = 0;
    while (pos < text.size() && digits < maxDigits && isDigit(text[pos])) {
        value = value * 10 + (text[pos] - '0');
        ++pos;
        ++digits;
    }
    if (digits < minDigits)
        return std::nullopt;
    return value;
}

// "+0200", "-07:00", "+2", "UTC+1", "GMT-05:30", "UTC", "GMT", "Z" → seconds east of UTC.
std::optional<int> parseOffsetSpec(QByteArrayView spec)
{
    if (spec == "Z" || equalsIgnoringCase(spec, "utc") || equalsIgnoringCase(spec, "gmt"))
        return 0;
    qsizetype pos = 0;
    if (spec.size() > 3
        && (equalsIgnoringCase(spec.first(3), "utc") || equalsIgnoringCase(spec.first(3), "gmt")))
        pos = 3;
    if (pos >= spec.size() || (spec[pos] != '+' && spec[pos] != '-'))
        return std::nullopt;
    const int sign = spec[pos] == '-' ? -1 : 1;
    ++pos;
    const qsizetype digitsStart = pos;
    int hours = 0, minutes = 0;
    qsizetype digits = 0;
    while (pos + digits < spec.size() && isDigit(spec[pos + digits]))
        ++digits;
    if (digits == 1 || digits == 2) {
        hours = *readNumber(spec, pos, 1, 2);
        if (pos < spec.size() && spec[pos] == ':') {
            ++pos;
            const auto m = readNumber(spec, pos, 2, 2);
            if (!m)
                return std::nullopt;
            minutes = *m;
        }
    } else if (digits == 4 && pos == digitsStart) {
        hours = *readNumber(spec, pos, 2, 2);
        minutes = *readNumber(spec, pos, 2, 2);
    } else {
        return std::nullopt;
    }
    if (pos != spec.size() || hours > 14 || minutes > 59)
        return std::nullopt;
    return sign * (hours * 3600 + minutes * 60);
}

QDateTime makeDateTime(QDate date, QTime time, std::optional<int> offset, const QTimeZone &zone)
{
    if (offset) {
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
        return QDateTime(date, time, QTimeZone::fromSecondsAheadOfUtc(*offset));
#else
        return QDateTime(date, time, Qt::OffsetFromUTC, *offset);
#endif
    }
    if (zone.isValid())
        return QDateTime(date, time, zone);
    return QDateTime(date, time);
}

} // namespace

QByteArrayView trimmedSlowly(QByteArrayView text)
{
    qsizetype begin = 0;
    qsizetype end = text.size();
    for (;;) {
        if (begin < end && isAsciiBlank(text[begin]))
            ++begin;
        else if (end - begin >= 2 && uchar(text[begin]) == 0xC2 && uchar(text[begin + 1]) == 0xA0)
            begin += 2;
        else
            break;
    }
    for (;;) {
        if (end > begin && isAsciiBlank(text[end - 1]))
            --end;
        else if (end - begin >= 2 && uchar(text[end - 2]) == 0xC2 && uchar(text[end - 1]) == 0xA0)
            end -= 2;
        else
            break;
    }
    return text.sliced(begin, end - begin);
}

QByteArrayView cleanedSlowly(QByteArrayView cell, QByteArray &scratch)
{
    QByteArrayView text = trimmed(cell);
    // ="…": Excel's guard that keeps a value from being read as a number.
    if (text.size() >= 3 && text[0] == '=' && text[1] == '"' && text.back() == '"') {
        const QByteArrayView inner = text.sliced(2, text.size() - 3);
        if (!inner.contains('"'))
            return trimmed(inner);
        scratch.resize(0);
        for (qsizetype i = 0; i < inner.size(); ++i) {
            scratch.append(inner[i]);
            if (inner[i] == '"' && i + 1 < inner.size() && inner[i + 1] == '"')
                ++i;
        }
        return trimmed(QByteArrayView(scratch));
    }
    return text;
}

QByteArrayView withoutApostrophe(QByteArrayView text)
{
    if (!text.isEmpty() && text[0] == '\'')
        return trimmed(text.sliced(1));
    return text;
}

bool isScientific(QByteArrayView text)
{
    qsizetype pos = 0;
    if (pos < text.size() && (text[pos] == '-' || text[pos] == '+'))
        ++pos;
    const qsizetype mantissaStart = pos;
    while (pos < text.size() && isDigit(text[pos]))
        ++pos;
    if (pos == mantissaStart)
        return false;
    if (pos < text.size() && (text[pos] == '.' || text[pos] == ',')) {
        ++pos;
        const qsizetype fractionStart = pos;
        while (pos < text.size() && isDigit(text[pos]))
            ++pos;
        if (pos == fractionStart)
            return false;
    }
    if (pos + 2 >= text.size() || (text[pos] != 'E' && text[pos] != 'e'))
        return false;
    ++pos;
    if (text[pos] != '+' && text[pos] != '-')
        return false;
    ++pos;
    const qsizetype exponentStart = pos;
    while (pos < text.size() && isDigit(text[pos]))
        ++pos;
    return pos > exponentStart && pos == text.size();
}

std::optional<qint64> parsePlainAmount(QByteArrayView text, int minorDigits, DecimalFormat format)
{
    qsizetype pos = 0;
    const bool negative = !text.isEmpty() && text[0] == '-';
    if (negative)
        ++pos;
    const qsizetype integerStart = pos;
    qint64 integer = 0;
    while (pos < text.size() && isDigit(text[pos])) {
        integer = integer * 10 + (text[pos] - '0');
        ++pos;
    }
    const qsizetype integerDigits = pos - integerStart;
    if (integerDigits == 0 || integerDigits > 15)
        return std::nullopt;
    qint64 fraction = 0;
    int fractionDigits = 0;
    if (pos < text.size()) {
        const char separator = text[pos];
        const bool pointOk = separator == '.' && format != DecimalFormat::Comma;
        const bool commaOk = separator == ',' && format != DecimalFormat::Point;
        if (!pointOk && !commaOk)
            return std::nullopt;
        ++pos;
        while (pos < text.size() && isDigit(text[pos])) {
            if (fractionDigits == minorDigits)
                return std::nullopt; // more places than the currency has: Money::parse decides
            fraction = fraction * 10 + (text[pos] - '0');
            ++fractionDigits;
            ++pos;
        }
        if (pos != text.size() || fractionDigits == 0)
            return std::nullopt;
        // "1,234" under Auto is ambiguous; Money::parse says so in words.
        if (format == DecimalFormat::Auto && fractionDigits == 3 && integer != 0)
            return std::nullopt;
    }
    const qint64 minor = integer * powersOfTen[size_t(minorDigits)]
        + fraction * powersOfTen[size_t(minorDigits - fractionDigits)];
    return negative ? -minor : minor;
}

Result<Money> parseAmount(QByteArrayView text, Currency currency, int minorDigits,
                          DecimalFormat format)
{
    if (currency.isValid())
        if (const auto minor = parsePlainAmount(text, minorDigits, format))
            return Money(*minor, currency);
    return Money::parse(QString::fromUtf8(text), currency, format);
}

std::optional<qint64> parseWholeNumber(QByteArrayView text)
{
    qsizetype pos = 0;
    qint64 value = 0;
    while (pos < text.size() && isDigit(text[pos])) {
        if (pos >= 15)
            return std::nullopt;
        value = value * 10 + (text[pos] - '0');
        ++pos;
    }
    if (pos == 0)
        return std::nullopt;
    if (pos < text.size() && (text[pos] == '.' || text[pos] == ',')) {
        ++pos;
        if (pos == text.size())
            return std::nullopt;
        while (pos < text.size() && text[pos] == '0')
            ++pos;
    }
    if (pos != text.size())
        return std::nullopt;
    return value;
}

std::optional<bool> parseBool(QByteArrayView text)
{
    for (const char *yes :
        {"true", "yes", "1", "y", "ja", "j", "si", "s\xc3\xad", "oui", "wahr", "x"})
        if (equalsIgnoringCase(text, yes))
            return true;
    for (const char *no : {"false", "no", "0", "n", "nein", "non", "falsch"})
        if (equalsIgnoringCase(text, no))
            return false;
    return std::nullopt;
}

namespace {

// Digits with at most one decimal separator → value × 10^scale (exact), for rates.
struct Decimal
{
    qint64 digits = 0;
    int scale = 0;
};

std::optional<Decimal> readDecimal(QByteArrayView text)
{
    Decimal d;
    bool any = false;
    bool fraction = false;
    for (char c : text) {
        if (isDigit(c)) {
            if (qMulOverflow(d.digits, qint64(10), &d.digits)
                || qAddOverflow(d.digits, qint64(c - '0'), &d.digits))
                return std::nullopt;
            any = true;
            if (fraction)
                ++d.scale;
        } else if ((c == '.' || c == ',') && !fraction) {
            fraction = true;
        } else {
            return std::nullopt;
        }
    }
    if (!any || d.scale > 12)
        return std::nullopt;
    return d;
}

// value × 100 ÷ divisor as whole basis points, if it is whole.
std::optional<int> toBasisPoints(Decimal d, qint64 divisor)
{
    qint64 numerator = 0;
    qint64 denominator = 0;
    if (qMulOverflow(d.digits, qint64(100), &numerator)
        || qMulOverflow(powersOfTen[size_t(d.scale)], divisor, &denominator) || denominator == 0)
        return std::nullopt;
    if (numerator % denominator != 0)
        return std::nullopt;
    const qint64 bp = numerator / denominator;
    if (bp > 1000000)
        return std::nullopt;
    return int(bp);
}

} // namespace

int taxRateFromName(QStringView name)
{
    const qsizetype percent = name.lastIndexOf(u'%');
    if (percent < 0)
        return -1;
    qsizetype end = percent;
    while (end > 0 && name[end - 1] == u' ')
        --end;
    qsizetype begin = end;
    while (begin > 0
        && (name[begin - 1].isDigit() || name[begin - 1] == u'.' || name[begin - 1] == u','))
        --begin;
    if (begin == end)
        return -1;
    const QByteArray number = name.sliced(begin, end - begin).toLatin1();
    const auto d = readDecimal(number);
    if (!d)
        return -1;
    return toBasisPoints(*d, 1).value_or(-1);
}

std::optional<int> parseRate(QByteArrayView text, qint64 divisor)
{
    text = trimmed(text);
    if (text.endsWith('%'))
        text = trimmed(text.chopped(1));
    const auto d = readDecimal(text);
    if (!d)
        return std::nullopt;
    return toBasisPoints(*d, divisor);
}

OffsetSplit splitOffset(QByteArrayView text)
{
    text = trimmed(text);
    // "… CET(UTC+1)": an offset in parentheses, maybe after the zone's abbreviation.
    if (text.endsWith(')')) {
        const qsizetype open = text.lastIndexOf('(');
        if (open > 0) {
            if (const auto offset
                = parseOffsetSpec(trimmed(text.sliced(open + 1, text.size() - open - 2)))) {
                QByteArrayView rest = trimmed(text.first(open));
                qsizetype letters = 0;
                while (letters < rest.size() && rest[rest.size() - 1 - letters] >= 'A'
                       && rest[rest.size() - 1 - letters] <= 'Z')
                    ++letters;
                if (letters >= 2 && letters <= 5 && letters < rest.size()
                    && isAsciiBlank(rest[rest.size() - 1 - letters]))
                    rest = trimmed(rest.chopped(letters));
                return {rest, offset};
            }
        }
        return {text, std::nullopt};
    }
    // "… +0200", "… UTC+1", "… GMT": the last word.
    const qsizetype space = text.lastIndexOf(' ');
    if (space > 0) {
        if (const auto offset = parseOffsetSpec(text.sliced(space + 1)))
            return {trimmed(text.first(space)), offset};
    }
    return {text, std::nullopt};
}

DateReader::DateReader(const QStringList &formats, const QString &localeName, const QTimeZone &zone)
    : m_localeName(localeName), m_zone(zone)
{
    const QLocale english(QLocale::English, QLocale::UnitedStates);
    std::vector<QLocale> locales{english};
    if (!localeName.isEmpty())
        locales.emplace_back(localeName);
    for (const QLocale &locale : locales) {
        for (int month = 1; month <= 12; ++month) {
            auto add = [&](QString name, bool prefixes) {
                name = name.toLower();
                if (name.endsWith(u'.'))
                    name.chop(1);
                if (!name.isEmpty())
                    m_months.push_back(MonthName{name, month, prefixes});
            };
            add(locale.monthName(month, QLocale::LongFormat), true);
            add(locale.standaloneMonthName(month, QLocale::LongFormat), true);
            add(locale.monthName(month, QLocale::ShortFormat), false);
            add(locale.standaloneMonthName(month, QLocale::ShortFormat), false);
        }
    }

    m_shopifyFirst = !formats.isEmpty() && formats.front() == u"yyyy-MM-dd HH:mm:ss";
    for (const QString &qtFormat : formats) {
        Format format;
        format.qtFormat = qtFormat;
        const QByteArray f = qtFormat.toUtf8();
        qsizetype i = 0;
        auto run = [&](char c) {
            qsizetype n = 0;
            while (i + n < f.size() && f[i + n] == c)
                ++n;
            return n;
        };
        auto addLiteral = [&](char c) {
            if (!format.tokens.empty() && format.tokens.back().kind == Token::Literal)
                format.tokens.back().literal.append(c);
            else
                format.tokens.push_back(Token{Token::Literal, QByteArray(1, c)});
        };
        while (i < f.size()) {
            const char c = f[i];
            qsizetype n = 0;
            switch (c) {
            case 'd':
                n = run('d');
                if (n <= 2)
                    format.tokens.push_back(Token{Token::Day, {}});
                else
                    format.scanned = false; // day names
                break;
            case 'M':
                n = run('M');
                format.tokens.push_back(Token{n <= 2 ? Token::Month : Token::MonthName, {}});
                break;
            case 'y':
                n = run('y');
                if (n == 2)
                    format.tokens.push_back(Token{Token::Year2, {}});
                else if (n == 4)
                    format.tokens.push_back(Token{Token::Year4, {}});
                else
                    format.scanned = false;
                break;
            case 'H':
            case 'h':
                n = run(c);
                if (n > 2)
                    format.scanned = false;
                format.tokens.push_back(Token{Token::Hour, {}});
                if (c == 'h')
                    format.twelveHour = true;
                break;
            case 'm':
                n = run('m');
                if (n > 2)
                    format.scanned = false;
                format.tokens.push_back(Token{Token::Minute, {}});
                break;
            case 's':
                n = run('s');
                if (n > 2)
                    format.scanned = false;
                format.tokens.push_back(Token{Token::Second, {}});
                break;
            case 'z':
                n = run('z');
                format.tokens.push_back(Token{Token::Millis, {}});
                break;
            case 'A':
            case 'a':
                n = 1;
                if (i + 1 < f.size() && (f[i + 1] == 'P' || f[i + 1] == 'p'))
                    n = 2;
                format.tokens.push_back(Token{Token::AmPm, {}});
                break;
            case 't':
                n = run('t');
                format.scanned = false;
                break;
            case '\'': {
                ++i;
                if (i < f.size() && f[i] == '\'') {
                    addLiteral('\'');
                    ++i;
                    continue;
                }
                while (i < f.size()) {
                    if (f[i] == '\'') {
                        if (i + 1 < f.size() && f[i + 1] == '\'') {
                            addLiteral('\'');
                            i += 2;
                            continue;
                        }
                        break;
                    }
                    addLiteral(f[i]);
                    ++i;
                }
                n = 1; // the closing quote
                break;
            }
            case ' ':
                n = run(' ');
                format.tokens.push_back(Token{Token::Blank, {}});
                break;
            default:
                n = 1;
                addLiteral(c);
                break;
            }
            i += n;
        }
        m_formats.push_back(std::move(format));
    }
}

// "2021-05-13 11:01:13 +0200", the form of every date of a Shopify export, by position.
// nullopt when the text has another shape (then the general scanner decides).
std::optional<QDateTime> DateReader::readShopify(QByteArrayView t) const
{
    if (t.size() != 19 && t.size() != 25)
        return std::nullopt;
    const char *p = t.data();
    auto digits2 = [p](int at, int &value) {
        if (!isDigit(p[at]) || !isDigit(p[at + 1]))
            return false;
        value = (p[at] - '0') * 10 + (p[at + 1] - '0');
        return true;
    };
    int century = 0, year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0;
    if (!digits2(0, century) || !digits2(2, year) || p[4] != '-' || !digits2(5, month)
        || p[7] != '-' || !digits2(8, day) || p[10] != ' ' || !digits2(11, hour) || p[13] != ':'
        || !digits2(14, minute) || p[16] != ':' || !digits2(17, second))
        return std::nullopt;
    std::optional<int> offset;
    if (t.size() == 25) {
        int offsetHours = 0, offsetMinutes = 0;
        if (p[19] != ' ' || (p[20] != '+' && p[20] != '-') || !digits2(21, offsetHours)
            || !digits2(23, offsetMinutes) || offsetHours > 14 || offsetMinutes > 59)
            return std::nullopt;
        offset = (p[20] == '-' ? -1 : 1) * (offsetHours * 3600 + offsetMinutes * 60);
    }
    const QDate date(century * 100 + year, month, day);
    if (!date.isValid() || hour > 23 || minute > 59 || second > 59)
        return std::nullopt;
    return makeDateTime(date, QTime(hour, minute, second), offset, m_zone);
}

std::optional<QDateTime> DateReader::read(QByteArrayView text) const
{
    if (m_shopifyFirst)
        if (auto parsed = readShopify(text))
            return parsed;
    const OffsetSplit split = splitOffset(text);
    const QByteArrayView rest = split.rest;
    for (const Format &format : m_formats) {
        if (!format.scanned) {
            const QLocale locale = m_localeName.isEmpty() ? QLocale::c() : QLocale(m_localeName);
            const QDateTime parsed = locale.toDateTime(QString::fromUtf8(rest), format.qtFormat);
            if (parsed.isValid())
                return makeDateTime(parsed.date(), parsed.time(), split.offsetSeconds, m_zone);
            continue;
        }
        int year = -1, month = -1, day = -1, hour = 0, minute = 0, second = 0, millis = 0;
        int ampm = -1;
        qsizetype pos = 0;
        bool ok = true;
        for (const Token &token : format.tokens) {
            std::optional<int> value;
            switch (token.kind) {
            case Token::Literal:
                if (rest.sliced(pos).startsWith(token.literal))
                    pos += token.literal.size();
                else
                    ok = false;
                break;
            case Token::Blank:
                if (pos < rest.size() && isAsciiBlank(rest[pos])) {
                    while (pos < rest.size() && isAsciiBlank(rest[pos]))
                        ++pos;
                } else {
                    ok = false;
                }
                break;
            case Token::Day:
                value = readNumber(rest, pos, 1, 2);
                if (value)
                    day = *value;
                ok = value.has_value();
                break;
            case Token::Month:
                value = readNumber(rest, pos, 1, 2);
                if (value)
                    month = *value;
                ok = value.has_value();
                break;
            case Token::MonthName: {
                qsizetype end = pos;
                while (end < rest.size()
                    && ((rest[end] >= 'a' && rest[end] <= 'z')
                        || (rest[end] >= 'A' && rest[end] <= 'Z') || uchar(rest[end]) >= 0x80))
                    ++end;
                const QString word = QString::fromUtf8(rest.sliced(pos, end - pos)).toLower();
                ok = false;
                if (word.size() >= 3) {
                    for (const MonthName &m : m_months) {
                        if (word == m.name || (m.prefixes && m.name.startsWith(word))) {
                            month = m.month;
                            ok = true;
                            break;
                        }
                    }
                }
                pos = end;
                if (ok && pos < rest.size() && rest[pos] == '.')
                    ++pos;
                break;
            }
            case Token::Year2:
                value = readNumber(rest, pos, 2, 2);
                if (value)
                    year = 2000 + *value;
                ok = value.has_value();
                break;
            case Token::Year4:
                value = readNumber(rest, pos, 4, 4);
                if (value)
                    year = *value;
                ok = value.has_value();
                break;
            case Token::Hour:
                value = readNumber(rest, pos, 1, 2);
                if (value)
                    hour = *value;
                ok = value.has_value();
                break;
            case Token::Minute:
                value = readNumber(rest, pos, 1, 2);
                if (value)
                    minute = *value;
                ok = value.has_value();
                break;
            case Token::Second:
                value = readNumber(rest, pos, 1, 2);
                if (value)
                    second = *value;
                ok = value.has_value();
                break;
            case Token::Millis: {
                const qsizetype start = pos;
                value = readNumber(rest, pos, 1, 3);
                if (value) {
                    millis = *value;
                    for (qsizetype k = pos - start; k < 3; ++k)
                        millis *= 10;
                }
                ok = value.has_value();
                break;
            }
            case Token::AmPm:
                if (pos + 2 <= rest.size() && (rest[pos + 1] == 'M' || rest[pos + 1] == 'm')) {
                    const char c = lowerAscii(rest[pos]);
                    ok = c == 'a' || c == 'p';
                    ampm = c == 'p' ? 1 : 0;
                    pos += 2;
                } else {
                    ok = false;
                }
                break;
            }
            if (!ok)
                break;
        }
        if (!ok || pos != rest.size() || year < 0 || month < 0 || day < 0)
            continue;
        if (format.twelveHour || ampm >= 0) {
            if (hour < 1 || hour > 12)
                continue;
            if (ampm == 1 && hour != 12)
                hour += 12;
            else if (ampm == 0 && hour == 12)
                hour = 0;
        }
        const QDate date(year, month, day);
        const QTime time(hour, minute, second, millis);
        if (!date.isValid() || !time.isValid())
            continue;
        return makeDateTime(date, time, split.offsetSeconds, m_zone);
    }
    return std::nullopt;
}

} // namespace Kontor::ImportCells
