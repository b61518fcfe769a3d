// SPDX-FileCopyrightText: 2026 The Kontor authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "stock.h"

#include "common/result.h"
#include "persistence/listquery.h"

#include <QHash>

#include <optional>
#include <vector>

namespace Kontor {

class Database;

/// All SQL about articles, warehouses, stock movements and stock levels.
class StockRepository
{
public:
    enum ArticleSort { ArticleBySku, ArticleByName, ArticleBySalesPrice };
    enum MovementSort { MovementByTime };

    explicit StockRepository(Database &db);

    Result<WarehouseId> insertWarehouse(const Warehouse &warehouse);
    Result<std::vector<Warehouse>> warehouses();

    Result<ArticleId> insertArticle(const Article &article);
    /// Gives the articles written before schema 4 the sort keys of their names.
    Status fillSortKeys();
    Result<std::optional<Article>> findArticle(ArticleId id);
    /// The articles of these ids that exist, in no particular order; with few statements.
    Result<std::vector<Article>> findArticles(const std::vector<ArticleId> &ids);
    /// The SKUs of the articles of these ids that exist; with few statements.
    Result<QHash<ArticleId, QString>> skus(const std::vector<ArticleId> &ids);
    Result<std::optional<ArticleId>> findArticleBySku(const QString &sku);

    /// Writes movements in order; their ids, in order.
    Result<std::vector<StockMovementId>>
    insertMovements(const std::vector<StockMovement> &movements);
    /// Per article and warehouse, what an order's movements add up to where that is not zero.
    Result<std::vector<StockMovement>> netMovementsOf(OrderId order);
    /// The movements an import batch caused, in order, limit of them after the one given.
    Result<std::vector<StockMovement>> movementsOf(ImportBatchId batch, StockMovementId after,
                                                   int limit);
    Result<std::vector<StockLevel>> levelsOf(ArticleId article);

    /// Articles; filter text: word prefixes of SKU, name or EAN.
    Result<qint64> countArticles(const ListFilter &filter);
    Result<std::vector<Article>> articlePage(const ListFilter &filter, const ListSort &sort,
                                             qint64 offset, int limit);

    /// Movements of the article filter.scopeId; filter text: a warehouse code or reference prefix.
    Result<qint64> countMovements(const ListFilter &filter);
    Result<std::vector<StockMovement>> movementPage(const ListFilter &filter, const ListSort &sort,
                                                    qint64 offset, int limit);

private:
    Database &m_db;
    ListQuery m_articles;
    ListQuery m_movements;
};

} // namespace Kontor
