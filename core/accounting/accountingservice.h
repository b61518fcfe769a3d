// SPDX-FileCopyrightText: 2026 The Kontor authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "accountingrepository.h"

#include "common/actor.h"
#include "common/listsource.h"

#include <QHash>
#include <QObject>

namespace Kontor {

class AuditLog;
class BookTexts;
class NumberSeries;

/// The rules of the books: entries balance, posted entries are final, corrections reverse.
class AccountingService final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccountingService)
public:
    AccountingService(Database &db, AccountingRepository &repository, NumberSeries &numbers,
                      AuditLog &audit, const BookTexts &texts, QObject *parent = nullptr);

    /// For the core's own services and the tests: reads and writes without a permission check.
    /// The GUI and the command line go through the methods that take an Actor.
    AccountingRepository &repository() { return m_repository; }
    /// The journal's entries and one entry's lines, for a reader who may see bookings.
    ListSource<JournalEntry> entries(const Actor &actor);
    Result<std::vector<JournalLine>> linesOf(const Actor &actor, JournalEntryId entry);
    /// Everything posted about an order (sale, cost of goods, payment, refunds, reversals),
    /// oldest first, each entry with its lines, for a reader who may see bookings.
    Result<std::vector<JournalEntry>> bookingsOf(const Actor &actor, OrderId order);

    /// Needs the permission to change the company's settings.
    Result<AccountId> createAccount(const Actor &actor, const Account &account);
    /// The id of the account with this number (cached; accounts are never renumbered).
    Result<AccountId> accountId(const QString &number);

    /// Checks and posts an entry: at least two lines, each either debit or credit and positive,
    /// one currency, debits equal credits. Returns the posted entry's id. Needs the permission
    /// to post bookings.
    Result<JournalEntryId> post(const Actor &actor, JournalEntry entry);
    /// The entries another service posts as the consequence of its own change (an order's sale,
    /// payment, refunds), in order, each checked as above: all of them, or none.
    Result<std::vector<JournalEntryId>> post(const Actor &actor, std::vector<JournalEntry> entries,
                                             Consequence);
    /// Posts the mirror image of a posted entry on date; an entry is reversed at most once.
    /// batch: the import run that causes the reversal, if one does.
    Result<JournalEntryId> reverse(const Actor &actor, JournalEntryId id, QDate date,
                                   ImportBatchId batch = {});
    /// The reversals another service makes as the consequence of its own change (a
    /// cancellation, an undone import), posted together: all of them, or none.
    Result<std::vector<JournalEntryId>> reverse(const Actor &actor,
                                                const std::vector<JournalEntryId> &ids, QDate date,
                                                ImportBatchId batch, Consequence);

Q_SIGNALS:
    void entryPosted(Kontor::JournalEntryId id);

private:
    /// The entry's amount (its debits) when it may be posted.
    static Result<Money> checkEntry(const JournalEntry &entry);
    Result<JournalEntryId> postEntry(const Actor &actor, JournalEntry entry);
    Result<std::vector<JournalEntryId>> postEntries(const Actor &actor,
                                                    std::vector<JournalEntry> entries);
    Result<std::vector<JournalEntryId>> reverseEntries(const Actor &actor,
                                                       const std::vector<JournalEntryId> &ids,
                                                       QDate date, ImportBatchId batch);

    Database &m_db;
    AccountingRepository &m_repository;
    NumberSeries &m_numbers;
    AuditLog &m_audit;
    const BookTexts &m_texts;
    QHash<QString, AccountId> m_accountIds;
};

} // namespace Kontor
