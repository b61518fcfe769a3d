// SPDX-FileCopyrightText: 2026 The Kontor authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "auditlog.h"

#include "common/accesspolicy.h"
#include "common/clock.h"
#include "persistence/database.h"
#include "persistence/sql.h"
#include "persistence/transaction.h"

#include <QCryptographicHash>

#include <functional>

namespace Kontor {

namespace {

struct Row
{
    qint64 id = 0;
    QString occurredAt;
    QString userName;
    QString action;
    QString recordType;
    QVariant recordId;
    QString summary;
    QVariant importBatch;
    QString hash;  ///< as stored; empty when the row has none yet
};

QString chainHash(const QString &previous, const Row &row)
{
    const QChar separator(0x1f);
    const QString text = QStringList{previous,
                                     QString::number(row.id),
                                     row.occurredAt,
                                     row.userName,
                                     row.action,
                                     row.recordType,
                                     row.recordId.isNull() ? QString() : row.recordId.toString(),
                                     row.summary,
                                     row.importBatch.isNull() ? QString() : row.importBatch.toString()}
                             .join(separator);
    return QString::fromLatin1(
        QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256).toHex());
}

// Every row in id order, read in one pass, while visit says to go on.
Status eachRow(Database &db, const std::function<Result<bool>(const Row &)> &visit)
{
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id, occurred_at, user_name, action, record_type, record_id, "
                               "summary, import_batch_id, hash FROM audit_log ORDER BY id")))
        return Sql::errorFrom(q.lastError());
    while (q.next()) {
        Row row{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                q.value(3).toString(), q.value(4).toString(), q.value(5), q.value(6).toString(),
                q.value(7), q.value(8).toString()};
        auto goOn = visit(row);
        if (!goOn)
            return goOn.error();
        if (!*goOn)
            break;
    }
    q.finish();
    return {};
}

AuditEntry readEntry(const QSqlQuery &q)
{
    AuditEntry e;
    e.id = AuditEntryId(q.value(0).toLongLong());
    e.occurredAt = Timestamps::fromStorage(q.value(1).toString());
    e.userName = q.value(2).toString();
    e.action = q.value(3).toString();
    e.recordType = q.value(4).toString();
    e.recordId = q.value(5).toLongLong();
    e.summary = q.value(6).toString();
    e.importBatch = ImportBatchId(q.value(7).toLongLong());
    return e;
}

QList<Condition> conditionsOf(const ListFilter &filter)
{
    QList<Condition> conditions;
    const QString user = filter.fields.value(QLatin1StringView(AuditLog::userField)).toString();
    if (!user.isEmpty())
        conditions << Condition{QStringLiteral("a.user_name = ?"), {user}};
    const QString record = filter.fields.value(QLatin1StringView(AuditLog::recordField)).toString();
    if (!record.isEmpty())
        conditions << Condition{QStringLiteral("a.record_type = ?"), {record}};
    // Local days, as the user means them; stored times are UTC.
    const QDate from = filter.fields.value(QLatin1StringView(AuditLog::fromField)).toDate();
    if (from.isValid())
        conditions << Condition{QStringLiteral("a.occurred_at >= ?"),
                                {Timestamps::toStorage(from.startOfDay())}};
    const QDate to = filter.fields.value(QLatin1StringView(AuditLog::toField)).toDate();
    if (to.isValid())
        conditions << Condition{QStringLiteral("a.occurred_at < ?"),
                                {Timestamps::toStorage(to.addDays(1).startOfDay())}};
    const QString text = filter.text.trimmed();
    if (!text.isEmpty()) {
        QString pattern = text;
        pattern.replace(u'\\', QStringLiteral("\\\\")).replace(u'%', QStringLiteral("\\%")).replace(u'_', QStringLiteral("\\_"));
        conditions << Condition{QStringLiteral("a.summary LIKE ? ESCAPE '\\'"),
                                {QString(u'%' + pattern + u'%')}};
    }
    return conditions;
}

} // namespace

AuditLog::AuditLog(Database &db)
    : m_db(db)
    , m_list(db,
             {QStringLiteral("a.id"),
              QStringLiteral("a.id, a.occurred_at, a.user_name, a.action, a.record_type, "
                             "a.record_id, a.summary, a.import_batch_id"),
              QStringLiteral("audit_log a"), QStringLiteral("audit_log a"),
              {{QStringLiteral("a.id"), true},
               {QStringLiteral("a.user_name"), false},
               {QStringLiteral("a.record_type"), false}},
              QString(), conditionsOf})
{
}

QString AuditLog::nameOf(const QHash<QString, const char *> &names, const QString &key)
{
    const char *name = names.value(key);
    return name ? tr(name) : key;
}

QString AuditLog::actionName(const QString &action)
{
    static const QHash<QString, const char *> names{
        {QStringLiteral("create"), QT_TR_NOOP("created")},
        {QStringLiteral("update"), QT_TR_NOOP("changed")},
        {QStringLiteral("import"), QT_TR_NOOP("imported")},
        {QStringLiteral("withdraw"), QT_TR_NOOP("withdrawn (import undone)")},
        {QStringLiteral("restore"), QT_TR_NOOP("restored (import undone)")},
        {QStringLiteral("post"), QT_TR_NOOP("posted")},
        {QStringLiteral("disable"), QT_TR_NOOP("disabled")},
        {QStringLiteral("enable"), QT_TR_NOOP("enabled")},
        {QStringLiteral("set_role"), QT_TR_NOOP("role changed")},
        {QStringLiteral("reset_password"), QT_TR_NOOP("password reset")},
        {QStringLiteral("change_password"), QT_TR_NOOP("password changed")},
        {QStringLiteral("log_in"), QT_TR_NOOP("logged in")},
        {QStringLiteral("login_failed"), QT_TR_NOOP("login failed")},
    };
    return nameOf(names, action);
}

QString AuditLog::recordTypeName(const QString &recordType)
{
    static const QHash<QString, const char *> names{
        {QStringLiteral("company"), QT_TR_NOOP("Company")},
        {QStringLiteral("account"), QT_TR_NOOP("Account")},
        {QStringLiteral("journal_entry"), QT_TR_NOOP("Journal entry")},
        {QStringLiteral("customer"), QT_TR_NOOP("Customer")},
        {QStringLiteral("order"), QT_TR_NOOP("Order")},
        {QStringLiteral("warehouse"), QT_TR_NOOP("Warehouse")},
        {QStringLiteral("article"), QT_TR_NOOP("Article")},
        {QStringLiteral("stock_movement"), QT_TR_NOOP("Stock movement")},
        {QStringLiteral("department"), QT_TR_NOOP("Department")},
        {QStringLiteral("employee"), QT_TR_NOOP("Employee")},
        {QStringLiteral("user"), QT_TR_NOOP("User")},
        {QStringLiteral("role"), QT_TR_NOOP("Role")},
    };
    return nameOf(names, recordType);
}

ListSource<AuditEntry> AuditLog::entries(const Actor &actor)
{
    return ListSource<AuditEntry>::guarded(actor, Permission::ViewAudit, *this, &AuditLog::count,
                                           &AuditLog::page);
}

Result<qint64> AuditLog::count(const ListFilter &filter)
{
    return m_list.count(filter);
}

Result<std::vector<AuditEntry>> AuditLog::page(const ListFilter &filter, const ListSort &sort,
                                               qint64 offset, int limit)
{
    return m_list.page<AuditEntry>(filter, sort, offset, limit, readEntry);
}

Result<QStringList> AuditLog::distinct(const Actor &actor, const QString &sql)
{
    return AccessPolicy::readIf(actor, Permission::ViewAudit, [&]() -> Result<QStringList> {
        QSqlQuery &q = m_db.prepared(sql);
        auto values = Sql::fetchAll<QString>(
                q, [](const QSqlQuery &row) { return row.value(0).toString(); });
        if (!values)
            return values.error();
        return QStringList(values->begin(), values->end());
    });
}

Result<QStringList> AuditLog::userNames(const Actor &actor)
{
    return distinct(actor, QStringLiteral("SELECT DISTINCT user_name FROM audit_log ORDER BY user_name"));
}

Result<QStringList> AuditLog::recordTypes(const Actor &actor)
{
    return distinct(actor, QStringLiteral("SELECT DISTINCT record_type FROM audit_log ORDER BY record_type"));
}

Status AuditLog::record(const Actor &actor, const QString &action, const QString &recordType,
                        qint64 recordId, const QString &summary)
{
    return record(actor, {Record{action, recordType, recordId, summary}});
}

Status AuditLog::record(const Actor &actor, const std::vector<Record> &records)
{
    Q_ASSERT_X(m_db.transactionDepth() > 0, "Kontor::AuditLog",
               "audit rows are written in the transaction of the change they record");
    if (records.empty())
        return {};
    // The row before, read inside the write transaction: no other writer comes between.
    QSqlQuery &last = m_db.prepared(
        QStringLiteral("SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1"));
    auto previous = Sql::fetchOptional<std::pair<qint64, QString>>(last, [](const QSqlQuery &q) {
        return std::pair{q.value(0).toLongLong(), q.value(1).toString()};
    });
    if (!previous)
        return previous.error();
    qint64 id = previous->has_value() ? (*previous)->first : 0;
    QString hash = previous->has_value() ? (*previous)->second : QString();
    const QString now = Timestamps::nowUtc();
    const QVariant batch = Sql::nullIfInvalid(actor.importBatch);
    std::vector<Row> rows;
    rows.reserve(records.size());
    for (const Record &r : records) {
        Row row;
        row.id = ++id;
        row.occurredAt = now;
        row.userName = actor.name;
        row.action = r.action;
        row.recordType = r.recordType;
        row.recordId = r.recordId > 0 ? QVariant(r.recordId) : QVariant();
        row.summary = r.summary;
        row.importBatch = batch;
        row.hash = hash = chainHash(hash, row);
        rows.push_back(std::move(row));
    }
    auto written = m_db.insertRows(
        QStringLiteral("audit_log"),
        {QStringLiteral("id"), QStringLiteral("occurred_at"), QStringLiteral("user_name"),
         QStringLiteral("action"), QStringLiteral("record_type"), QStringLiteral("record_id"),
         QStringLiteral("summary"), QStringLiteral("import_batch_id"), QStringLiteral("hash")},
        qsizetype(rows.size()), [&](BoundValues &q, qsizetype i) {
            const Row &row = rows[size_t(i)];
            q.add(row.id);
            q.add(row.occurredAt);
            q.add(row.userName);
            q.add(row.action);
            q.add(row.recordType);
            q.add(row.recordId);
            q.add(row.summary);
            q.add(row.importBatch);
            q.add(row.hash);
        });
    if (!written)
        return written.error();
    return {};
}

Status AuditLog::chainOlderRows()
{
    // Rows without a hash can only be the oldest ones: a look at the first row tells, at once
    // however long the log.
    QSqlQuery &first = m_db.prepared(
        QStringLiteral("SELECT hash IS NULL FROM audit_log ORDER BY id LIMIT 1"));
    auto unchained = Sql::fetchOptional<bool>(first, [](const QSqlQuery &q) { return q.value(0).toBool(); });
    if (!unchained)
        return unchained.error();
    if (!unchained->value_or(false))
        return {};
    Transaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    QSqlQuery seal(m_db.connection());
    seal.prepare(QStringLiteral("UPDATE audit_log SET hash = ? WHERE id = ? AND hash IS NULL"));
    QString previous;
    Status walked = eachRow(m_db, [&](const Row &row) -> Result<bool> {
        if (!row.hash.isEmpty())
            return false; // the older rows are behind
        previous = chainHash(previous, row);
        seal.addBindValue(previous);
        seal.addBindValue(row.id);
        if (Status s = Sql::exec(seal); !s)
            return s.error();
        return true;
    });
    if (!walked)
        return walked;
    return tx.commit();
}

Result<std::optional<AuditChainBreak>> AuditLog::verifyChain()
{
    std::optional<AuditChainBreak> broken;
    QString previous;
    qint64 previousId = 0;
    const Status walked = eachRow(m_db, [&](const Row &row) -> Result<bool> {
        if (row.hash.isEmpty()) {
            broken = AuditChainBreak{row.id, tr("audit row %1 has no hash.").arg(row.id)};
        } else if (row.hash != chainHash(previous, row)) {
            broken = AuditChainBreak{
                row.id, row.id != previousId + 1
                            ? tr("audit row %1 does not follow row %2: a row between them was "
                                 "removed, or one of them was changed.")
                                  .arg(row.id)
                                  .arg(previousId)
                            : tr("audit row %1 was changed after it was written, or a row before "
                                 "it was.")
                                  .arg(row.id)};
        }
        previous = row.hash;
        previousId = row.id;
        return !broken;
    });
    if (!walked)
        return walked.error();
    return broken;
}

} // namespace Kontor
