// SPDX-FileCopyrightText: 2026 The Kontor authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "charts.h"

#include "common/booktexts.h"
#include "orders/orderservice.h"

#include <QCoreApplication>

namespace Kontor::Charts {

namespace {

struct ChartAccount
{
    const char16_t *number;
    const char *name;
    AccountKind kind;
    int vatRate;
};

// A compact chart after SKR03, enough for a web shop's daily bookings. Its names are DATEV's,
// German in every company.
constexpr ChartAccount skr03[] = {
    {u"0800", "Gezeichnetes Kapital", AccountKind::Equity, -1},
    {u"1000", "Kasse", AccountKind::Asset, -1},
    {u"1200", "Bank", AccountKind::Asset, -1},
    {u"1360", "Geldtransit", AccountKind::Asset, -1},
    {u"1400", "Forderungen aus Lieferungen und Leistungen", AccountKind::Asset, -1},
    {u"1571", "Abziehbare Vorsteuer 7 %", AccountKind::Asset, 700},
    {u"1576", "Abziehbare Vorsteuer 19 %", AccountKind::Asset, 1900},
    {u"1590", "Durchlaufende Posten", AccountKind::Liability, -1},
    {u"1600", "Verbindlichkeiten aus Lieferungen und Leistungen", AccountKind::Liability, -1},
    {u"1740", "Verbindlichkeiten aus Lohn und Gehalt", AccountKind::Liability, -1},
    {u"1770", "Umsatzsteuer", AccountKind::Liability, -1},
    {u"1771", "Umsatzsteuer 7 %", AccountKind::Liability, 700},
    {u"1776", "Umsatzsteuer 19 %", AccountKind::Liability, 1900},
    {u"3200", "Wareneinsatz", AccountKind::Expense, -1},
    {u"3980", "Bestand Waren", AccountKind::Asset, -1},
    {u"4100", "Löhne und Gehälter", AccountKind::Expense, -1},
    {u"4210", "Miete", AccountKind::Expense, -1},
    {u"4910", "Porto und Versand", AccountKind::Expense, -1},
    {u"8120", "Steuerfreie Umsätze", AccountKind::Income, 0},
    {u"8200", "Erlöse", AccountKind::Income, -1},
    {u"8300", "Erlöse 7 % USt", AccountKind::Income, 700},
    {u"8400", "Erlöse 19 % USt", AccountKind::Income, 1900},
    {u"8700", "Erlösschmälerungen", AccountKind::Income, -1},
    {u"9000", "Saldenvorträge", AccountKind::Equity, -1},
};

// The general chart: assets 1, liabilities 2, equity 3, income 4, cost of goods 5, other
// expenses 6. One revenue and one tax account for every rate: rates differ from country to
// country, and the lines of each order keep theirs.
constexpr ChartAccount general[] = {
    {u"1000", QT_TRANSLATE_NOOP("Kontor::Charts", "Cash"), AccountKind::Asset, -1},
    {u"1010", QT_TRANSLATE_NOOP("Kontor::Charts", "Bank"), AccountKind::Asset, -1},
    {u"1050", QT_TRANSLATE_NOOP("Kontor::Charts", "Money in transit"), AccountKind::Asset, -1},
    {u"1100", QT_TRANSLATE_NOOP("Kontor::Charts", "Accounts receivable"), AccountKind::Asset,
     -1},
    {u"1200", QT_TRANSLATE_NOOP("Kontor::Charts", "Inventory"), AccountKind::Asset, -1},
    {u"1300", QT_TRANSLATE_NOOP("Kontor::Charts", "Input VAT"), AccountKind::Asset, -1},
    {u"2000", QT_TRANSLATE_NOOP("Kontor::Charts", "Accounts payable"), AccountKind::Liability,
     -1},
    {u"2100", QT_TRANSLATE_NOOP("Kontor::Charts", "VAT and sales tax payable"),
     AccountKind::Liability, -1},
    {u"2200", QT_TRANSLATE_NOOP("Kontor::Charts", "Wages payable"), AccountKind::Liability, -1},
    {u"2300", QT_TRANSLATE_NOOP("Kontor::Charts", "Pass-through items (tips)"),
     AccountKind::Liability, -1},
    {u"3000", QT_TRANSLATE_NOOP("Kontor::Charts", "Capital"), AccountKind::Equity, -1},
    {u"3900", QT_TRANSLATE_NOOP("Kontor::Charts", "Opening balances"), AccountKind::Equity, -1},
    {u"4000", QT_TRANSLATE_NOOP("Kontor::Charts", "Sales"), AccountKind::Income, -1},
    {u"4100", QT_TRANSLATE_NOOP("Kontor::Charts", "Sales without tax"), AccountKind::Income, 0},
    {u"4900", QT_TRANSLATE_NOOP("Kontor::Charts", "Refunds and allowances"),
     AccountKind::Income, -1},
    {u"5000", QT_TRANSLATE_NOOP("Kontor::Charts", "Cost of goods sold"), AccountKind::Expense,
     -1},
    {u"6000", QT_TRANSLATE_NOOP("Kontor::Charts", "Wages and salaries"), AccountKind::Expense,
     -1},
    {u"6100", QT_TRANSLATE_NOOP("Kontor::Charts", "Rent"), AccountKind::Expense, -1},
    {u"6200", QT_TRANSLATE_NOOP("Kontor::Charts", "Postage and shipping"), AccountKind::Expense,
     -1},
};

} // namespace

std::vector<Chart> all()
{
    return {Chart::Skr03, Chart::General};
}

Chart forCountry(const QString &code)
{
    return code.trimmed().compare(u"DE", Qt::CaseInsensitive) == 0 ? Chart::Skr03
                                                                   : Chart::General;
}

QString code(Chart chart)
{
    switch (chart) {
    case Chart::Skr03: return QStringLiteral("skr03");
    case Chart::General: return QStringLiteral("general");
    }
    Q_UNREACHABLE();
    return {};
}

std::optional<Chart> fromCode(const QString &code)
{
    for (Chart chart : all()) {
        if (code.trimmed().compare(Charts::code(chart), Qt::CaseInsensitive) == 0)
            return chart;
    }
    return std::nullopt;
}

QString name(Chart chart)
{
    switch (chart) {
    case Chart::Skr03:
        return QCoreApplication::translate("Kontor::Charts", "SKR03 (Germany, DATEV)");
    case Chart::General:
        return QCoreApplication::translate("Kontor::Charts", "General chart (any country)");
    }
    Q_UNREACHABLE();
    return {};
}

std::vector<Account> accounts(Chart chart, const BookTexts &texts)
{
    const auto make = [&](const auto &list, bool translated) {
        std::vector<Account> result;
        for (const ChartAccount &a : list) {
            Account account;
            account.number = QString::fromUtf16(a.number);
            account.name = translated ? texts.translate("Kontor::Charts", a.name)
                                      : QString::fromUtf8(a.name);
            account.kind = a.kind;
            account.vatRate = a.vatRate;
            result.push_back(std::move(account));
        }
        return result;
    };
    switch (chart) {
    case Chart::Skr03: return make(skr03, false);
    case Chart::General: return make(general, true);
    }
    Q_UNREACHABLE();
    return {};
}

OrderPostingSetup postingSetup(Chart chart)
{
    OrderPostingSetup setup;
    switch (chart) {
    case Chart::Skr03:
        setup.receivableAccount = QStringLiteral("1400");
        setup.bankAccount = QStringLiteral("1200");
        setup.inventoryAccount = QStringLiteral("3980");
        setup.costOfGoodsAccount = QStringLiteral("3200");
        setup.shippingVatRate = 1900;
        setup.revenueAccounts = {{1900, QStringLiteral("8400")},
                                 {700, QStringLiteral("8300")},
                                 {0, QStringLiteral("8120")}};
        setup.vatAccounts = {{1900, QStringLiteral("1776")}, {700, QStringLiteral("1771")}};
        setup.otherRevenueAccount = QStringLiteral("8200");
        setup.otherVatAccount = QStringLiteral("1770");
        setup.refundsAccount = QStringLiteral("8700");
        setup.tipsAccount = QStringLiteral("1590");
        break;
    case Chart::General:
        setup.receivableAccount = QStringLiteral("1100");
        setup.bankAccount = QStringLiteral("1010");
        setup.inventoryAccount = QStringLiteral("1200");
        setup.costOfGoodsAccount = QStringLiteral("5000");
        setup.revenueAccounts = {{0, QStringLiteral("4100")}};
        setup.otherRevenueAccount = QStringLiteral("4000");
        setup.otherVatAccount = QStringLiteral("2100");
        setup.otherForEveryRate = true;
        setup.refundsAccount = QStringLiteral("4900");
        setup.tipsAccount = QStringLiteral("2300");
        break;
    }
    return setup;
}

} // namespace Kontor::Charts
