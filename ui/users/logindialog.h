// SPDX-FileCopyrightText: 2026 The Kontor authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "users/userservice.h"

#include <QDialog>

#include <optional>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QStackedWidget;

namespace Kontor::Ui {

/**
 * Opens a company that has users: asks for the user name and password, and when an
 * administrator set the password, for a new one before the company opens. Accepted with a
 * session; every attempt, failed or not, is the core's to judge, lock and audit.
 */
class LoginDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LoginDialog)
public:
    LoginDialog(UserService &users, const QString &companyName, QWidget *parent = nullptr);
    ~LoginDialog() override;

    void setUserName(const QString &name);
    /// For a locked window: only this user may log in again; Cancel quits.
    void setLockedFor(const QString &name);
    /// Set once the dialog is accepted.
    const std::optional<Session> &session() const { return m_session; }

private:
    void logIn();
    void changePassword();
    void showMessage(const QString &text);

    UserService &m_users;
    QLabel *m_intro = nullptr;
    QStackedWidget *m_pages = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_password = nullptr;
    QLineEdit *m_newPassword = nullptr;
    QLineEdit *m_repeat = nullptr;
    QLabel *m_message = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QString m_current;  ///< the password set by the administrator, while it is being changed
    std::optional<Session> m_session;
};

} // namespace Kontor::Ui
