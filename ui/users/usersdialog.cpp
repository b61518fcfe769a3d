// SPDX-FileCopyrightText: 2026 The Kontor authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "usersdialog.h"

#include "rolesdialog.h"

#include "common/errors.h"
#include "users/userservice.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Kontor::Ui {

namespace {

enum Column { NameColumn, FullNameColumn, RoleColumn, StateColumn, ColumnCount };

// A small form for a new user or a new password; empty fields stay out.
class UserForm final : public QDialog
{
public:
    UserForm(const QString &title, bool newUser, const std::vector<Role> &roles, QWidget *parent)
        : QDialog(parent)
    {
        setWindowTitle(title);
        auto *form = new QFormLayout(this);
        if (newUser) {
            name = new QLineEdit(this);
            name->setObjectName(QStringLiteral("userName"));
            form->addRow(UsersDialog::tr("&User name:"), name);
            fullName = new QLineEdit(this);
            fullName->setObjectName(QStringLiteral("fullName"));
            form->addRow(UsersDialog::tr("&Full name:"), fullName);
            role = new QComboBox(this);
            role->setObjectName(QStringLiteral("role"));
            for (const Role &r : roles)
                role->addItem(roleDisplayName(r), r.name);
            form->addRow(UsersDialog::tr("&Role:"), role);
        }
        password = new QLineEdit(this);
        password->setObjectName(QStringLiteral("password"));
        password->setEchoMode(QLineEdit::Password);
        form->addRow(UsersDialog::tr("First &password:"), password);
        repeat = new QLineEdit(this);
        repeat->setObjectName(QStringLiteral("repeatPassword"));
        repeat->setEchoMode(QLineEdit::Password);
        form->addRow(UsersDialog::tr("Re&peat it:"), repeat);
        auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
        form->addRow(buttons);
        connect(buttons, &QDialogButtonBox::accepted, this, [this] {
            if (password->text() != repeat->text()) {
                showError(this, windowTitle(), UsersDialog::tr("The two passwords differ."));
                return;
            }
            accept();
        });
        connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
        setMinimumWidth(380);
    }

    QLineEdit *name = nullptr;
    QLineEdit *fullName = nullptr;
    QComboBox *role = nullptr;
    QLineEdit *password = nullptr;
    QLineEdit *repeat = nullptr;
};

} // namespace

UsersDialog::UsersDialog(UserService &users, Actor actor, QWidget *parent)
    : QDialog(parent)
    , m_users(users)
    , m_actor(std::move(actor))
{
    setWindowTitle(tr("Users"));
    auto *layout = new QVBoxLayout(this);
    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("users"));
    m_table->setHorizontalHeaderLabels({tr("User"), tr("Full name"), tr("Role"), tr("State")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_table, 1);

    auto *row = new QHBoxLayout;
    auto *add = new QPushButton(tr("&Add…"), this);
    m_disable = new QPushButton(tr("&Disable"), this);
    m_reset = new QPushButton(tr("&Reset Password…"), this);
    m_role = new QPushButton(tr("Change R&ole…"), this);
    auto *roles = new QPushButton(tr("Ro&les…"), this);
    roles->setToolTip(tr("What each role may do; custom roles"));
    for (QPushButton *button : {add, m_disable, m_reset, m_role, roles})
        row->addWidget(button);
    row->addStretch(1);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    row->addWidget(close);
    layout->addLayout(row);

    connect(add, &QPushButton::clicked, this, &UsersDialog::addUser);
    connect(m_disable, &QPushButton::clicked, this, &UsersDialog::toggleDisabled);
    connect(m_reset, &QPushButton::clicked, this, &UsersDialog::resetPassword);
    connect(m_role, &QPushButton::clicked, this, &UsersDialog::changeRole);
    connect(roles, &QPushButton::clicked, this, [this] {
        RolesDialog dialog(m_users, m_actor, this);
        dialog.exec();
        reload();
    });
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &UsersDialog::updateButtons);
    reload();
    resize(680, 360);
}

UsersDialog::~UsersDialog() = default;

void UsersDialog::reload()
{
    const QString selected = selectedUser();
    auto users = m_users.users(m_actor);
    if (!users) {
        showError(this, windowTitle(), users.error());
        return;
    }
    m_table->setRowCount(int(users->size()));
    for (int i = 0; i < int(users->size()); ++i) {
        const User &u = (*users)[size_t(i)];
        const auto role = m_users.findRole(u.role);
        const QString roleName = role && role->has_value() ? roleDisplayName(**role) : u.role;
        QStringList state;
        if (u.disabled)
            state << tr("disabled");
        if (u.lockedUntil.isValid() && u.lockedUntil > QDateTime::currentDateTimeUtc())
            state << tr("locked after wrong passwords");
        if (u.mustChangePassword)
            state << tr("must choose a password");
        const QStringList cells{u.name, u.fullName, roleName, state.join(QStringLiteral(", "))};
        for (int c = 0; c < ColumnCount; ++c)
            m_table->setItem(i, c, new QTableWidgetItem(cells[c]));
        m_table->item(i, NameColumn)->setData(Qt::UserRole, u.disabled);
    }
    // All but the last, which stretches to the table's edge: resizing it to its contents too
    // would leave a gap once the dialog is shown.
    for (int c = 0; c + 1 < ColumnCount; ++c)
        m_table->resizeColumnToContents(c);
    selectUser(selected);
    updateButtons();
}

QString UsersDialog::selectedUser() const
{
    const auto rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : m_table->item(rows.first().row(), NameColumn)->text();
}

void UsersDialog::selectUser(const QString &name)
{
    for (int i = 0; i < m_table->rowCount(); ++i) {
        if (m_table->item(i, NameColumn)->text() == name) {
            m_table->selectRow(i);
            return;
        }
    }
    m_table->clearSelection();
}

bool UsersDialog::selectedIsDisabled() const
{
    const auto rows = m_table->selectionModel()->selectedRows();
    return !rows.isEmpty() && m_table->item(rows.first().row(), NameColumn)->data(Qt::UserRole).toBool();
}

void UsersDialog::updateButtons()
{
    const bool any = !selectedUser().isEmpty();
    for (QPushButton *button : {m_disable, m_reset, m_role})
        button->setEnabled(any);
    m_disable->setText(selectedIsDisabled() ? tr("&Enable") : tr("&Disable"));
}

void UsersDialog::addUser()
{
    const auto roles = m_users.roles();
    if (!roles) {
        showError(this, windowTitle(), roles.error());
        return;
    }
    UserForm form(tr("New User"), true, *roles, this);
    if (form.exec() != QDialog::Accepted)
        return;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto added = m_users.addUser(m_actor, {form.name->text(), form.fullName->text(),
                                           form.role->currentData().toString(), form.password->text()});
    QApplication::restoreOverrideCursor();
    if (!added) {
        showError(this, tr("New User"), added.error());
        return;
    }
    reload();
    selectUser(normalisedUserName(form.name->text()));
}

void UsersDialog::toggleDisabled()
{
    const QString name = selectedUser();
    if (name.isEmpty())
        return;
    if (Status s = m_users.setDisabled(m_actor, name, !selectedIsDisabled()); !s)
        showError(this, windowTitle(), s.error());
    reload();
}

void UsersDialog::resetPassword()
{
    const QString name = selectedUser();
    if (name.isEmpty())
        return;
    UserForm form(tr("New Password for %1").arg(name), false, {}, this);
    if (form.exec() != QDialog::Accepted)
        return;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    Status reset = m_users.resetPassword(m_actor, name, form.password->text());
    QApplication::restoreOverrideCursor();
    if (!reset)
        showError(this, form.windowTitle(), reset.error());
    reload();
}

void UsersDialog::changeRole()
{
    const QString name = selectedUser();
    const auto roles = m_users.roles();
    if (name.isEmpty() || !roles)
        return;
    QStringList names;
    for (const Role &role : *roles)
        names << roleDisplayName(role);
    bool ok = false;
    const QString chosen = QInputDialog::getItem(this, tr("Role of %1").arg(name), tr("&Role:"),
                                                 names, 0, false, &ok);
    if (!ok)
        return;
    const auto index = names.indexOf(chosen);
    if (Status s = m_users.setRole(m_actor, name, (*roles)[size_t(index)].name); !s)
        showError(this, windowTitle(), s.error());
    reload();
}

} // namespace Kontor::Ui
