// SPDX-FileCopyrightText: 2026 The Kontor authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "passwords.h"
#include "user.h"
#include "userrepository.h"

#include "common/actor.h"

#include <QObject>

#include <functional>

namespace Kontor {

class AuditLog;
class BookTexts;
class Database;

/// A user who has logged in, with what their role lets them do.
struct Session
{
    User user;
    Role role;
    /// The actor the services get for what this user does.
    Actor actor() const;
};

/// What an administrator enters for a new user.
struct NewUser
{
    QString name;
    QString fullName;
    QString role;
    QString password;  ///< a first password, to be changed at the first login
};

/**
 * Users, roles and logging in. Managing users needs the permission ManageUsers; every change
 * and every login, failed or not, is audited. After five wrong passwords in a row a user is
 * locked, for 30 seconds and twice as long after each further wrong one, up to an hour.
 */
class UserService final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UserService)
public:
    static constexpr int failuresBeforeLock = 5;

    UserService(Database &db, UserRepository &repository, AuditLog &audit,
                const BookTexts &texts, QObject *parent = nullptr);

    UserRepository &repository() { return m_repository; }
    /// Tests: a cheaper hash, and a clock to move.
    void setHashStrength(PasswordHasher::Strength strength)
    {
        m_hasher = PasswordHasher(strength);
        m_decoyHash.clear();
    }
    void setClock(std::function<QDateTime()> now) { m_now = std::move(now); }

    /// Whether logging in is needed: the company has users.
    Result<bool> hasUsers();
    /// The company's first user, its administrator. Refused once the company has users.
    Result<UserId> createAdministrator(const Actor &actor, const QString &name,
                                       const QString &fullName, const QString &password);
    Result<UserId> addUser(const Actor &actor, const NewUser &user);
    /// Every user, by name.
    Result<std::vector<User>> users(const Actor &actor);
    Status setDisabled(const Actor &actor, const QString &name, bool disabled);
    Status setRole(const Actor &actor, const QString &name, const QString &role);
    /// A new password set by an administrator: the user must change it at the next login.
    Status resetPassword(const Actor &actor, const QString &name, const QString &password);
    /// The user's own change, with the current password.
    Status changePassword(const QString &name, const QString &currentPassword,
                          const QString &newPassword);
    Result<Session> logIn(const QString &name, const QString &password);

    /// The built-in roles, then the custom ones.
    Result<std::vector<Role>> roles();
    Result<std::optional<Role>> findRole(const QString &name);
    /// Creates a custom role or changes its permissions; built-in roles cannot be changed.
    Status saveRole(const Actor &actor, const Role &role);
    /// Gives a custom role another name; its users keep it under the new one.
    Status renameRole(const Actor &actor, const QString &name, const QString &newName);
    /// Deletes a custom role that no user has, enabled or disabled.
    Status deleteRole(const Actor &actor, const QString &name);

private:
    Result<User> existingUser(const QString &name);
    Result<UserId> createUser(const Actor &actor, const NewUser &user, bool mustChangePassword);
    /// An administrator's change of one user: the permission, one transaction and the audit
    /// row with the summary change returns (a null summary: nothing changed, nothing audited).
    Status changeUser(const Actor &actor, const QString &name, const QString &action,
                      const std::function<Result<QString>(const User &)> &change);
    Status keepAnAdministrator(const User &user, bool disabling, const QString &newRole);
    /// An administrator's change of one custom role, as changeUser for a user.
    Status changeRole(const Actor &actor, const QString &name, const QString &action,
                      const std::function<Result<QString>(const Role &)> &change);
    /// A role's name as it is stored, or why it cannot be a custom role's.
    static Result<QString> customRoleName(const QString &name);

    Database &m_db;
    UserRepository &m_repository;
    AuditLog &m_audit;
    const BookTexts &m_texts;
    PasswordHasher m_hasher;
    /// A hash that no password matches, checked for an unknown user name.
    QByteArray m_decoyHash;
    std::function<QDateTime()> m_now;
};

} // namespace Kontor
