// SPDX-FileCopyrightText: 2026 The Kontor authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "stockrepository.h"

#include "common/actor.h"
#include "common/listsource.h"

#include <QObject>

namespace Kontor {

class AuditLog;
class BookTexts;

/// The rules about articles and stock. Stock changes only through movements.
class StockService final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StockService)
public:
    StockService(Database &db, StockRepository &repository, AuditLog &audit,
                 const BookTexts &texts, QObject *parent = nullptr);

    /// For the core's own services and the tests: reads and writes without a permission check.
    /// The GUI and the command line go through the methods that take an Actor.
    StockRepository &repository() { return m_repository; }
    /// Articles, and stock movements (filter scope: an article), for a reader who may see stock.
    ListSource<Article> articles(const Actor &actor);
    ListSource<StockMovement> movements(const Actor &actor);
    Result<std::vector<Warehouse>> warehouses(const Actor &actor);
    /// What is on hand of an article, per warehouse that has had any.
    Result<std::vector<StockLevel>> levelsOf(const Actor &actor, ArticleId article);

    /// Needs the permission to change the company's settings.
    Result<WarehouseId> createWarehouse(const Actor &actor, const Warehouse &warehouse);
    /// Needs the permission to enter articles, unless an import creates it as a consequence.
    Result<ArticleId> createArticle(const Actor &actor, const Article &article);
    Result<ArticleId> createArticle(const Actor &actor, const Article &article, Consequence);
    /// Records one movement; the stock level follows it in the same transaction. Needs the
    /// permission to adjust stock.
    Result<StockMovementId> recordMovement(const Actor &actor, const StockMovement &movement);
    /// The movements an order makes as its consequence (its lines leaving, coming back), all of
    /// them or none.
    Status recordMovements(const Actor &actor, const std::vector<StockMovement> &movements,
                           Consequence);

Q_SIGNALS:
    void articleCreated(Kontor::ArticleId id);
    void stockChanged(Kontor::ArticleId id);

private:
    Result<ArticleId> insertArticle(const Actor &actor, const Article &article);
    Result<std::vector<StockMovementId>> insertMovements(const Actor &actor,
                                                         std::vector<StockMovement> movements);

    Database &m_db;
    StockRepository &m_repository;
    AuditLog &m_audit;
    const BookTexts &m_texts;
};

} // namespace Kontor
