// SPDX-FileCopyrightText: 2026 The Kontor authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "testcompany.h"

#include "users/usersdialog.h"
#include "users/userservice.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>
#include <QTimer>

using namespace Kontor;
using namespace Kontor::Ui;
using namespace Qt::StringLiterals;

/// The administrator's users dialog, clicked through.
class TestUsersDialog : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Test::TestCompany> m_company;
    Actor m_admin;

    UserService &users() { return m_company->company().users(); }
    QString cell(UsersDialog &dialog, const QString &user, int column)
    {
        auto *table = dialog.findChild<QTableWidget *>(u"users"_s);
        for (int row = 0; row < table->rowCount(); ++row) {
            if (table->item(row, 0)->text() == user)
                return table->item(row, column)->text();
        }
        return u"(no such row)"_s;
    }

private Q_SLOTS:
    void init()
    {
        m_company = std::make_unique<Test::TestCompany>(Test::TestCompany::Setup::Initialised);
        users().setHashStrength(PasswordHasher::weakestForTests());
        QVERIFY(users().createAdministrator(Test::TestCompany::actor(), u"chefin"_s, u"Ada Chefin"_s,
                                            u"Kaffee und Kuchen"_s));
        m_admin = users().logIn(u"chefin"_s, u"Kaffee und Kuchen"_s)->actor();
    }
    void cleanup() { m_company.reset(); }

    void addUser_throughTheForm_listsTheNewClerk()
    {
        UsersDialog dialog(users(), m_admin);
        dialog.show();
        QTimer::singleShot(0, this, [] {
            auto *form = qobject_cast<QDialog *>(QApplication::activeModalWidget());
            QVERIFY(form);
            form->findChild<QLineEdit *>(u"userName"_s)->setText(u"Karl"_s);
            form->findChild<QLineEdit *>(u"fullName"_s)->setText(u"Karl Lager"_s);
            auto *role = form->findChild<QComboBox *>(u"role"_s);
            role->setCurrentIndex(role->findData(u"clerk"_s));
            form->findChild<QLineEdit *>(u"password"_s)->setText(u"Lager-Regal-17b"_s);
            form->findChild<QLineEdit *>(u"repeatPassword"_s)->setText(u"Lager-Regal-17b"_s);
            form->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        });
        dialog.addUser();
        QCOMPARE(dialog.selectedUser(), u"karl"_s);
        QCOMPARE(cell(dialog, u"karl"_s, 1), u"Karl Lager"_s);
        QCOMPARE(cell(dialog, u"karl"_s, 2), u"Clerk"_s);
        QVERIFY(cell(dialog, u"karl"_s, 3).contains(u"must choose a password"_s));
        QVERIFY(users().logIn(u"karl"_s, u"Lager-Regal-17b"_s));
    }

    void disable_thenEnable_aUser()
    {
        QVERIFY(users().addUser(m_admin, {u"karl"_s, {}, u"clerk"_s, u"Lager-Regal-17b"_s}));
        UsersDialog dialog(users(), m_admin);
        dialog.selectUser(u"karl"_s);
        dialog.toggleDisabled();
        QVERIFY(cell(dialog, u"karl"_s, 3).contains(u"disabled"_s));
        QVERIFY(!users().logIn(u"karl"_s, u"Lager-Regal-17b"_s));
        dialog.selectUser(u"karl"_s);
        dialog.toggleDisabled();
        QVERIFY(!cell(dialog, u"karl"_s, 3).contains(u"disabled"_s));
        QVERIFY(users().logIn(u"karl"_s, u"Lager-Regal-17b"_s));
    }
};

QTEST_MAIN(TestUsersDialog)
#include "tst_usersdialog.moc"
