// SPDX-FileCopyrightText: 2026 The Kontor authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/pagedtablemodel.h"

#include "orders/order.h"

namespace Kontor {
class OrderService;
} // namespace Kontor

namespace Kontor::Ui {

/**
 * Order lines: all of them (Scope::Unscoped), or those of one order (Scope::Required, see
 * setOrder()) for an order's detail pane. Filter: an order number or SKU prefix.
 */
class OrderLineTableModel final : public PagedTableModel<OrderLine>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OrderLineTableModel)
public:
    enum Column {
        OrderColumn,
        LineColumn,
        SkuColumn,
        DescriptionColumn,
        QuantityColumn,
        UnitPriceColumn,
        DiscountColumn,
        VatColumn,
        NetColumn,
        GrossColumn,
        ColumnCount
    };

    OrderLineTableModel(OrderService &orders, const Actor &actor, Scope scope,
                        QObject *parent = nullptr);
    ~OrderLineTableModel() override;

    /// Shows the lines of order (none for an invalid id); for Scope::Required models.
    void setOrder(OrderId order) { setScopeId(order.value()); }
    OrderId order() const { return OrderId(filter().scopeId); }

    int sortKeyForColumn(int column) const override;

private:
    QString columnTitle(int column) const override;
    Qt::Alignment columnAlignment(int column) const override;
    QVariant displayValue(const OrderLine &line, int column) const override;
    QVariant sortValue(const OrderLine &line, int column) const override;
};

} // namespace Kontor::Ui
