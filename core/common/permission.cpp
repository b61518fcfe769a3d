// SPDX-FileCopyrightText: 2026 The Kontor authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "permission.h"

#include <QCoreApplication>

#include <array>

namespace Kontor {

namespace {

constexpr std::array permissions{
    PermissionInfo{Permission::ViewOrders, "view_orders", QT_TRANSLATE_NOOP("Kontor::Permission", "View orders")},
    PermissionInfo{Permission::EditOrders, "edit_orders", QT_TRANSLATE_NOOP("Kontor::Permission", "Enter and change orders")},
    PermissionInfo{Permission::ViewCustomers, "view_customers", QT_TRANSLATE_NOOP("Kontor::Permission", "View customers")},
    PermissionInfo{Permission::EditCustomers, "edit_customers", QT_TRANSLATE_NOOP("Kontor::Permission", "Enter and change customers")},
    PermissionInfo{Permission::ViewStock, "view_stock", QT_TRANSLATE_NOOP("Kontor::Permission", "View stock")},
    PermissionInfo{Permission::AdjustStock, "adjust_stock", QT_TRANSLATE_NOOP("Kontor::Permission", "Adjust stock")},
    PermissionInfo{Permission::EditArticles, "edit_articles", QT_TRANSLATE_NOOP("Kontor::Permission", "Enter and change articles")},
    PermissionInfo{Permission::ViewBookings, "view_bookings", QT_TRANSLATE_NOOP("Kontor::Permission", "View the books")},
    PermissionInfo{Permission::PostBookings, "post_bookings", QT_TRANSLATE_NOOP("Kontor::Permission", "Post and reverse bookings")},
    PermissionInfo{Permission::ViewPersonnel, "view_personnel", QT_TRANSLATE_NOOP("Kontor::Permission", "View personnel records")},
    PermissionInfo{Permission::ViewSalaries, "view_salaries", QT_TRANSLATE_NOOP("Kontor::Permission", "View salaries")},
    PermissionInfo{Permission::EditPersonnel, "edit_personnel", QT_TRANSLATE_NOOP("Kontor::Permission", "Enter and change personnel records")},
    PermissionInfo{Permission::RunPayroll, "run_payroll", QT_TRANSLATE_NOOP("Kontor::Permission", "Run payroll")},
    PermissionInfo{Permission::RunImports, "run_imports", QT_TRANSLATE_NOOP("Kontor::Permission", "Import shop orders and undo imports")},
    PermissionInfo{Permission::ViewReports, "view_reports", QT_TRANSLATE_NOOP("Kontor::Permission", "View and export reports")},
    PermissionInfo{Permission::ViewAudit, "view_audit", QT_TRANSLATE_NOOP("Kontor::Permission", "View the audit trail")},
    PermissionInfo{Permission::ManageUsers, "manage_users", QT_TRANSLATE_NOOP("Kontor::Permission", "Manage users and roles")},
    PermissionInfo{Permission::EditSettings, "edit_settings", QT_TRANSLATE_NOOP("Kontor::Permission", "Change the company's settings")},
    PermissionInfo{Permission::BackUpAndRestore, "back_up_and_restore", QT_TRANSLATE_NOOP("Kontor::Permission", "Back up and restore the company")},
};

constexpr bool listedInOrder()
{
    for (size_t i = 0; i < permissions.size(); ++i) {
        if (size_t(permissions[i].permission) != i)
            return false;
    }
    return true;
}
static_assert(listedInOrder(), "the list names each permission once, in enum order");
static_assert(permissions.size() <= 64, "Permissions keeps them in 64 bits");

} // namespace

Permissions Permissions::all()
{
    Permissions result;
    for (const PermissionInfo &info : permissions)
        result.add(info.permission);
    return result;
}

QString Permissions::toStorage() const
{
    QStringList keys;
    for (const PermissionInfo &info : permissions) {
        if (has(info.permission))
            keys.append(QLatin1StringView(info.key));
    }
    return keys.join(u' ');
}

Permissions Permissions::fromStorage(const QString &text)
{
    Permissions result;
    for (QStringView key : QStringView(text).split(u' ', Qt::SkipEmptyParts)) {
        if (const auto permission = permissionFromKey(key))
            result.add(*permission);
    }
    return result;
}

std::span<const PermissionInfo> permissionList()
{
    return permissions;
}

std::optional<Permission> permissionFromKey(QStringView key)
{
    for (const PermissionInfo &info : permissions) {
        if (key == QLatin1StringView(info.key))
            return info.permission;
    }
    return std::nullopt;
}

QString permissionName(Permission permission)
{
    return QCoreApplication::translate("Kontor::Permission", permissions[size_t(permission)].name);
}

} // namespace Kontor
