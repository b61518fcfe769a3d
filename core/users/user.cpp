// SPDX-FileCopyrightText: 2026 The Kontor authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "user.h"

namespace Kontor {

const std::vector<Role> &builtInRoles()
{
    using P = Permission;
    static const std::vector<Role> roles{
        {QStringLiteral("administrator"), Permissions::all(), true},
        {QStringLiteral("manager"),
         {P::ViewOrders, P::EditOrders, P::ViewCustomers, P::EditCustomers, P::ViewStock,
          P::AdjustStock, P::EditArticles, P::ViewBookings, P::ViewPersonnel, P::ViewSalaries,
          P::EditPersonnel, P::RunImports, P::ViewReports, P::ViewAudit, P::BackUpAndRestore},
         true},
        {QStringLiteral("bookkeeper"),
         {P::ViewOrders, P::ViewCustomers, P::ViewStock, P::ViewBookings, P::PostBookings,
          P::ViewPersonnel, P::ViewSalaries, P::RunPayroll, P::RunImports, P::ViewReports},
         true},
        {QStringLiteral("clerk"),
         {P::ViewOrders, P::EditOrders, P::ViewCustomers, P::EditCustomers, P::ViewStock,
          P::AdjustStock, P::EditArticles},
         true},
    };
    return roles;
}

std::optional<Role> builtInRole(QStringView name)
{
    for (const Role &role : builtInRoles()) {
        if (role.name == name)
            return role;
    }
    return std::nullopt;
}

QString roleDisplayName(const Role &role)
{
    if (!role.builtIn)
        return role.name;
    if (role.name == u"administrator")
        return QCoreApplication::translate("Kontor::Role", "Administrator");
    if (role.name == u"manager")
        return QCoreApplication::translate("Kontor::Role", "Manager");
    if (role.name == u"bookkeeper")
        return QCoreApplication::translate("Kontor::Role", "Bookkeeper");
    if (role.name == u"clerk")
        return QCoreApplication::translate("Kontor::Role", "Clerk");
    return role.name;
}

QString normalisedUserName(const QString &name)
{
    return name.trimmed().toLower();
}

} // namespace Kontor
