// SPDX-FileCopyrightText: 2026 The Kontor authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QString>

#include <vector>

namespace Kontor {

class Database;

/// One thing found wrong in a company file.
struct IntegrityProblem
{
    enum class Area { File, ForeignKeys, Ledger, Stock, Counters, AuditLog };
    Area area;
    QString message;
};

/**
 * Checks a company file through and through: SQLite's own integrity check, every foreign key,
 * the ledger (each posted entry balances, the trial balance is zero per currency) and the stock
 * (each level equals the sum of its movements), the kept row counters and the audit log's hash
 * chain (it names the first row that was changed, removed or slipped in). Reads only.
 */
class IntegrityCheck
{
    Q_DECLARE_TR_FUNCTIONS(Kontor::IntegrityCheck)
public:
    /// Problems found (empty when all is well); an Error when the checks could not run.
    static Result<std::vector<IntegrityProblem>> run(Database &db);
    static QString areaName(IntegrityProblem::Area area);
};

} // namespace Kontor
