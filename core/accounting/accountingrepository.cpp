// SPDX-FileCopyrightText: 2026 The Kontor authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "accountingrepository.h"

#include "common/clock.h"
#include "persistence/database.h"
#include "persistence/sql.h"

#include <algorithm>

namespace Kontor {

namespace {

const QString entryColumns = QStringLiteral(
    "e.id, e.number, e.booking_date, e.description, e.reference, e.currency, e.order_id, "
    "e.reverses_id, e.posted, e.posted_at, e.posted_by, "
    "(SELECT sum(jl.debit) FROM journal_lines jl WHERE jl.entry_id = e.id), e.purpose, "
    "e.import_batch_id");

JournalEntry readEntry(const QSqlQuery &q)
{
    JournalEntry e;
    e.id = JournalEntryId(q.value(0).toLongLong());
    e.number = q.value(1).toString();
    e.bookingDate = Timestamps::dateFromStorage(q.value(2).toString());
    e.description = q.value(3).toString();
    e.reference = q.value(4).toString();
    e.currency = Currency::fromCode(q.value(5).toString());
    e.order = OrderId(q.value(6).toLongLong());
    e.reverses = JournalEntryId(q.value(7).toLongLong());
    e.posted = q.value(8).toBool();
    e.postedAt = Timestamps::fromStorage(q.value(9).toString());
    e.postedBy = q.value(10).toString();
    e.amount = Money(q.value(11).toLongLong(), e.currency);
    e.purpose = entryPurposeFromKey(q.value(12).toString());
    e.importBatch = ImportBatchId(q.value(13).toLongLong());
    return e;
}

Account readAccount(const QSqlQuery &q)
{
    Account a;
    a.id = AccountId(q.value(0).toLongLong());
    a.number = q.value(1).toString();
    a.name = q.value(2).toString();
    a.kind = accountKindFromKey(q.value(3).toString());
    a.vatRate = q.value(4).isNull() ? -1 : q.value(4).toInt();
    return a;
}

} // namespace

AccountingRepository::AccountingRepository(Database &db)
    : m_db(db)
    , m_entries(db,
          { QStringLiteral("e.id"), entryColumns, QStringLiteral("journal_entries e"),
              QStringLiteral("journal_entries e"),
              { { QStringLiteral("e.number"), true }, { QStringLiteral("e.booking_date"), false },
                  { QStringLiteral("e.reference"), false } },
              QStringLiteral(
                  "SELECT row_count FROM row_counts WHERE name = 'journal_entries_posted'"),
              [](const ListFilter &filter) {
                  QList<Condition> conditions;
                  conditions << Condition { QStringLiteral("e.posted = 1"), {} };
                  const QString text = filter.text.trimmed();
                  if (!text.isEmpty()) {
                      const QString upper = text.toUpper();
                      conditions << Condition { QStringLiteral(
                                                    "(e.number >= ? AND e.number < ?) "
                                                    "OR (e.reference >= ? AND e.reference < ?)"),
                          { upper, Sql::prefixUpperBound(upper), upper,
                              Sql::prefixUpperBound(upper) } };
                  }
                  return conditions;
              } })
{ }

Result<AccountId> AccountingRepository::insertAccount(const Account &a)
{
    QSqlQuery &q = m_db.prepared(
        QStringLiteral("INSERT INTO accounts (number, name, kind, vat_rate) VALUES (?, ?, ?, ?)"));
    q.addBindValue(a.number);
    q.addBindValue(a.name);
    q.addBindValue(accountKindKey(a.kind));
    q.addBindValue(a.vatRate >= 0 ? QVariant(a.vatRate) : QVariant());
    if (Status s = Sql::exec(q); !s)
        return s.error();
    return AccountId(Sql::lastInsertId(q));
}

Result<std::optional<Account>> AccountingRepository::findAccountByNumber(const QString &number)
{
    QSqlQuery &q = m_db.prepared(
        QStringLiteral("SELECT id, number, name, kind, vat_rate FROM accounts WHERE number = ?"));
    q.addBindValue(number);
    return Sql::fetchOptional<Account>(q, readAccount);
}

Result<std::vector<Account>> AccountingRepository::accounts()
{
    QSqlQuery &q = m_db.prepared(
        QStringLiteral("SELECT id, number, name, kind, vat_rate FROM accounts ORDER BY number"));
    return Sql::fetchAll<Account>(q, readAccount);
}

Result<std::vector<JournalEntryId>> AccountingRepository::insertDrafts(
    const std::vector<JournalEntry> &entries, const QString &createdBy)
{
    const QString now = Timestamps::nowUtc();
    auto rowids = m_db.insertRows(
        QStringLiteral("journal_entries"),
        {QStringLiteral("booking_date"), QStringLiteral("description"), QStringLiteral("reference"),
         QStringLiteral("currency"), QStringLiteral("order_id"), QStringLiteral("reverses_id"),
         QStringLiteral("created_at"), QStringLiteral("created_by"), QStringLiteral("purpose"),
         QStringLiteral("import_batch_id")},
        qsizetype(entries.size()), [&](BoundValues &q, qsizetype i) {
            const JournalEntry &e = entries[size_t(i)];
            q.add(Timestamps::dateToStorage(e.bookingDate));
            q.add(e.description);
            q.add(Sql::nullIfEmpty(e.reference));
            q.add(e.currency.code());
            q.add(Sql::nullIfInvalid(e.order));
            q.add(Sql::nullIfInvalid(e.reverses));
            q.add(now);
            q.add(createdBy);
            q.add(Sql::nullIfEmpty(entryPurposeKey(e.purpose)));
            q.add(Sql::nullIfInvalid(e.importBatch));
        });
    if (!rowids)
        return rowids.error();
    std::vector<JournalEntryId> ids(rowids->begin(), rowids->end());

    struct Line
    {
        JournalEntryId entry;
        int lineNo;
        const JournalLine *line;
    };
    std::vector<Line> lines;
    for (size_t i = 0; i < entries.size(); ++i) {
        int lineNo = 0;
        for (const JournalLine &l : entries[i].lines)
            lines.push_back({ids[i], ++lineNo, &l});
    }
    auto written = m_db.insertRows(
        QStringLiteral("journal_lines"),
        {QStringLiteral("entry_id"), QStringLiteral("line_no"), QStringLiteral("account_id"),
         QStringLiteral("debit"), QStringLiteral("credit"), QStringLiteral("memo"),
         QStringLiteral("vat_rate")},
        qsizetype(lines.size()), [&](BoundValues &q, qsizetype i) {
            const Line &l = lines[size_t(i)];
            q.add(l.entry.value());
            q.add(l.lineNo);
            q.add(l.line->account.value());
            q.add(l.line->debit.minorUnits());
            q.add(l.line->credit.minorUnits());
            q.add(Sql::nullIfEmpty(l.line->memo));
            q.add(l.line->vatRate ? QVariant(*l.line->vatRate) : QVariant());
        });
    if (!written)
        return written.error();
    return ids;
}

Status AccountingRepository::markPosted(const std::vector<JournalEntryId> &ids,
                                        const QStringList &numbers, const QString &postedBy)
{
    Q_ASSERT(ids.size() == size_t(numbers.size()));
    constexpr size_t perStatement = Database::rowsPerStatement;
    const QString now = Timestamps::nowUtc();
    for (size_t first = 0; first < ids.size(); first += perStatement) {
        const size_t count = std::min(perStatement, ids.size() - first);
        const QString numberCases = QStringLiteral(" WHEN ? THEN ?").repeated(qsizetype(count));
        const QString idList = Sql::placeholders(qsizetype(count));
        QSqlQuery &q = m_db.prepared(QStringLiteral("UPDATE journal_entries SET posted = 1, "
                                                    "number = CASE id%1 END, posted_at = ?, "
                                                    "posted_by = ? WHERE id IN (%2) AND posted = 0")
                                         .arg(numberCases, idList));
        for (size_t i = first; i < first + count; ++i) {
            q.addBindValue(ids[i].value());
            q.addBindValue(numbers[qsizetype(i)]);
        }
        q.addBindValue(now);
        q.addBindValue(postedBy);
        for (size_t i = first; i < first + count; ++i)
            q.addBindValue(ids[i].value());
        if (Status s = Sql::exec(q); !s)
            return s;
    }
    return {};
}

Result<std::optional<JournalEntry>> AccountingRepository::findEntry(JournalEntryId id)
{
    QSqlQuery &q = m_db.prepared(QStringLiteral("SELECT ") + entryColumns
        + QStringLiteral(" FROM journal_entries e WHERE e.id = ?"));
    q.addBindValue(id.value());
    auto found = Sql::fetchOptional<JournalEntry>(q, readEntry);
    if (!found)
        return found.error();
    std::optional<JournalEntry> result = std::move(found).value();
    if (result) {
        auto lines = linesOf(id);
        if (!lines)
            return lines.error();
        result->lines = std::move(lines).value();
    }
    return result;
}

Result<std::vector<JournalLine>> AccountingRepository::linesOf(JournalEntryId id)
{
    QSqlQuery &q = m_db.prepared(QStringLiteral(
        "SELECT jl.account_id, a.number, a.name, jl.debit, jl.credit, jl.memo, e.currency, "
        "jl.vat_rate "
        "FROM journal_lines jl JOIN accounts a ON a.id = jl.account_id "
        "JOIN journal_entries e ON e.id = jl.entry_id WHERE jl.entry_id = ? ORDER BY jl.line_no"));
    q.addBindValue(id.value());
    if (Status s = Sql::exec(q); !s)
        return s.error();
    std::vector<JournalLine> lines;
    while (q.next()) {
        const Currency currency = Currency::fromCode(q.value(6).toString());
        lines.push_back({ AccountId(q.value(0).toLongLong()), q.value(1).toString(),
            q.value(2).toString(), Money(q.value(3).toLongLong(), currency),
            Money(q.value(4).toLongLong(), currency), q.value(5).toString(),
            q.isNull(7) ? std::nullopt : std::optional(q.value(7).toInt()) });
    }
    q.finish();
    return lines;
}

Result<std::optional<JournalEntryId>> AccountingRepository::reversalOf(JournalEntryId id)
{
    QSqlQuery &q
        = m_db.prepared(QStringLiteral("SELECT id FROM journal_entries WHERE reverses_id = ?"));
    q.addBindValue(id.value());
    return Sql::fetchOptional<JournalEntryId>(
        q, [](const QSqlQuery &row) { return JournalEntryId(row.value(0).toLongLong()); });
}

Result<std::vector<JournalEntry>> AccountingRepository::entriesOf(OrderId order)
{
    QSqlQuery &q = m_db.prepared(QStringLiteral("SELECT ") + entryColumns
        + QStringLiteral(" FROM journal_entries e WHERE e.order_id = ? AND e.posted = 1 "
                         "ORDER BY e.id"));
    q.addBindValue(order.value());
    return Sql::fetchAll<JournalEntry>(q, readEntry);
}

Result<qint64> AccountingRepository::countEntries(const ListFilter &filter)
{
    return m_entries.count(filter);
}

Result<std::vector<JournalEntry>> AccountingRepository::entryPage(
    const ListFilter &filter, const ListSort &sort, qint64 offset, int limit)
{
    return m_entries.page<JournalEntry>(filter, sort, offset, limit, readEntry);
}

} // namespace Kontor
