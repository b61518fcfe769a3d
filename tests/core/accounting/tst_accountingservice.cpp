// SPDX-FileCopyrightText: 2026 The Kontor authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "testcompany.h"
#include "testresult.h"
#include "testsql.h"

#include "accounting/accountingservice.h"
#include "persistence/transaction.h"

#include <QSignalSpy>
#include <QTest>

#include <limits>

using namespace Kontor;
using namespace Kontor::Test;
using namespace Qt::StringLiterals;

namespace {

Money eur(qint64 cents)
{
    return Money(cents, Currency::eur());
}

JournalLine debit(AccountId account, Money amount)
{
    return { account, {}, {}, amount, Money::zero(amount.currency()), {} };
}

JournalLine credit(AccountId account, Money amount)
{
    return { account, {}, {}, Money::zero(amount.currency()), amount, {} };
}

AccountId account(Company &company, const QString &number)
{
    return valueOr(company.accounting().accountId(number), AccountId());
}

// A cash sale of 119.00 gross: bank 119.00 to revenue 100.00 and VAT 19.00.
JournalEntry cashSale(Company &company)
{
    JournalEntry e;
    e.bookingDate = QDate(2026, 5, 4);
    e.description = u"Barverkauf"_s;
    e.reference = u"KASSE-1"_s;
    e.currency = Currency::eur();
    e.lines = { debit(account(company, u"1200"_s), eur(11900)),
        credit(account(company, u"8400"_s), eur(10000)),
        credit(account(company, u"1776"_s), eur(1900)) };
    e.lines[1].vatRate = 1900; // the revenue and the tax keep their rate
    e.lines[2].vatRate = 1900;
    return e;
}

int auditRows(Company &company, const QString &action, qint64 id)
{
    return selectValue(company.database().connection(),
        u"SELECT count(*) FROM audit_log WHERE action = ? AND record_type = 'journal_entry' "
        "AND record_id = ?"_s,
        { action, id })
        .toInt();
}

// (debit, credit) of each line of a draft.
using DraftLines = QList<QPair<qint64, qint64>>;

// A draft entry written past the service, as a half-finished import would leave it.
qint64 insertDraft(Company &company, const DraftLines &debitsAndCredits)
{
    const QSqlDatabase db = company.database().connection();
    if (const QString e = execSql(db,
            u"INSERT INTO journal_entries (booking_date, description, currency, "
            "created_at, created_by) VALUES ('2026-05-05', 'Entwurf', 'EUR', "
            "'2026-05-05T10:00:00Z', 'tester')"_s);
        !e.isEmpty()) {
        qWarning("insertDraft: %s", qPrintable(e));
        return 0;
    }
    const qint64 id = selectValue(db, u"SELECT max(id) FROM journal_entries"_s).toLongLong();
    int lineNo = 0;
    for (const auto &[d, c] : debitsAndCredits) {
        if (const QString e = execSql(db,
                u"INSERT INTO journal_lines (entry_id, line_no, account_id, debit, credit) "
                "VALUES (?, ?, (SELECT id FROM accounts WHERE number = '1200'), ?, ?)"_s,
                { id, ++lineNo, d, c });
            !e.isEmpty())
            qWarning("insertDraft: %s", qPrintable(e));
    }
    return id;
}

QString journalState(Company &company)
{
    const QSqlDatabase db = company.database().connection();
    return selectValue(db,
               u"SELECT count(*) || '/' || coalesce(sum(debit), 0) || '/' || coalesce(sum(credit), "
               u"0) "
               "|| '/' || coalesce(group_concat(account_id || ':' || entry_id || ':' || line_no), "
               "'') "
               "FROM journal_lines"_s)
               .toString()
        + u" | "_s
        + selectValue(db,
            u"SELECT count(*) || '/' || coalesce(group_concat(id || ':' || posted || ':' || "
            "coalesce(number, '') || ':' || description), '') FROM journal_entries"_s)
              .toString();
}

} // namespace

class TestAccountingService : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void post_ofBalancedEntry_postsItUnderTheNextNumber();
    void post_ofEntryWithManyLines_keepsEveryLineInOrder();
    void post_ofInvalidEntry_isRefusedAndWritesNothing_data();
    void post_ofInvalidEntry_isRefusedAndWritesNothing();
    void post_afterRefusals_keepsNumbersGapless();
    void post_insideCallersRolledBackTransaction_announcesNothing();

    void database_refusesChangesOfPostedEntries_data();
    void database_refusesChangesOfPostedEntries();
    void database_refusesEntryInsertedAsPosted();
    void database_refusesPostingDraftThatDoesNotBalance_data();
    void database_refusesPostingDraftThatDoesNotBalance();
    void database_refusesMovingDraftLineIntoPostedEntry();
    void database_allowsPostingBalancedDraft();

    void reverse_ofPostedEntry_postsMirrorImageOnce();
    void reverse_ofDraftOrMissingEntry_isRefused();

    void accountId_ofUnknownNumber_isRefused();
    void createAccount_withTakenNumber_isRefused();
};

void TestAccountingService::post_ofBalancedEntry_postsItUnderTheNextNumber()
{
    TestCompany company;
    AccountingService &books = company->accounting();
    QSignalSpy posted(&books, &AccountingService::entryPosted);

    const auto id = books.post(TestCompany::actor(), cashSale(*company));
    KONTOR_VERIFY_OK(id);

    const auto entry = books.repository().findEntry(*id);
    KONTOR_VERIFY_OK(entry);
    QVERIFY(entry->has_value());
    const JournalEntry &e = **entry;
    QVERIFY(e.posted);
    QCOMPARE(e.number, u"B00000001"_s);
    QCOMPARE(e.postedBy, TestCompany::actor().name);
    QVERIFY(e.postedAt.isValid());
    QCOMPARE(e.bookingDate, QDate(2026, 5, 4));
    QCOMPARE(e.reference, u"KASSE-1"_s);
    QCOMPARE(e.amount, eur(11900));
    QCOMPARE(e.lines.size(), size_t(3));
    QCOMPARE(e.lines[0].accountNumber, u"1200"_s);
    QCOMPARE(e.lines[0].debit, eur(11900));
    QCOMPARE(e.lines[1].accountNumber, u"8400"_s);
    QCOMPARE(e.lines[1].credit, eur(10000));
    QCOMPARE(e.lines[2].accountNumber, u"1776"_s);
    QCOMPARE(e.lines[2].credit, eur(1900));

    QCOMPARE(posted.count(), 1);
    QCOMPARE(posted.first().first().value<JournalEntryId>(), *id);
    QCOMPARE(auditRows(*company, u"post"_s, id->value()), 1);

    const auto second = books.post(TestCompany::actor(), cashSale(*company));
    KONTOR_VERIFY_OK(second);
    QCOMPARE(valueOr(books.repository().findEntry(*second), std::optional<JournalEntry>())->number,
        u"B00000002"_s);
}

void TestAccountingService::post_ofEntryWithManyLines_keepsEveryLineInOrder()
{
    // A month's card takings split per day: one debit, 31 credits of 1.00, 2.00, … 31.00.
    TestCompany company;
    AccountingService &books = company->accounting();
    JournalEntry e = cashSale(*company);
    const AccountId bank = account(*company, u"1200"_s), revenue = account(*company, u"8400"_s);
    e.lines = { debit(bank, eur(49600)) };
    for (int day = 1; day <= 31; ++day)
        e.lines.push_back(credit(revenue, eur(day * 100)));
    const auto id = books.post(TestCompany::actor(), e);
    KONTOR_VERIFY_OK(id);

    const auto entry = books.repository().findEntry(*id);
    KONTOR_VERIFY_OK(entry);
    QVERIFY(entry->has_value());
    const JournalEntry &stored = **entry;
    QCOMPARE(stored.lines.size(), size_t(32));
    QCOMPARE(stored.lines[0].debit, eur(49600));
    for (int day = 1; day <= 31; ++day)
        QCOMPARE(stored.lines[size_t(day)].credit, eur(day * 100));
    QCOMPARE(selectValue(company->database().connection(),
                 u"SELECT group_concat(line_no) FROM (SELECT line_no FROM journal_lines "
                 "WHERE entry_id = ? ORDER BY id)"_s,
                 { id->value() })
                 .toString(),
        u"1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,"
        u"31,32"_s);
}

void TestAccountingService::post_ofInvalidEntry_isRefusedAndWritesNothing_data()
{
    QTest::addColumn<QString>("defect");
    QTest::newRow("unbalanced") << u"unbalanced"_s;
    QTest::newRow("one line") << u"one line"_s;
    QTest::newRow("no lines") << u"no lines"_s;
    QTest::newRow("line in another currency") << u"mixed currency"_s;
    QTest::newRow("entry and lines in USD, entry says EUR") << u"all USD"_s;
    QTest::newRow("zero line") << u"zero"_s;
    QTest::newRow("negative debit") << u"negative"_s;
    QTest::newRow("debit and credit on one line") << u"both"_s;
    QTest::newRow("no booking date") << u"no date"_s;
    QTest::newRow("no description") << u"no description"_s;
    QTest::newRow("no currency") << u"no currency"_s;
    QTest::newRow("account that does not exist") << u"unknown account"_s;
    QTest::newRow("amounts beyond 64 bits") << u"overflow"_s;
}

void TestAccountingService::post_ofInvalidEntry_isRefusedAndWritesNothing()
{
    QFETCH(QString, defect);
    TestCompany company;
    JournalEntry e = cashSale(*company);
    const AccountId bank = account(*company, u"1200"_s);
    const Currency usd = Currency::fromCode(u"USD");
    if (defect == u"unbalanced")
        e.lines[2].credit = eur(1899);
    else if (defect == u"one line")
        e.lines = { debit(bank, eur(0)) };
    else if (defect == u"no lines")
        e.lines.clear();
    else if (defect == u"mixed currency")
        e.lines.push_back(debit(bank, Money(1, usd)));
    else if (defect == u"all USD") {
        for (JournalLine &l : e.lines) {
            l.debit = Money(l.debit.minorUnits(), usd);
            l.credit = Money(l.credit.minorUnits(), usd);
        }
    } else if (defect == u"zero")
        e.lines.push_back(debit(bank, eur(0)));
    else if (defect == u"negative")
        e.lines = { debit(bank, eur(-500)), credit(account(*company, u"8400"_s), eur(-500)) };
    else if (defect == u"both")
        e.lines = { { bank, {}, {}, eur(500), eur(500), {} }, debit(bank, eur(100)),
            credit(bank, eur(100)) };
    else if (defect == u"no date")
        e.bookingDate = QDate();
    else if (defect == u"no description")
        e.description = u"  "_s;
    else if (defect == u"no currency")
        e.currency = Currency();
    else if (defect == u"unknown account")
        e.lines[1].account = AccountId(987654);
    else if (defect == u"overflow")
        e.lines = { debit(bank, eur(std::numeric_limits<qint64>::max())), debit(bank, eur(1)),
            credit(bank, eur(1)) };

    const DatabaseSnapshot before = snapshot(company->database().connection());
    QSignalSpy posted(&company->accounting(), &AccountingService::entryPosted);
    const auto id = company->accounting().post(TestCompany::actor(), e);
    QVERIFY(!id.ok());
    QVERIFY(!id.error().message.trimmed().isEmpty());
    QCOMPARE(posted.count(), 0);
    QCOMPARE(company->database().transactionDepth(), 0);
    const QString changes = describeChanges(before, snapshot(company->database().connection()));
    QVERIFY2(changes.isEmpty(), qPrintable(changes));
}

void TestAccountingService::post_afterRefusals_keepsNumbersGapless()
{
    TestCompany company;
    AccountingService &books = company->accounting();
    KONTOR_VERIFY_OK(books.post(TestCompany::actor(), cashSale(*company)));
    JournalEntry refusedByService = cashSale(*company);
    refusedByService.lines.pop_back();
    QVERIFY(!books.post(TestCompany::actor(), refusedByService).ok());
    JournalEntry refusedByDatabase = cashSale(*company);
    refusedByDatabase.lines[0].account = AccountId(987654);
    QVERIFY(!books.post(TestCompany::actor(), refusedByDatabase).ok());
    const auto third = books.post(TestCompany::actor(), cashSale(*company));
    KONTOR_VERIFY_OK(third);
    QCOMPARE(valueOr(books.repository().findEntry(*third), std::optional<JournalEntry>())->number,
        u"B00000002"_s);
    QCOMPARE(selectValue(company->database().connection(),
                 u"SELECT count(*) FROM audit_log WHERE action = 'post'"_s)
                 .toInt(),
        2);
}

void TestAccountingService::post_insideCallersRolledBackTransaction_announcesNothing()
{
    // A service that books as part of its own unit of work (an order, an import) and then
    // fails: the entry never existed, so no one may have been told about it.
    TestCompany company;
    QSignalSpy posted(&company->accounting(), &AccountingService::entryPosted);
    {
        Transaction outer(company->database());
        QVERIFY(outer.ok());
        KONTOR_VERIFY_OK(company->accounting().post(TestCompany::actor(), cashSale(*company)));
        // outer rolls back here
    }
    QCOMPARE(
        selectValue(company->database().connection(), u"SELECT count(*) FROM journal_entries"_s)
            .toInt(),
        0);
    QCOMPARE(posted.count(), 0);
}

void TestAccountingService::database_refusesChangesOfPostedEntries_data()
{
    QTest::addColumn<QString>("sql");
    QTest::newRow("raise a debit")
        << u"UPDATE journal_lines SET debit = debit + 100 WHERE entry_id = ? AND debit > 0"_s;
    QTest::newRow("move a line to another account")
        << u"UPDATE journal_lines SET account_id = (SELECT id FROM accounts WHERE number = '1000') WHERE entry_id = ?"_s;
    QTest::newRow("change a memo")
        << u"UPDATE journal_lines SET memo = 'fixed' WHERE entry_id = ?"_s;
    QTest::newRow("delete a line")
        << u"DELETE FROM journal_lines WHERE entry_id = ? AND line_no = 3"_s;
    QTest::newRow("delete all lines") << u"DELETE FROM journal_lines WHERE entry_id = ?"_s;
    QTest::newRow("add a line")
        << u"INSERT INTO journal_lines (entry_id, line_no, account_id, debit, credit) "
           "VALUES (?, 9, (SELECT id FROM accounts WHERE number = '1000'), 0, 5)"_s;
    QTest::newRow("change the description")
        << u"UPDATE journal_entries SET description = 'anders' WHERE id = ?"_s;
    QTest::newRow("change the booking date")
        << u"UPDATE journal_entries SET booking_date = '2025-12-31' WHERE id = ?"_s;
    QTest::newRow("unpost") << u"UPDATE journal_entries SET posted = 0 WHERE id = ?"_s;
    QTest::newRow("delete the entry") << u"DELETE FROM journal_entries WHERE id = ?"_s;
}

void TestAccountingService::database_refusesChangesOfPostedEntries()
{
    QFETCH(QString, sql);
    TestCompany company;
    const auto id = company->accounting().post(TestCompany::actor(), cashSale(*company));
    KONTOR_VERIFY_OK(id);
    const QString before = journalState(*company);

    const QString error = execSql(company->database().connection(), sql, { id->value() });
    QVERIFY2(!error.isEmpty(), "the database accepted the change");
    QVERIFY2(error.contains(u"reversal"_s), qPrintable(error));
    QCOMPARE(journalState(*company), before);
}

void TestAccountingService::database_refusesEntryInsertedAsPosted()
{
    TestCompany company;
    const QString error = execSql(company->database().connection(),
        u"INSERT INTO journal_entries (number, booking_date, description, currency, posted, "
        u"posted_at, "
        "posted_by, created_at, created_by) VALUES ('B99', '2026-01-01', 'x', 'EUR', 1, "
        "'2026-01-01T00:00:00Z', 'me', '2026-01-01T00:00:00Z', 'me')"_s);
    QVERIFY2(!error.isEmpty(), "the database accepted an entry born posted");
    QCOMPARE(
        selectValue(company->database().connection(), u"SELECT count(*) FROM journal_entries"_s)
            .toInt(),
        0);
}

void TestAccountingService::database_refusesPostingDraftThatDoesNotBalance_data()
{
    QTest::addColumn<DraftLines>("lines");
    QTest::newRow("debits above credits") << DraftLines { { 1000, 0 }, { 0, 999 } };
    QTest::newRow("credits above debits") << DraftLines { { 500, 0 }, { 0, 300 }, { 0, 300 } };
    QTest::newRow("a single line") << DraftLines { { 1000, 0 } };
    QTest::newRow("no lines") << DraftLines {};
}

void TestAccountingService::database_refusesPostingDraftThatDoesNotBalance()
{
    QFETCH(DraftLines, lines);
    TestCompany company;
    const qint64 draft = insertDraft(*company, lines);
    QVERIFY(draft > 0);
    const QString error = execSql(company->database().connection(),
        u"UPDATE journal_entries SET posted = 1, number = 'B-X', posted_at = "
        "'2026-05-05T10:00:00Z', posted_by = 'me' WHERE id = ?"_s,
        { draft });
    QVERIFY2(!error.isEmpty(), "the database posted a draft that does not balance");
    QCOMPARE(selectValue(company->database().connection(),
                 u"SELECT posted FROM journal_entries WHERE id = ?"_s, { draft })
                 .toInt(),
        0);
}

void TestAccountingService::database_refusesMovingDraftLineIntoPostedEntry()
{
    TestCompany company;
    const auto posted = company->accounting().post(TestCompany::actor(), cashSale(*company));
    KONTOR_VERIFY_OK(posted);
    const qint64 draft = insertDraft(*company, { { 700, 0 } });
    QVERIFY(draft > 0);
    const QString before = journalState(*company);
    const QString error = execSql(company->database().connection(),
        u"UPDATE journal_lines SET entry_id = ?, line_no = 9 WHERE entry_id = ?"_s,
        { posted->value(), draft });
    QVERIFY2(!error.isEmpty(), "a line was moved into a posted entry");
    QCOMPARE(journalState(*company), before);
}

void TestAccountingService::database_allowsPostingBalancedDraft()
{
    // The triggers refuse what is wrong, not everything: drafts are edited and posted freely.
    TestCompany company;
    const qint64 draft = insertDraft(*company, { { 1000, 0 }, { 0, 400 }, { 0, 500 } });
    QVERIFY(draft > 0);
    const QSqlDatabase db = company->database().connection();
    QCOMPARE(
        execSql(db, u"UPDATE journal_lines SET credit = 600 WHERE entry_id = ? AND line_no = 3"_s,
            { draft }),
        QString());
    QCOMPARE(execSql(db,
                 u"UPDATE journal_entries SET posted = 1, number = 'B-X', posted_at = "
                 "'2026-05-05T10:00:00Z', posted_by = 'me' WHERE id = ?"_s,
                 { draft }),
        QString());
    QCOMPARE(
        selectValue(db, u"SELECT posted FROM journal_entries WHERE id = ?"_s, { draft }).toInt(),
        1);
}

void TestAccountingService::reverse_ofPostedEntry_postsMirrorImageOnce()
{
    TestCompany company;
    AccountingService &books = company->accounting();
    const auto original = books.post(TestCompany::actor(), cashSale(*company));
    KONTOR_VERIFY_OK(original);
    QSignalSpy posted(&books, &AccountingService::entryPosted);

    const auto reversal = books.reverse(TestCompany::actor(), *original, QDate(2026, 6, 1));
    KONTOR_VERIFY_OK(reversal);
    QCOMPARE(posted.count(), 1);
    const auto found = books.repository().findEntry(*reversal);
    KONTOR_VERIFY_OK(found);
    QVERIFY(found->has_value());
    const JournalEntry &r = **found;
    const JournalEntry o
        = *valueOr(books.repository().findEntry(*original), std::optional<JournalEntry>());
    QVERIFY(r.posted);
    QCOMPARE(r.number, u"B00000002"_s);
    QCOMPARE(r.reverses, *original);
    QCOMPARE(r.bookingDate, QDate(2026, 6, 1));
    QCOMPARE(r.reference, o.reference);
    QVERIFY(r.description.contains(o.number));
    QCOMPARE(r.lines.size(), o.lines.size());
    for (size_t i = 0; i < r.lines.size(); ++i) {
        QCOMPARE(r.lines[i].account, o.lines[i].account);
        QCOMPARE(r.lines[i].debit, o.lines[i].credit);
        QCOMPARE(r.lines[i].credit, o.lines[i].debit);
        QCOMPARE(r.lines[i].vatRate, o.lines[i].vatRate);
    }
    QCOMPARE(o.lines[0].vatRate, std::nullopt);
    QCOMPARE(o.lines[1].vatRate, std::optional(1900));
    // Together the two leave every account as it was.
    QCOMPARE(selectValue(company->database().connection(),
                 u"SELECT count(*) FROM (SELECT account_id FROM journal_lines GROUP BY account_id "
                 "HAVING sum(debit) <> sum(credit))"_s)
                 .toInt(),
        0);
    QCOMPARE(auditRows(*company, u"post"_s, reversal->value()), 1);

    const DatabaseSnapshot before = snapshot(company->database().connection());
    const auto again = books.reverse(TestCompany::actor(), *original, QDate(2026, 6, 2));
    QVERIFY(!again.ok());
    QVERIFY2(again.error().message.contains(o.number), qPrintable(again.error().message));
    QCOMPARE(posted.count(), 1);
    const QString changes = describeChanges(before, snapshot(company->database().connection()));
    QVERIFY2(changes.isEmpty(), qPrintable(changes));
}

void TestAccountingService::reverse_ofDraftOrMissingEntry_isRefused()
{
    TestCompany company;
    const qint64 draft = insertDraft(*company, { { 100, 0 }, { 0, 100 } });
    QVERIFY(draft > 0);
    const DatabaseSnapshot before = snapshot(company->database().connection());
    for (const JournalEntryId id : { JournalEntryId(draft), JournalEntryId(424242) }) {
        const auto reversal
            = company->accounting().reverse(TestCompany::actor(), id, QDate(2026, 6, 1));
        QVERIFY(!reversal.ok());
        QVERIFY(!reversal.error().message.isEmpty());
    }
    const QString changes = describeChanges(before, snapshot(company->database().connection()));
    QVERIFY2(changes.isEmpty(), qPrintable(changes));
    QCOMPARE(company->database().transactionDepth(), 0);
}

void TestAccountingService::accountId_ofUnknownNumber_isRefused()
{
    TestCompany company;
    QVERIFY(company->accounting().accountId(u"8400"_s).ok());
    const auto unknown = company->accounting().accountId(u"4711"_s);
    QVERIFY(!unknown.ok());
    QVERIFY(unknown.error().message.contains(u"4711"_s));
}

void TestAccountingService::createAccount_withTakenNumber_isRefused()
{
    TestCompany company;
    Account duplicate;
    duplicate.number = u"1200"_s;
    duplicate.name = u"Zweite Bank"_s;
    const DatabaseSnapshot before = snapshot(company->database().connection());
    QVERIFY(!company->accounting().createAccount(TestCompany::actor(), duplicate).ok());
    Account nameless;
    nameless.number = u"1300"_s;
    QVERIFY(!company->accounting().createAccount(TestCompany::actor(), nameless).ok());
    const QString changes = describeChanges(before, snapshot(company->database().connection()));
    QVERIFY2(changes.isEmpty(), qPrintable(changes));
}

QTEST_GUILESS_MAIN(TestAccountingService)
#include "tst_accountingservice.moc"
