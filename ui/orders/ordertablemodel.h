// SPDX-FileCopyrightText: 2026 The Kontor authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/pagedtablemodel.h"

#include "orders/order.h"

namespace Kontor {
class OrderService;
} // namespace Kontor

namespace Kontor::Ui {

/// All orders, newest first; filter: an order number or shop order id prefix, or customer name.
class OrderTableModel final : public PagedTableModel<Order>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OrderTableModel)
public:
    enum Column {
        NumberColumn,
        DateColumn,
        CustomerColumn,
        StatusColumn,
        ShopColumn,
        ExternalIdColumn,
        PaymentColumn,
        TotalColumn,
        ColumnCount
    };

    explicit OrderTableModel(OrderService &orders, const Actor &actor, QObject *parent = nullptr);
    ~OrderTableModel() override;

    int sortKeyForColumn(int column) const override;

private:
    QString columnTitle(int column) const override;
    Qt::Alignment columnAlignment(int column) const override;
    QVariant displayValue(const Order &order, int column) const override;
    QVariant sortValue(const Order &order, int column) const override;
};

} // namespace Kontor::Ui
