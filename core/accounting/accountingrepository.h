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

    /// Writes unposted entries with their lines; their ids, in order.
    Result<std::vector<JournalEntryId>> insertDrafts(const std::vector<JournalEntry> &entries,
                                                     const QString &createdBy);
    /// Marks drafts posted under their numbers; the database refuses one that does not balance.
    Status markPosted(const std::vector<JournalEntryId> &ids, const QStringList &numbers,
                      const QString &postedBy);
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
