// SPDX-FileCopyrightText: 2026 The Kontor authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "userrepository.h"

#include "common/clock.h"
#include "persistence/database.h"
#include "persistence/sql.h"

namespace Kontor {

namespace {

const QString userColumns = QStringLiteral(
    "id, name, full_name, role, disabled, must_change_password, failed_logins, locked_until, "
    "password_changed_at, created_at");

User readUser(const QSqlQuery &q)
{
    User u;
    u.id = UserId(q.value(0).toLongLong());
    u.name = q.value(1).toString();
    u.fullName = q.value(2).toString();
    u.role = q.value(3).toString();
    u.disabled = q.value(4).toBool();
    u.mustChangePassword = q.value(5).toBool();
    u.failedLogins = q.value(6).toInt();
    if (!q.value(7).isNull())
        u.lockedUntil = Timestamps::fromStorage(q.value(7).toString());
    u.passwordChangedAt = Timestamps::fromStorage(q.value(8).toString());
    u.createdAt = Timestamps::fromStorage(q.value(9).toString());
    return u;
}

Role readRole(const QSqlQuery &q)
{
    return {q.value(0).toString(), Permissions::fromStorage(q.value(1).toString()), false};
}

} // namespace

Result<qint64> UserRepository::count()
{
    QSqlQuery &q = m_db.prepared(QStringLiteral("SELECT count(*) FROM users"));
    auto n = Sql::fetchOptional<qint64>(q, [](const QSqlQuery &row) { return row.value(0).toLongLong(); });
    if (!n)
        return n.error();
    return n->value_or(0);
}

Result<UserId> UserRepository::insert(const User &user, const QByteArray &passwordHash)
{
    QSqlQuery &q = m_db.prepared(QStringLiteral(
        "INSERT INTO users (name, full_name, role, password_hash, must_change_password, disabled, "
        "password_changed_at, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    const QString now = Timestamps::nowUtc();
    q.addBindValue(user.name);
    q.addBindValue(user.fullName);
    q.addBindValue(user.role);
    q.addBindValue(QString::fromLatin1(passwordHash));
    q.addBindValue(user.mustChangePassword);
    q.addBindValue(user.disabled);
    q.addBindValue(now);
    q.addBindValue(now);
    if (Status s = Sql::exec(q); !s)
        return s.error();
    return UserId(Sql::lastInsertId(q));
}

Result<std::optional<User>> UserRepository::findByName(const QString &name)
{
    QSqlQuery &q = m_db.prepared(QStringLiteral("SELECT ") + userColumns + QStringLiteral(" FROM users WHERE name = ?"));
    q.addBindValue(name);
    return Sql::fetchOptional<User>(q, readUser);
}

Result<std::vector<User>> UserRepository::all()
{
    QSqlQuery &q = m_db.prepared(QStringLiteral("SELECT ") + userColumns + QStringLiteral(" FROM users ORDER BY name"));
    return Sql::fetchAll<User>(q, readUser);
}

Result<QByteArray> UserRepository::passwordHash(UserId id)
{
    QSqlQuery &q = m_db.prepared(QStringLiteral("SELECT password_hash FROM users WHERE id = ?"));
    q.addBindValue(id.value());
    auto hash = Sql::fetchOptional<QByteArray>(
        q, [](const QSqlQuery &row) { return row.value(0).toString().toLatin1(); });
    if (!hash)
        return hash.error();
    return hash->value_or(QByteArray());
}

Status UserRepository::setPassword(UserId id, const QByteArray &hash, bool mustChange)
{
    QSqlQuery &q = m_db.prepared(QStringLiteral(
        "UPDATE users SET password_hash = ?, must_change_password = ?, password_changed_at = ?, "
        "failed_logins = 0, locked_until = NULL WHERE id = ?"));
    q.addBindValue(QString::fromLatin1(hash));
    q.addBindValue(mustChange);
    q.addBindValue(Timestamps::nowUtc());
    q.addBindValue(id.value());
    return Sql::exec(q);
}

Status UserRepository::setDisabled(UserId id, bool disabled)
{
    QSqlQuery &q = m_db.prepared(QStringLiteral("UPDATE users SET disabled = ? WHERE id = ?"));
    q.addBindValue(disabled);
    q.addBindValue(id.value());
    return Sql::exec(q);
}

Status UserRepository::setRole(UserId id, const QString &role)
{
    QSqlQuery &q = m_db.prepared(QStringLiteral("UPDATE users SET role = ? WHERE id = ?"));
    q.addBindValue(role);
    q.addBindValue(id.value());
    return Sql::exec(q);
}

Status UserRepository::recordFailure(UserId id, int failedLogins, const QDateTime &lockedUntil)
{
    QSqlQuery &q = m_db.prepared(
        QStringLiteral("UPDATE users SET failed_logins = ?, locked_until = ? WHERE id = ?"));
    q.addBindValue(failedLogins);
    q.addBindValue(lockedUntil.isValid() ? QVariant(Timestamps::toStorage(lockedUntil)) : QVariant());
    q.addBindValue(id.value());
    return Sql::exec(q);
}

Status UserRepository::clearFailures(UserId id)
{
    return recordFailure(id, 0, {});
}

Result<qint64> UserRepository::countEnabledWithRole(const QString &role)
{
    QSqlQuery &q = m_db.prepared(
        QStringLiteral("SELECT count(*) FROM users WHERE role = ? AND disabled = 0"));
    q.addBindValue(role);
    auto n = Sql::fetchOptional<qint64>(q, [](const QSqlQuery &row) { return row.value(0).toLongLong(); });
    if (!n)
        return n.error();
    return n->value_or(0);
}

Result<std::vector<Role>> UserRepository::customRoles()
{
    QSqlQuery &q = m_db.prepared(QStringLiteral("SELECT name, permissions FROM roles ORDER BY name"));
    return Sql::fetchAll<Role>(q, readRole);
}

Result<std::optional<Role>> UserRepository::findCustomRole(const QString &name)
{
    QSqlQuery &q = m_db.prepared(QStringLiteral("SELECT name, permissions FROM roles WHERE name = ?"));
    q.addBindValue(name);
    return Sql::fetchOptional<Role>(q, readRole);
}

Status UserRepository::insertRole(const Role &role)
{
    QSqlQuery &q = m_db.prepared(
        QStringLiteral("INSERT INTO roles (name, permissions, created_at) VALUES (?, ?, ?)"));
    q.addBindValue(role.name);
    q.addBindValue(role.permissions.toStorage());
    q.addBindValue(Timestamps::nowUtc());
    return Sql::exec(q);
}

Status UserRepository::updateRole(const Role &role)
{
    QSqlQuery &q = m_db.prepared(QStringLiteral("UPDATE roles SET permissions = ? WHERE name = ?"));
    q.addBindValue(role.permissions.toStorage());
    q.addBindValue(role.name);
    return Sql::exec(q);
}

Status UserRepository::renameRole(const QString &name, const QString &newName)
{
    for (const auto *sql : {"UPDATE roles SET name = ? WHERE name = ?",
                            "UPDATE users SET role = ? WHERE role = ?"}) {
        QSqlQuery &q = m_db.prepared(QString::fromLatin1(sql));
        q.addBindValue(newName);
        q.addBindValue(name);
        if (Status s = Sql::exec(q); !s)
            return s;
    }
    return {};
}

Status UserRepository::deleteRole(const QString &name)
{
    QSqlQuery &q = m_db.prepared(QStringLiteral("DELETE FROM roles WHERE name = ?"));
    q.addBindValue(name);
    return Sql::exec(q);
}

Result<QStringList> UserRepository::usersWithRole(const QString &role)
{
    QSqlQuery &q =
        m_db.prepared(QStringLiteral("SELECT name FROM users WHERE role = ? ORDER BY name"));
    q.addBindValue(role);
    auto names = Sql::fetchAll<QString>(q, [](const QSqlQuery &row) {
        return row.value(0).toString();
    });
    if (!names)
        return names.error();
    return QStringList(names->begin(), names->end());
}

} // namespace Kontor
