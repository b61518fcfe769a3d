// SPDX-FileCopyrightText: 2026 The Kontor authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "testcompany.h"
#include "testresult.h"
#include "testsql.h"

#include "demo/democompany.h"
#include "maintenance/integritycheck.h"

#include <QCryptographicHash>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>

using namespace Kontor;
using namespace Kontor::Test;
using namespace Qt::StringLiterals;

namespace {

// What the demo made, without what depends on the clock (created_at, posted_at).
QByteArray digestOf(Company &company)
{
    const QString queries[] = {
        u"SELECT number, shop, external_id, customer_id, ordered_at, status, net_total, tax_total, "
        "shipping, total, payment_method FROM orders ORDER BY id"_s,
        u"SELECT order_id, line_no, article_id, sku, quantity, unit_price, discount, vat_rate, "
        "gross_amount FROM order_lines ORDER BY id"_s,
        u"SELECT number, name, email, city FROM customers ORDER BY id"_s,
        u"SELECT sku, name, sales_price, purchase_price, vat_rate FROM articles ORDER BY id"_s,
        u"SELECT article_id, warehouse_id, quantity, kind, occurred_at FROM stock_movements ORDER BY id"_s,
        u"SELECT number, booking_date, description, order_id FROM journal_entries ORDER BY id"_s,
        u"SELECT entry_id, account_id, debit, credit FROM journal_lines ORDER BY id"_s,
        u"SELECT number, first_name, last_name, department_id, hired_on, monthly_salary FROM employees ORDER BY id"_s,
    };
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const QString &sql : queries) {
        QSqlQuery q(company.database().connection());
        if (!q.exec(sql))
            return {};
        const int columns = q.record().count();
        while (q.next()) {
            for (int i = 0; i < columns; ++i) {
                hash.addData(q.value(i).toString().toUtf8());
                hash.addData(QByteArrayView("\x1f"));
            }
            hash.addData(QByteArrayView("\x1e"));
        }
    }
    return hash.result();
}

qint64 count(Company &company, const QString &sql)
{
    return selectValue(company.database().connection(), sql).toLongLong();
}

} // namespace

class TestDemoCompany : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void generate_withSameSeed_makesTheSameCompany();
    void generate_withOtherSeed_makesAnotherCompany();
    void generate_makesPlausibleShop();
    void generate_leavesBalancedBooksAndConsistentStock();
    void generate_intoEmptyFile_setsTheCompanyUp();
    void generate_withoutOrders_makesMasterDataOnly();
    void generate_reportsProgressAndStopsWhenAsked();
    void generate_intoCompanyWithOrders_isRefusedAndChangesNothing();
    void generate_withNegativeOrderCount_isRefused();
};

void TestDemoCompany::generate_withSameSeed_makesTheSameCompany()
{
    TestCompany first(TestCompany::Setup::Demo, 120);
    TestCompany second(TestCompany::Setup::Demo, 120);
    const QByteArray digest = digestOf(*first);
    QVERIFY(!digest.isEmpty());
    QCOMPARE(digestOf(*second), digest);
}

void TestDemoCompany::generate_withOtherSeed_makesAnotherCompany()
{
    TestCompany usual(TestCompany::Setup::Demo, 60);
    TestCompany other(TestCompany::Setup::Initialised);
    DemoOptions options;
    options.orders = 60;
    options.seed = 7;
    KONTOR_VERIFY_OK(DemoCompany::generate(*other, TestCompany::actor(), options));
    QCOMPARE(count(*other, u"SELECT count(*) FROM orders"_s), qint64(60));
    QVERIFY(digestOf(*other) != digestOf(*usual));
}

void TestDemoCompany::generate_makesPlausibleShop()
{
    constexpr qint64 orders = 150;
    TestCompany company(TestCompany::Setup::Demo, orders);
    QCOMPARE(count(*company, u"SELECT count(*) FROM orders"_s), orders);
    const qint64 lines = count(*company, u"SELECT count(*) FROM order_lines"_s);
    QVERIFY2(lines >= orders && lines <= 5 * orders, qPrintable(QString::number(lines)));
    QCOMPARE(count(*company,
                 u"SELECT count(*) FROM orders o WHERE NOT EXISTS "
                 "(SELECT 1 FROM order_lines l WHERE l.order_id = o.id)"_s),
        qint64(0));
    QCOMPARE(count(*company, u"SELECT count(*) FROM warehouses"_s), qint64(2));
    QVERIFY(count(*company, u"SELECT count(*) FROM customers"_s) >= 40);
    QVERIFY(count(*company, u"SELECT count(*) FROM articles"_s) >= 14);
    const qint64 employees = count(*company, u"SELECT count(*) FROM employees"_s);
    QVERIFY(employees > 0);
    QCOMPARE(count(*company, u"SELECT count(*) FROM employees WHERE department_id IS NULL"_s),
        qint64(0));
    QVERIFY(count(*company, u"SELECT count(*) FROM departments"_s) >= 2);
    QCOMPARE(count(*company,
                 u"SELECT count(DISTINCT customer_id) FROM orders WHERE customer_id IS NULL"_s),
        qint64(0));
    // Every order took stock and was booked.
    QCOMPARE(count(*company,
                 u"SELECT count(*) FROM orders o WHERE NOT EXISTS (SELECT 1 FROM journal_entries e "
                 "WHERE e.order_id = o.id AND e.posted = 1)"_s),
        qint64(0));
    QVERIFY(count(*company, u"SELECT count(*) FROM stock_movements WHERE kind = 'sale'"_s) > 0);
}

void TestDemoCompany::generate_leavesBalancedBooksAndConsistentStock()
{
    TestCompany company(TestCompany::Setup::Demo, 150);
    const auto problems = IntegrityCheck::run(company->database());
    KONTOR_VERIFY_OK(problems);
    QVERIFY(problems->empty());
    QCOMPARE(count(*company, u"SELECT sum(debit) - sum(credit) FROM journal_lines"_s), qint64(0));
    QCOMPARE(count(*company, u"SELECT count(*) FROM stock_levels WHERE quantity < 0"_s), qint64(0));
    QCOMPARE(
        count(*company, u"SELECT count(*) FROM journal_entries WHERE posted = 0"_s), qint64(0));
    // Receivables of paid orders are settled: what is open is the orders not yet paid.
    QCOMPARE(count(*company,
                 u"SELECT coalesce(sum(l.debit) - sum(l.credit), 0) FROM journal_lines l "
                 "JOIN accounts a ON a.id = l.account_id WHERE a.number = '1400'"_s),
        count(*company, u"SELECT coalesce(sum(total), 0) FROM orders WHERE status = 'open'"_s));
}

void TestDemoCompany::generate_intoEmptyFile_setsTheCompanyUp()
{
    TestCompany company(TestCompany::Setup::Empty);
    DemoOptions options;
    options.orders = 10;
    KONTOR_VERIFY_OK(DemoCompany::generate(*company, TestCompany::actor(), options));
    QVERIFY(valueOr(company->isInitialised(), false));
    QVERIFY(!valueOr(company->profile(), CompanyProfile {}).name.isEmpty());
    QCOMPARE(count(*company, u"SELECT count(*) FROM orders"_s), qint64(10));
}

void TestDemoCompany::generate_withoutOrders_makesMasterDataOnly()
{
    TestCompany company(TestCompany::Setup::Demo, 0);
    QCOMPARE(count(*company, u"SELECT count(*) FROM orders"_s), qint64(0));
    QVERIFY(count(*company, u"SELECT count(*) FROM articles"_s) > 0);
    QVERIFY(count(*company, u"SELECT count(*) FROM customers"_s) > 0);
    QVERIFY(count(*company, u"SELECT count(*) FROM stock_levels WHERE quantity > 0"_s) > 0);
}

void TestDemoCompany::generate_reportsProgressAndStopsWhenAsked()
{
    TestCompany company;
    QList<QPair<qint64, qint64>> reports;
    DemoOptions options;
    options.orders = 1200;
    options.progress = [&](qint64 done, qint64 total) {
        reports.append({ done, total });
        return false; // stop after the first report
    };
    const Status s = DemoCompany::generate(*company, TestCompany::actor(), options);
    QVERIFY(!s.ok());
    QVERIFY(!s.error().message.isEmpty());
    QCOMPARE(reports.size(), 1);
    QCOMPARE(reports.front().second, qint64(1200));
    QVERIFY(reports.front().first > 0 && reports.front().first < 1200);
    // What was reported as done is kept, and it is consistent.
    QCOMPARE(count(*company, u"SELECT count(*) FROM orders"_s), reports.front().first);
    const auto problems = IntegrityCheck::run(company->database());
    KONTOR_VERIFY_OK(problems);
    QVERIFY(problems->empty());
}

void TestDemoCompany::generate_intoCompanyWithOrders_isRefusedAndChangesNothing()
{
    TestCompany company(TestCompany::Setup::Demo, 30);
    const DatabaseSnapshot before = snapshot(company->database().connection());
    DemoOptions options;
    options.orders = 30;
    const Status s = DemoCompany::generate(*company, TestCompany::actor(), options);
    QVERIFY(!s.ok());
    QVERIFY(!s.error().message.isEmpty());
    const QString changes = describeChanges(before, snapshot(company->database().connection()));
    QVERIFY2(changes.isEmpty(), qPrintable(changes));
}

void TestDemoCompany::generate_withNegativeOrderCount_isRefused()
{
    TestCompany company(TestCompany::Setup::Empty);
    const DatabaseSnapshot before = snapshot(company->database().connection());
    DemoOptions options;
    options.orders = -1;
    QVERIFY(!DemoCompany::generate(*company, TestCompany::actor(), options).ok());
    const QString changes = describeChanges(before, snapshot(company->database().connection()));
    QVERIFY2(changes.isEmpty(), qPrintable(changes));
}

QTEST_GUILESS_MAIN(TestDemoCompany)
#include "tst_democompany.moc"
