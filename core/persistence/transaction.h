// SPDX-FileCopyrightText: 2026 The Kontor authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

namespace Kontor {

class Database;

/**
 * A unit of work: begins on construction, rolls back in the destructor unless committed.
 * Nested transactions become savepoints, so a service may call another service inside its own
 * unit of work and a failure in the inner one rolls back only that part, if the outer chooses.
 * The outermost begins IMMEDIATE: it takes the write lock at once instead of failing half-way.
 */
class Transaction
{
public:
    explicit Transaction(Database &db);
    ~Transaction();
    Q_DISABLE_COPY_MOVE(Transaction)

    /// Whether BEGIN succeeded; when not, error() says why and commit() refuses.
    bool ok() const { return m_begun; }
    const Error &error() const { return m_error; }

    Status commit();
    void rollback();

private:
    Database &m_db;
    int m_depth = 0;
    size_t m_firstAction = 0; // this unit of work's after-commit actions start here
    bool m_begun = false;
    bool m_finished = false;
    Error m_error;
};

} // namespace Kontor
