// SPDX-FileCopyrightText: 2026 The Kontor authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "logindialog.h"

#include "users/passwords.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace Kontor::Ui {

namespace {

QLineEdit *passwordField(const QString &objectName, QWidget *parent)
{
    auto *field = new QLineEdit(parent);
    field->setObjectName(objectName);
    field->setEchoMode(QLineEdit::Password);
    return field;
}

} // namespace

LoginDialog::LoginDialog(UserService &users, const QString &companyName, QWidget *parent)
    : QDialog(parent)
    , m_users(users)
{
    setWindowTitle(tr("Log In – %1").arg(companyName));
    auto *layout = new QVBoxLayout(this);
    // The intro stays outside the pages: a stacked widget does not pass on the height that
    // wrapped text needs.
    m_intro = new QLabel(tr("%1 is protected: log in with your user name and password.")
                             .arg(companyName),
                         this);
    m_intro->setObjectName(QStringLiteral("intro"));
    m_intro->setWordWrap(true);
    layout->addWidget(m_intro);
    m_pages = new QStackedWidget(this);
    layout->addWidget(m_pages);

    auto *login = new QWidget(m_pages);
    auto *loginForm = new QFormLayout(login);
    loginForm->setContentsMargins(0, 0, 0, 0);
    m_name = new QLineEdit(login);
    m_name->setObjectName(QStringLiteral("userName"));
    loginForm->addRow(tr("&User name:"), m_name);
    m_password = passwordField(QStringLiteral("password"), login);
    loginForm->addRow(tr("&Password:"), m_password);
    m_pages->addWidget(login);

    auto *change = new QWidget(m_pages);
    auto *changeForm = new QFormLayout(change);
    changeForm->setContentsMargins(0, 0, 0, 0);
    m_newPassword = passwordField(QStringLiteral("newPassword"), change);
    changeForm->addRow(tr("&New password:"), m_newPassword);
    m_repeat = passwordField(QStringLiteral("repeatPassword"), change);
    changeForm->addRow(tr("&Repeat it:"), m_repeat);
    m_pages->addWidget(change);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("message"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #b00020"));
    m_message->hide();
    layout->addWidget(m_message);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Log In"));
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (m_pages->currentIndex() == 0)
            logIn();
        else
            changePassword();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_name->setFocus();
    setMinimumWidth(420);
}

LoginDialog::~LoginDialog() = default;

void LoginDialog::setUserName(const QString &name)
{
    m_name->setText(name);
    if (!name.isEmpty())
        m_password->setFocus();
}

void LoginDialog::setLockedFor(const QString &name)
{
    setUserName(name);
    m_name->setReadOnly(true);
    m_intro->setText(tr("Kontor locked the window after a while without use. %1, log in again "
                        "to go on.")
                         .arg(name));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("&Quit Kontor"));
}

void LoginDialog::showMessage(const QString &text)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
    adjustSize(); // room for a message of two lines
}

void LoginDialog::logIn()
{
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto session = m_users.logIn(m_name->text(), m_password->text());
    QApplication::restoreOverrideCursor();
    if (!session) {
        showMessage(session.error().message);
        m_password->clear();
        m_password->setFocus();
        return;
    }
    if (session->user.mustChangePassword) {
        m_current = m_password->text();
        m_password->clear();
        m_name->setReadOnly(true);
        showMessage(QString());
        m_intro->setText(tr("An administrator set your password. Choose your own now: at least "
                            "%n characters, not a common one.",
                            nullptr, PasswordRules::minimumLength));
        m_pages->setCurrentIndex(1);
        m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Change and Log In"));
        m_newPassword->setFocus();
        return;
    }
    m_session = std::move(session).value();
    accept();
}

void LoginDialog::changePassword()
{
    if (m_newPassword->text() != m_repeat->text()) {
        showMessage(tr("The two new passwords differ."));
        m_repeat->clear();
        m_repeat->setFocus();
        return;
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    Status changed = m_users.changePassword(m_name->text(), m_current, m_newPassword->text());
    auto session = changed ? m_users.logIn(m_name->text(), m_newPassword->text())
                           : Result<Session>(changed.error());
    QApplication::restoreOverrideCursor();
    if (!session) {
        showMessage(session.error().message);
        m_newPassword->setFocus();
        return;
    }
    m_current.clear();
    m_session = std::move(session).value();
    accept();
}

} // namespace Kontor::Ui
