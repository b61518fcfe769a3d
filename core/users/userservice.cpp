// SPDX-FileCopyrightText: 2026 The Kontor authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "userservice.h"

#include "audit/auditlog.h"
#include "common/accesspolicy.h"
#include "common/booktexts.h"
#include "common/clock.h"
#include "persistence/database.h"
#include "persistence/transaction.h"

#include <QLocale>
#include <QRegularExpression>

#include <algorithm>

namespace Kontor {

namespace {

constexpr qint64 firstLockSeconds = 30;
constexpr qint64 longestLockSeconds = 3600;

const QString userRecord = QStringLiteral("user");

bool isValidUserName(const QString &name)
{
    static const QRegularExpression allowed(QStringLiteral("^[\\p{Ll}\\p{Lo}\\d][\\p{Ll}\\p{Lo}\\d._-]{0,63}$"));
    return allowed.match(name).hasMatch();
}

QString localTime(const QDateTime &when)
{
    return QLocale().toString(when.toLocalTime(), QLocale::ShortFormat);
}

} // namespace

Actor Session::actor() const
{
    Actor actor(user.name);
    actor.user = user.id;
    actor.permissions = role.permissions;
    return actor;
}

UserService::UserService(Database &db, UserRepository &repository, AuditLog &audit,
                         const BookTexts &texts, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_repository(repository)
    , m_audit(audit)
    , m_texts(texts)
    , m_now([] { return QDateTime::currentDateTimeUtc(); })
{
}

Result<bool> UserService::hasUsers()
{
    auto n = m_repository.count();
    if (!n)
        return n.error();
    return *n > 0;
}

Result<User> UserService::existingUser(const QString &name)
{
    auto user = m_repository.findByName(normalisedUserName(name));
    if (!user)
        return user.error();
    if (!user->has_value())
        return makeError(tr("There is no user %1.").arg(normalisedUserName(name)));
    return **user;
}

Result<UserId> UserService::createAdministrator(const Actor &actor, const QString &name,
                                                const QString &fullName, const QString &password)
{
    Transaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    auto any = hasUsers();
    if (!any)
        return any.error();
    if (*any)
        return makeError(tr("The company has its administrator already; log in as one to add "
                            "users."));
    // The administrator chose the password: nothing to change at the first login.
    auto id = createUser(actor, {name, fullName, QStringLiteral("administrator"), password}, false);
    if (!id)
        return id.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return id;
}

Result<UserId> UserService::addUser(const Actor &actor, const NewUser &newUser)
{
    if (Status s = AccessPolicy::require(actor, Permission::ManageUsers); !s)
        return s.error();
    return createUser(actor, newUser, true);
}

Result<UserId> UserService::createUser(const Actor &actor, const NewUser &newUser,
                                       bool mustChangePassword)
{
    User user;
    user.name = normalisedUserName(newUser.name);
    user.fullName = newUser.fullName.simplified();
    if (user.fullName.isEmpty())
        user.fullName = user.name;
    user.role = newUser.role.trimmed();
    user.mustChangePassword = mustChangePassword;
    if (!isValidUserName(user.name))
        return makeError(tr("“%1” cannot be a user name: use up to 64 letters, digits, dots, "
                            "hyphens and underscores, beginning with a letter or digit.")
                             .arg(newUser.name));
    if (Status s = PasswordRules::check(newUser.password, user.name); !s)
        return s.error();

    Transaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    auto role = findRole(user.role);
    if (!role)
        return role.error();
    if (!role->has_value())
        return makeError(tr("There is no role %1.").arg(user.role));
    auto existing = m_repository.findByName(user.name);
    if (!existing)
        return existing.error();
    if (existing->has_value())
        return makeError(tr("There is a user %1 already.").arg(user.name));
    auto hash = m_hasher.hash(newUser.password);
    if (!hash)
        return hash.error();
    auto id = m_repository.insert(user, *hash);
    if (!id)
        return id.error();
    if (Status s = m_audit.record(actor, QStringLiteral("create"), userRecord, id->value(),
                                  user.name + u' ' + user.role);
        !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return id;
}

Result<std::vector<User>> UserService::users(const Actor &actor)
{
    if (Status s = AccessPolicy::require(actor, Permission::ManageUsers); !s)
        return s.error();
    return m_repository.all();
}

Status UserService::keepAnAdministrator(const User &user, bool disabling, const QString &newRole)
{
    const QString admin = QStringLiteral("administrator");
    if (user.role != admin || user.disabled || (!disabling && newRole == admin))
        return {};
    auto admins = m_repository.countEnabledWithRole(admin);
    if (!admins)
        return admins.error();
    if (*admins <= 1)
        return makeError(tr("%1 is the company's last administrator; make another user "
                            "administrator first.")
                             .arg(user.name));
    return {};
}

Status UserService::changeUser(const Actor &actor, const QString &name, const QString &action,
                               const std::function<Result<QString>(const User &)> &change)
{
    if (Status s = AccessPolicy::require(actor, Permission::ManageUsers); !s)
        return s;
    Transaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    auto user = existingUser(name);
    if (!user)
        return user.error();
    auto summary = change(*user);
    if (!summary)
        return summary.error();
    if (summary->isNull())
        return {}; // nothing to change
    if (Status s = m_audit.record(actor, action, userRecord, user->id.value(), *summary); !s)
        return s;
    return tx.commit();
}

Status UserService::setDisabled(const Actor &actor, const QString &name, bool disabled)
{
    return changeUser(actor, name, disabled ? QStringLiteral("disable") : QStringLiteral("enable"),
                      [&](const User &user) -> Result<QString> {
                          if (user.disabled == disabled)
                              return QString();
                          if (disabled) {
                              if (Status s = keepAnAdministrator(user, true, QString()); !s)
                                  return s.error();
                          }
                          if (Status s = m_repository.setDisabled(user.id, disabled); !s)
                              return s.error();
                          return user.name;
                      });
}

Status UserService::setRole(const Actor &actor, const QString &name, const QString &roleName)
{
    return changeUser(actor, name, QStringLiteral("set_role"),
                      [&](const User &user) -> Result<QString> {
                          auto role = findRole(roleName.trimmed());
                          if (!role)
                              return role.error();
                          if (!role->has_value())
                              return makeError(tr("There is no role %1.").arg(roleName.trimmed()));
                          if (Status s = keepAnAdministrator(user, false, (*role)->name); !s)
                              return s.error();
                          if (Status s = m_repository.setRole(user.id, (*role)->name); !s)
                              return s.error();
                          return QString(user.name + u' ' + user.role + u" → " + (*role)->name);
                      });
}

Status UserService::resetPassword(const Actor &actor, const QString &name, const QString &password)
{
    return changeUser(actor, name, QStringLiteral("reset_password"),
                      [&](const User &user) -> Result<QString> {
                          if (Status s = PasswordRules::check(password, user.name); !s)
                              return s.error();
                          auto hash = m_hasher.hash(password);
                          if (!hash)
                              return hash.error();
                          if (Status s = m_repository.setPassword(user.id, *hash, true); !s)
                              return s.error();
                          return user.name;
                      });
}

Status UserService::changePassword(const QString &name, const QString &currentPassword,
                                   const QString &newPassword)
{
    auto session = logIn(name, currentPassword);
    if (!session)
        return session.error();
    if (newPassword == currentPassword)
        return makeError(tr("The new password must differ from the current one."));
    if (Status s = PasswordRules::check(newPassword, session->user.name); !s)
        return s;
    Transaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    auto hash = m_hasher.hash(newPassword);
    if (!hash)
        return hash.error();
    if (Status s = m_repository.setPassword(session->user.id, *hash, false); !s)
        return s;
    if (Status s = m_audit.record(session->actor(), QStringLiteral("change_password"), userRecord,
                                  session->user.id.value(), session->user.name);
        !s)
        return s;
    return tx.commit();
}

Result<Session> UserService::logIn(const QString &name, const QString &password)
{
    const QString userName = normalisedUserName(name);
    const auto wrong = [] { return makeError(tr("The user name or the password is wrong.")); };
    Transaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    auto found = m_repository.findByName(userName);
    if (!found)
        return found.error();
    if (!found->has_value()) {
        // As long as for a known user: the time tells no one which names exist.
        if (m_decoyHash.isEmpty()) {
            if (auto decoy = m_hasher.hash(QStringLiteral("no such user")))
                m_decoyHash = *decoy;
        }
        m_hasher.verify(m_decoyHash, password);
        const QString summary =
            m_texts.translate("Kontor::UserService", "no user %1").arg(userName);
        if (Status s = m_audit.record(Actor(userName), QStringLiteral("login_failed"), userRecord, 0,
                                      summary);
            !s)
            return s.error();
        if (Status s = tx.commit(); !s)
            return s.error();
        return wrong();
    }
    User user = **found;
    const QDateTime now = m_now();
    if (user.lockedUntil.isValid() && user.lockedUntil > now)
        return makeError(tr("Too many wrong passwords: %1 is locked until %2.")
                             .arg(user.name, localTime(user.lockedUntil)));
    auto hash = m_repository.passwordHash(user.id);
    if (!hash)
        return hash.error();
    if (!m_hasher.verify(*hash, password)) {
        const int failures = user.failedLogins + 1;
        QDateTime lockedUntil;
        if (failures >= failuresBeforeLock) {
            const int doublings = std::min(failures - failuresBeforeLock, 20);
            lockedUntil = now.addSecs(std::min(firstLockSeconds << doublings, longestLockSeconds));
        }
        if (Status s = m_repository.recordFailure(user.id, failures, lockedUntil); !s)
            return s.error();
        const QString summary =
            lockedUntil.isValid()
                ? m_texts.translate("Kontor::UserService",
                                    "%n wrong password(s) in a row; locked until %1", nullptr,
                                    failures)
                      .arg(Timestamps::toStorage(lockedUntil))
                : m_texts.translate("Kontor::UserService", "%n wrong password(s) in a row",
                                    nullptr, failures);
        if (Status s = m_audit.record(Actor(user.name), QStringLiteral("login_failed"), userRecord,
                                      user.id.value(), summary);
            !s)
            return s.error();
        if (Status s = tx.commit(); !s)
            return s.error();
        if (lockedUntil.isValid())
            return makeError(tr("The user name or the password is wrong. After %n wrong "
                                "passwords in a row, %1 is locked until %2.", nullptr, failures)
                                 .arg(user.name, localTime(lockedUntil)));
        return wrong();
    }
    if (user.disabled)
        return makeError(tr("The user %1 is disabled. Ask an administrator.").arg(user.name));
    auto role = findRole(user.role);
    if (!role)
        return role.error();
    if (!role->has_value())
        return makeError(tr("The role %1 of user %2 no longer exists. Ask an administrator.")
                             .arg(user.role, user.name));
    if (user.failedLogins > 0) {
        if (Status s = m_repository.clearFailures(user.id); !s)
            return s.error();
        user.failedLogins = 0;
        user.lockedUntil = {};
    }
    if (m_hasher.needsRehash(*hash)) {
        auto stronger = m_hasher.hash(password);
        if (!stronger)
            return stronger.error();
        if (Status s = m_repository.setPassword(user.id, *stronger, user.mustChangePassword); !s)
            return s.error();
    }
    Session session{user, **role};
    if (Status s = m_audit.record(session.actor(), QStringLiteral("log_in"), userRecord,
                                  user.id.value(), user.name);
        !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return session;
}

Result<std::vector<Role>> UserService::roles()
{
    std::vector<Role> result = builtInRoles();
    auto custom = m_repository.customRoles();
    if (!custom)
        return custom.error();
    result.insert(result.end(), custom->begin(), custom->end());
    return result;
}

Result<std::optional<Role>> UserService::findRole(const QString &name)
{
    if (auto role = builtInRole(name))
        return role;
    return m_repository.findCustomRole(name);
}

Result<QString> UserService::customRoleName(const QString &name)
{
    const QString simplified = name.simplified();
    if (simplified.isEmpty())
        return makeError(tr("A role needs a name."));
    if (builtInRole(simplified.toLower()))
        return makeError(tr("%1 is the name of one of Kontor's own roles, which cannot be "
                            "changed; choose another name.")
                             .arg(simplified));
    return simplified;
}

Status UserService::saveRole(const Actor &actor, const Role &role)
{
    if (Status s = AccessPolicy::require(actor, Permission::ManageUsers); !s)
        return s;
    auto checked = customRoleName(role.name);
    if (!checked)
        return checked.error();
    const QString name = *checked;
    Transaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    auto existing = m_repository.findCustomRole(name);
    if (!existing)
        return existing.error();
    Role saved{name, role.permissions, false};
    if (Status s = existing->has_value() ? m_repository.updateRole(saved) : m_repository.insertRole(saved); !s)
        return s;
    // What the role may do, before → after when it changed.
    const QString before = existing->has_value()
                               ? (*existing)->permissions.toStorage() + u" → "
                               : QString();
    const QString summary = name + u": " + before + saved.permissions.toStorage();
    if (Status s = m_audit.record(actor, existing->has_value() ? QStringLiteral("update") : QStringLiteral("create"),
                                  QStringLiteral("role"), 0, summary);
        !s)
        return s;
    return tx.commit();
}

Status UserService::changeRole(const Actor &actor, const QString &name, const QString &action,
                               const std::function<Result<QString>(const Role &)> &change)
{
    if (Status s = AccessPolicy::require(actor, Permission::ManageUsers); !s)
        return s;
    Transaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    if (builtInRole(name.toLower()))
        return makeError(tr("%1 is one of Kontor's own roles, which cannot be renamed or "
                            "deleted.")
                             .arg(name));
    auto role = m_repository.findCustomRole(name);
    if (!role)
        return role.error();
    if (!role->has_value())
        return makeError(tr("There is no role %1.").arg(name));
    auto summary = change(**role);
    if (!summary)
        return summary.error();
    if (summary->isNull())
        return {}; // nothing to change
    if (Status s = m_audit.record(actor, action, QStringLiteral("role"), 0, *summary); !s)
        return s;
    return tx.commit();
}

Status UserService::renameRole(const Actor &actor, const QString &name, const QString &newName)
{
    const auto rename = [&](const Role &role) -> Result<QString> {
        auto renamed = customRoleName(newName);
        if (!renamed)
            return renamed.error();
        if (*renamed == role.name)
            return QString();
        auto taken = m_repository.findCustomRole(*renamed);
        if (!taken)
            return taken.error();
        if (taken->has_value())
            return makeError(tr("There is a role named %1 already.").arg(*renamed));
        if (Status s = m_repository.renameRole(role.name, *renamed); !s)
            return s.error();
        return QString(role.name + u" → " + *renamed);
    };
    return changeRole(actor, name, QStringLiteral("rename"), rename);
}

Status UserService::deleteRole(const Actor &actor, const QString &name)
{
    const auto remove = [&](const Role &role) -> Result<QString> {
        auto holders = m_repository.usersWithRole(role.name);
        if (!holders)
            return holders.error();
        if (!holders->isEmpty())
            return makeError(tr("The role %1 cannot be deleted while users have it: %2. Give "
                                "them another role first.")
                                 .arg(role.name, holders->join(QStringLiteral(", "))));
        if (Status s = m_repository.deleteRole(role.name); !s)
            return s.error();
        return QString(role.name + u": " + role.permissions.toStorage());
    };
    return changeRole(actor, name, QStringLiteral("delete"), remove);
}

} // namespace Kontor
