// SPDX-FileCopyrightText: 2026 The Kontor authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "orderrepository.h"

#include "common/clock.h"
#include "persistence/database.h"
#include "persistence/sql.h"

#include <QHash>

namespace Kontor {

namespace {

const QString orderColumns = QStringLiteral(
    "o.id, o.number, o.shop, o.external_id, o.customer_id, c.name, o.ordered_at, o.status, "
    "o.currency, o.prices_include_tax, o.net_total, o.tax_total, o.shipping, o.total, "
    "o.payment_method, o.payment_reference, o.note, o.financial_status, o.fulfilment_status, "
    "o.discount, o.tip, o.refunded, o.paid_at, o.cancelled_at, o.tax_breakdown, o.withdrawn, "
    "o.source_fingerprint, o.import_batch_id, o.paid, o.shop_order_id");
const QString orderFrom = QStringLiteral("orders o LEFT JOIN customers c ON c.id = o.customer_id");

Order readOrder(const QSqlQuery &q)
{
    Order o;
    o.id = OrderId(q.value(0).toLongLong());
    o.number = q.value(1).toString();
    o.shop = q.value(2).toString();
    o.externalId = q.value(3).toString();
    o.customer = CustomerId(q.value(4).toLongLong());
    o.customerName = q.value(5).toString();
    o.orderedAt = Timestamps::fromStorage(q.value(6).toString());
    o.status = orderStatusFromKey(q.value(7).toString());
    o.currency = Currency::fromCode(q.value(8).toString());
    o.pricesIncludeTax = q.value(9).toBool();
    o.net = Money(q.value(10).toLongLong(), o.currency);
    o.tax = Money(q.value(11).toLongLong(), o.currency);
    o.shipping = Money(q.value(12).toLongLong(), o.currency);
    o.total = Money(q.value(13).toLongLong(), o.currency);
    o.paymentMethod = q.value(14).toString();
    o.paymentReference = q.value(15).toString();
    o.note = q.value(16).toString();
    o.financialStatus = q.value(17).toString();
    o.fulfilment = q.value(18).toString();
    o.discount = Money(q.value(19).toLongLong(), o.currency);
    o.tip = Money(q.value(20).toLongLong(), o.currency);
    o.refunded = Money(q.value(21).toLongLong(), o.currency);
    if (!q.isNull(22))
        o.paidAt = Timestamps::fromStorage(q.value(22).toString());
    if (!q.isNull(23))
        o.cancelledAt = Timestamps::fromStorage(q.value(23).toString());
    o.taxes = taxAmountsFromStorage(q.value(24).toString(), o.currency);
    o.withdrawn = q.value(25).toBool();
    o.fingerprint = quint64(q.value(26).toLongLong());
    o.importBatch = ImportBatchId(q.value(27).toLongLong());
    o.paid = Money(q.value(28).toLongLong(), o.currency);
    o.shopOrderId = q.value(29).toString();
    return o;
}

const QString lineColumns = QStringLiteral(
    "ol.id, ol.order_id, o.number, ol.line_no, ol.article_id, ol.sku, ol.description, "
    "ol.quantity, ol.unit_price, ol.discount, ol.vat_rate, ol.net_amount, ol.tax_amount, "
    "ol.gross_amount, o.currency");
const QString lineFrom = QStringLiteral("order_lines ol JOIN orders o ON o.id = ol.order_id");

OrderLine readLine(const QSqlQuery &q)
{
    OrderLine l;
    l.id = OrderLineId(q.value(0).toLongLong());
    l.order = OrderId(q.value(1).toLongLong());
    l.orderNumber = q.value(2).toString();
    l.lineNo = q.value(3).toInt();
    l.article = ArticleId(q.value(4).toLongLong());
    l.sku = q.value(5).toString();
    l.description = q.value(6).toString();
    l.quantity = Quantity(q.value(7).toLongLong());
    const Currency currency = Currency::fromCode(q.value(14).toString());
    l.unitPrice = Money(q.value(8).toLongLong(), currency);
    l.discount = Money(q.value(9).toLongLong(), currency);
    l.vatRate = q.value(10).toInt();
    l.net = Money(q.value(11).toLongLong(), currency);
    l.tax = Money(q.value(12).toLongLong(), currency);
    l.gross = Money(q.value(13).toLongLong(), currency);
    return l;
}

// Binds, in this order: customer_id, ordered_at, currency, prices_include_tax, net_total,
// tax_total, shipping, total, payment_method, payment_reference, note.
void bindOrderFields(BoundValues &q, const Order &o)
{
    q.add(Sql::nullIfInvalid(o.customer));
    q.add(Timestamps::toStorage(o.orderedAt));
    q.add(o.currency.code());
    q.add(o.pricesIncludeTax ? 1 : 0);
    q.add(o.net.minorUnits());
    q.add(o.tax.minorUnits());
    q.add(o.shipping.minorUnits());
    q.add(o.total.minorUnits());
    q.add(Sql::nullIfEmpty(o.paymentMethod));
    q.add(Sql::nullIfEmpty(o.paymentReference));
    q.add(Sql::nullIfEmpty(o.note));
}

// Binds, in this order: financial_status, fulfilment_status, discount, tip, refunded, paid,
// paid_at, cancelled_at, tax_breakdown, source_fingerprint, import_batch_id, shop_order_id.
void bindImportState(BoundValues &q, const Order &o)
{
    q.add(Sql::nullIfEmpty(o.financialStatus));
    q.add(Sql::nullIfEmpty(o.fulfilment));
    q.add(o.discount.minorUnits());
    q.add(o.tip.minorUnits());
    q.add(o.refunded.minorUnits());
    q.add(o.paid.minorUnits());
    q.add(o.paidAt.isValid() ? QVariant(Timestamps::toStorage(o.paidAt)) : QVariant());
    q.add(o.cancelledAt.isValid() ? QVariant(Timestamps::toStorage(o.cancelledAt)) : QVariant());
    q.add(Sql::nullIfEmpty(taxAmountsToStorage(o.taxes)));
    // SQLite integers are signed: the fingerprint's bits are stored as they are.
    q.add(o.fingerprint ? QVariant(qint64(o.fingerprint)) : QVariant());
    q.add(Sql::nullIfInvalid(o.importBatch));
    q.add(Sql::nullIfEmpty(o.shopOrderId));
}

// A prefix of a text column, as typed and in capitals (numbers and SKUs are mostly capitals).
Condition prefixOf(const QString &column, const QString &text)
{
    const QString upper = text.toUpper();
    Condition c { column + QStringLiteral(" >= ? AND ") + column + QStringLiteral(" < ?"),
        { text, Sql::prefixUpperBound(text) } };
    if (upper != text) {
        c.sql = u'(' + c.sql + QStringLiteral(") OR (") + column + QStringLiteral(" >= ? AND ")
            + column + QStringLiteral(" < ?)");
        c.values << upper << Sql::prefixUpperBound(upper);
    }
    return c;
}

} // namespace

OrderRepository::OrderRepository(Database &db)
    : m_db(db)
    , m_orders(db,
          { QStringLiteral("o.id"), orderColumns, orderFrom, QStringLiteral("orders o"),
              { { QStringLiteral("o.number"), true }, { QStringLiteral("o.ordered_at"), false },
                  { QStringLiteral("c.name_key"), false, true },
                  { QStringLiteral("o.status"), false },
                  { QStringLiteral("o.total"), false } },
              QStringLiteral("SELECT row_count FROM row_counts WHERE name = 'orders'"),
              [](const ListFilter &filter) {
                  QList<Condition> conditions;
                  const QString text = filter.text.trimmed();
                  if (text.isEmpty())
                      return conditions;
                  Condition number = prefixOf(QStringLiteral("o.number"), text);
                  const Condition external = prefixOf(QStringLiteral("o.external_id"), text);
                  number.sql = u'(' + number.sql + QStringLiteral(") OR (") + external.sql + u')';
                  number.values += external.values;
                  const QString match = Sql::ftsPrefixQuery(text);
                  if (!match.isEmpty()) {
                      number.sql += QStringLiteral(
                          " OR o.customer_id IN (SELECT rowid FROM customers_search "
                          "WHERE customers_search MATCH ?)");
                      number.values << match;
                  }
                  conditions << number;
                  return conditions;
              } })
    , m_lines(db,
          { QStringLiteral("ol.id"), lineColumns, lineFrom, QStringLiteral("order_lines ol"),
              // Orders in the order they came in: their numbers follow it.
              { { QStringLiteral("ol.order_id, ol.line_no"), true },
                  // The SKU index's own order, so that skipping rows needs no sorting.
                  { QStringLiteral("ol.sku, ol.order_id, ol.line_no"), true },
                  { QStringLiteral("ol.gross_amount"), false } },
              QStringLiteral("SELECT row_count FROM row_counts WHERE name = 'order_lines'"),
              [](const ListFilter &filter) {
                  QList<Condition> conditions;
                  if (filter.scopeId > 0)
                      conditions << Condition { QStringLiteral("ol.order_id = ?"),
                          { filter.scopeId } };
                  const QString text = filter.text.trimmed();
                  if (!text.isEmpty()) {
                      const Condition number = prefixOf(QStringLiteral("number"), text);
                      Condition sku = prefixOf(QStringLiteral("ol.sku"), text);
                      sku.sql = QStringLiteral("ol.order_id IN (SELECT id FROM orders WHERE ")
                          + number.sql + QStringLiteral(") OR ") + sku.sql;
                      sku.values = number.values + sku.values;
                      conditions << sku;
                  }
                  return conditions;
              } })
{ }

Result<OrderId> OrderRepository::insert(const Order &order)
{
    auto ids = insert(std::vector<const Order *>{&order});
    if (!ids)
        return ids.error();
    return ids->front();
}

Result<std::vector<OrderId>> OrderRepository::insert(const std::vector<const Order *> &orders)
{
    const QString now = Timestamps::nowUtc();
    auto rowids = m_db.insertRows(
        QStringLiteral("orders"),
        {QStringLiteral("number"), QStringLiteral("shop"), QStringLiteral("external_id"),
         QStringLiteral("status"), QStringLiteral("customer_id"), QStringLiteral("ordered_at"),
         QStringLiteral("currency"), QStringLiteral("prices_include_tax"),
         QStringLiteral("net_total"), QStringLiteral("tax_total"), QStringLiteral("shipping"),
         QStringLiteral("total"), QStringLiteral("payment_method"),
         QStringLiteral("payment_reference"), QStringLiteral("note"), QStringLiteral("created_at"),
         QStringLiteral("updated_at"), QStringLiteral("financial_status"),
         QStringLiteral("fulfilment_status"), QStringLiteral("discount"), QStringLiteral("tip"),
         QStringLiteral("refunded"), QStringLiteral("paid"), QStringLiteral("paid_at"),
         QStringLiteral("cancelled_at"), QStringLiteral("tax_breakdown"),
         QStringLiteral("source_fingerprint"), QStringLiteral("import_batch_id"),
         QStringLiteral("shop_order_id")},
        qsizetype(orders.size()), [&](BoundValues &q, qsizetype i) {
            const Order &o = *orders[size_t(i)];
            q.add(o.number);
            q.add(o.shop);
            q.add(o.externalId);
            q.add(orderStatusKey(o.status));
            bindOrderFields(q, o);
            q.add(now);
            q.add(now);
            bindImportState(q, o);
        });
    if (!rowids)
        return rowids.error();
    std::vector<OrderId> ids;
    ids.reserve(orders.size());
    std::vector<OrderLineOf> lines;
    for (size_t i = 0; i < orders.size(); ++i) {
        ids.emplace_back(rowids->at(i));
        for (const OrderLine &line : orders[i]->lines)
            lines.push_back({ids.back(), &line});
    }
    if (Status s = insertLines(lines); !s)
        return s.error();
    return ids;
}

Status OrderRepository::insertLines(const std::vector<OrderLineOf> &lines)
{
    auto written = m_db.insertRows(
        QStringLiteral("order_lines"),
        {QStringLiteral("order_id"), QStringLiteral("line_no"), QStringLiteral("article_id"),
         QStringLiteral("sku"), QStringLiteral("description"), QStringLiteral("quantity"),
         QStringLiteral("unit_price"), QStringLiteral("discount"), QStringLiteral("vat_rate"),
         QStringLiteral("net_amount"), QStringLiteral("tax_amount"), QStringLiteral("gross_amount")},
        qsizetype(lines.size()), [&](BoundValues &line, qsizetype i) {
            const auto &[order, l] = lines[size_t(i)];
            line.add(order.value());
            line.add(l->lineNo);
            line.add(Sql::nullIfInvalid(l->article));
            line.add(Sql::nullIfEmpty(l->sku));
            line.add(l->description);
            line.add(l->quantity.units());
            line.add(l->unitPrice.minorUnits());
            line.add(l->discount.minorUnits());
            line.add(l->vatRate);
            line.add(l->net.minorUnits());
            line.add(l->tax.minorUnits());
            line.add(l->gross.minorUnits());
        });
    if (!written)
        return written.error();
    return {};
}

Result<std::optional<Order>> OrderRepository::find(OrderId id)
{
    QSqlQuery &q = m_db.prepared(QStringLiteral("SELECT ") + orderColumns + QStringLiteral(" FROM ")
        + orderFrom + QStringLiteral(" WHERE o.id = ?"));
    q.addBindValue(id.value());
    auto found = Sql::fetchOptional<Order>(q, readOrder);
    if (!found)
        return found.error();
    std::optional<Order> result = std::move(found).value();
    if (result) {
        auto lines = linesOf(id);
        if (!lines)
            return lines.error();
        result->lines = std::move(lines).value();
    }
    return result;
}

Result<std::optional<OrderRepository::Fingerprint>> OrderRepository::fingerprintOf(
    const QString &shop, const QString &externalId)
{
    QSqlQuery &q = m_db.prepared(QStringLiteral(
        "SELECT id, source_fingerprint, withdrawn FROM orders WHERE shop = ? AND external_id = ?"));
    q.addBindValue(shop);
    q.addBindValue(externalId);
    return Sql::fetchOptional<Fingerprint>(q, [](const QSqlQuery &row) {
        return Fingerprint{OrderId(row.value(0).toLongLong()), quint64(row.value(1).toLongLong()),
                           row.value(2).toBool()};
    });
}

Status OrderRepository::forEachFingerprint(
    const QString &shop, const std::function<void(QStringView externalId, quint64)> &seen)
{
    QSqlQuery &q = m_db.prepared(
        QStringLiteral("SELECT external_id, source_fingerprint FROM orders "
                       "WHERE shop = ? AND withdrawn = 0 AND source_fingerprint IS NOT NULL"));
    q.addBindValue(shop);
    if (Status s = Sql::exec(q); !s)
        return s;
    while (q.next())
        seen(q.value(0).toString(), quint64(q.value(1).toLongLong()));
    q.finish();
    return {};
}

Status OrderRepository::updateImportState(const Order &o)
{
    QSqlQuery &q = m_db.prepared(QStringLiteral(
        "UPDATE orders SET status = ?, withdrawn = ?, updated_at = ?, financial_status = ?, "
        "fulfilment_status = ?, discount = ?, tip = ?, refunded = ?, paid = ?, paid_at = ?, "
        "cancelled_at = ?, tax_breakdown = ?, source_fingerprint = ?, import_batch_id = ?, "
        "shop_order_id = ? WHERE id = ?"));
    q.addBindValue(orderStatusKey(o.status));
    q.addBindValue(o.withdrawn ? 1 : 0);
    q.addBindValue(Timestamps::nowUtc());
    BoundValues state(q);
    bindImportState(state, o);
    q.addBindValue(o.id.value());
    return Sql::exec(q);
}

Status OrderRepository::replace(const Order &o)
{
    QSqlQuery &q = m_db.prepared(QStringLiteral(
        "UPDATE orders SET customer_id = ?, ordered_at = ?, currency = ?, prices_include_tax = ?, "
        "net_total = ?, tax_total = ?, shipping = ?, total = ?, payment_method = ?, "
        "payment_reference = ?, note = ? WHERE id = ?"));
    BoundValues fields(q);
    bindOrderFields(fields, o);
    q.addBindValue(o.id.value());
    if (Status s = Sql::exec(q); !s)
        return s;
    if (Status s = updateImportState(o); !s)
        return s;
    QSqlQuery &del = m_db.prepared(QStringLiteral("DELETE FROM order_lines WHERE order_id = ?"));
    del.addBindValue(o.id.value());
    if (Status s = Sql::exec(del); !s)
        return s;
    std::vector<OrderLineOf> lines;
    for (const OrderLine &line : o.lines)
        lines.push_back({o.id, &line});
    return insertLines(lines);
}

Result<std::optional<OrderId>> OrderRepository::findByExternalId(
    const QString &shop, const QString &externalId)
{
    QSqlQuery &q
        = m_db.prepared(QStringLiteral("SELECT id FROM orders WHERE shop = ? AND external_id = ?"));
    q.addBindValue(shop);
    q.addBindValue(externalId);
    return Sql::fetchOptional<OrderId>(
        q, [](const QSqlQuery &row) { return OrderId(row.value(0).toLongLong()); });
}

Result<QStringList> OrderRepository::withdraw(const std::vector<OrderId> &ids)
{
    if (ids.empty())
        return QStringList();
    const QString placeholders = Sql::placeholders(qsizetype(ids.size()));
    QSqlQuery &read = m_db.prepared(
        QStringLiteral("SELECT id, number FROM orders WHERE id IN (%1)").arg(placeholders));
    for (OrderId id : ids)
        read.addBindValue(id.value());
    QHash<qint64, QString> numbers;
    if (Status s = Sql::exec(read); !s)
        return s.error();
    while (read.next())
        numbers.insert(read.value(0).toLongLong(), read.value(1).toString());
    read.finish();
    QSqlQuery &update = m_db.prepared(
        QStringLiteral("UPDATE orders SET status = ?, withdrawn = 1, updated_at = ? "
                       "WHERE id IN (%1)")
            .arg(placeholders));
    update.addBindValue(orderStatusKey(OrderStatus::Cancelled));
    update.addBindValue(Timestamps::nowUtc());
    for (OrderId id : ids)
        update.addBindValue(id.value());
    if (Status s = Sql::exec(update); !s)
        return s.error();
    QStringList inOrder;
    for (OrderId id : ids)
        inOrder << numbers.value(id.value());
    return inOrder;
}

Result<std::vector<OrderLine>> OrderRepository::linesOf(OrderId id)
{
    QSqlQuery &q = m_db.prepared(QStringLiteral("SELECT ") + lineColumns + QStringLiteral(" FROM ")
        + lineFrom + QStringLiteral(" WHERE ol.order_id = ? ORDER BY ol.line_no"));
    q.addBindValue(id.value());
    return Sql::fetchAll<OrderLine>(q, readLine);
}

Result<qint64> OrderRepository::count(const ListFilter &filter)
{
    return m_orders.count(filter);
}

Result<std::vector<Order>> OrderRepository::page(
    const ListFilter &filter, const ListSort &sort, qint64 offset, int limit)
{
    return m_orders.page<Order>(filter, sort, offset, limit, readOrder);
}

Result<qint64> OrderRepository::countLines(const ListFilter &filter)
{
    return m_lines.count(filter);
}

Result<std::vector<OrderLine>> OrderRepository::linePage(
    const ListFilter &filter, const ListSort &sort, qint64 offset, int limit)
{
    return m_lines.page<OrderLine>(filter, sort, offset, limit, readLine);
}

} // namespace Kontor
