// SPDX-FileCopyrightText: 2026 The Kontor authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "accounting/journal.h"

#include <QString>

#include <optional>
#include <vector>

namespace Kontor {

class BookTexts;
struct OrderPostingSetup;

/// The charts of accounts a company can keep its books in, chosen when it is set up.
enum class Chart {
    Skr03,   ///< DATEV's SKR03, German names, accounts per German VAT rate (19 %, 7 %)
    General, ///< a small general chart for any country, in the company's language
};

namespace Charts {

/// Every chart, in the order a choice lists them.
std::vector<Chart> all();
/// The chart a company in the country gets unless one is chosen: SKR03 in Germany, the
/// general chart elsewhere (Austria and Switzerland have their own VAT rates and charts).
Chart forCountry(const QString &code);
/// "skr03", "general": in the company table and on the command line.
QString code(Chart chart);
std::optional<Chart> fromCode(const QString &code);
/// Its name in the user's language.
QString name(Chart chart);
/// Its accounts, their names in the language of texts (the company's).
std::vector<Account> accounts(Chart chart, const BookTexts &texts);
/// The accounts an order posts to in the chart; the warehouse is left empty.
OrderPostingSetup postingSetup(Chart chart);

} // namespace Charts
} // namespace Kontor
