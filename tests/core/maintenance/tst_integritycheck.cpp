// SPDX-FileCopyrightText: 2026 The Kontor authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "testcompany.h"
#include "testresult.h"
#include "testsql.h"

#include "maintenance/integritycheck.h"

#include <QTest>

#include <memory>

using namespace Kontor;
using namespace Kontor::Test;
using namespace Qt::StringLiterals;

namespace {

using Area = IntegrityProblem::Area;

std::vector<IntegrityProblem> problemsIn(const std::vector<IntegrityProblem> &all, Area area)
{
    std::vector<IntegrityProblem> result;
    std::copy_if(all.begin(), all.end(), std::back_inserter(result),
        [area](const IntegrityProblem &p) { return p.area == area; });
    return result;
}

QString describe(const std::vector<IntegrityProblem> &problems)
{
    QStringList lines;
    for (const IntegrityProblem &p : problems)
        lines << IntegrityCheck::areaName(p.area) + u": "_s + p.message;
    return lines.join(u'\n');
}

} // namespace

class TestIntegrityCheck : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void run_onCleanCompany_findsNothing();
    void run_onEmptyCompany_findsNothing();
    void run_readsOnly();
    void run_withStockLevelOff_namesArticleAndWarehouse_data();
    void run_withStockLevelOff_namesArticleAndWarehouse();
    void run_withManyBadLevels_reportsFiftyAndHowManyMore();
    void run_withChangedPostedDebit_reportsEntryAndTrialBalance();
    void run_withPostedEntryLackingALine_reportsIt();
    void run_withDeletedReferencedCustomer_reportsTheReference();
    void run_withRowCounterOff_namesTheCounter();
    void run_withUnknownRowCounter_reportsIt();
    void run_withEditedAuditRow_namesTheFirstBrokenLink_data();
    void run_withEditedAuditRow_namesTheFirstBrokenLink();
    void open_ofCompanyFromBeforeTheChain_chainsItsAuditRows();
    void areaName_namesEveryArea();

private:
    Company &company() { return **m_company; }
    QSqlDatabase db() { return company().database().connection(); }
    std::vector<IntegrityProblem> check();

    std::unique_ptr<TestCompany> m_company;
};

void TestIntegrityCheck::init()
{
    m_company = std::make_unique<TestCompany>(TestCompany::Setup::Demo, 120);
}

void TestIntegrityCheck::cleanup()
{
    m_company.reset();
}

std::vector<IntegrityProblem> TestIntegrityCheck::check()
{
    return valueOr(IntegrityCheck::run(company().database()),
        std::vector<IntegrityProblem> { { Area::File, u"the check could not run"_s } });
}

void TestIntegrityCheck::run_onCleanCompany_findsNothing()
{
    const auto problems = check();
    QVERIFY2(problems.empty(), qPrintable(describe(problems)));
}

void TestIntegrityCheck::run_onEmptyCompany_findsNothing()
{
    TestCompany empty(TestCompany::Setup::Empty);
    const auto problems = IntegrityCheck::run(empty->database());
    KONTOR_VERIFY_OK(problems);
    QVERIFY2(problems->empty(), qPrintable(describe(*problems)));
}

void TestIntegrityCheck::run_readsOnly()
{
    QCOMPARE(
        execSql(db(),
            u"UPDATE stock_levels SET quantity = quantity + 1 WHERE rowid = (SELECT min(rowid) FROM stock_levels)"_s),
        QString());
    const DatabaseSnapshot before = snapshot(db());
    const qint64 changesBefore = selectValue(db(), u"SELECT total_changes()"_s).toLongLong();
    QCOMPARE(check().size(), size_t(1));
    QCOMPARE(selectValue(db(), u"SELECT total_changes()"_s).toLongLong(), changesBefore);
    const QString changes = describeChanges(before, snapshot(db()));
    QVERIFY2(changes.isEmpty(), qPrintable(changes));
}

void TestIntegrityCheck::run_withStockLevelOff_namesArticleAndWarehouse_data()
{
    QTest::addColumn<QString>("tampering");
    QTest::newRow("level raised by 3")
        << u"UPDATE stock_levels SET quantity = quantity + 3 WHERE article_id = ? AND warehouse_id = ?"_s;
    QTest::newRow("level lowered to zero")
        << u"UPDATE stock_levels SET quantity = 0 WHERE article_id = ? AND warehouse_id = ?"_s;
    QTest::newRow("level row deleted")
        << u"DELETE FROM stock_levels WHERE article_id = ? AND warehouse_id = ?"_s;
}

void TestIntegrityCheck::run_withStockLevelOff_namesArticleAndWarehouse()
{
    QFETCH(QString, tampering);
    const QSqlDatabase c = db();
    const qint64 article
        = selectValue(c, u"SELECT id FROM articles WHERE sku = 'KER-0018'"_s).toLongLong();
    const qint64 warehouse
        = selectValue(c, u"SELECT id FROM warehouses WHERE code = 'NORD'"_s).toLongLong();
    QVERIFY(article > 0 && warehouse > 0);
    QVERIFY(selectValue(c,
                u"SELECT quantity FROM stock_levels WHERE article_id = ? AND warehouse_id = ?"_s,
                { article, warehouse })
                .toLongLong()
        > 0);
    QCOMPARE(execSql(c, tampering, { article, warehouse }), QString());

    const auto problems = check();
    QCOMPARE(problems.size(), size_t(1));
    QCOMPARE(problems.front().area, Area::Stock);
    QVERIFY2(
        problems.front().message.contains(u"KER-0018"_s), qPrintable(problems.front().message));
    QVERIFY2(problems.front().message.contains(u"NORD"_s), qPrintable(problems.front().message));
}

void TestIntegrityCheck::run_withManyBadLevels_reportsFiftyAndHowManyMore()
{
    const qint64 levels = selectValue(db(), u"SELECT count(*) FROM stock_levels"_s).toLongLong();
    QVERIFY2(levels > 55, qPrintable(QString::number(levels)));
    QCOMPARE(execSql(db(), u"UPDATE stock_levels SET quantity = quantity + 1"_s), QString());

    const auto problems = problemsIn(check(), Area::Stock);
    QCOMPARE(problems.size(), size_t(51));
    QVERIFY2(problems.back().message.contains(QString::number(levels - 50)),
        qPrintable(problems.back().message));
}

void TestIntegrityCheck::run_withChangedPostedDebit_reportsEntryAndTrialBalance()
{
    // The database refuses this, so the trigger has to go first, as a careless tool might do.
    QCOMPARE(execSql(db(), u"DROP TRIGGER journal_lines_posted_no_update"_s), QString());
    const QString number = selectValue(db(),
        u"SELECT number FROM journal_entries WHERE posted = 1 "
        "ORDER BY id DESC LIMIT 1"_s)
                               .toString();
    QVERIFY(!number.isEmpty());
    QCOMPARE(execSql(db(),
                 u"UPDATE journal_lines SET debit = debit + 1 WHERE id = (SELECT min(l.id) FROM "
                 "journal_lines l JOIN journal_entries e ON e.id = l.entry_id "
                 "WHERE e.number = ? AND l.debit > 0)"_s,
                 { number }),
        QString());

    const auto all = check();
    const auto ledger = problemsIn(all, Area::Ledger);
    QCOMPARE(ledger.size(), size_t(2)); // the entry, and the trial balance
    QCOMPARE(all.size(), ledger.size());
    QVERIFY2(std::any_of(ledger.begin(), ledger.end(),
                 [&](const IntegrityProblem &p) { return p.message.contains(number); }),
        qPrintable(describe(ledger)));
    QVERIFY2(std::any_of(ledger.begin(), ledger.end(),
                 [&](const IntegrityProblem &p) { return p.message.contains(u"EUR"_s); }),
        qPrintable(describe(ledger)));
}

void TestIntegrityCheck::run_withPostedEntryLackingALine_reportsIt()
{
    QCOMPARE(execSql(db(), u"DROP TRIGGER journal_lines_posted_no_delete"_s), QString());
    const QString number = selectValue(db(),
        u"SELECT e.number FROM journal_entries e JOIN journal_lines l "
        "ON l.entry_id = e.id WHERE e.posted = 1 GROUP BY e.id "
        "HAVING count(*) = 2 LIMIT 1"_s)
                               .toString();
    QVERIFY(!number.isEmpty());
    QCOMPARE(execSql(db(),
                 u"DELETE FROM journal_lines WHERE id = (SELECT max(l.id) FROM journal_lines l "
                 "JOIN journal_entries e ON e.id = l.entry_id WHERE e.number = ?)"_s,
                 { number }),
        QString());

    const auto ledger = problemsIn(check(), Area::Ledger);
    QVERIFY2(std::any_of(ledger.begin(), ledger.end(),
                 [&](const IntegrityProblem &p) {
                     return p.message.contains(number) && p.message.contains(u"two lines"_s);
                 }),
        qPrintable(describe(ledger)));
}

void TestIntegrityCheck::run_withDeletedReferencedCustomer_reportsTheReference()
{
    QCOMPARE(execSql(db(), u"PRAGMA foreign_keys = OFF"_s), QString());
    const qint64 customer
        = selectValue(db(), u"SELECT customer_id FROM orders ORDER BY id LIMIT 1"_s).toLongLong();
    QVERIFY(customer > 0);
    const qint64 orders
        = selectValue(db(), u"SELECT count(*) FROM orders WHERE customer_id = ?"_s, { customer })
              .toLongLong();
    QCOMPARE(execSql(db(), u"DELETE FROM customers WHERE id = ?"_s, { customer }), QString());
    QCOMPARE(execSql(db(), u"PRAGMA foreign_keys = ON"_s), QString());

    const auto all = check();
    const auto references = problemsIn(all, Area::ForeignKeys);
    QCOMPARE(qint64(references.size()), orders);
    QCOMPARE(all.size(), references.size());
    for (const IntegrityProblem &p : references) {
        QVERIFY2(p.message.contains(u"orders"_s), qPrintable(p.message));
        QVERIFY2(p.message.contains(u"customers"_s), qPrintable(p.message));
    }
}

void TestIntegrityCheck::run_withRowCounterOff_namesTheCounter()
{
    QCOMPARE(execSql(db(),
                 u"UPDATE row_counts SET row_count = row_count + 2 WHERE name = 'order_lines'"_s),
        QString());
    const auto problems = check();
    QCOMPARE(problems.size(), size_t(1));
    QCOMPARE(problems.front().area, Area::Counters);
    QVERIFY2(
        problems.front().message.contains(u"order_lines"_s), qPrintable(problems.front().message));
}

void TestIntegrityCheck::run_withUnknownRowCounter_reportsIt()
{
    QCOMPARE(execSql(db(), u"INSERT INTO row_counts (name, row_count) VALUES ('invoices', 3)"_s),
        QString());
    const auto problems = check();
    QCOMPARE(problems.size(), size_t(1));
    QCOMPARE(problems.front().area, Area::Counters);
    QVERIFY2(
        problems.front().message.contains(u"invoices"_s), qPrintable(problems.front().message));
}

// Someone with the file and an SQLite shell goes around the append-only triggers.
void TestIntegrityCheck::run_withEditedAuditRow_namesTheFirstBrokenLink_data()
{
    QTest::addColumn<QString>("tampering");
    QTest::addColumn<QString>("named"); // in the message
    QTest::newRow("summary changed")
        << u"UPDATE audit_log SET summary = summary || ' (corrected)' WHERE id = 40"_s
        << u"row 40 was changed"_s;
    QTest::newRow("user changed") << u"UPDATE audit_log SET user_name = 'someone' WHERE id = 41"_s
                                  << u"row 41 was changed"_s;
    QTest::newRow("row removed") << u"DELETE FROM audit_log WHERE id = 40"_s
                                 << u"row 41 does not follow row 39"_s;
    // Inserting is allowed, but not a row that does not follow from the one before.
    QTest::newRow("row slipped in")
        << u"INSERT INTO audit_log (id, occurred_at, user_name, action, record_type, summary, hash) "
           "SELECT id + 1, occurred_at, 'someone', action, record_type, summary, hash "
           "FROM audit_log WHERE id = (SELECT max(id) FROM audit_log)"_s
        << u"was changed"_s;
}

void TestIntegrityCheck::run_withEditedAuditRow_namesTheFirstBrokenLink()
{
    QFETCH(QString, tampering);
    QFETCH(QString, named);
    if (!tampering.startsWith(u"INSERT"))
        QVERIFY(execSql(db(), tampering).contains(u"append-only"_s)); // the triggers refuse it
    QCOMPARE(execSql(db(), u"DROP TRIGGER audit_log_no_update"_s), QString());
    QCOMPARE(execSql(db(), u"DROP TRIGGER audit_log_no_delete"_s), QString());
    QCOMPARE(execSql(db(), tampering), QString());
    const auto problems = check();
    QCOMPARE(problems.size(), size_t(1));
    QCOMPARE(problems.front().area, Area::AuditLog);
    QVERIFY2(problems.front().message.contains(named), qPrintable(problems.front().message));
}

void TestIntegrityCheck::open_ofCompanyFromBeforeTheChain_chainsItsAuditRows()
{
    // As schema 2 left them: rows without hashes.
    QCOMPARE(execSql(db(), u"DROP TRIGGER audit_log_no_update"_s), QString());
    QCOMPARE(execSql(db(), u"UPDATE audit_log SET hash = NULL WHERE id <= 30"_s), QString());
    QVERIFY(describe(check()).contains(u"no hash"_s));
    m_company->reopen();
    QVERIFY2(check().empty(), qPrintable(describe(check())));
    QCOMPARE(selectValue(db(), u"SELECT count(*) FROM audit_log WHERE hash IS NULL"_s).toInt(), 0);
}

void TestIntegrityCheck::areaName_namesEveryArea()
{
    QStringList names;
    for (Area area : { Area::File, Area::ForeignKeys, Area::Ledger, Area::Stock, Area::Counters,
             Area::AuditLog }) {
        const QString name = IntegrityCheck::areaName(area);
        QVERIFY(!name.isEmpty());
        QVERIFY(!names.contains(name));
        names << name;
    }
}

QTEST_GUILESS_MAIN(TestIntegrityCheck)
#include "tst_integritycheck.moc"
