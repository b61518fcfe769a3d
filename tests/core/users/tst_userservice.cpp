// SPDX-FileCopyrightText: 2026 The Kontor authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "testcompany.h"
#include "testresult.h"
#include "testsql.h"

#include "common/accesspolicy.h"
#include "users/userservice.h"

#include <QTest>
#include <QTimeZone>

using namespace Kontor;
using namespace Kontor::Test;
using namespace Qt::StringLiterals;

namespace {

const QString adminPassword = u"Kaffee und Kuchen um vier"_s;
const QString clerkPassword = u"Lager-Regal-17b"_s;

} // namespace

class TestUserService : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestCompany> shop;
    QDateTime now;
    Actor admin;

    UserService &users() { return shop->company().users(); }
    qint64 auditRows(const QString &action)
    {
        return selectValue(shop->company().database().connection(),
                           u"SELECT count(*) FROM audit_log WHERE action = ?"_s, {action})
            .toLongLong();
    }
    Session logIn(const QString &name, const QString &password)
    {
        auto session = users().logIn(name, password);
        if (!session)
            qFatal("log in failed: %s", qPrintable(session.error().toString()));
        return *session;
    }

private Q_SLOTS:
    void init()
    {
        shop = std::make_unique<TestCompany>(TestCompany::Setup::Initialised);
        users().setHashStrength(PasswordHasher::weakestForTests());
        now = QDate(2026, 12, 6).startOfDay(QTimeZone::utc()).addSecs(10 * 3600);
        users().setClock([this] { return now; });
        QVERIFY2(users().createAdministrator(TestCompany::actor(), u"Chefin"_s, u"Ada Chefin"_s,
                                             adminPassword),
                 "the first administrator");
        admin = logIn(u"chefin"_s, adminPassword).actor();
        QVERIFY(users().addUser(admin, {u"karl"_s, u"Karl Lager"_s, u"clerk"_s, clerkPassword}));
    }
    void cleanup() { shop.reset(); }

    void firstStart_createsTheAdministratorOnce()
    {
        QCOMPARE(valueOr(users().hasUsers(), false), true);
        const Session session = logIn(u"  CHEFIN "_s, adminPassword);
        QCOMPARE(session.user.name, u"chefin"_s);
        QCOMPARE(session.role.name, u"administrator"_s);
        QVERIFY(!session.user.mustChangePassword);
        QCOMPARE(session.actor().permissions, Permissions::all());
        auto again = users().createAdministrator(TestCompany::actor(), u"zweite"_s, {}, adminPassword);
        QVERIFY(!again);
        QVERIFY(again.error().message.contains(u"administrator already"_s));
    }

    void logIn_withAWrongPasswordOrName_isRefusedAlikeAndAudited()
    {
        auto wrongPassword = users().logIn(u"karl"_s, u"falsch-falsch"_s);
        auto wrongName = users().logIn(u"niemand"_s, clerkPassword);
        QVERIFY(!wrongPassword);
        QVERIFY(!wrongName);
        QCOMPARE(wrongPassword.error().message, wrongName.error().message);
        QCOMPARE(auditRows(u"login_failed"_s), 2);
    }

    void newUser_mustChangeTheFirstPassword_andTheOldOneThenFails()
    {
        QVERIFY(logIn(u"karl"_s, clerkPassword).user.mustChangePassword);
        QVERIFY(!users().changePassword(u"karl"_s, clerkPassword, u"kurz"_s));
        QVERIFY2(users().changePassword(u"karl"_s, clerkPassword, u"Mein neues Passwort, lang genug"_s),
                 "changed");
        QVERIFY(!users().logIn(u"karl"_s, clerkPassword));
        QVERIFY(!logIn(u"karl"_s, u"Mein neues Passwort, lang genug"_s).user.mustChangePassword);
        // An administrator's reset: the user must change it again.
        QVERIFY(users().resetPassword(admin, u"karl"_s, u"Vom Admin gesetzt 42"_s));
        QVERIFY(logIn(u"karl"_s, u"Vom Admin gesetzt 42"_s).user.mustChangePassword);
        QCOMPARE(auditRows(u"reset_password"_s), 1);
        QCOMPARE(auditRows(u"change_password"_s), 1);
    }

    void wrongPasswords_lockTheUserForLongerEachTime()
    {
        for (int i = 1; i < UserService::failuresBeforeLock; ++i)
            QVERIFY(users().logIn(u"karl"_s, u"daneben %1"_s.arg(i)).error().message.contains(u"wrong"_s));
        auto fifth = users().logIn(u"karl"_s, u"daneben 5"_s);
        QVERIFY(fifth.error().message.contains(u"locked until"_s));
        // Locked: even the right password is refused, without counting.
        auto locked = users().logIn(u"karl"_s, clerkPassword);
        QVERIFY(locked.error().message.contains(u"Too many wrong passwords"_s));
        now = now.addSecs(31);
        // Another wrong one after the lock ran out: locked twice as long.
        QVERIFY(users().logIn(u"karl"_s, u"daneben 6"_s).error().message.contains(u"locked"_s));
        now = now.addSecs(59);
        QVERIFY(!users().logIn(u"karl"_s, clerkPassword));
        now = now.addSecs(2);
        const Session session = logIn(u"karl"_s, clerkPassword);
        QCOMPARE(session.user.failedLogins, 0);
        QCOMPARE(auditRows(u"login_failed"_s), 6);
        // The messages above speak the user's language, the audit log the (German) company's.
        QCOMPARE(selectValue(shop->company().database().connection(),
                             u"SELECT count(*) FROM audit_log WHERE action = 'login_failed' "
                             "AND summary LIKE '_ falsche Passwörter in Folge; blockiert bis %'"_s)
                     .toInt(),
                 2);
        // The next failure counts from one again.
        QVERIFY(!users().logIn(u"karl"_s, u"daneben 7"_s).error().message.contains(u"locked"_s));
    }

    void passwordRules_data()
    {
        QTest::addColumn<QString>("password");
        QTest::addColumn<QString>("refusal"); // a part of the message; empty: accepted
        QTest::newRow("too short") << u"Kurz-123"_s << u"at least 10"_s;
        QTest::newRow("ten characters") << u"Tischlampe"_s << QString();
        QTest::newRow("common") << u"1234567890"_s << u"most common"_s;
        QTest::newRow("common, other case") << u"PASSWORD12"_s << u"most common"_s;
        QTest::newRow("common with digits") << u"passwort2026!"_s << u"most common"_s;
        QTest::newRow("German common") << u"hallo123456"_s << u"most common"_s;
        QTest::newRow("user name in it") << u"ich-bin-erika-1"_s << u"user name"_s;
        QTest::newRow("a sentence") << u"Im Lager ist es kalt."_s << QString();
        QTest::newRow("umlauts count once") << u"Grüße aus Köln"_s << QString();
    }
    void passwordRules()
    {
        QFETCH(QString, password);
        QFETCH(QString, refusal);
        const Status checked = PasswordRules::check(password, u"erika"_s);
        if (refusal.isEmpty())
            QVERIFY2(checked, qPrintable(errorOf(checked)));
        else
            QVERIFY2(!checked && checked.error().message.contains(refusal), qPrintable(errorOf(checked)));
        // And a user cannot be given it either.
        auto added = users().addUser(admin, {u"erika"_s, {}, u"clerk"_s, password});
        QCOMPARE(bool(added), refusal.isEmpty());
    }

    void roles_data()
    {
        QTest::addColumn<QString>("role");
        QTest::addColumn<QString>("granted"); // permission keys
        QTest::newRow("administrator") << u"administrator"_s << Permissions::all().toStorage();
        QTest::newRow("manager")
            << u"manager"_s
            << u"view_orders edit_orders view_customers edit_customers view_stock adjust_stock "
               "edit_articles view_bookings view_personnel view_salaries edit_personnel "
               "run_imports view_reports view_audit back_up_and_restore"_s;
        QTest::newRow("bookkeeper")
            << u"bookkeeper"_s
            << u"view_orders view_customers view_stock view_bookings post_bookings view_personnel "
               "view_salaries run_payroll run_imports view_reports"_s;
        QTest::newRow("clerk") << u"clerk"_s
                               << u"view_orders edit_orders view_customers edit_customers "
                                  "view_stock adjust_stock edit_articles"_s;
    }
    void roles()
    {
        QFETCH(QString, role);
        QFETCH(QString, granted);
        QVERIFY(users().addUser(admin, {u"probe"_s, {}, role, u"Probier es aus, bitte"_s}));
        const Actor actor = logIn(u"probe"_s, u"Probier es aus, bitte"_s).actor();
        const Permissions expected = Permissions::fromStorage(granted);
        for (const PermissionInfo &info : permissionList()) {
            const Status allowed = AccessPolicy::require(actor, info.permission);
            QVERIFY2(bool(allowed) == expected.has(info.permission), info.key);
            if (!allowed)
                QVERIFY(allowed.error().message.contains(permissionName(info.permission)));
        }
        // Managing users is the administrator's alone, whatever path it takes.
        const bool mayManage = role == u"administrator";
        QCOMPARE(bool(users().addUser(actor, {u"neu"_s, {}, u"clerk"_s, u"Noch ein Konto 1"_s})), mayManage);
        QCOMPARE(bool(users().resetPassword(actor, u"karl"_s, u"Zurueckgesetzt 9"_s)), mayManage);
        QCOMPARE(bool(users().setDisabled(actor, u"karl"_s, true)), mayManage);
    }

    void refusedChange_leavesNoAuditRow()
    {
        const qint64 before = auditRows(u"create"_s);
        QVERIFY(!users().addUser(admin, {u"karl"_s, {}, u"clerk"_s, u"Doppelt vergeben 1"_s}));
        QVERIFY(!users().addUser(admin, {u"eva"_s, {}, u"kein-rolle"_s, u"Eine Rolle fehlt 1"_s}));
        QVERIFY(!users().addUser(admin, {u"mit leerzeichen"_s, {}, u"clerk"_s, u"Name ungueltig 1"_s}));
        QCOMPARE(auditRows(u"create"_s), before);
    }

    void lastAdministrator_cannotBeDisabledOrDemoted()
    {
        QVERIFY(!users().setDisabled(admin, u"chefin"_s, true));
        QVERIFY(!users().setRole(admin, u"chefin"_s, u"clerk"_s));
        QVERIFY(users().setRole(admin, u"karl"_s, u"administrator"_s));
        QVERIFY2(users().setRole(admin, u"chefin"_s, u"manager"_s), "another administrator exists");
    }

    void disabledUser_cannotLogIn()
    {
        QVERIFY(users().setDisabled(admin, u"karl"_s, true));
        auto refused = users().logIn(u"karl"_s, clerkPassword);
        QVERIFY(refused.error().message.contains(u"disabled"_s));
        QVERIFY(users().setDisabled(admin, u"karl"_s, false));
        QVERIFY(users().logIn(u"karl"_s, clerkPassword));
    }

    void customRole_grantsItsPermissions_andBuiltInRolesStayAsTheyAre()
    {
        const Role packer{u"Packer"_s, {Permission::ViewOrders, Permission::AdjustStock}, false};
        QVERIFY(users().saveRole(admin, packer));
        QVERIFY(users().addUser(admin, {u"paul"_s, {}, u"Packer"_s, u"Kartons falten 3"_s}));
        const Actor paul = logIn(u"paul"_s, u"Kartons falten 3"_s).actor();
        QCOMPARE(paul.permissions, packer.permissions);
        QVERIFY(!users().saveRole(admin, {u"Clerk"_s, Permissions::all(), false}));
        QVERIFY(!users().saveRole(paul, {u"Packer"_s, Permissions::all(), false}));
        auto roles = users().roles();
        QVERIFY(roles);
        QCOMPARE(roles->size(), size_t(5));
        QCOMPARE(roles->back().name, u"Packer"_s);

        // A change is audited with what the role could do before and after.
        QVERIFY(users().saveRole(admin, {u"Packer"_s, {Permission::ViewOrders}, false}));
        QCOMPARE(selectValue(shop->company().database().connection(),
                             u"SELECT summary FROM audit_log WHERE record_type = 'role' "
                             "ORDER BY id DESC LIMIT 1"_s).toString(),
                 u"Packer: view_orders adjust_stock → view_orders"_s);
    }

    void customRole_renamed_keepsItsUsersAndPermissions()
    {
        const Role packer{u"Paker"_s, {Permission::ViewOrders, Permission::AdjustStock}, false};
        QVERIFY(users().saveRole(admin, packer));
        QVERIFY(users().addUser(admin, {u"paul"_s, {}, u"Paker"_s, u"Kartons falten 3"_s}));
        QVERIFY(users().saveRole(admin, {u"Versand"_s, {Permission::ViewOrders}, false}));

        // Refused: Kontor's own roles, their names, a name in use, no name, a stranger.
        const Actor karl = logIn(u"karl"_s, clerkPassword).actor();
        const qint64 audited = auditRows(u"rename"_s);
        QVERIFY(!users().renameRole(admin, u"clerk"_s, u"Lager"_s));
        QVERIFY(!users().renameRole(admin, u"Paker"_s, u"Administrator"_s));
        QVERIFY(!users().renameRole(admin, u"Paker"_s, u"Versand"_s));
        QVERIFY(!users().renameRole(admin, u"Paker"_s, u"  "_s));
        QVERIFY(!users().renameRole(admin, u"Niemand"_s, u"Lager"_s));
        const auto stranger = users().renameRole(karl, u"Paker"_s, u"Packer"_s);
        QVERIFY(!stranger);
        QCOMPARE(stranger.error().message, AccessPolicy::require(karl, Permission::ManageUsers)
                                               .error().message);
        QCOMPARE(auditRows(u"rename"_s), audited);

        QVERIFY(users().renameRole(admin, u"Paker"_s, u"  Packer "_s));
        QCOMPARE(auditRows(u"rename"_s), audited + 1);
        auto found = users().findRole(u"Packer"_s);
        QVERIFY(found && found->has_value());
        QCOMPARE((*found)->permissions, packer.permissions);
        QVERIFY(users().findRole(u"Paker"_s)->has_value() == false);
        const Session paul = logIn(u"paul"_s, u"Kartons falten 3"_s);
        QCOMPARE(paul.user.role, u"Packer"_s);
        QCOMPARE(paul.actor().permissions, packer.permissions);
        QCOMPARE(selectValue(shop->company().database().connection(),
                             u"SELECT summary FROM audit_log WHERE action = 'rename' "
                             "ORDER BY id DESC LIMIT 1"_s).toString(),
                 u"Paker → Packer"_s);
    }

    void customRole_isDeletedOnlyWhenNoUserHasIt()
    {
        QVERIFY(users().saveRole(admin, {u"Packer"_s, {Permission::ViewOrders}, false}));
        QVERIFY(users().addUser(admin, {u"paul"_s, {}, u"Packer"_s, u"Kartons falten 3"_s}));
        QVERIFY(users().addUser(admin, {u"anna"_s, {}, u"Packer"_s, u"Kartons falten 4"_s}));
        QVERIFY(users().setDisabled(admin, u"anna"_s, true));

        // A disabled user keeps the role too: enabling her again must find it.
        auto refused = users().deleteRole(admin, u"Packer"_s);
        QVERIFY(!refused);
        QVERIFY2(refused.error().message.contains(u"anna, paul"_s),
                 qPrintable(refused.error().message));
        QVERIFY(!users().deleteRole(admin, u"clerk"_s));
        QVERIFY(!users().deleteRole(admin, u"Niemand"_s));
        QCOMPARE(auditRows(u"delete"_s), 0);

        QVERIFY(users().setRole(admin, u"paul"_s, u"clerk"_s));
        QVERIFY(!users().deleteRole(admin, u"Packer"_s));
        QVERIFY(users().setRole(admin, u"anna"_s, u"clerk"_s));
        QVERIFY(users().deleteRole(admin, u"Packer"_s));
        QVERIFY(users().findRole(u"Packer"_s)->has_value() == false);
        QCOMPARE(users().roles()->size(), size_t(4));
        QCOMPARE(selectValue(shop->company().database().connection(),
                             u"SELECT summary FROM audit_log WHERE action = 'delete' "
                             "AND record_type = 'role'"_s).toString(),
                 u"Packer: view_orders"_s);
        // The name is free again.
        QVERIFY(users().saveRole(admin, {u"Packer"_s, {Permission::AdjustStock}, false}));
    }

    void standardHash_isArgon2idWithKontorsParameters()
    {
        const PasswordHasher hasher;
        auto hash = hasher.hash(adminPassword);
        QVERIFY(hash);
        QVERIFY2(hash->startsWith("$argon2id$v=19$m=131072,t=3,p=1$"), hash->constData());
        QVERIFY(hasher.verify(*hash, adminPassword));
        QVERIFY(!hasher.verify(*hash, adminPassword + u'!'));
        // A user stored with the test hash gets the standard one at the next login.
        users().setHashStrength(PasswordHasher::standard);
        const Session session = logIn(u"karl"_s, clerkPassword);
        auto stored = shop->company().users().repository().passwordHash(session.user.id);
        QVERIFY(stored && stored->startsWith("$argon2id$v=19$m=131072,t=3,p=1$"));
    }
};

QTEST_GUILESS_MAIN(TestUserService)
#include "tst_userservice.moc"
