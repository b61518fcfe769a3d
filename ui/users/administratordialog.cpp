// SPDX-FileCopyrightText: 2026 The Kontor authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "administratordialog.h"

#include "users/passwords.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace Kontor::Ui {

AdministratorDialog::AdministratorDialog(UserService &users, Actor creator, QWidget *parent)
    : QDialog(parent)
    , m_users(users)
    , m_creator(std::move(creator))
{
    setWindowTitle(tr("Administrator"));
    auto *form = new QFormLayout(this);
    auto *intro = new QLabel(tr("Kontor protects the company with logins. Its first user is the "
                                "administrator, who gives everyone else their access: clerks, "
                                "bookkeepers, managers."),
                             this);
    intro->setWordWrap(true);
    form->addRow(intro);
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("userName"));
    form->addRow(tr("&User name:"), m_name);
    m_fullName = new QLineEdit(this);
    m_fullName->setObjectName(QStringLiteral("fullName"));
    form->addRow(tr("&Full name:"), m_fullName);
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(
        tr("at least %n characters", nullptr, PasswordRules::minimumLength));
    form->addRow(tr("&Password:"), m_password);
    m_repeat = new QLineEdit(this);
    m_repeat->setObjectName(QStringLiteral("repeatPassword"));
    m_repeat->setEchoMode(QLineEdit::Password);
    form->addRow(tr("&Repeat it:"), m_repeat);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("message"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #b00020"));
    m_message->hide();
    form->addRow(m_message);
    auto *later = new QLabel(tr("Later: until the company has an administrator, anyone who can "
                                "open its file may see and change everything."),
                             this);
    later->setWordWrap(true);
    later->setEnabled(false);
    form->addRow(later);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Create Administrator"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("&Later"));
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &AdministratorDialog::create);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_name->setFocus();
    // As wide as the texts read well, and as high as they need then, also once the message
    // shows (a dialog's own minimum width would leave the wrapped texts' height unknown).
    intro->setMinimumWidth(440);
    form->setSizeConstraint(QLayout::SetFixedSize);
}

AdministratorDialog::~AdministratorDialog() = default;

void AdministratorDialog::create()
{
    const auto show = [this](const QString &text) {
        m_message->setText(text);
        m_message->show();
        adjustSize();
    };
    if (m_password->text() != m_repeat->text()) {
        show(tr("The two passwords differ."));
        m_repeat->clear();
        m_repeat->setFocus();
        return;
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto created = m_users.createAdministrator(m_creator, m_name->text(), m_fullName->text(),
                                               m_password->text());
    auto session = created ? m_users.logIn(m_name->text(), m_password->text())
                           : Result<Session>(created.error());
    QApplication::restoreOverrideCursor();
    if (!session) {
        show(session.error().message);
        return;
    }
    m_session = std::move(session).value();
    accept();
}

} // namespace Kontor::Ui
