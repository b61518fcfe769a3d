// SPDX-FileCopyrightText: 2026 The Kontor authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "transaction.h"

#include "database.h"
#include "sql.h"

#include <algorithm>
#include <utility>

namespace Kontor {

namespace {

QString savepointName(int depth)
{
    return QStringLiteral("kontor_sp_%1").arg(depth);
}

} // namespace

Transaction::Transaction(Database &db, Mode nested)
    : m_db(db)
    , m_depth(db.m_transactionDepth)
    , m_firstAction(db.m_afterCommit.size())
    , m_joined(m_depth > 0 && nested != Savepoint)
    , m_attempt(m_depth > 0 && nested == Attempt)
    , m_failedBefore(db.m_failedInside)
{
    if (m_attempt)
        m_changesBefore = m_db.totalChanges();
    if (!m_joined) {
        QSqlQuery &begin = m_db.prepared(m_depth == 0 ? QStringLiteral("BEGIN IMMEDIATE")
                                                      : QStringLiteral("SAVEPOINT ") + savepointName(m_depth));
        if (Status status = Sql::exec(begin); !status) {
            m_error = status.error();
            m_finished = true;
            return;
        }
    }
    m_begun = true;
    ++m_db.m_transactionDepth;
}

Transaction::~Transaction()
{
    if (!m_finished)
        rollback();
}

Status Transaction::commit()
{
    if (!m_begun)
        return m_error;
    Q_ASSERT_X(!m_finished, "Kontor::Transaction", "commit after commit or rollback");
    Q_ASSERT_X(m_db.m_transactionDepth == m_depth + 1, "Kontor::Transaction",
               "inner transactions finish before outer ones");
    if (m_db.m_failedInside) {
        rollback();
        return makeError(tr("A step of this change failed, so none of it was saved."));
    }
    if (m_joined) {
        m_finished = true;
        --m_db.m_transactionDepth;
        return {};
    }
    if (m_depth == 0) {
        if (Status status = m_db.buildDeferredIndexes(); !status) {
            rollback();
            return status;
        }
    }
    QSqlQuery &end = m_db.prepared(m_depth == 0 ? QStringLiteral("COMMIT")
                                                : QStringLiteral("RELEASE ") + savepointName(m_depth));
    if (Status status = Sql::exec(end); !status) {
        rollback();
        return status;
    }
    m_finished = true;
    --m_db.m_transactionDepth;
    if (m_depth == 0) {
        const auto actions = std::exchange(m_db.m_afterCommit, {});
        for (const auto &action : actions)
            action();
    }
    return {};
}

void Transaction::rollback()
{
    if (m_finished)
        return;
    m_finished = true;
    --m_db.m_transactionDepth;
    if (m_joined) {
        if (m_attempt && m_changesBefore >= 0 && m_db.totalChanges() == m_changesBefore) {
            // It wrote nothing: there is nothing to undo, and the unit around it goes on.
            m_leftNoTrace = true;
            m_db.m_failedInside = m_failedBefore;
            m_db.m_afterCommit.resize(std::min(m_db.m_afterCommit.size(), m_firstAction));
            return;
        }
        // Nothing of its own to undo: the unit it joined must not be committed.
        m_db.m_failedInside = true;
        return;
    }
    if (m_depth == 0) {
        // Ignore the error: SQLite may have rolled back on its own (e.g. after SQLITE_FULL).
        (void)Sql::exec(m_db.prepared(QStringLiteral("ROLLBACK")));
        m_db.m_deferredIndexes.clear(); // the rollback brought them back
    } else {
        (void)Sql::exec(m_db.prepared(QStringLiteral("ROLLBACK TO ") + savepointName(m_depth)));
        (void)Sql::exec(m_db.prepared(QStringLiteral("RELEASE ") + savepointName(m_depth)));
    }
    m_db.m_failedInside = false;
    m_db.m_afterCommit.resize(std::min(m_db.m_afterCommit.size(), m_firstAction));
}

} // namespace Kontor
