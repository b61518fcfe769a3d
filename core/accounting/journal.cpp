// SPDX-FileCopyrightText: 2026 The Kontor authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "journal.h"

#include <QHash>

#include <QCoreApplication>

namespace Kontor {

QString accountKindKey(AccountKind kind)
{
    switch (kind) {
    case AccountKind::Asset: return QStringLiteral("asset");
    case AccountKind::Liability: return QStringLiteral("liability");
    case AccountKind::Equity: return QStringLiteral("equity");
    case AccountKind::Income: return QStringLiteral("income");
    case AccountKind::Expense: return QStringLiteral("expense");
    }
    Q_UNREACHABLE();
    return {};
}

QString entryPurposeKey(EntryPurpose purpose)
{
    switch (purpose) {
    case EntryPurpose::None: return {};
    case EntryPurpose::Sale: return QStringLiteral("sale");
    case EntryPurpose::CostOfGoods: return QStringLiteral("cost_of_goods");
    case EntryPurpose::Payment: return QStringLiteral("payment");
    case EntryPurpose::Refund: return QStringLiteral("refund");
    }
    Q_UNREACHABLE();
    return {};
}

EntryPurpose entryPurposeFromKey(const QString &key)
{
    for (EntryPurpose purpose : {EntryPurpose::Sale, EntryPurpose::CostOfGoods,
                                 EntryPurpose::Payment, EntryPurpose::Refund})
        if (entryPurposeKey(purpose) == key)
            return purpose;
    return EntryPurpose::None;
}

AccountKind accountKindFromKey(const QString &key)
{
    for (AccountKind kind : {AccountKind::Asset, AccountKind::Liability, AccountKind::Equity,
                             AccountKind::Income, AccountKind::Expense})
        if (accountKindKey(kind) == key)
            return kind;
    return AccountKind::Asset;
}

QString accountKindName(AccountKind kind)
{
    switch (kind) {
    case AccountKind::Asset: return QCoreApplication::translate("Kontor::Account", "Asset");
    case AccountKind::Liability: return QCoreApplication::translate("Kontor::Account", "Liability");
    case AccountKind::Equity: return QCoreApplication::translate("Kontor::Account", "Equity");
    case AccountKind::Income: return QCoreApplication::translate("Kontor::Account", "Income");
    case AccountKind::Expense: return QCoreApplication::translate("Kontor::Account", "Expense");
    }
    Q_UNREACHABLE();
    return {};
}

std::vector<EntryChain> EntryChain::of(const std::vector<JournalEntry> &entries,
                                       ImportBatchId batch)
{
    QHash<qint64, const JournalEntry *> reversalOf;
    for (const JournalEntry &entry : entries)
        if (entry.reverses.isValid())
            reversalOf.insert(entry.reverses.value(), &entry);
    std::vector<EntryChain> chains;
    for (const JournalEntry &entry : entries) {
        if (entry.reverses.isValid())
            continue;
        EntryChain chain;
        chain.root = entry;
        int sign = 1, effect = 0;
        for (const JournalEntry *link = &entry; link;
             link = reversalOf.value(link->id.value()), sign = -sign) {
            effect += sign;
            if (batch.isValid() && link->importBatch == batch)
                chain.effectOf += sign;
            chain.tip = link->id;
        }
        chain.inEffect = effect != 0;
        chains.push_back(std::move(chain));
    }
    return chains;
}

} // namespace Kontor
