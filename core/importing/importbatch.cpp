// SPDX-FileCopyrightText: 2026 The Kontor authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "importbatch.h"

#include "common/clock.h"
#include "persistence/database.h"
#include "persistence/sql.h"

namespace Kontor {

namespace {

const QString batchColumns = QStringLiteral(
    "id, started_at, finished_at, user_name, shop, file_name, profile, inserted, updated, "
    "unchanged, rejected, lines, customers_created, articles_created, undone_at, undone_by");

ImportBatch readBatch(const QSqlQuery &q)
{
    ImportBatch b;
    b.id = ImportBatchId(q.value(0).toLongLong());
    b.startedAt = Timestamps::fromStorage(q.value(1).toString());
    b.finishedAt = Timestamps::fromStorage(q.value(2).toString());
    b.userName = q.value(3).toString();
    b.shop = q.value(4).toString();
    b.fileName = q.value(5).toString();
    b.profile = q.value(6).toString();
    b.inserted = q.value(7).toLongLong();
    b.updated = q.value(8).toLongLong();
    b.unchanged = q.value(9).toLongLong();
    b.rejected = q.value(10).toLongLong();
    b.lines = q.value(11).toLongLong();
    b.customersCreated = q.value(12).toLongLong();
    b.articlesCreated = q.value(13).toLongLong();
    if (!q.isNull(14))
        b.undoneAt = Timestamps::fromStorage(q.value(14).toString());
    b.undoneBy = q.value(15).toString();
    return b;
}

QVariant timestampOrNull(const QDateTime &at)
{
    return at.isValid() ? QVariant(Timestamps::toStorage(at)) : QVariant();
}

} // namespace

Result<ImportBatchId> ImportBatchRepository::insert(const ImportBatch &b)
{
    QSqlQuery &q = m_db.prepared(QStringLiteral(
        "INSERT INTO import_batches (started_at, finished_at, user_name, shop, file_name, profile) "
        "VALUES (?, ?, ?, ?, ?, ?)"));
    q.addBindValue(Timestamps::toStorage(b.startedAt));
    q.addBindValue(Timestamps::toStorage(b.startedAt));
    q.addBindValue(b.userName);
    q.addBindValue(b.shop);
    q.addBindValue(b.fileName);
    q.addBindValue(b.profile);
    if (Status s = Sql::exec(q); !s)
        return s.error();
    return ImportBatchId(Sql::lastInsertId(q));
}

Status ImportBatchRepository::finish(const ImportBatch &b)
{
    QSqlQuery &q = m_db.prepared(QStringLiteral(
        "UPDATE import_batches SET finished_at = ?, inserted = ?, updated = ?, unchanged = ?, "
        "rejected = ?, lines = ?, customers_created = ?, articles_created = ? WHERE id = ?"));
    q.addBindValue(Timestamps::toStorage(b.finishedAt));
    q.addBindValue(b.inserted);
    q.addBindValue(b.updated);
    q.addBindValue(b.unchanged);
    q.addBindValue(b.rejected);
    q.addBindValue(b.lines);
    q.addBindValue(b.customersCreated);
    q.addBindValue(b.articlesCreated);
    q.addBindValue(b.id.value());
    return Sql::exec(q);
}

Status ImportBatchRepository::recordInserted(ImportBatchId batch,
                                             const std::vector<OrderId> &orders)
{
    auto written = m_db.insertRows(
        QStringLiteral("import_batch_orders"),
        {QStringLiteral("batch_id"), QStringLiteral("order_id"), QStringLiteral("action")},
        qsizetype(orders.size()), [&](QSqlQuery &q, qsizetype i) {
            q.addBindValue(batch.value());
            q.addBindValue(orders[size_t(i)].value());
            q.addBindValue(QStringLiteral("inserted"));
        });
    if (!written)
        return written.error();
    return {};
}

Status ImportBatchRepository::recordUpdated(ImportBatchId batch, const Order &previous)
{
    QSqlQuery &q = m_db.prepared(QStringLiteral(
        "INSERT INTO import_batch_orders (batch_id, order_id, action, previous_status, "
        "previous_financial_status, previous_fulfilment, previous_refunded, previous_paid_at, "
        "previous_cancelled_at, previous_fingerprint, previous_batch_id) "
        "VALUES (?, ?, 'updated', ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(batch.value());
    q.addBindValue(previous.id.value());
    q.addBindValue(orderStatusKey(previous.status));
    q.addBindValue(Sql::nullIfEmpty(previous.financialStatus));
    q.addBindValue(Sql::nullIfEmpty(previous.fulfilment));
    q.addBindValue(previous.refunded.minorUnits());
    q.addBindValue(timestampOrNull(previous.paidAt));
    q.addBindValue(timestampOrNull(previous.cancelledAt));
    q.addBindValue(previous.fingerprint ? QVariant(qint64(previous.fingerprint)) : QVariant());
    q.addBindValue(Sql::nullIfInvalid(previous.importBatch));
    return Sql::exec(q);
}

Result<std::optional<ImportBatch>> ImportBatchRepository::find(ImportBatchId id)
{
    QSqlQuery &q = m_db.prepared(QStringLiteral("SELECT ") + batchColumns
                                 + QStringLiteral(" FROM import_batches WHERE id = ?"));
    q.addBindValue(id.value());
    return Sql::fetchOptional<ImportBatch>(q, readBatch);
}

Result<std::vector<ImportBatch>> ImportBatchRepository::all()
{
    QSqlQuery &q = m_db.prepared(QStringLiteral("SELECT ") + batchColumns
                                 + QStringLiteral(" FROM import_batches ORDER BY id DESC"));
    return Sql::fetchAll<ImportBatch>(q, readBatch);
}

Result<std::vector<OrderId>> ImportBatchRepository::insertedBy(ImportBatchId batch)
{
    QSqlQuery &q = m_db.prepared(QStringLiteral(
        "SELECT order_id FROM import_batch_orders WHERE batch_id = ? AND action = 'inserted' "
        "ORDER BY order_id"));
    q.addBindValue(batch.value());
    return Sql::fetchAll<OrderId>(
        q, [](const QSqlQuery &row) { return OrderId(row.value(0).toLongLong()); });
}

Result<std::vector<std::pair<OrderId, Order>>> ImportBatchRepository::previousStatesOf(
    ImportBatchId batch)
{
    QSqlQuery &q = m_db.prepared(QStringLiteral(
        "SELECT bo.order_id, bo.previous_status, bo.previous_financial_status, "
        "bo.previous_fulfilment, bo.previous_refunded, bo.previous_paid_at, "
        "bo.previous_cancelled_at, bo.previous_fingerprint, bo.previous_batch_id, o.currency "
        "FROM import_batch_orders bo JOIN orders o ON o.id = bo.order_id "
        "WHERE bo.batch_id = ? AND bo.action = 'updated' ORDER BY bo.order_id"));
    q.addBindValue(batch.value());
    return Sql::fetchAll<std::pair<OrderId, Order>>(q, [](const QSqlQuery &row) {
        Order o;
        o.id = OrderId(row.value(0).toLongLong());
        o.status = orderStatusFromKey(row.value(1).toString());
        o.financialStatus = row.value(2).toString();
        o.fulfilment = row.value(3).toString();
        o.currency = Currency::fromCode(row.value(9).toString());
        o.refunded = Money(row.value(4).toLongLong(), o.currency);
        if (!row.isNull(5))
            o.paidAt = Timestamps::fromStorage(row.value(5).toString());
        if (!row.isNull(6))
            o.cancelledAt = Timestamps::fromStorage(row.value(6).toString());
        o.fingerprint = quint64(row.value(7).toLongLong());
        o.importBatch = ImportBatchId(row.value(8).toLongLong());
        return std::pair{o.id, o};
    });
}

Result<bool> ImportBatchRepository::touchedLater(ImportBatchId batch)
{
    QSqlQuery &q = m_db.prepared(QStringLiteral(
        "SELECT 1 FROM import_batch_orders mine "
        "JOIN import_batch_orders later ON later.order_id = mine.order_id AND later.batch_id > mine.batch_id "
        "JOIN import_batches b ON b.id = later.batch_id AND b.undone_at IS NULL "
        "WHERE mine.batch_id = ? LIMIT 1"));
    q.addBindValue(batch.value());
    auto found = Sql::fetchOptional<int>(q, [](const QSqlQuery &) { return 1; });
    if (!found)
        return found.error();
    return found->has_value();
}

Status ImportBatchRepository::markUndone(ImportBatchId batch, const QString &userName)
{
    QSqlQuery &q = m_db.prepared(QStringLiteral(
        "UPDATE import_batches SET undone_at = ?, undone_by = ? WHERE id = ? AND undone_at IS NULL"));
    q.addBindValue(Timestamps::nowUtc());
    q.addBindValue(userName);
    q.addBindValue(batch.value());
    return Sql::exec(q);
}

} // namespace Kontor
