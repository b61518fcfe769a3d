// SPDX-FileCopyrightText: 2026 The Kontor authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/actor.h"

#include <QDialog>

class QPushButton;
class QTableWidget;

namespace Kontor {
class UserService;
} // namespace Kontor

namespace Kontor::Ui {

/**
 * The administrator's list of users: add one (with a role and a first password the user
 * changes at the first login), disable or enable, reset a password, change the role. Each
 * change goes through UserService, which checks the permission and audits it.
 */
class UsersDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UsersDialog)
public:
    UsersDialog(UserService &users, Actor actor, QWidget *parent = nullptr);
    ~UsersDialog() override;

    /// Reads the users again.
    void reload();
    /// The selected user's name; empty when none is selected.
    QString selectedUser() const;
    void selectUser(const QString &name);

    /// The actions, also for tests: each asks what it needs in a small dialog.
    void addUser();
    void toggleDisabled();
    void resetPassword();
    void changeRole();

private:
    bool selectedIsDisabled() const;
    void updateButtons();

    UserService &m_users;
    const Actor m_actor;
    QTableWidget *m_table = nullptr;
    QPushButton *m_disable = nullptr;
    QPushButton *m_reset = nullptr;
    QPushButton *m_role = nullptr;
};

} // namespace Kontor::Ui
