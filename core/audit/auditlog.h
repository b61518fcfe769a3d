// SPDX-FileCopyrightText: 2026 The Kontor authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/actor.h"
#include "common/result.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace Kontor {

class Database;

/// Where the audit log's hash chain breaks: the first row that does not follow from the ones
/// before it.
struct AuditChainBreak
{
    qint64 rowId = 0;
    QString reason;
};

/**
 * The append-only record of who changed what. Services write to it inside their own
 * transaction, so a change and its audit row are committed or rolled back together.
 *
 * The rows form a hash chain: a row's hash is the SHA-256 (lower-case hex) of the UTF-8 text
 * previous-hash, id, occurred_at, user_name, action, record_type, record_id, summary,
 * import_batch_id, joined by the unit separator U+001F (an absent value is empty; the first
 * row's previous hash is empty). The database refuses to change or delete a row; a row changed
 * or removed behind its back breaks the chain there, and verifyChain() names the place.
 */
class AuditLog
{
    Q_DECLARE_TR_FUNCTIONS(Kontor::AuditLog)
public:
    explicit AuditLog(Database &db) : m_db(db) { }

    Status record(const Actor &actor, const QString &action, const QString &recordType,
                  qint64 recordId, const QString &summary);

    /// Gives the rows written before the chain existed (schema 2 and older) their hashes.
    Status chainOlderRows();
    /// The first row where the chain breaks; none when every row follows from the ones before.
    Result<std::optional<AuditChainBreak>> verifyChain();

private:
    Database &m_db;
};

} // namespace Kontor
