// SPDX-FileCopyrightText: 2026 The Kontor authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "testcompany.h"

#include "users/administratordialog.h"
#include "users/logindialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>

using namespace Kontor;
using namespace Kontor::Ui;
using namespace Qt::StringLiterals;

/// The login dialog and the administrator dialog of a new company, as a user fills them in.
class TestLoginDialog : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Test::TestCompany> m_company;

    UserService &users() { return m_company->company().users(); }
    static void type(QDialog &dialog, const char *field, const QString &text)
    {
        auto *edit = dialog.findChild<QLineEdit *>(QLatin1StringView(field));
        QVERIFY2(edit, field);
        edit->setText(text);
    }
    static void clickOk(QDialog &dialog)
    {
        dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    }
    static QString message(QDialog &dialog)
    {
        const auto *label = dialog.findChild<QLabel *>(u"message"_s);
        return label->isVisible() ? label->text() : QString();
    }

private Q_SLOTS:
    void init()
    {
        m_company = std::make_unique<Test::TestCompany>(Test::TestCompany::Setup::Initialised);
        users().setHashStrength(PasswordHasher::weakestForTests());
    }
    void cleanup() { m_company.reset(); }

    void administratorDialog_createsTheFirstUserAndLogsIn()
    {
        AdministratorDialog dialog(users(), Test::TestCompany::actor());
        dialog.show();
        type(dialog, "userName", u"Chefin"_s);
        type(dialog, "fullName", u"Ada Chefin"_s);
        type(dialog, "password", u"Kaffee und Kuchen"_s);
        type(dialog, "repeatPassword", u"Kaffee und Kuchn"_s);
        clickOk(dialog);
        QVERIFY(message(dialog).contains(u"differ"_s));
        type(dialog, "repeatPassword", u"Kaffee und Kuchen"_s);
        clickOk(dialog);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(dialog.session());
        QCOMPARE(dialog.session()->user.name, u"chefin"_s);
        QCOMPARE(dialog.session()->role.name, u"administrator"_s);
    }

    void loginDialog_saysWhatIsWrong_andAFirstPasswordMustBeChanged()
    {
        QVERIFY(users().createAdministrator(Test::TestCompany::actor(), u"chefin"_s, {},
                                            u"Kaffee und Kuchen"_s));
        const Actor admin = users().logIn(u"chefin"_s, u"Kaffee und Kuchen"_s)->actor();
        QVERIFY(users().addUser(admin, {u"karl"_s, {}, u"clerk"_s, u"Lager-Regal-17b"_s}));

        LoginDialog dialog(users(), u"Lindenhof"_s);
        dialog.show();
        dialog.setUserName(u"karl"_s);
        type(dialog, "password", u"daneben-daneben"_s);
        clickOk(dialog);
        QVERIFY(message(dialog).contains(u"wrong"_s));
        QVERIFY(dialog.findChild<QLineEdit *>(u"password"_s)->text().isEmpty());

        type(dialog, "password", u"Lager-Regal-17b"_s);
        clickOk(dialog);
        QCOMPARE(dialog.result(), int(QDialog::Rejected)); // not yet: a new password first
        QVERIFY(dialog.findChild<QLineEdit *>(u"newPassword"_s)->isVisible());
        type(dialog, "newPassword", u"kurz"_s);
        type(dialog, "repeatPassword", u"kurz"_s);
        clickOk(dialog);
        QVERIFY(message(dialog).contains(u"at least 10"_s));
        type(dialog, "newPassword", u"Mein Regal im Lager"_s);
        type(dialog, "repeatPassword", u"Mein Regal im Lager"_s);
        clickOk(dialog);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(dialog.session());
        QVERIFY(!dialog.session()->user.mustChangePassword);
        QVERIFY(!dialog.session()->actor().permissions.has(Permission::PostBookings));
        QVERIFY(users().logIn(u"karl"_s, u"Mein Regal im Lager"_s));
    }
};

QTEST_MAIN(TestLoginDialog)
#include "tst_logindialog.moc"
