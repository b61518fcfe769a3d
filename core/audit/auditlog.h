// SPDX-FileCopyrightText: 2026 The Kontor authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/actor.h"
#include "common/listsource.h"
#include "common/result.h"
#include "persistence/listquery.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QString>

#include <optional>

namespace Kontor {

class Database;

/// One row of the audit log: who did what to which record, when.
struct AuditEntry
{
    AuditEntryId id;
    QDateTime occurredAt;
    QString userName;
    QString action;
    QString recordType;
    qint64 recordId = 0;   ///< 0 when the row names no record
    QString summary;
    ImportBatchId importBatch;
};

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
    enum Sort { ByTime, ByUser, ByRecord };
    /// Filter fields of entries(): "user" (a user name), "record" (a record type),
    /// "from" and "to" (QDate, inclusive, local days); the text matches within the summary.
    static constexpr const char *userField = "user";
    static constexpr const char *recordField = "record";
    static constexpr const char *fromField = "from";
    static constexpr const char *toField = "to";

    explicit AuditLog(Database &db);

    Status record(const Actor &actor, const QString &action, const QString &recordType,
                  qint64 recordId, const QString &summary);
    /// What one row records, for writing several at once.
    struct Record
    {
        QString action;
        QString recordType;
        qint64 recordId = 0;
        QString summary;
    };
    /// Several rows by one actor, in order, written with few statements.
    Status record(const Actor &actor, const std::vector<Record> &records);

    /// The log's rows, for a reader with the permission to view the audit trail.
    ListSource<AuditEntry> entries(const Actor &actor);
    /// An action's or a record type's name in the user's language ("Posted", "Journal entry");
    /// a key this Kontor does not know (written by a newer one) as it is stored.
    static QString actionName(const QString &action);
    static QString recordTypeName(const QString &recordType);

    /// The users and the record types the log names, for the filters' choices.
    Result<QStringList> userNames(const Actor &actor);
    Result<QStringList> recordTypes(const Actor &actor);

    /// Gives the rows written before the chain existed (schema 2 and older) their hashes.
    Status chainOlderRows();
    /// The first row where the chain breaks; none when every row follows from the ones before.
    Result<std::optional<AuditChainBreak>> verifyChain();

private:
    /// The translated name of key, or key when names has none.
    static QString nameOf(const QHash<QString, const char *> &names, const QString &key);
    Result<qint64> count(const ListFilter &filter);
    Result<std::vector<AuditEntry>> page(const ListFilter &filter, const ListSort &sort,
                                         qint64 offset, int limit);
    Result<QStringList> distinct(const Actor &actor, const QString &sql);

    Database &m_db;
    ListQuery m_list;
};

} // namespace Kontor
