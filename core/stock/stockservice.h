// SPDX-FileCopyrightText: 2026 The Kontor authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "stockrepository.h"

#include "common/actor.h"

#include <QObject>

namespace Kontor {

class AuditLog;

/// The rules about articles and stock. Stock changes only through movements.
class StockService final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StockService)
public:
    StockService(Database &db, StockRepository &repository, AuditLog &audit,
                 QObject *parent = nullptr);

    StockRepository &repository() { return m_repository; }

    Result<WarehouseId> createWarehouse(const Actor &actor, const Warehouse &warehouse);
    Result<ArticleId> createArticle(const Actor &actor, const Article &article);
    /// Records one movement; the stock level follows it in the same transaction.
    Result<StockMovementId> recordMovement(const Actor &actor, const StockMovement &movement);

Q_SIGNALS:
    void articleCreated(Kontor::ArticleId id);
    void stockChanged(Kontor::ArticleId id);

private:
    Database &m_db;
    StockRepository &m_repository;
    AuditLog &m_audit;
};

} // namespace Kontor
