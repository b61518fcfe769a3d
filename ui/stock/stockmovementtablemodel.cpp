// SPDX-FileCopyrightText: 2026 The Kontor authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "stockmovementtablemodel.h"

#include "common/format.h"

#include "stock/stockservice.h"

namespace Kontor::Ui {

StockMovementTableModel::StockMovementTableModel(StockService &stock, const Actor &actor,
                                                 QObject *parent)
    : PagedTableModel(stock.movements(actor), ColumnCount, Scope::Required, parent)
{
    setDefaultSort(TimeColumn, Qt::DescendingOrder);
    connect(&stock, &StockService::stockChanged, this, [this](ArticleId id) {
        if (id == article())
            noteChange(Change::Rows);
    });
}

StockMovementTableModel::~StockMovementTableModel() = default;

int StockMovementTableModel::sortKeyForColumn(int column) const
{
    return column == TimeColumn ? StockRepository::MovementByTime : -1;
}

QString StockMovementTableModel::columnTitle(int column) const
{
    switch (column) {
    case TimeColumn: return tr("Date");
    //: Column header: receipt, sale, return, ...
    case KindColumn: return tr("Kind");
    case WarehouseColumn: return tr("Warehouse");
    case QuantityColumn: return tr("Quantity");
    case UnitCostColumn: return tr("Unit cost");
    case ReferenceColumn: return tr("Reference");
    case CreatedByColumn: return tr("By");
    default: return {};
    }
}

Qt::Alignment StockMovementTableModel::columnAlignment(int column) const
{
    return column == QuantityColumn || column == UnitCostColumn
               ? Qt::AlignRight | Qt::AlignVCenter
               : Qt::AlignLeft | Qt::AlignVCenter;
}

QVariant StockMovementTableModel::displayValue(const StockMovement &movement, int column) const
{
    switch (column) {
    case TimeColumn: return Format::dateTime(movement.occurredAt);
    case KindColumn: return movementKindName(movement.kind);
    case WarehouseColumn: return movement.warehouseCode;
    case QuantityColumn: return Format::quantity(movement.quantity);
    case UnitCostColumn: return Format::money(movement.unitCost);
    case ReferenceColumn: return movement.reference;
    case CreatedByColumn: return movement.createdBy;
    default: return {};
    }
}

QVariant StockMovementTableModel::sortValue(const StockMovement &movement, int column) const
{
    switch (column) {
    case TimeColumn: return movement.occurredAt;
    case KindColumn: return movementKindKey(movement.kind);
    case QuantityColumn: return movement.quantity.units();
    case UnitCostColumn: return movement.unitCost.minorUnits();
    default: return displayValue(movement, column);
    }
}

} // namespace Kontor::Ui
