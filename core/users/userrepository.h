// SPDX-FileCopyrightText: 2026 The Kontor authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "user.h"

#include "common/result.h"

#include <QByteArray>
#include <QStringList>

#include <optional>
#include <vector>

namespace Kontor {

class Database;

/// All SQL about users and custom roles. Password hashes go in and out only here.
class UserRepository
{
public:
    explicit UserRepository(Database &db) : m_db(db) { }

    Result<qint64> count();
    Result<UserId> insert(const User &user, const QByteArray &passwordHash);
    Result<std::optional<User>> findByName(const QString &name);
    Result<std::vector<User>> all();
    Result<QByteArray> passwordHash(UserId id);
    Status setPassword(UserId id, const QByteArray &hash, bool mustChange);
    Status setDisabled(UserId id, bool disabled);
    Status setRole(UserId id, const QString &role);
    /// After a failed login: the count of failures in a row, and the lock it earned.
    Status recordFailure(UserId id, int failedLogins, const QDateTime &lockedUntil);
    Status clearFailures(UserId id);
    /// How many enabled users have the role (the last administrator is kept).
    Result<qint64> countEnabledWithRole(const QString &role);

    Result<std::vector<Role>> customRoles();
    Result<std::optional<Role>> findCustomRole(const QString &name);
    Status insertRole(const Role &role);
    Status updateRole(const Role &role);
    /// Renames the role and moves its users to the new name.
    Status renameRole(const QString &name, const QString &newName);
    Status deleteRole(const QString &name);
    /// The names of the users who have the role, enabled or not, by name.
    Result<QStringList> usersWithRole(const QString &role);

private:
    Database &m_db;
};

} // namespace Kontor
