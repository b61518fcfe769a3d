// SPDX-FileCopyrightText: 2026 The Kontor authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "builders.h"
#include "testcompany.h"
#include "testresult.h"
#include "testsql.h"

#include "accounting/accountingservice.h"
#include "common/accesspolicy.h"
#include "customers/customerservice.h"
#include "importing/importservice.h"
#include "orders/orderservice.h"
#include "personnel/personnelservice.h"
#include "stock/stockservice.h"
#include "users/userservice.h"

#include <QTest>

#include <functional>

using namespace Kontor;
using namespace Kontor::Test;
using namespace Qt::StringLiterals;

namespace {

using Operation = std::function<bool(Company &, const Actor &)>;

struct Case
{
    const char *name;
    Permission needs;
    Operation run;  ///< true when the service did it
};

std::vector<Case> operations()
{
    return {
        {"post a booking", Permission::PostBookings, [](Company &c, const Actor &a) {
             JournalEntry entry;
             entry.bookingDate = QDate(2026, 12, 1);
             entry.description = u"Kasse an Bank"_s;
             entry.currency = Currency::eur();
             entry.lines = {JournalLine::debiting(*c.accounting().accountId(u"1200"_s), Money(500, Currency::eur())),
                            JournalLine::crediting(*c.accounting().accountId(u"1000"_s), Money(500, Currency::eur()))};
             return bool(c.accounting().post(a, entry));
         }},
        {"enter an order", Permission::EditOrders, [](Company &c, const Actor &a) {
             const ArticleId article = *c.stock().repository().findArticleBySku(u"TEE-1"_s).value();
             // Its sale and stock movement are booked as consequences, whoever enters it.
             return bool(c.orders().create(a, OrderBuilder(u"A-7"_s).line(article, 2, 1190).build()));
         }},
        {"enter a customer", Permission::EditCustomers, [](Company &c, const Actor &a) {
             Customer customer;
             customer.name = u"Erika Muster"_s;
             customer.country = u"DE"_s;
             return bool(c.customers().create(a, customer));
         }},
        {"enter an article", Permission::EditArticles, [](Company &c, const Actor &a) {
             return bool(c.stock().createArticle(a, ArticleBuilder(u"NEU-1"_s).build()));
         }},
        {"adjust stock", Permission::AdjustStock, [](Company &c, const Actor &a) {
             StockMovement m;
             m.article = *c.stock().repository().findArticleBySku(u"TEE-1"_s).value();
             m.warehouse = mainWarehouse(c);
             m.quantity = Quantity(-1);
             m.kind = MovementKind::Adjustment;
             m.occurredAt = QDateTime::currentDateTimeUtc();
             return bool(c.stock().recordMovement(a, m));
         }},
        {"enter an employee", Permission::EditPersonnel, [](Company &c, const Actor &a) {
             Employee e;
             e.firstName = u"Jana"_s;
             e.lastName = u"Lohn"_s;
             e.jobTitle = u"Packerin"_s;
             e.hiredOn = QDate(2026, 1, 1);
             e.monthlySalary = Money(280000, Currency::eur());
             return bool(c.personnel().createEmployee(a, e));
         }},
        {"import orders", Permission::RunImports, [](Company &c, const Actor &a) {
             ImportOptions options;
             options.profile = ImportProfile::builtIn(u"shopify");
             return bool(c.imports().importFile(
                 a, qEnvironmentVariable("KONTOR_SOURCE_DIR") + u"/tests/data/import/shopify-orders.csv"_s,
                 options));
         }},
        {"add a user", Permission::ManageUsers, [](Company &c, const Actor &a) {
             return bool(c.users().addUser(a, {u"neu"_s, {}, u"clerk"_s, u"Ein anderes Konto 1"_s}));
         }},
        {"add an account", Permission::EditSettings, [](Company &c, const Actor &a) {
             return bool(c.accounting().createAccount(a, {{}, u"1361"_s, u"Geldtransit"_s, AccountKind::Asset, -1}));
         }},
    };
}

} // namespace

/// Roles × operations, through the services: the core refuses what a role may not do, whatever
/// calls it, and a refused call changes nothing.
class TestAccessPolicy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void services_doWhatTheRoleAllowsOnly_data()
    {
        QTest::addColumn<QString>("role");
        QTest::addColumn<int>("operation");
        const auto cases = operations();
        for (const Role &role : builtInRoles()) {
            for (size_t i = 0; i < cases.size(); ++i)
                QTest::addRow("%s, %s", qPrintable(role.name), cases[i].name) << role.name << int(i);
        }
    }
    void services_doWhatTheRoleAllowsOnly()
    {
        QFETCH(QString, role);
        QFETCH(int, operation);
        TestCompany shop(TestCompany::Setup::Initialised);
        Company &company = shop.company();
        company.users().setHashStrength(PasswordHasher::weakestForTests());
        ArticleBuilder(u"TEE-1"_s).create(company);
        receiveStock(company, *company.stock().repository().findArticleBySku(u"TEE-1"_s).value(), 10);
        QVERIFY(company.users().createAdministrator(TestCompany::actor(), u"chefin"_s, {}, u"Kaffee und Kuchen"_s));
        const Actor admin = company.users().logIn(u"chefin"_s, u"Kaffee und Kuchen"_s)->actor();
        QVERIFY(company.users().addUser(admin, {u"probe"_s, {}, role, u"Probier es aus, bitte"_s}));
        const Actor actor = company.users().logIn(u"probe"_s, u"Probier es aus, bitte"_s)->actor();

        const Case c = operations()[size_t(operation)];
        const DatabaseSnapshot before = snapshot(company.database().connection());
        const bool done = c.run(company, actor);
        QCOMPARE(done, builtInRole(role)->permissions.has(c.needs));
        if (!done) {
            // Refused at the door: nothing written, not even an audit row.
            QCOMPARE(describeChanges(before, snapshot(company.database().connection())), QString());
            QVERIFY(!AccessPolicy::require(actor, c.needs));
        }
    }

    void employeeRecord_onlyWithItsPermission_andTheSalaryOnlyWithItsOwn()
    {
        TestCompany shop(TestCompany::Setup::Initialised);
        PersonnelService &personnel = shop.company().personnel();
        Employee e;
        e.firstName = u"Jana"_s;
        e.lastName = u"Lohn"_s;
        e.jobTitle = u"Packerin"_s;
        e.hiredOn = QDate(2026, 1, 1);
        e.monthlySalary = Money(280000, Currency::eur());
        auto id = personnel.createEmployee(TestCompany::actor(), e);
        KONTOR_VERIFY_OK(id);
        const auto as = [](const QString &role) {
            Actor actor(role);
            actor.permissions = builtInRole(role)->permissions;
            return actor;
        };
        QVERIFY(!personnel.employee(as(u"clerk"_s), *id));
        auto bookkeeper = personnel.employee(as(u"bookkeeper"_s), *id);
        KONTOR_VERIFY_OK(bookkeeper);
        QCOMPARE((*bookkeeper)->monthlySalary, Money(280000, Currency::eur()));
        Actor recordsOnly(u"paula"_s);
        recordsOnly.permissions = {Permission::ViewPersonnel};
        auto record = personnel.employee(recordsOnly, *id);
        KONTOR_VERIFY_OK(record);
        QCOMPARE((*record)->lastName, u"Lohn"_s);
        QVERIFY(!(*record)->monthlySalary.currency().isValid());
    }
};

QTEST_GUILESS_MAIN(TestAccessPolicy)
#include "tst_accesspolicy.moc"
