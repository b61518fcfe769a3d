// SPDX-FileCopyrightText: 2026 The Kontor authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "journal.h"

#include "common/result.h"
#include "persistence/listquery.h"

#include <optional>
#include <vector>

namespace Kontor {

class Database;

/// All SQL about the chart of accounts and the journal.
class AccountingRepository
{
public:
    enum EntrySort { EntryByNumber, EntryByDate, EntryByReference };

    explicit AccountingRepository(Database &db);

    Result<AccountId> insertAccount(const Account &account);
    Result<std::optional<Account>> findAccountByNumber(const QString &number);
    Result<std::vector<Account>> accounts();

    /// Writes an unposted entry with its lines.
    Result<JournalEntryId> insertDraft(const JournalEntry &entry, const QString &createdBy);
    /// Marks a draft posted under number; the database refuses it unless it balances.
    Status markPosted(JournalEntryId id, const QString &number, const QString &postedBy);
    Result<std::optional<JournalEntry>> findEntry(JournalEntryId id);
    Result<std::vector<JournalLine>> linesOf(JournalEntryId id);
    Result<std::optional<JournalEntryId>> reversalOf(JournalEntryId id);
    /// The posted entries of an order, reversals included, oldest first (without lines).
    Result<std::vector<JournalEntry>> entriesOf(OrderId order);

    /// Posted entries; filter text: an entry number or reference prefix.
    Result<qint64> countEntries(const ListFilter &filter);
    Result<std::vector<JournalEntry>> entryPage(const ListFilter &filter, const ListSort &sort,
                                                qint64 offset, int limit);

private:
    Database &m_db;
    ListQuery m_entries;
};

} // namespace Kontor
