// SPDX-FileCopyrightText: 2026 The Kontor authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "users/userservice.h"

#include <QDialog>

#include <optional>

class QLabel;
class QLineEdit;

namespace Kontor::Ui {

/**
 * Gives a new company its administrator, the first user, who then sets up everyone else's
 * access. Accepted with the administrator logged in. "Later" leaves the company without
 * logins: open to whoever opens its file.
 */
class AdministratorDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AdministratorDialog)
public:
    AdministratorDialog(UserService &users, Actor creator, QWidget *parent = nullptr);
    ~AdministratorDialog() override;

    const std::optional<Session> &session() const { return m_session; }

private:
    void create();

    UserService &m_users;
    const Actor m_creator;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_fullName = nullptr;
    QLineEdit *m_password = nullptr;
    QLineEdit *m_repeat = nullptr;
    QLabel *m_message = nullptr;
    std::optional<Session> m_session;
};

} // namespace Kontor::Ui
