// SPDX-FileCopyrightText: 2026 The Kontor authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/actor.h"
#include "users/user.h"

#include <QDialog>

#include <vector>

class QLabel;
class QListWidget;
class QPushButton;

namespace Kontor {
class UserService;
} // namespace Kontor

namespace Kontor::Ui {

/**
 * The roles and what each may do. Kontor's own roles are shown as they are; a custom role is
 * a named set of permissions the administrator ticks, renames or deletes. A new role starts
 * from the one selected. Every change goes through UserService, which checks the permission
 * and audits it.
 */
class RolesDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RolesDialog)
public:
    RolesDialog(UserService &users, Actor actor, QWidget *parent = nullptr);
    ~RolesDialog() override;

    /// The selected role's stored name; empty when none is selected.
    QString selectedRole() const;
    void selectRole(const QString &name);
    bool isTicked(Permission permission) const;
    void setTicked(Permission permission, bool ticked);
    /// Whether the ticks differ from the selected role as saved.
    bool hasChanges() const;

    /// Saves the ticks for the selected custom role; false (after saying why) when refused.
    bool save();
    /// Creates a custom role with the selected role's ticks and selects it; false when refused.
    bool addRole(const QString &name);
    /// Renames the selected custom role (its users keep it); false (after saying why) when refused.
    bool renameRole(const QString &newName);
    /// Deletes the selected custom role; false (after saying why) when refused.
    bool deleteRole();

private:
    void reload(const QString &select);
    void askNewRole();
    void askNewName();
    void askDelete();
    /// When the ticks have changes: asks to save or discard them; false when the user cancels.
    bool settleChanges();
    void showRole(int row);
    Permissions ticked() const;
    const Role *current() const;

    UserService &m_users;
    const Actor m_actor;
    std::vector<Role> m_roles;
    int m_shown = -1;
    QListWidget *m_roleList = nullptr;
    QListWidget *m_permissions = nullptr;
    QLabel *m_note = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_rename = nullptr;
    QPushButton *m_delete = nullptr;
};

} // namespace Kontor::Ui
