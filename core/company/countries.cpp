// SPDX-FileCopyrightText: 2026 The Kontor authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "countries.h"

#include <QCoreApplication>

#include <algorithm>
#include <iterator>

namespace Kontor::Countries {

namespace {

struct Country
{
    const char16_t *code;
    const char *name;
    const char16_t *currency;
    const char16_t *language = u"en"; ///< of the company's records: one Kontor speaks
};

// Europe, where Kontor's users mostly are, and the largest English-speaking markets.
constexpr Country list[] = {
    {u"DE", QT_TRANSLATE_NOOP("Kontor::Countries", "Germany"), u"EUR", u"de"},
    {u"AT", QT_TRANSLATE_NOOP("Kontor::Countries", "Austria"), u"EUR", u"de"},
    {u"CH", QT_TRANSLATE_NOOP("Kontor::Countries", "Switzerland"), u"CHF", u"de"},
    {u"LI", QT_TRANSLATE_NOOP("Kontor::Countries", "Liechtenstein"), u"CHF", u"de"},
    {u"LU", QT_TRANSLATE_NOOP("Kontor::Countries", "Luxembourg"), u"EUR", u"de"},
    {u"BE", QT_TRANSLATE_NOOP("Kontor::Countries", "Belgium"), u"EUR"},
    {u"NL", QT_TRANSLATE_NOOP("Kontor::Countries", "Netherlands"), u"EUR"},
    {u"FR", QT_TRANSLATE_NOOP("Kontor::Countries", "France"), u"EUR"},
    {u"IT", QT_TRANSLATE_NOOP("Kontor::Countries", "Italy"), u"EUR"},
    {u"ES", QT_TRANSLATE_NOOP("Kontor::Countries", "Spain"), u"EUR"},
    {u"PT", QT_TRANSLATE_NOOP("Kontor::Countries", "Portugal"), u"EUR"},
    {u"IE", QT_TRANSLATE_NOOP("Kontor::Countries", "Ireland"), u"EUR"},
    {u"GB", QT_TRANSLATE_NOOP("Kontor::Countries", "United Kingdom"), u"GBP"},
    {u"DK", QT_TRANSLATE_NOOP("Kontor::Countries", "Denmark"), u"DKK"},
    {u"SE", QT_TRANSLATE_NOOP("Kontor::Countries", "Sweden"), u"SEK"},
    {u"NO", QT_TRANSLATE_NOOP("Kontor::Countries", "Norway"), u"NOK"},
    {u"FI", QT_TRANSLATE_NOOP("Kontor::Countries", "Finland"), u"EUR"},
    {u"EE", QT_TRANSLATE_NOOP("Kontor::Countries", "Estonia"), u"EUR"},
    {u"LV", QT_TRANSLATE_NOOP("Kontor::Countries", "Latvia"), u"EUR"},
    {u"LT", QT_TRANSLATE_NOOP("Kontor::Countries", "Lithuania"), u"EUR"},
    {u"PL", QT_TRANSLATE_NOOP("Kontor::Countries", "Poland"), u"PLN"},
    {u"CZ", QT_TRANSLATE_NOOP("Kontor::Countries", "Czechia"), u"CZK"},
    {u"SK", QT_TRANSLATE_NOOP("Kontor::Countries", "Slovakia"), u"EUR"},
    {u"HU", QT_TRANSLATE_NOOP("Kontor::Countries", "Hungary"), u"HUF"},
    {u"SI", QT_TRANSLATE_NOOP("Kontor::Countries", "Slovenia"), u"EUR"},
    {u"HR", QT_TRANSLATE_NOOP("Kontor::Countries", "Croatia"), u"EUR"},
    {u"GR", QT_TRANSLATE_NOOP("Kontor::Countries", "Greece"), u"EUR"},
    {u"CY", QT_TRANSLATE_NOOP("Kontor::Countries", "Cyprus"), u"EUR"},
    {u"MT", QT_TRANSLATE_NOOP("Kontor::Countries", "Malta"), u"EUR"},
    {u"US", QT_TRANSLATE_NOOP("Kontor::Countries", "United States"), u"USD"},
    {u"CA", QT_TRANSLATE_NOOP("Kontor::Countries", "Canada"), u"CAD"},
    {u"AU", QT_TRANSLATE_NOOP("Kontor::Countries", "Australia"), u"AUD"},
};

const Country *find(const QString &code)
{
    const QString wanted = code.trimmed().toUpper();
    const auto found = std::find_if(std::begin(list), std::end(list), [&](const Country &c) {
        return wanted == QStringView(c.code);
    });
    return found == std::end(list) ? nullptr : found;
}

} // namespace

QStringList codes()
{
    QStringList result;
    for (const Country &c : list)
        result << QString::fromUtf16(c.code);
    return result;
}

bool isKnown(const QString &code)
{
    return find(code) != nullptr;
}

QString name(const QString &code)
{
    const Country *country = find(code);
    return country ? QCoreApplication::translate("Kontor::Countries", country->name) : code;
}

QString language(const QString &code)
{
    const Country *country = find(code);
    return QString::fromUtf16(country ? country->language : u"en");
}

Currency currency(const QString &code)
{
    const Country *country = find(code);
    return country ? Currency::fromCode(country->currency) : Currency::eur();
}

QStringList currencies()
{
    QStringList result;
    for (const Country &c : list)
        result << QString::fromUtf16(c.currency);
    result.sort();
    result.removeDuplicates();
    return result;
}

} // namespace Kontor::Countries
