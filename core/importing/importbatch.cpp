// SPDX-FileCopyrightText: 2026 The Kontor authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "importbatch.h"

#include "common/clock.h"
#include "persistence/database.h"
#include "persistence/sql.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Kontor {

using namespace Qt::StringLiterals;

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

// The amounts and lines of an edited order as they were before the batch booked it anew: what
// OrderRepository::replace() writes besides the import state. Money in minor units of the
// order's currency, which an edit does not change.
QByteArray editedToStorage(const Order &o)
{
    QJsonArray lines;
    for (const OrderLine &l : o.lines)
        lines.append(QJsonObject{{u"article"_s, l.article.value()},
                                 {u"sku"_s, l.sku},
                                 {u"description"_s, l.description},
                                 {u"quantity"_s, l.quantity.units()},
                                 {u"unitPrice"_s, l.unitPrice.minorUnits()},
                                 {u"discount"_s, l.discount.minorUnits()},
                                 {u"vatRate"_s, l.vatRate},
                                 {u"net"_s, l.net.minorUnits()},
                                 {u"tax"_s, l.tax.minorUnits()},
                                 {u"gross"_s, l.gross.minorUnits()}});
    const QJsonObject order{{u"customer"_s, o.customer.value()},
                            {u"pricesIncludeTax"_s, o.pricesIncludeTax},
                            {u"net"_s, o.net.minorUnits()},
                            {u"tax"_s, o.tax.minorUnits()},
                            {u"shipping"_s, o.shipping.minorUnits()},
                            {u"total"_s, o.total.minorUnits()},
                            {u"discount"_s, o.discount.minorUnits()},
                            {u"tip"_s, o.tip.minorUnits()},
                            {u"taxes"_s, taxAmountsToStorage(o.taxes)},
                            {u"paymentMethod"_s, o.paymentMethod},
                            {u"paymentReference"_s, o.paymentReference},
                            {u"note"_s, o.note},
                            {u"lines"_s, lines}};
    return QJsonDocument(order).toJson(QJsonDocument::Compact);
}

void editedFromStorage(const QByteArray &json, Order &o)
{
    const QJsonObject order = QJsonDocument::fromJson(json).object();
    const auto money = [&](const QJsonObject &object, const QString &key) {
        return Money(object.value(key).toInteger(), o.currency);
    };
    o.customer = CustomerId(order.value(u"customer"_s).toInteger());
    o.pricesIncludeTax = order.value(u"pricesIncludeTax"_s).toBool();
    o.net = money(order, u"net"_s);
    o.tax = money(order, u"tax"_s);
    o.shipping = money(order, u"shipping"_s);
    o.total = money(order, u"total"_s);
    o.discount = money(order, u"discount"_s);
    o.tip = money(order, u"tip"_s);
    o.taxes = taxAmountsFromStorage(order.value(u"taxes"_s).toString(), o.currency);
    o.paymentMethod = order.value(u"paymentMethod"_s).toString();
    o.paymentReference = order.value(u"paymentReference"_s).toString();
    o.note = order.value(u"note"_s).toString();
    o.lines.clear();
    int lineNo = 0;
    for (const QJsonValue &value : order.value(u"lines"_s).toArray()) {
        const QJsonObject l = value.toObject();
        OrderLine line;
        line.order = o.id;
        line.lineNo = ++lineNo;
        line.article = ArticleId(l.value(u"article"_s).toInteger());
        line.sku = l.value(u"sku"_s).toString();
        line.description = l.value(u"description"_s).toString();
        line.quantity = Quantity(l.value(u"quantity"_s).toInteger());
        line.unitPrice = money(l, u"unitPrice"_s);
        line.discount = money(l, u"discount"_s);
        line.vatRate = l.value(u"vatRate"_s).toInt();
        line.net = money(l, u"net"_s);
        line.tax = money(l, u"tax"_s);
        line.gross = money(l, u"gross"_s);
        o.lines.push_back(std::move(line));
    }
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
        qsizetype(orders.size()), [&](BoundValues &q, qsizetype i) {
            q.add(batch.value());
            q.add(orders[size_t(i)].value());
            q.add(QStringLiteral("inserted"));
        });
    if (!written)
        return written.error();
    return {};
}

Status ImportBatchRepository::recordUpdated(ImportBatchId batch, const PreviousOrder &before)
{
    const Order &previous = before.order;
    QSqlQuery &q = m_db.prepared(QStringLiteral(
        "INSERT INTO import_batch_orders (batch_id, order_id, action, previous_status, "
        "previous_financial_status, previous_fulfilment, previous_refunded, previous_paid_at, "
        "previous_cancelled_at, previous_fingerprint, previous_batch_id, previous_order, "
        "previous_paid) VALUES (?, ?, 'updated', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
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
    q.addBindValue(before.edited ? QVariant(QString::fromUtf8(editedToStorage(previous)))
                                 : QVariant());
    q.addBindValue(previous.paid.minorUnits());
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

Result<std::vector<PreviousOrder>> ImportBatchRepository::previousStatesOf(ImportBatchId batch)
{
    QSqlQuery &q = m_db.prepared(QStringLiteral(
        "SELECT bo.order_id, bo.previous_status, bo.previous_financial_status, "
        "bo.previous_fulfilment, bo.previous_refunded, bo.previous_paid_at, "
        "bo.previous_cancelled_at, bo.previous_fingerprint, bo.previous_batch_id, o.currency, "
        "bo.previous_order, bo.previous_paid, o.total "
        "FROM import_batch_orders bo JOIN orders o ON o.id = bo.order_id "
        "WHERE bo.batch_id = ? AND bo.action = 'updated' ORDER BY bo.order_id"));
    q.addBindValue(batch.value());
    return Sql::fetchAll<PreviousOrder>(q, [](const QSqlQuery &row) {
        PreviousOrder before;
        Order &o = before.order;
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
        o.total = Money(row.value(12).toLongLong(), o.currency);
        before.edited = !row.isNull(10);
        if (before.edited)
            editedFromStorage(row.value(10).toString().toUtf8(), o);
        // Batches from before schema 7 kept no amount: an order was paid in full or not at all.
        if (!row.isNull(11))
            o.paid = Money(row.value(11).toLongLong(), o.currency);
        else
            o.paid = o.paidAt.isValid() ? o.total : Money::zero(o.currency);
        return before;
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
