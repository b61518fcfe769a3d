// SPDX-FileCopyrightText: 2026 The Kontor authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "testcompany.h"

#include "accounting/accountingservice.h"
#include "users/rolesdialog.h"
#include "users/userservice.h"

#include <QAbstractButton>
#include <QApplication>
#include <QListWidget>
#include <QMessageBox>
#include <QTest>
#include <QTimer>

using namespace Kontor;
using namespace Kontor::Ui;
using namespace Qt::StringLiterals;

/// The administrator's roles dialog: Kontor's own roles shown, custom ones made and changed.
class TestRolesDialog : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Test::TestCompany> m_company;
    Actor m_admin;

    UserService &users() { return m_company->company().users(); }
    Permissions storedPermissions(const QString &role)
    {
        const auto found = users().findRole(role);
        return found && found->has_value() ? (*found)->permissions : Permissions();
    }
    /// Answers the next message box with button.
    void answerNextQuestion(QMessageBox::StandardButton button)
    {
        QTimer::singleShot(0, this, [button] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            QVERIFY(box);
            box->button(button)->click();
        });
    }

private Q_SLOTS:
    void init()
    {
        m_company = std::make_unique<Test::TestCompany>(Test::TestCompany::Setup::Initialised);
        users().setHashStrength(PasswordHasher::weakestForTests());
        QVERIFY(users().createAdministrator(Test::TestCompany::actor(), u"chefin"_s, {},
                                            u"Kaffee und Kuchen"_s));
        m_admin = users().logIn(u"chefin"_s, u"Kaffee und Kuchen"_s)->actor();
    }
    void cleanup() { m_company.reset(); }

    void ownRoles_areShown_butCannotBeTicked()
    {
        RolesDialog dialog(users(), m_admin);
        QCOMPARE(dialog.findChild<QListWidget *>(u"roles"_s)->count(), 4);
        dialog.selectRole(u"clerk"_s);
        QCOMPARE(dialog.selectedRole(), u"clerk"_s);
        QVERIFY(dialog.isTicked(Permission::EditOrders));
        QVERIFY(!dialog.isTicked(Permission::PostBookings));
        dialog.setTicked(Permission::PostBookings, true);
        QVERIFY(!dialog.isTicked(Permission::PostBookings));
        QVERIFY(!dialog.hasChanges());
        QVERIFY(!dialog.save());
    }

    void newRole_startsFromTheSelected_andItsTicksAreSaved()
    {
        RolesDialog dialog(users(), m_admin);
        dialog.selectRole(u"clerk"_s);
        QVERIFY(dialog.addRole(u"Lager und Buch"_s));
        QCOMPARE(dialog.selectedRole(), u"Lager und Buch"_s);
        QCOMPARE(storedPermissions(u"Lager und Buch"_s), builtInRole(u"clerk")->permissions);

        dialog.setTicked(Permission::ViewBookings, true);
        dialog.setTicked(Permission::EditOrders, false);
        QVERIFY(dialog.hasChanges());
        QVERIFY(dialog.save());
        QVERIFY(!dialog.hasChanges());
        const Permissions saved = storedPermissions(u"Lager und Buch"_s);
        QVERIFY(saved.has(Permission::ViewBookings));
        QVERIFY(!saved.has(Permission::EditOrders));
        QVERIFY(saved.has(Permission::AdjustStock));

        // A user with the role reads the journal, and still may not post to it.
        QVERIFY(users().addUser(m_admin, {u"lisa"_s, {}, u"Lager und Buch"_s, u"Regal und Konto 9"_s}));
        const Actor lisa = users().logIn(u"lisa"_s, u"Regal und Konto 9"_s)->actor();
        QVERIFY(m_company->company().accounting().entries(lisa).count({}));
        QVERIFY(!lisa.permissions.has(Permission::PostBookings));
    }

    void switchingRoles_withChanges_asksToSaveThem()
    {
        QVERIFY(users().saveRole(m_admin, {u"Aushilfe"_s, {Permission::ViewOrders}, false}));
        RolesDialog dialog(users(), m_admin);
        dialog.show();
        dialog.selectRole(u"Aushilfe"_s);
        dialog.setTicked(Permission::ViewStock, true);
        answerNextQuestion(QMessageBox::Save);
        dialog.selectRole(u"clerk"_s);
        QCOMPARE(dialog.selectedRole(), u"clerk"_s);
        QCOMPARE(storedPermissions(u"Aushilfe"_s), Permissions({Permission::ViewOrders, Permission::ViewStock}));

        dialog.selectRole(u"Aushilfe"_s);
        dialog.setTicked(Permission::ViewOrders, false);
        answerNextQuestion(QMessageBox::Cancel);
        dialog.selectRole(u"clerk"_s);
        QCOMPARE(dialog.selectedRole(), u"Aushilfe"_s);
        QVERIFY(dialog.hasChanges());
        answerNextQuestion(QMessageBox::Discard);
        dialog.selectRole(u"clerk"_s);
        QCOMPARE(dialog.selectedRole(), u"clerk"_s);
        QCOMPARE(storedPermissions(u"Aushilfe"_s), Permissions({Permission::ViewOrders, Permission::ViewStock}));
    }

    void sameNameTwice_isRefused()
    {
        QVERIFY(users().saveRole(m_admin, {u"Aushilfe"_s, {Permission::ViewOrders}, false}));
        RolesDialog dialog(users(), m_admin);
        dialog.show();
        dialog.selectRole(u"manager"_s);
        answerNextQuestion(QMessageBox::Ok);
        QVERIFY(!dialog.addRole(u"Aushilfe"_s));
        QCOMPARE(storedPermissions(u"Aushilfe"_s), Permissions({Permission::ViewOrders}));
    }

    void customRole_isRenamedAndDeleted_ownRolesAreNot()
    {
        QVERIFY(users().saveRole(m_admin, {u"Aushilfe"_s, {Permission::ViewOrders}, false}));
        QVERIFY(users().addUser(m_admin, {u"tim"_s, {}, u"Aushilfe"_s, u"Kartons falten 3"_s}));
        RolesDialog dialog(users(), m_admin);
        dialog.show();
        auto *rename = dialog.findChild<QAbstractButton *>(u"rename"_s);
        auto *remove = dialog.findChild<QAbstractButton *>(u"delete"_s);
        dialog.selectRole(u"clerk"_s);
        QVERIFY(!rename->isEnabled());
        QVERIFY(!remove->isEnabled());
        dialog.selectRole(u"Aushilfe"_s);
        QVERIFY(rename->isEnabled());
        QVERIFY(remove->isEnabled());

        QVERIFY(dialog.renameRole(u"Aushilfen"_s));
        QCOMPARE(dialog.selectedRole(), u"Aushilfen"_s);
        QCOMPARE(storedPermissions(u"Aushilfen"_s), Permissions({Permission::ViewOrders}));
        QCOMPARE(users().repository().findByName(u"tim"_s)->value().role, u"Aushilfen"_s);

        // Tim still has it: refused, with a message, and the role stays.
        answerNextQuestion(QMessageBox::Ok);
        QVERIFY(!dialog.deleteRole());
        QCOMPARE(dialog.selectedRole(), u"Aushilfen"_s);

        QVERIFY(users().setRole(m_admin, u"tim"_s, u"clerk"_s));
        answerNextQuestion(QMessageBox::Cancel);
        remove->click();
        QVERIFY(users().findRole(u"Aushilfen"_s)->has_value());
        answerNextQuestion(QMessageBox::Yes);
        remove->click();
        QVERIFY(!users().findRole(u"Aushilfen"_s)->has_value());
        QCOMPARE(dialog.findChild<QListWidget *>(u"roles"_s)->count(), 4);
        QCOMPARE(dialog.selectedRole(), u"administrator"_s);
    }
};

QTEST_MAIN(TestRolesDialog)
#include "tst_rolesdialog.moc"
