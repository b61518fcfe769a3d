// SPDX-FileCopyrightText: 2026 The Kontor authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/permission.h"

#include "common/ids.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <optional>
#include <vector>

namespace Kontor {

/// A named set of permissions. The built-in roles are Kontor's; custom ones are the company's.
struct Role
{
    QString name;            ///< "bookkeeper", or a custom role's name as entered
    Permissions permissions;
    bool builtIn = false;
};

/// Kontor's own roles: administrator, manager, bookkeeper, clerk.
const std::vector<Role> &builtInRoles();
std::optional<Role> builtInRole(QStringView name);
/// The role's name in the user's language: built-in roles translated, custom ones as entered.
QString roleDisplayName(const Role &role);

/// Someone who logs in. The password hash stays in the repository.
struct User
{
    UserId id;
    QString name;              ///< the login name, lower case
    QString fullName;
    QString role;
    bool disabled = false;
    bool mustChangePassword = false;
    int failedLogins = 0;
    QDateTime lockedUntil;     ///< invalid when not locked
    QDateTime passwordChangedAt;
    QDateTime createdAt;
};

/// The login name as stored: trimmed, lower case ("Anna " and "anna" are one user).
QString normalisedUserName(const QString &name);

} // namespace Kontor
