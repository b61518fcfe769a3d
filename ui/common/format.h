// SPDX-FileCopyrightText: 2026 The Kontor authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/money.h"
#include "common/quantity.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QString>

#include <optional>

namespace Kontor::Ui {

/// How table cells and detail forms write values, in the user's locale (QLocale()).
class Format
{
    Q_DECLARE_TR_FUNCTIONS(Kontor::Ui::Format)
public:
    /// "1.234,56 €"; empty for an amount without a currency.
    static QString money(Money amount);
    /// As money(), but empty for zero: a ledger's other side, a discount or refund not given.
    static QString moneyOrBlank(Money amount);
    /// Short date of the locale; empty for an invalid date.
    static QString date(QDate date);
    /// Short date and time of the locale, in local time; empty for an invalid timestamp.
    static QString dateTime(const QDateTime &when);
    /// Grouped integer: "1.250".
    static QString quantity(Quantity quantity);
    /// A rate in basis points as the locale writes percentages: 1900 → "19 %", 550 → "5,5 %".
    static QString percent(int basisPoints);
    /// As percent(), but empty for no rate: a journal line that is neither revenue nor tax.
    static QString percentOrBlank(std::optional<int> basisPoints);
    /// Minutes as hours with up to two decimals: 2310 → "38,5".
    static QString hours(int minutes);
};

} // namespace Kontor::Ui
