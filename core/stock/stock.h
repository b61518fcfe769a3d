// SPDX-FileCopyrightText: 2026 The Kontor authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/ids.h"
#include "common/money.h"
#include "common/quantity.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace Kontor {

struct Warehouse
{
    WarehouseId id;
    QString code;
    QString name;
};

struct Article
{
    ArticleId id;
    QString sku;
    QString name;
    QString ean;
    QString unit = QStringLiteral("pc");
    Money salesPrice;      ///< gross, per unit
    Money purchasePrice;   ///< net, per unit
    int vatRate = 1900;    ///< basis points: 1900 = 19 %
    bool stockTracked = true;
    bool needsReview = false;
    Quantity onHand;       ///< all warehouses; filled by list queries
};

/// Why stock changed.
enum class MovementKind { Receipt, Sale, Return, Adjustment, Transfer };

QString movementKindKey(MovementKind kind);
MovementKind movementKindFromKey(const QString &key);
/// The kind's name in the user's language.
QString movementKindName(MovementKind kind);
/// The kind's name untranslated, in the context "Kontor::Stock", for a text of the books.
const char *movementKindSource(MovementKind kind);
/// An article's unit as the user reads it: Kontor's own code "pc" (piece) in the user's
/// language, any other unit (kg, l, m) as it is stored.
QString unitName(const QString &unit);

struct StockMovement
{
    StockMovementId id;
    ArticleId article;
    WarehouseId warehouse;
    QString warehouseCode;  ///< filled by list queries
    Quantity quantity;      ///< positive in, negative out
    MovementKind kind = MovementKind::Receipt;
    QDateTime occurredAt;
    Money unitCost;
    OrderId order;
    QString reference;
    QString createdBy;
    ImportBatchId importBatch; ///< the import run that caused it, if one did
};

struct StockLevel
{
    ArticleId article;
    WarehouseId warehouse;
    Quantity quantity;
};

} // namespace Kontor
