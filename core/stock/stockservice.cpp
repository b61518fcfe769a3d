// SPDX-FileCopyrightText: 2026 The Kontor authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "stockservice.h"

#include "audit/auditlog.h"
#include "common/accesspolicy.h"
#include "persistence/database.h"
#include "persistence/transaction.h"

namespace Kontor {

StockService::StockService(Database &db, StockRepository &repository, AuditLog &audit,
                           QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_repository(repository)
    , m_audit(audit)
{
}

Result<WarehouseId> StockService::createWarehouse(const Actor &actor, const Warehouse &warehouse)
{
    if (Status s = AccessPolicy::require(actor, Permission::EditSettings); !s)
        return s.error();
    if (warehouse.code.trimmed().isEmpty() || warehouse.name.trimmed().isEmpty())
        return makeError(tr("A warehouse needs a code and a name."));
    Transaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    auto id = m_repository.insertWarehouse(warehouse);
    if (!id)
        return id.error();
    if (Status s = m_audit.record(actor, QStringLiteral("create"), QStringLiteral("warehouse"),
                                  id->value(), warehouse.code + u' ' + warehouse.name);
        !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return id;
}

Result<ArticleId> StockService::createArticle(const Actor &actor, const Article &article)
{
    if (Status s = AccessPolicy::require(actor, Permission::EditArticles); !s)
        return s.error();
    return insertArticle(actor, article);
}

Result<ArticleId> StockService::createArticle(const Actor &actor, const Article &article, Consequence)
{
    return insertArticle(actor, article);
}

Result<ArticleId> StockService::insertArticle(const Actor &actor, const Article &article)
{
    if (article.sku.trimmed().isEmpty())
        return makeError(tr("An article needs a SKU."));
    if (article.name.trimmed().isEmpty())
        return makeError(tr("The article %1 needs a name.").arg(article.sku));
    if (!article.salesPrice.currency().isValid())
        return makeError(tr("The article %1 needs a currency.").arg(article.sku));
    if (article.salesPrice.isNegative() || article.purchasePrice.isNegative())
        return makeError(tr("The prices of article %1 cannot be negative.").arg(article.sku));
    if (article.vatRate < 0 || article.vatRate > 10000)
        return makeError(tr("The VAT rate of article %1 must lie between 0 and 100 %.").arg(article.sku));
    Transaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    auto existing = m_repository.findArticleBySku(article.sku);
    if (!existing)
        return existing.error();
    if (existing->has_value())
        return makeError(tr("An article with SKU %1 exists already.").arg(article.sku));
    auto id = m_repository.insertArticle(article);
    if (!id)
        return id.error();
    if (Status s = m_audit.record(actor, QStringLiteral("create"), QStringLiteral("article"),
                                  id->value(), article.sku + u' ' + article.name);
        !s)
        return s.error();
    m_db.afterCommit([this, changed = *id] { Q_EMIT articleCreated(changed); });
    if (Status s = tx.commit(); !s)
        return s.error();
    return id;
}

Result<StockMovementId> StockService::recordMovement(const Actor &actor, const StockMovement &movement)
{
    if (Status s = AccessPolicy::require(actor, Permission::AdjustStock); !s)
        return s.error();
    return insertMovement(actor, movement);
}

Result<StockMovementId> StockService::recordMovement(const Actor &actor,
                                                     const StockMovement &movement, Consequence)
{
    return insertMovement(actor, movement);
}

Result<StockMovementId> StockService::insertMovement(const Actor &actor, const StockMovement &movement)
{
    if (!movement.article.isValid() || !movement.warehouse.isValid())
        return makeError(tr("A stock movement needs an article and a warehouse."));
    if (movement.quantity.isZero())
        return makeError(tr("A stock movement cannot move nothing."));
    if (!movement.occurredAt.isValid())
        return makeError(tr("A stock movement needs a time."));
    StockMovement m = movement;
    m.createdBy = actor.name;
    Transaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    auto id = m_repository.insertMovement(m);
    if (!id)
        return id.error();
    if (Status s = m_audit.record(actor, QStringLiteral("create"), QStringLiteral("stock_movement"),
                                  id->value(),
                                  QStringLiteral("%1 %2 of article %3")
                                      .arg(movementKindKey(m.kind))
                                      .arg(m.quantity.units())
                                      .arg(m.article.value()));
        !s)
        return s.error();
    m_db.afterCommit([this, changed = m.article] { Q_EMIT stockChanged(changed); });
    if (Status s = tx.commit(); !s)
        return s.error();
    return id;
}


ListSource<Article> StockService::articles(const Actor &actor)
{
    return ListSource<Article>::guarded(actor, Permission::ViewStock, m_repository,
                                        &StockRepository::countArticles,
                                        &StockRepository::articlePage);
}

ListSource<StockMovement> StockService::movements(const Actor &actor)
{
    return ListSource<StockMovement>::guarded(actor, Permission::ViewStock, m_repository,
                                              &StockRepository::countMovements,
                                              &StockRepository::movementPage);
}

Result<std::vector<Warehouse>> StockService::warehouses(const Actor &actor)
{
    return AccessPolicy::readIf(actor, Permission::ViewStock,
                                [this] { return m_repository.warehouses(); });
}

Result<std::vector<StockLevel>> StockService::levelsOf(const Actor &actor, ArticleId article)
{
    return AccessPolicy::readIf(actor, Permission::ViewStock,
                                [&] { return m_repository.levelsOf(article); });
}

} // namespace Kontor
