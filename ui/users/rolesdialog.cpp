// SPDX-FileCopyrightText: 2026 The Kontor authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "rolesdialog.h"

#include "common/errors.h"
#include "users/userservice.h"

#include <QDialogButtonBox>
#include <QGridLayout>
#include <QInputDialog>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>

namespace Kontor::Ui {

namespace {

constexpr int PermissionRole = Qt::UserRole;

} // namespace

RolesDialog::RolesDialog(UserService &users, Actor actor, QWidget *parent)
    : QDialog(parent)
    , m_users(users)
    , m_actor(std::move(actor))
{
    setWindowTitle(tr("Roles"));
    auto *layout = new QGridLayout(this);
    auto *rolesLabel = new QLabel(tr("&Roles:"), this);
    m_roleList = new QListWidget(this);
    m_roleList->setObjectName(QStringLiteral("roles"));
    rolesLabel->setBuddy(m_roleList);
    auto *permissionsLabel = new QLabel(tr("&May:"), this);
    m_permissions = new QListWidget(this);
    m_permissions->setObjectName(QStringLiteral("permissions"));
    permissionsLabel->setBuddy(m_permissions);
    for (const PermissionInfo &info : permissionList()) {
        auto *item = new QListWidgetItem(permissionName(info.permission), m_permissions);
        item->setData(PermissionRole, int(info.permission));
        item->setCheckState(Qt::Unchecked);
    }
    m_note = new QLabel(this);
    m_note->setWordWrap(true);

    auto *add = new QPushButton(tr("&New Role…"), this);
    add->setToolTip(tr("A new role, starting with the permissions of the selected one"));
    m_rename = new QPushButton(tr("Ren&ame…"), this);
    m_rename->setObjectName(QStringLiteral("rename"));
    m_delete = new QPushButton(tr("&Delete…"), this);
    m_delete->setObjectName(QStringLiteral("delete"));
    m_delete->setToolTip(tr("Deletes the selected role; no user may have it"));
    m_save = new QPushButton(tr("&Save"), this);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(add, QDialogButtonBox::ActionRole);
    buttons->addButton(m_rename, QDialogButtonBox::ActionRole);
    buttons->addButton(m_delete, QDialogButtonBox::ActionRole);
    buttons->addButton(m_save, QDialogButtonBox::ActionRole);

    layout->addWidget(rolesLabel, 0, 0);
    layout->addWidget(permissionsLabel, 0, 1);
    layout->addWidget(m_roleList, 1, 0);
    layout->addWidget(m_permissions, 1, 1);
    layout->addWidget(m_note, 2, 0, 1, 2);
    layout->addWidget(buttons, 3, 0, 1, 2);
    layout->setColumnStretch(1, 2);

    connect(m_roleList, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row == m_shown)
            return;
        // Saving reads the roles again and selects the saved one: select row again either way.
        const bool go = settleChanges();
        const QSignalBlocker blocker(m_roleList);
        m_roleList->setCurrentRow(go ? row : m_shown);
        if (go)
            showRole(row);
    });
    connect(m_permissions, &QListWidget::itemChanged, this,
            [this] { m_save->setEnabled(hasChanges()); });
    connect(add, &QPushButton::clicked, this, &RolesDialog::askNewRole);
    connect(m_save, &QPushButton::clicked, this, &RolesDialog::save);
    connect(m_rename, &QPushButton::clicked, this, &RolesDialog::askNewName);
    connect(m_delete, &QPushButton::clicked, this, &RolesDialog::askDelete);
    connect(buttons, &QDialogButtonBox::rejected, this, [this] {
        if (settleChanges())
            reject();
    });
    reload(QString());
    resize(640, 480);
}

RolesDialog::~RolesDialog() = default;

void RolesDialog::reload(const QString &select)
{
    auto roles = m_users.roles();
    if (!roles) {
        showError(this, windowTitle(), roles.error());
        return;
    }
    m_roles = std::move(roles).value();
    const QSignalBlocker blocker(m_roleList);
    m_roleList->clear();
    int row = 0;
    for (size_t i = 0; i < m_roles.size(); ++i) {
        const Role &role = m_roles[i];
        m_roleList->addItem(role.builtIn ? tr("%1 (Kontor’s own)").arg(roleDisplayName(role))
                                         : role.name);
        if (role.name == select)
            row = int(i);
    }
    m_roleList->setCurrentRow(row);
    showRole(row);
}

void RolesDialog::showRole(int row)
{
    m_shown = row;
    const Role *role = current();
    const QSignalBlocker blocker(m_permissions);
    for (int i = 0; i < m_permissions->count(); ++i) {
        QListWidgetItem *item = m_permissions->item(i);
        const auto permission = Permission(item->data(PermissionRole).toInt());
        const bool has = role && role->permissions.has(permission);
        item->setCheckState(has ? Qt::Checked : Qt::Unchecked);
        // Kontor's own roles are shown, not changed.
        item->setFlags(role && !role->builtIn ? item->flags() | Qt::ItemIsUserCheckable
                                              : item->flags() & ~Qt::ItemIsUserCheckable);
    }
    m_note->setText(role && role->builtIn
                            ? tr("Kontor’s own roles cannot be changed. To give someone a "
                                 "different set, make a new role from this one and change that.")
                            : tr("Tick what users with this role may do, then save. Users who "
                                 "are logged in get the change at their next login."));
    m_save->setEnabled(false);
    m_rename->setEnabled(role && !role->builtIn);
    m_delete->setEnabled(role && !role->builtIn);
}

const Role *RolesDialog::current() const
{
    return m_shown >= 0 && m_shown < int(m_roles.size()) ? &m_roles[size_t(m_shown)] : nullptr;
}

QString RolesDialog::selectedRole() const
{
    const Role *role = current();
    return role ? role->name : QString();
}

void RolesDialog::selectRole(const QString &name)
{
    for (size_t i = 0; i < m_roles.size(); ++i) {
        if (m_roles[i].name == name)
            m_roleList->setCurrentRow(int(i));
    }
}

Permissions RolesDialog::ticked() const
{
    Permissions permissions;
    for (int i = 0; i < m_permissions->count(); ++i) {
        const QListWidgetItem *item = m_permissions->item(i);
        if (item->checkState() == Qt::Checked)
            permissions.add(Permission(item->data(PermissionRole).toInt()));
    }
    return permissions;
}

bool RolesDialog::isTicked(Permission permission) const
{
    return ticked().has(permission);
}

void RolesDialog::setTicked(Permission permission, bool ticked)
{
    for (int i = 0; i < m_permissions->count(); ++i) {
        QListWidgetItem *item = m_permissions->item(i);
        if (Permission(item->data(PermissionRole).toInt()) == permission
            && (item->flags() & Qt::ItemIsUserCheckable))
            item->setCheckState(ticked ? Qt::Checked : Qt::Unchecked);
    }
}

bool RolesDialog::hasChanges() const
{
    const Role *role = current();
    return role && !role->builtIn && ticked() != role->permissions;
}

bool RolesDialog::save()
{
    const Role *role = current();
    if (!role || role->builtIn)
        return false;
    const Role changed{role->name, ticked(), false};
    if (Status s = m_users.saveRole(m_actor, changed); !s) {
        showError(this, windowTitle(), s.error());
        return false;
    }
    reload(changed.name);
    return true;
}

bool RolesDialog::addRole(const QString &name)
{
    const Role role{name.simplified(), ticked(), false};
    if (const auto existing = m_users.findRole(role.name); existing && existing->has_value()) {
        showError(this, tr("New Role"), tr("There is a role named %1 already.").arg(role.name));
        return false;
    }
    if (Status s = m_users.saveRole(m_actor, role); !s) {
        showError(this, tr("New Role"), s.error());
        return false;
    }
    reload(role.name);
    return true;
}

bool RolesDialog::renameRole(const QString &newName)
{
    const Role *role = current();
    if (!role || role->builtIn)
        return false;
    if (Status s = m_users.renameRole(m_actor, role->name, newName); !s) {
        showError(this, tr("Rename Role"), s.error());
        return false;
    }
    reload(newName.simplified());
    return true;
}

bool RolesDialog::deleteRole()
{
    const Role *role = current();
    if (!role || role->builtIn)
        return false;
    if (Status s = m_users.deleteRole(m_actor, role->name); !s) {
        showError(this, tr("Delete Role"), s.error());
        return false;
    }
    reload(QString());
    return true;
}

void RolesDialog::askNewName()
{
    if (!settleChanges())
        return;
    bool ok = false;
    const QString name =
        QInputDialog::getText(this, tr("Rename Role"), tr("&New name of the role:"),
                              QLineEdit::Normal, selectedRole(), &ok);
    if (ok)
        renameRole(name);
}

void RolesDialog::askDelete()
{
    if (!settleChanges())
        return;
    const auto answer = QMessageBox::question(
            this, tr("Delete Role"), tr("Delete the role %1?").arg(selectedRole()),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer == QMessageBox::Yes)
        deleteRole();
}

void RolesDialog::askNewRole()
{
    if (!settleChanges())
        return;
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("New Role"), tr("&Name of the role:"),
                                               QLineEdit::Normal, QString(), &ok);
    if (ok)
        addRole(name);
}

bool RolesDialog::settleChanges()
{
    if (!hasChanges())
        return true;
    const auto answer = QMessageBox::question(
            this, windowTitle(), tr("Save the changes to the role %1?").arg(selectedRole()),
            QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Cancel)
        return false;
    return answer == QMessageBox::Discard || save();
}

} // namespace Kontor::Ui
