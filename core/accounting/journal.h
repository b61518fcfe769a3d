// SPDX-FileCopyrightText: 2026 The Kontor authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/ids.h"
#include "common/money.h"

#include <QDate>
#include <QDateTime>
#include <QString>

#include <optional>
#include <vector>

namespace Kontor {

enum class AccountKind { Asset, Liability, Equity, Income, Expense };

QString accountKindKey(AccountKind kind);
AccountKind accountKindFromKey(const QString &key);
QString accountKindName(AccountKind kind);

struct Account
{
    AccountId id;
    QString number;
    QString name;
    AccountKind kind = AccountKind::Asset;
    int vatRate = -1;        ///< basis points for revenue and VAT accounts; -1 when none
};

struct JournalLine
{
    AccountId account;
    QString accountNumber;   ///< filled by queries
    QString accountName;     ///< filled by queries
    Money debit;
    Money credit;
    QString memo;
    /// Basis points: the tax rate a revenue or tax amount was booked at; empty for other lines.
    std::optional<int> vatRate = std::nullopt;

    /// A line debiting account with amount; a negative amount is credited instead.
    static JournalLine debiting(AccountId account, Money amount,
                                std::optional<int> vatRate = std::nullopt)
    {
        const Money zero = Money::zero(amount.currency());
        return amount.isNegative() ? JournalLine{account, {}, {}, zero, -amount, {}, vatRate}
                                   : JournalLine{account, {}, {}, amount, zero, {}, vatRate};
    }
    /// A line crediting account with amount; a negative amount is debited instead.
    static JournalLine crediting(AccountId account, Money amount,
                                 std::optional<int> vatRate = std::nullopt)
    {
        return debiting(account, -amount, vatRate);
    }
};

/// What an entry books for an order, so that a later change finds the entries it must reverse.
enum class EntryPurpose { None, Sale, CostOfGoods, Payment, Refund };

QString entryPurposeKey(EntryPurpose purpose); ///< "" for None, else "sale", "cost_of_goods", …
EntryPurpose entryPurposeFromKey(const QString &key);

struct JournalEntry
{
    JournalEntryId id;
    QString number;          ///< assigned when posted
    QDate bookingDate;
    QString description;
    QString reference;
    Currency currency;
    OrderId order;
    JournalEntryId reverses;
    EntryPurpose purpose = EntryPurpose::None;
    ImportBatchId importBatch; ///< the import run that caused it, if one did
    bool posted = false;
    QDateTime postedAt;
    QString postedBy;
    Money amount;            ///< sum of debits; filled by list queries
    std::vector<JournalLine> lines;
};

/**
 * An entry with its reversals: the entry, its reversal, the reversal's reversal, and so on.
 * While the chain is odd in length, the entry is in effect.
 */
struct EntryChain
{
    JournalEntry root;
    JournalEntryId tip;      ///< the last of the chain: the one to reverse to toggle the effect
    bool inEffect = false;
    /// What one import batch's entries of the chain add to its effect: +1, 0 or -1.
    int effectOf = 0;

    /// The chains of entries (all of one order, say); effectOf counts batch's entries.
    static std::vector<EntryChain> of(const std::vector<JournalEntry> &entries,
                                      ImportBatchId batch = {});
};

} // namespace Kontor
