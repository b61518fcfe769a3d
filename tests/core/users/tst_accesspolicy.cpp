// SPDX-FileCopyrightText: 2026 The Kontor authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "builders.h"
#include "testcompany.h"
#include "testresult.h"
#include "testsql.h"

#include "accounting/accountingservice.h"
#include "audit/auditlog.h"
#include "common/accesspolicy.h"
#include "customers/customerservice.h"
#include "importing/importservice.h"
#include "orders/orderservice.h"
#include "personnel/personnelservice.h"
#include "stock/stockservice.h"
#include "users/userservice.h"

#include <QScopeGuard>
#include <QTest>

#include <functional>

using namespace Kontor;
using namespace Kontor::Test;
using namespace Qt::StringLiterals;

namespace {

using Operation = std::function<bool(Company &, const Actor &)>;

/// An employee with a salary of 2,800.00 EUR.
Employee jana()
{
    Employee e;
    e.firstName = u"Jana"_s;
    e.lastName = u"Lohn"_s;
    e.jobTitle = u"Packerin"_s;
    e.hiredOn = QDate(2026, 1, 1);
    e.monthlySalary = Money(280000, Currency::eur());
    return e;
}

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
             return bool(c.personnel().createEmployee(a, jana()));
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

/// A read of the company's records: true when it was allowed, and then it found rows.
using Read = std::function<Result<qint64>(Company &, const Actor &)>;

struct ReadCase
{
    const char *name;
    Permission needs;
    Read run;
};

template<class Rows>
Result<qint64> sizeOf(const Result<Rows> &rows)
{
    return rows ? Result<qint64>(qint64(rows->size())) : Result<qint64>(rows.error());
}

std::vector<ReadCase> reads()
{
    const auto firstPage = [](const auto &list) { return sizeOf(list.page({}, {}, 0, 50)); };
    return {
        {"list orders", Permission::ViewOrders,
         [=](Company &c, const Actor &a) { return firstPage(c.orders().orders(a)); }},
        {"count order lines", Permission::ViewOrders,
         [](Company &c, const Actor &a) { return c.orders().orderLines(a).count({}); }},
        {"list articles", Permission::ViewStock,
         [=](Company &c, const Actor &a) { return firstPage(c.stock().articles(a)); }},
        {"list stock movements", Permission::ViewStock,
         [=](Company &c, const Actor &a) { return firstPage(c.stock().movements(a)); }},
        {"list warehouses", Permission::ViewStock,
         [](Company &c, const Actor &a) { return sizeOf(c.stock().warehouses(a)); }},
        {"list bookings", Permission::ViewBookings,
         [=](Company &c, const Actor &a) { return firstPage(c.accounting().entries(a)); }},
        {"read a booking's lines", Permission::ViewBookings, [](Company &c, const Actor &a) {
             const auto first = c.accounting().entries(TestCompany::actor()).page({}, {}, 0, 1);
             const JournalEntryId entry = first && !first->empty() ? first->front().id : JournalEntryId();
             return sizeOf(c.accounting().linesOf(a, entry));
         }},
        {"list employees", Permission::ViewPersonnel,
         [=](Company &c, const Actor &a) { return firstPage(c.personnel().employees(a)); }},
        {"read the audit trail", Permission::ViewAudit,
         [=](Company &c, const Actor &a) { return firstPage(c.audit().entries(a)); }},
    };
}

Actor actorWithRole(const QString &role)
{
    Actor actor(role);
    actor.permissions = builtInRole(role)->permissions;
    return actor;
}

} // namespace

/// Roles × operations, through the services: the core refuses what a role may not do, whatever
/// calls it, and a refused call changes nothing.
class TestAccessPolicy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanupTestCase() { m_demo.reset(); }

    void actorFromOperatingSystem_namesTheAccount()
    {
        const char *const variables[] = {"USER", "USERNAME", "LOGNAME"};
        std::vector<std::optional<QByteArray>> saved;
        for (const char *variable : variables) {
            saved.push_back(qEnvironmentVariableIsSet(variable) ? std::optional(qgetenv(variable))
                                                                : std::nullopt);
            qunsetenv(variable);
        }
        const auto restore = qScopeGuard([&] {
            for (size_t i = 0; i < saved.size(); ++i) {
                if (saved[i])
                    qputenv(variables[i], *saved[i]);
                else
                    qunsetenv(variables[i]);
            }
        });
        qputenv("LOGNAME", "anna");
        QCOMPARE(Actor::fromOperatingSystem().name, u"anna"_s);
        QVERIFY(Actor::fromOperatingSystem().permissions.has(Permission::ManageUsers));
        qunsetenv("LOGNAME");
        // As in a container or a service: no variable names the user, the account does.
#ifdef Q_OS_UNIX
        QVERIFY(!Actor::fromOperatingSystem().name.isEmpty());
        QVERIFY(Actor::fromOperatingSystem().name != u"unknown"_s);
#endif
    }

    void services_doWhatTheRoleAllowsOnly_data() { addRolesTimes(operations()); }
    void services_doWhatTheRoleAllowsOnly()
    {
        QFETCH(QString, role);
        QFETCH(int, index);
        TestCompany shop(TestCompany::Setup::Initialised);
        Company &company = shop.company();
        company.users().setHashStrength(PasswordHasher::weakestForTests());
        ArticleBuilder(u"TEE-1"_s).create(company);
        receiveStock(company, *company.stock().repository().findArticleBySku(u"TEE-1"_s).value(), 10);
        QVERIFY(company.users().createAdministrator(TestCompany::actor(), u"chefin"_s, {}, u"Kaffee und Kuchen"_s));
        const Actor admin = company.users().logIn(u"chefin"_s, u"Kaffee und Kuchen"_s)->actor();
        QVERIFY(company.users().addUser(admin, {u"probe"_s, {}, role, u"Probier es aus, bitte"_s}));
        const Actor actor = company.users().logIn(u"probe"_s, u"Probier es aus, bitte"_s)->actor();

        const Case c = operations()[size_t(index)];
        const DatabaseSnapshot before = snapshot(company.database().connection());
        const bool done = c.run(company, actor);
        QCOMPARE(done, builtInRole(role)->permissions.has(c.needs));
        if (!done) {
            // Refused at the door: nothing written, not even an audit row.
            QCOMPARE(describeChanges(before, snapshot(company.database().connection())), QString());
            QVERIFY(!AccessPolicy::require(actor, c.needs));
        }
    }

    /// An actor that neither logged in nor was made unrestricted (for a company without users)
    /// may do nothing: forgetting to pass the session's actor fails closed.
    void actorWithoutLoginOrGrant_mayDoNothing()
    {
        TestCompany shop(TestCompany::Setup::Initialised);
        Company &company = shop.company();
        ArticleBuilder(u"TEE-1"_s).create(company);
        receiveStock(company, *company.stock().repository().findArticleBySku(u"TEE-1"_s).value(), 10);
        const Actor stranger(u"fremd"_s);
        for (const PermissionInfo &info : permissionList())
            QVERIFY2(!AccessPolicy::require(stranger, info.permission), info.key);
        const DatabaseSnapshot before = snapshot(company.database().connection());
        for (const Case &c : operations())
            QVERIFY2(!c.run(company, stranger), c.name);
        for (const ReadCase &c : reads())
            QVERIFY2(!c.run(company, stranger), c.name);
        QCOMPARE(describeChanges(before, snapshot(company.database().connection())), QString());
    }

    /// Roles × reads of the big lists: a refused read returns the policy's error, no rows.
    void lists_areReadWithTheRolesPermissionOnly_data() { addRolesTimes(reads()); }
    void lists_areReadWithTheRolesPermissionOnly()
    {
        QFETCH(QString, role);
        QFETCH(int, index);
        if (!m_demo)
            m_demo = std::make_unique<TestCompany>(TestCompany::Setup::Demo, 20);
        const ReadCase c = reads()[size_t(index)];
        const Actor actor = actorWithRole(role);
        const Result<qint64> rows = c.run(m_demo->company(), actor);
        QCOMPARE(rows.ok(), builtInRole(role)->permissions.has(c.needs));
        if (rows)
            QVERIFY(*rows > 0);
        else
            QCOMPARE(rows.error().message, AccessPolicy::require(actor, c.needs).error().message);
    }

    void employeeList_withholdsSalaries_withoutTheirPermission()
    {
        TestCompany shop(TestCompany::Setup::Demo, 5);
        PersonnelService &personnel = shop.company().personnel();
        const auto salaries = [&](const Actor &actor) {
            QSet<QString> currencies;
            const auto page = personnel.employees(actor).page({}, {}, 0, 100);
            for (const Employee &e : page.value())
                currencies.insert(e.monthlySalary.currency().code());
            return currencies;
        };
        QCOMPARE(salaries(actorWithRole(u"manager"_s)), QSet<QString>{u"EUR"_s});
        Actor recordsOnly(u"paula"_s);
        recordsOnly.permissions = {Permission::ViewPersonnel};
        QCOMPARE(salaries(recordsOnly), QSet<QString>{QString()});
    }

    void employeeRecord_onlyWithItsPermission_andTheSalaryOnlyWithItsOwn()
    {
        TestCompany shop(TestCompany::Setup::Initialised);
        PersonnelService &personnel = shop.company().personnel();
        auto id = personnel.createEmployee(TestCompany::actor(), jana());
        KONTOR_VERIFY_OK(id);
        QVERIFY(!personnel.employee(actorWithRole(u"clerk"_s), *id));
        auto bookkeeper = personnel.employee(actorWithRole(u"bookkeeper"_s), *id);
        KONTOR_VERIFY_OK(bookkeeper);
        QCOMPARE((*bookkeeper)->monthlySalary, Money(280000, Currency::eur()));
        Actor recordsOnly(u"paula"_s);
        recordsOnly.permissions = {Permission::ViewPersonnel};
        auto record = personnel.employee(recordsOnly, *id);
        KONTOR_VERIFY_OK(record);
        QCOMPARE((*record)->lastName, u"Lohn"_s);
        QVERIFY(!(*record)->monthlySalary.currency().isValid());
    }

private:
    /// Test data: each built-in role with each case (by index).
    template<class Cases>
    static void addRolesTimes(const Cases &cases)
    {
        QTest::addColumn<QString>("role");
        QTest::addColumn<int>("index");
        for (const Role &role : builtInRoles()) {
            for (size_t i = 0; i < cases.size(); ++i)
                QTest::addRow("%s, %s", qPrintable(role.name), cases[i].name) << role.name << int(i);
        }
    }

    std::unique_ptr<TestCompany> m_demo; ///< for the reads, which change nothing
};

QTEST_GUILESS_MAIN(TestAccessPolicy)
#include "tst_accesspolicy.moc"
