// SPDX-FileCopyrightText: 2026 The Kontor authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "presence.h"

#include "common/clock.h"
#include "persistence/database.h"
#include "persistence/sql.h"
#include "persistence/transaction.h"

#include <QSysInfo>

namespace Kontor {

Presence::~Presence()
{
    if (Status s = leave(); !s) // the row goes stale by itself
        qWarning("Kontor: the session could not say it leaves: %s", qPrintable(s.error().message));
}

Status Presence::announce(const Actor &actor)
{
    Transaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    const QString now = Timestamps::nowUtc();
    QSqlQuery &q = m_db.prepared(QStringLiteral(
        "INSERT INTO open_sessions (user_name, host, process_id, opened_at, seen_at) "
        "VALUES (?, ?, ?, ?, ?)"));
    q.addBindValue(actor.name);
    q.addBindValue(QSysInfo::machineHostName());
    q.addBindValue(QCoreApplication::applicationPid());
    q.addBindValue(now);
    q.addBindValue(now);
    if (Status s = Sql::exec(q); !s)
        return s;
    const qint64 id = Sql::lastInsertId(q);
    // Sessions that ended without leaving are no longer kept.
    QSqlQuery &stale = m_db.prepared(QStringLiteral("DELETE FROM open_sessions WHERE seen_at < ?"));
    stale.addBindValue(Timestamps::toStorage(QDateTime::currentDateTimeUtc().addSecs(-staleAfterSeconds)));
    if (Status s = Sql::exec(stale); !s)
        return s;
    if (Status s = tx.commit(); !s)
        return s;
    m_id = id;
    return {};
}

Status Presence::beat()
{
    if (m_id == 0)
        return {};
    QSqlQuery &q = m_db.prepared(QStringLiteral("UPDATE open_sessions SET seen_at = ? WHERE id = ?"));
    q.addBindValue(Timestamps::nowUtc());
    q.addBindValue(m_id);
    return Sql::exec(q);
}

Status Presence::leave()
{
    if (m_id == 0)
        return {};
    QSqlQuery &q = m_db.prepared(QStringLiteral("DELETE FROM open_sessions WHERE id = ?"));
    q.addBindValue(m_id);
    if (Status s = Sql::exec(q); !s)
        return s;
    m_id = 0;
    return {};
}

Result<std::vector<OtherSession>> Presence::others()
{
    QSqlQuery &q = m_db.prepared(QStringLiteral(
        "SELECT user_name, host, opened_at FROM open_sessions WHERE id <> ? AND seen_at >= ? "
        "ORDER BY opened_at"));
    q.addBindValue(m_id);
    q.addBindValue(Timestamps::toStorage(QDateTime::currentDateTimeUtc().addSecs(-staleAfterSeconds)));
    return Sql::fetchAll<OtherSession>(q, [](const QSqlQuery &row) {
        return OtherSession{row.value(0).toString(), row.value(1).toString(),
                            Timestamps::fromStorage(row.value(2).toString())};
    });
}

} // namespace Kontor
