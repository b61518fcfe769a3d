// SPDX-FileCopyrightText: 2026 The Kontor authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/money.h"

#include <QString>
#include <QStringList>

namespace Kontor {

/// The countries a company can be set up in, by ISO 3166 alpha-2 code. A company's country
/// decides the language of its records (BookTexts), where its imported addresses are when an
/// export names no country, and the currency its books are kept in unless chosen otherwise.
namespace Countries {

/// Every code, in the order of the list (the German-speaking countries first).
QStringList codes();
/// Whether code ("DE", "de") names a country of the list.
bool isKnown(const QString &code);
/// The country's name in the user's language; the code itself for one not in the list.
QString name(const QString &code);
/// The language its companies' records are written in (BookTexts): "de" for Germany, Austria,
/// Switzerland, Liechtenstein and Luxembourg, else "en", also for one not in the list.
QString language(const QString &code);
/// The currency a company in the country keeps its books in; EUR for one not in the list.
Currency currency(const QString &code);
/// The currencies of the countries of the list, each once, by code: those a new company's
/// books can be kept in.
QStringList currencies();

} // namespace Countries
} // namespace Kontor
