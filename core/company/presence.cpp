// SPDX-FileCopyrightText: 2026 The Kontor authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "presence.h"

#include "common/clock.h"
#include "persistence/database.h"
#include "persistence/sql.h"
#include "persistence/transaction.h"

#include <QSysInfo>

#ifdef Q_OS_WIN
#include <qt_windows.h>
#else
#include <cerrno>
#include <csignal>
#endif

namespace Kontor {

namespace {

// Whether the process pid of this computer has ended (a Kontor that was killed or crashed).
// A process that cannot be asked about is taken to be running.
bool processEnded(qint64 pid)
{
    if (pid <= 0)
        return false;
#ifdef Q_OS_WIN
    HANDLE process = OpenProcess(SYNCHRONIZE, FALSE, DWORD(pid));
    if (!process)
        return GetLastError() == ERROR_INVALID_PARAMETER; // no process has that id
    const bool ended = WaitForSingleObject(process, 0) == WAIT_OBJECT_0;
    CloseHandle(process);
    return ended;
#else
    return ::kill(pid_t(pid), 0) != 0 && errno == ESRCH;
#endif
}

} // namespace

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
        "SELECT user_name, host, opened_at, process_id FROM open_sessions "
        "WHERE id <> ? AND seen_at >= ? ORDER BY opened_at"));
    q.addBindValue(m_id);
    q.addBindValue(Timestamps::toStorage(QDateTime::currentDateTimeUtc().addSecs(-staleAfterSeconds)));
    struct Row
    {
        OtherSession session;
        qint64 processId = 0;
    };
    auto rows = Sql::fetchAll<Row>(q, [](const QSqlQuery &row) {
        return Row{{row.value(0).toString(), row.value(1).toString(),
                    Timestamps::fromStorage(row.value(2).toString())},
                   row.value(3).toLongLong()};
    });
    if (!rows)
        return rows.error();
    // One of this computer whose process has ended was killed or crashed: it is gone at once,
    // not only once it has missed its beats.
    const QString host = QSysInfo::machineHostName();
    std::vector<OtherSession> alive;
    for (const Row &row : *rows)
        if (row.session.host != host || !processEnded(row.processId))
            alive.push_back(row.session);
    return alive;
}

} // namespace Kontor
