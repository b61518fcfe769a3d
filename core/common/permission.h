// SPDX-FileCopyrightText: 2026 The Kontor authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

#include <optional>
#include <span>

namespace Kontor {

/// What a user may do. The one list of capabilities: roles are sets of these, the access
/// policy checks them, the GUI shows their names.
enum class Permission : quint8 {
    ViewOrders,
    EditOrders,
    ViewCustomers,
    EditCustomers,
    ViewStock,
    AdjustStock,
    EditArticles,
    ViewBookings,
    PostBookings,
    ViewPersonnel,   ///< employees' records: addresses, birth dates, departments
    ViewSalaries,
    EditPersonnel,
    RunPayroll,
    RunImports,
    ViewReports,
    ViewAudit,
    ManageUsers,
    EditSettings,
    BackUpAndRestore,
};

/// A set of permissions.
class Permissions
{
public:
    constexpr Permissions() = default;
    constexpr Permissions(std::initializer_list<Permission> permissions)
    {
        for (Permission p : permissions)
            m_bits |= bit(p);
    }
    static Permissions all();

    constexpr bool has(Permission p) const { return (m_bits & bit(p)) != 0; }
    constexpr void add(Permission p) { m_bits |= bit(p); }
    friend constexpr bool operator==(Permissions, Permissions) = default;

    /// Storage form: the keys, space-separated, in list order ("view_orders edit_orders").
    QString toStorage() const;
    /// The permissions a stored text names; unknown keys (from a newer Kontor) are skipped.
    static Permissions fromStorage(const QString &text);

private:
    static constexpr quint64 bit(Permission p) { return quint64(1) << quint8(p); }
    quint64 m_bits = 0;
};

struct PermissionInfo
{
    Permission permission;
    const char *key;          ///< stored and typed on the command line: "post_bookings"
    const char *name;         ///< untranslated; see permissionName()
};

/// Every permission, in the order the GUI and the CLI list them.
std::span<const PermissionInfo> permissionList();
std::optional<Permission> permissionFromKey(QStringView key);
/// The permission's name in the user's language ("Post bookings").
QString permissionName(Permission permission);

} // namespace Kontor
