// SPDX-FileCopyrightText: 2026 The Kontor authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "auditlog.h"

#include "common/clock.h"
#include "persistence/database.h"
#include "persistence/sql.h"

namespace Kontor {

Status AuditLog::record(const Actor &actor, const QString &action, const QString &recordType,
                        qint64 recordId, const QString &summary)
{
    Q_ASSERT_X(m_db.transactionDepth() > 0, "Kontor::AuditLog",
               "audit rows are written in the transaction of the change they record");
    QSqlQuery &query = m_db.prepared(QStringLiteral(
        "INSERT INTO audit_log (occurred_at, user_name, action, record_type, record_id, summary, "
        "import_batch_id) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    query.addBindValue(Timestamps::nowUtc());
    query.addBindValue(actor.name);
    query.addBindValue(action);
    query.addBindValue(recordType);
    query.addBindValue(recordId > 0 ? QVariant(recordId) : QVariant());
    query.addBindValue(summary);
    query.addBindValue(actor.importBatch.isValid() ? QVariant(actor.importBatch.value()) : QVariant());
    return Sql::exec(query);
}

} // namespace Kontor
