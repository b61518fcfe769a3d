// SPDX-FileCopyrightText: 2026 The Kontor authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "accountingservice.h"

#include "audit/auditlog.h"
#include "common/accesspolicy.h"
#include "common/booktexts.h"
#include "company/numberseries.h"
#include "persistence/database.h"
#include "persistence/transaction.h"

#include <QLocale>

#include <utility>

namespace Kontor {

AccountingService::AccountingService(Database &db, AccountingRepository &repository,
                                     NumberSeries &numbers, AuditLog &audit,
                                     const BookTexts &texts, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_repository(repository)
    , m_numbers(numbers)
    , m_audit(audit)
    , m_texts(texts)
{
}

Result<AccountId> AccountingService::createAccount(const Actor &actor, const Account &account)
{
    if (Status s = AccessPolicy::require(actor, Permission::EditSettings); !s)
        return s.error();
    if (account.number.trimmed().isEmpty() || account.name.trimmed().isEmpty())
        return makeError(tr("An account needs a number and a name."));
    Transaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    auto id = m_repository.insertAccount(account);
    if (!id)
        return id.error();
    if (Status s = m_audit.record(actor, QStringLiteral("create"), QStringLiteral("account"),
                                  id->value(), account.number + u' ' + account.name);
        !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return id;
}

Result<AccountId> AccountingService::accountId(const QString &number)
{
    if (const auto it = m_accountIds.constFind(number); it != m_accountIds.cend())
        return *it;
    auto account = m_repository.findAccountByNumber(number);
    if (!account)
        return account.error();
    if (!account->has_value())
        return makeError(tr("The account %1 does not exist in the chart of accounts.").arg(number));
    m_accountIds.insert(number, (*account)->id);
    return (*account)->id;
}

Result<JournalEntryId> AccountingService::post(const Actor &actor, JournalEntry entry)
{
    if (Status s = AccessPolicy::require(actor, Permission::PostBookings); !s)
        return s.error();
    return postEntry(actor, std::move(entry));
}

Result<std::vector<JournalEntryId>> AccountingService::post(const Actor &actor,
                                                            std::vector<JournalEntry> entries,
                                                            Consequence)
{
    return postEntries(actor, std::move(entries));
}

Result<Money> AccountingService::checkEntry(const JournalEntry &entry)
{
    if (!entry.bookingDate.isValid())
        return makeError(tr("A journal entry needs a booking date."));
    if (entry.description.trimmed().isEmpty())
        return makeError(tr("A journal entry needs a description."));
    if (!entry.currency.isValid())
        return makeError(tr("A journal entry needs a currency."));
    if (entry.lines.size() < 2)
        return makeError(tr("A journal entry needs at least two lines."));
    Money debits = Money::zero(entry.currency);
    Money credits = Money::zero(entry.currency);
    for (const JournalLine &line : entry.lines) {
        if (line.debit.currency() != entry.currency || line.credit.currency() != entry.currency)
            return makeError(tr("All lines of a journal entry must be in %1.").arg(entry.currency.code()));
        if (line.debit.isNegative() || line.credit.isNegative()
            || line.debit.isZero() == line.credit.isZero())
            return makeError(tr("Each line of a journal entry is either a debit or a credit above zero."));
        const auto d = debits.checkedAdd(line.debit);
        const auto c = credits.checkedAdd(line.credit);
        if (!d || !c)
            return makeError(tr("The amounts of the journal entry are too large."));
        debits = *d;
        credits = *c;
    }
    if (debits != credits)
        return makeError(tr("The entry does not balance: debits %1, credits %2.")
                             .arg(debits.format(QLocale()), credits.format(QLocale())));
    return debits;
}

Result<JournalEntryId> AccountingService::postEntry(const Actor &actor, JournalEntry entry)
{
    std::vector<JournalEntry> one;
    one.push_back(std::move(entry));
    auto ids = postEntries(actor, std::move(one));
    if (!ids)
        return ids.error();
    return ids->front();
}

Result<std::vector<JournalEntryId>>
AccountingService::postEntries(const Actor &actor, std::vector<JournalEntry> entries)
{
    if (entries.empty())
        return std::vector<JournalEntryId>();
    std::vector<Money> amounts;
    amounts.reserve(entries.size());
    for (const JournalEntry &entry : entries) {
        auto amount = checkEntry(entry);
        if (!amount)
            return amount.error();
        amounts.push_back(*amount);
    }

    // Together: the drafts in one go, their numbers in one go, then each posted.
    Transaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    auto ids = m_repository.insertDrafts(entries, actor.name);
    if (!ids)
        return ids.error();
    auto numbers = m_numbers.next(QStringLiteral("journal"), int(entries.size()));
    if (!numbers)
        return numbers.error();
    if (Status s = m_repository.markPosted(*ids, *numbers, actor.name); !s)
        return s.error();
    std::vector<AuditLog::Record> records;
    records.reserve(entries.size());
    for (size_t i = 0; i < entries.size(); ++i)
        records.push_back({QStringLiteral("post"), QStringLiteral("journal_entry"),
                           (*ids)[i].value(),
                           (*numbers)[qsizetype(i)] + u' ' + amounts[i].toPlainString() + u' '
                               + entries[i].currency.code() + u' ' + entries[i].description});
    if (Status s = m_audit.record(actor, records); !s)
        return s.error();
    for (JournalEntryId id : *ids)
        m_db.afterCommit([this, id] { Q_EMIT entryPosted(id); });
    if (Status s = tx.commit(); !s)
        return s.error();
    return ids;
}

Result<JournalEntryId> AccountingService::reverse(const Actor &actor, JournalEntryId id, QDate date,
                                                  ImportBatchId batch)
{
    if (Status s = AccessPolicy::require(actor, Permission::PostBookings); !s)
        return s.error();
    auto reversed = reverseEntries(actor, {id}, date, batch);
    if (!reversed)
        return reversed.error();
    return reversed->front();
}

Result<std::vector<JournalEntryId>> AccountingService::reverse(
    const Actor &actor, const std::vector<JournalEntryId> &ids, QDate date, ImportBatchId batch,
    Consequence)
{
    return reverseEntries(actor, ids, date, batch);
}

Result<std::vector<JournalEntryId>>
AccountingService::reverseEntries(const Actor &actor, const std::vector<JournalEntryId> &ids,
                                  QDate date, ImportBatchId batch)
{
    Transaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    std::vector<JournalEntry> reversals;
    reversals.reserve(ids.size());
    for (JournalEntryId id : ids) {
        auto original = m_repository.findEntry(id);
        if (!original)
            return original.error();
        if (!original->has_value() || !(*original)->posted)
            return makeError(tr("Only a posted journal entry can be reversed."));
        auto existing = m_repository.reversalOf(id);
        if (!existing)
            return existing.error();
        if (existing->has_value())
            return makeError(
                tr("The entry %1 has been reversed already.").arg((*original)->number));
        JournalEntry reversal;
        reversal.bookingDate = date;
        reversal.description = m_texts.translate("Kontor::AccountingService", "Reversal of %1: %2")
                                   .arg((*original)->number, (*original)->description);
        reversal.reference = (*original)->reference;
        reversal.currency = (*original)->currency;
        reversal.order = (*original)->order;
        reversal.reverses = id;
        reversal.importBatch = batch;
        // Each line with its sides swapped; everything else it holds (memo, rate) stays.
        for (JournalLine line : (*original)->lines) {
            std::swap(line.debit, line.credit);
            reversal.lines.push_back(std::move(line));
        }
        reversals.push_back(std::move(reversal));
    }
    auto posted = postEntries(actor, std::move(reversals));
    if (!posted)
        return posted.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return posted;
}

ListSource<JournalEntry> AccountingService::entries(const Actor &actor)
{
    return ListSource<JournalEntry>::guarded(actor, Permission::ViewBookings, m_repository,
                                             &AccountingRepository::countEntries,
                                             &AccountingRepository::entryPage);
}

Result<std::vector<JournalLine>> AccountingService::linesOf(const Actor &actor,
                                                            JournalEntryId entry)
{
    return AccessPolicy::readIf(actor, Permission::ViewBookings,
                                [&] { return m_repository.linesOf(entry); });
}

Result<std::vector<JournalEntry>> AccountingService::bookingsOf(const Actor &actor, OrderId order)
{
    return AccessPolicy::readIf(actor, Permission::ViewBookings,
                                [&]() -> Result<std::vector<JournalEntry>> {
        auto read = m_repository.entriesOf(order);
        if (!read)
            return read.error();
        std::vector<JournalEntry> entries = std::move(read).value();
        for (JournalEntry &entry : entries) {
            auto lines = m_repository.linesOf(entry.id);
            if (!lines)
                return lines.error();
            entry.lines = std::move(lines).value();
        }
        return entries;
    });
}

} // namespace Kontor
