// SPDX-FileCopyrightText: 2026 The Kontor authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "stockrepository.h"

#include "common/clock.h"
#include "persistence/database.h"
#include "persistence/sql.h"

#include <iterator>

namespace Kontor {

namespace {

const QString articleColumns = QStringLiteral(
    "a.id, a.sku, a.name, a.ean, a.unit, a.currency, a.sales_price, a.purchase_price, a.vat_rate, "
    "a.stock_tracked, a.needs_review, "
    "(SELECT coalesce(sum(l.quantity), 0) FROM stock_levels l WHERE l.article_id = a.id)");

Article readArticle(const QSqlQuery &q)
{
    Article a;
    a.id = ArticleId(q.value(0).toLongLong());
    a.sku = q.value(1).toString();
    a.name = q.value(2).toString();
    a.ean = q.value(3).toString();
    a.unit = q.value(4).toString();
    const Currency currency = Currency::fromCode(q.value(5).toString());
    a.salesPrice = Money(q.value(6).toLongLong(), currency);
    a.purchasePrice = Money(q.value(7).toLongLong(), currency);
    a.vatRate = q.value(8).toInt();
    a.stockTracked = q.value(9).toBool();
    a.needsReview = q.value(10).toBool();
    a.onHand = Quantity(q.value(11).toLongLong());
    return a;
}

const QString movementColumns = QStringLiteral(
    "m.id, m.article_id, m.warehouse_id, w.code, m.quantity, m.kind, m.occurred_at, m.unit_cost, "
    "a.currency, m.order_id, m.reference, m.created_by");

StockMovement readMovement(const QSqlQuery &q)
{
    StockMovement m;
    m.id = StockMovementId(q.value(0).toLongLong());
    m.article = ArticleId(q.value(1).toLongLong());
    m.warehouse = WarehouseId(q.value(2).toLongLong());
    m.warehouseCode = q.value(3).toString();
    m.quantity = Quantity(q.value(4).toLongLong());
    m.kind = movementKindFromKey(q.value(5).toString());
    m.occurredAt = Timestamps::fromStorage(q.value(6).toString());
    m.unitCost = Money(q.value(7).toLongLong(), Currency::fromCode(q.value(8).toString()));
    m.order = OrderId(q.value(9).toLongLong());
    m.reference = q.value(10).toString();
    m.createdBy = q.value(11).toString();
    return m;
}

// The rows that `select` (ending in "WHERE a.id IN (%1)") gives for these ids, each made by
// read. A statement of a fixed size, the last id repeated to fill it: prepared once.
template<class Row, class Reader>
Result<std::vector<Row>> selectByIds(Database &db, const QString &select,
                                     const std::vector<ArticleId> &ids, Reader read)
{
    constexpr size_t perStatement = Database::rowsPerStatement;
    QSqlQuery &q = db.prepared(select.arg(Sql::placeholders(qsizetype(perStatement))));
    std::vector<Row> found;
    for (size_t first = 0; first < ids.size(); first += perStatement) {
        for (size_t i = first; i < first + perStatement; ++i)
            q.addBindValue(ids[std::min(i, ids.size() - 1)].value());
        auto rows = Sql::fetchAll<Row>(q, read);
        if (!rows)
            return rows.error();
        std::move(rows->begin(), rows->end(), std::back_inserter(found));
    }
    return found;
}

} // namespace

StockRepository::StockRepository(Database &db)
    : m_db(db)
    , m_articles(db,
          { QStringLiteral("a.id"), articleColumns, QStringLiteral("articles a"),
              QStringLiteral("articles a"),
              { { QStringLiteral("a.sku"), true }, { QStringLiteral("a.name_key"), false },
                  { QStringLiteral("a.sales_price"), false } },
              QString(),
              [](const ListFilter &filter) {
                  QList<Condition> conditions;
                  const QString match = Sql::ftsPrefixQuery(filter.text);
                  if (!match.isEmpty())
                      conditions << Condition { QStringLiteral(
                                                    "a.id IN (SELECT rowid FROM articles_search "
                                                    "WHERE articles_search MATCH ?)"),
                          { match } };
                  return conditions;
              } })
    , m_movements(db,
          { QStringLiteral("m.id"), movementColumns,
              QStringLiteral("stock_movements m JOIN warehouses w ON w.id = m.warehouse_id "
                             "JOIN articles a ON a.id = m.article_id"),
              QStringLiteral("stock_movements m"), { { QStringLiteral("m.occurred_at"), false } },
              QStringLiteral("SELECT row_count FROM row_counts WHERE name = 'stock_movements'"),
              [](const ListFilter &filter) {
                  QList<Condition> conditions;
                  if (filter.scopeId > 0)
                      conditions << Condition { QStringLiteral("m.article_id = ?"),
                          { filter.scopeId } };
                  const QString text = filter.text.trimmed();
                  if (!text.isEmpty())
                      conditions << Condition {
                          QStringLiteral(
                              "m.warehouse_id IN (SELECT id FROM warehouses WHERE code = ?) "
                              "OR (m.reference >= ? AND m.reference < ?)"),
                          { text.toUpper(), text, Sql::prefixUpperBound(text) }
                      };
                  return conditions;
              } })
{ }

Result<WarehouseId> StockRepository::insertWarehouse(const Warehouse &warehouse)
{
    QSqlQuery &q
        = m_db.prepared(QStringLiteral("INSERT INTO warehouses (code, name) VALUES (?, ?)"));
    q.addBindValue(warehouse.code);
    q.addBindValue(warehouse.name);
    if (Status s = Sql::exec(q); !s)
        return s.error();
    return WarehouseId(Sql::lastInsertId(q));
}

Result<std::vector<Warehouse>> StockRepository::warehouses()
{
    QSqlQuery &q
        = m_db.prepared(QStringLiteral("SELECT id, code, name FROM warehouses ORDER BY code"));
    return Sql::fetchAll<Warehouse>(q, [](const QSqlQuery &row) {
        return Warehouse { WarehouseId(row.value(0).toLongLong()), row.value(1).toString(),
            row.value(2).toString() };
    });
}

Result<ArticleId> StockRepository::insertArticle(const Article &a)
{
    QSqlQuery &q = m_db.prepared(QStringLiteral(
        "INSERT INTO articles (sku, name, ean, unit, currency, sales_price, purchase_price, "
        "vat_rate, stock_tracked, needs_review, created_at, name_key) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(a.sku);
    q.addBindValue(a.name);
    q.addBindValue(Sql::nullIfEmpty(a.ean));
    q.addBindValue(a.unit);
    q.addBindValue(a.salesPrice.currency().code());
    q.addBindValue(a.salesPrice.minorUnits());
    q.addBindValue(a.purchasePrice.minorUnits());
    q.addBindValue(a.vatRate);
    q.addBindValue(a.stockTracked ? 1 : 0);
    q.addBindValue(a.needsReview ? 1 : 0);
    q.addBindValue(Timestamps::nowUtc());
    q.addBindValue(Sql::sortKeyOf(a.name));
    if (Status s = Sql::exec(q); !s)
        return s.error();
    return ArticleId(Sql::lastInsertId(q));
}

Status StockRepository::fillSortKeys()
{
    return Sql::fillSortKeys(m_db.connection(), QStringLiteral("articles"),
                             {{QStringLiteral("name_key"), QStringLiteral("name")}});
}

Result<std::optional<Article>> StockRepository::findArticle(ArticleId id)
{
    QSqlQuery &q = m_db.prepared(QStringLiteral("SELECT ") + articleColumns
        + QStringLiteral(" FROM articles a WHERE a.id = ?"));
    q.addBindValue(id.value());
    return Sql::fetchOptional<Article>(q, readArticle);
}

Result<std::vector<Article>> StockRepository::findArticles(const std::vector<ArticleId> &ids)
{
    return selectByIds<Article>(m_db, QStringLiteral("SELECT ") + articleColumns
                                          + QStringLiteral(" FROM articles a WHERE a.id IN (%1)"),
                                ids, readArticle);
}

Result<QHash<ArticleId, QString>> StockRepository::skus(const std::vector<ArticleId> &ids)
{
    auto rows = selectByIds<std::pair<ArticleId, QString>>(
        m_db, QStringLiteral("SELECT a.id, a.sku FROM articles a WHERE a.id IN (%1)"), ids,
        [](const QSqlQuery &q) {
            return std::pair(ArticleId(q.value(0).toLongLong()), q.value(1).toString());
        });
    if (!rows)
        return rows.error();
    QHash<ArticleId, QString> result;
    for (auto &[id, sku] : *rows)
        result.insert(id, std::move(sku));
    return result;
}

Result<std::optional<ArticleId>> StockRepository::findArticleBySku(const QString &sku)
{
    QSqlQuery &q = m_db.prepared(QStringLiteral("SELECT id FROM articles WHERE sku = ?"));
    q.addBindValue(sku);
    return Sql::fetchOptional<ArticleId>(
        q, [](const QSqlQuery &row) { return ArticleId(row.value(0).toLongLong()); });
}

Result<std::vector<StockMovementId>> StockRepository::insertMovements(
    const std::vector<StockMovement> &movements)
{
    auto ids = m_db.insertRows(
        QStringLiteral("stock_movements"),
        {QStringLiteral("article_id"), QStringLiteral("warehouse_id"), QStringLiteral("quantity"),
         QStringLiteral("kind"), QStringLiteral("occurred_at"), QStringLiteral("unit_cost"),
         QStringLiteral("order_id"), QStringLiteral("reference"), QStringLiteral("created_by"),
         QStringLiteral("import_batch_id")},
        qsizetype(movements.size()), [&](BoundValues &q, qsizetype i) {
            const StockMovement &m = movements[size_t(i)];
            q.add(m.article.value());
            q.add(m.warehouse.value());
            q.add(m.quantity.units());
            q.add(movementKindKey(m.kind));
            q.add(Timestamps::toStorage(m.occurredAt));
            q.add(m.unitCost.minorUnits());
            q.add(Sql::nullIfInvalid(m.order));
            q.add(Sql::nullIfEmpty(m.reference));
            q.add(m.createdBy);
            q.add(Sql::nullIfInvalid(m.importBatch));
        });
    if (!ids)
        return ids.error();
    return std::vector<StockMovementId>(ids->begin(), ids->end());
}

Result<std::vector<StockMovement>> StockRepository::netMovementsOf(OrderId order)
{
    QSqlQuery &q = m_db.prepared(QStringLiteral(
        "SELECT m.article_id, m.warehouse_id, sum(m.quantity), max(m.unit_cost), a.currency "
        "FROM stock_movements m JOIN articles a ON a.id = m.article_id WHERE m.order_id = ? "
        "GROUP BY m.article_id, m.warehouse_id HAVING sum(m.quantity) <> 0 "
        "ORDER BY m.article_id, m.warehouse_id"));
    q.addBindValue(order.value());
    return Sql::fetchAll<StockMovement>(q, [order](const QSqlQuery &row) {
        StockMovement m;
        m.article = ArticleId(row.value(0).toLongLong());
        m.warehouse = WarehouseId(row.value(1).toLongLong());
        m.quantity = Quantity(row.value(2).toLongLong());
        m.unitCost = Money(row.value(3).toLongLong(), Currency::fromCode(row.value(4).toString()));
        m.order = order;
        return m;
    });
}

Result<std::vector<StockMovement>> StockRepository::movementsOf(ImportBatchId batch,
                                                                StockMovementId after, int limit)
{
    QSqlQuery &q = m_db.prepared(QStringLiteral(
        "SELECT m.id, m.article_id, m.warehouse_id, m.quantity, m.kind, m.unit_cost, m.order_id, "
        "m.reference, a.currency FROM stock_movements m JOIN articles a ON a.id = m.article_id "
        "WHERE m.import_batch_id = ? AND m.id > ? ORDER BY m.id LIMIT ?"));
    q.addBindValue(batch.value());
    q.addBindValue(after.isValid() ? after.value() : 0);
    q.addBindValue(limit);
    return Sql::fetchAll<StockMovement>(q, [batch](const QSqlQuery &row) {
        StockMovement m;
        m.id = StockMovementId(row.value(0).toLongLong());
        m.article = ArticleId(row.value(1).toLongLong());
        m.warehouse = WarehouseId(row.value(2).toLongLong());
        m.quantity = Quantity(row.value(3).toLongLong());
        m.kind = movementKindFromKey(row.value(4).toString());
        m.unitCost = Money(row.value(5).toLongLong(), Currency::fromCode(row.value(8).toString()));
        m.order = OrderId(row.value(6).toLongLong());
        m.reference = row.value(7).toString();
        m.importBatch = batch;
        return m;
    });
}

Result<std::vector<StockLevel>> StockRepository::levelsOf(ArticleId article)
{
    QSqlQuery &q = m_db.prepared(QStringLiteral("SELECT warehouse_id, quantity FROM stock_levels "
                                                "WHERE article_id = ? ORDER BY warehouse_id"));
    q.addBindValue(article.value());
    return Sql::fetchAll<StockLevel>(q, [article](const QSqlQuery &row) {
        return StockLevel { article, WarehouseId(row.value(0).toLongLong()),
            Quantity(row.value(1).toLongLong()) };
    });
}

Result<qint64> StockRepository::countArticles(const ListFilter &filter)
{
    return m_articles.count(filter);
}

Result<std::vector<Article>> StockRepository::articlePage(
    const ListFilter &filter, const ListSort &sort, qint64 offset, int limit)
{
    return m_articles.page<Article>(filter, sort, offset, limit, readArticle);
}

Result<qint64> StockRepository::countMovements(const ListFilter &filter)
{
    return m_movements.count(filter);
}

Result<std::vector<StockMovement>> StockRepository::movementPage(
    const ListFilter &filter, const ListSort &sort, qint64 offset, int limit)
{
    return m_movements.page<StockMovement>(filter, sort, offset, limit, readMovement);
}

} // namespace Kontor
