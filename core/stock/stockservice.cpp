// SPDX-FileCopyrightText: 2026 The Kontor authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "stockservice.h"

#include "audit/auditlog.h"
#include "common/accesspolicy.h"
#include "common/booktexts.h"
#include "persistence/database.h"
#include "persistence/transaction.h"

#include <QSet>

namespace Kontor {

StockService::StockService(Database &db, StockRepository &repository, AuditLog &audit,
                           const BookTexts &texts, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_repository(repository)
    , m_audit(audit)
    , m_texts(texts)
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
    auto ids = insertMovements(actor, {movement});
    if (!ids)
        return ids.error();
    return ids->front();
}

Status StockService::recordMovements(const Actor &actor,
                                     const std::vector<StockMovement> &movements, Consequence)
{
    if (movements.empty())
        return {};
    auto ids = insertMovements(actor, movements);
    if (!ids)
        return ids.error();
    return {};
}

Result<std::vector<StockMovementId>> StockService::insertMovements(
    const Actor &actor, std::vector<StockMovement> movements)
{
    for (StockMovement &m : movements) {
        if (!m.article.isValid() || !m.warehouse.isValid())
            return makeError(tr("A stock movement needs an article and a warehouse."));
        if (m.quantity.isZero())
            return makeError(tr("A stock movement cannot move nothing."));
        if (!m.occurredAt.isValid())
            return makeError(tr("A stock movement needs a time."));
        m.createdBy = actor.name;
    }
    Transaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    auto ids = m_repository.insertMovements(movements);
    if (!ids)
        return ids.error();
    // The audit log names articles as their users know them: by SKU.
    QSet<ArticleId> distinct;
    for (const StockMovement &m : movements)
        distinct.insert(m.article);
    auto skus = m_repository.skus({distinct.cbegin(), distinct.cend()});
    if (!skus)
        return skus.error();
    std::vector<AuditLog::Record> records;
    records.reserve(movements.size());
    for (size_t i = 0; i < movements.size(); ++i) {
        const StockMovement &m = movements[i];
        records.push_back({QStringLiteral("create"), QStringLiteral("stock_movement"),
                           (*ids)[i].value(),
                           m_texts.translate("Kontor::StockService", "%1: %2 × %3")
                               .arg(m_texts.translate("Kontor::Stock", movementKindSource(m.kind)),
                                    QString::number(m.quantity.units()),
                                    skus->value(m.article))});
    }
    if (Status s = m_audit.record(actor, records); !s)
        return s.error();
    for (const StockMovement &m : movements)
        m_db.afterCommit([this, changed = m.article] { Q_EMIT stockChanged(changed); });
    if (Status s = tx.commit(); !s)
        return s.error();
    return ids;
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
