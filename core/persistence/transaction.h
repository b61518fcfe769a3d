// SPDX-FileCopyrightText: 2026 The Kontor authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include <QCoreApplication>

namespace Kontor {

class Database;

/**
 * A unit of work: begins on construction, rolls back in the destructor unless committed.
 * The outermost begins IMMEDIATE: it takes the write lock at once instead of failing half-way.
 *
 * A nested transaction joins the one around it: a service called inside another service's
 * unit of work is part of it. When a joined transaction fails (is not committed), the whole
 * unit fails: the next commit of an enclosing transaction refuses and rolls back, so half of
 * a failed step is never saved. A caller that wants to carry on after an inner step failed
 * asks for a Savepoint: its failure rolls back only its own part. Savepoints cost SQLite real
 * work (it keeps a copy of every page the step touches); joined transactions cost nothing.
 *
 * An Attempt is a joined step that knows whether it wrote: when it fails having changed no
 * row, the unit around it carries on as if the step had not been tried (leftNoTrace()); when
 * it fails after writing, the unit fails as for Join. The importer writes its orders so and
 * falls back to savepoints only when an order is refused half-written.
 */
class Transaction
{
    Q_DECLARE_TR_FUNCTIONS(Kontor::Transaction)
public:
    enum Mode { Join, Savepoint, Attempt };

    explicit Transaction(Database &db, Mode nested = Join);
    ~Transaction();
    Q_DISABLE_COPY_MOVE(Transaction)

    /// Whether BEGIN succeeded; when not, error() says why and commit() refuses.
    bool ok() const { return m_begun; }
    const Error &error() const { return m_error; }

    Status commit();
    void rollback();
    /// After the rollback of an Attempt: whether it had changed nothing, so that the unit
    /// around it goes on.
    bool leftNoTrace() const { return m_leftNoTrace; }

private:
    Database &m_db;
    int m_depth = 0;
    size_t m_firstAction = 0; // this unit of work's after-commit actions start here
    bool m_joined = false;    // nested without a savepoint of its own
    bool m_attempt = false;   // joined, and forgiven when it wrote nothing
    bool m_failedBefore = false;
    bool m_leftNoTrace = false;
    qint64 m_changesBefore = -1;
    bool m_begun = false;
    bool m_finished = false;
    Error m_error;
};

} // namespace Kontor
