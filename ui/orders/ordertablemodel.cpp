// SPDX-FileCopyrightText: 2026 The Kontor authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ordertablemodel.h"

#include "common/format.h"

#include "orders/orderservice.h"

namespace Kontor::Ui {

OrderTableModel::OrderTableModel(OrderService &orders, const Actor &actor, QObject *parent)
    : PagedTableModel(orders.orders(actor), ColumnCount, Scope::Unscoped, parent)
{
    setDefaultSort(NumberColumn, Qt::DescendingOrder);
    connect(&orders, &OrderService::orderCreated, this, [this] { noteChange(Change::Rows); });
}

OrderTableModel::~OrderTableModel() = default;

int OrderTableModel::sortKeyForColumn(int column) const
{
    switch (column) {
    case NumberColumn: return OrderRepository::OrderByNumber;
    case DateColumn: return OrderRepository::OrderByDate;
    case CustomerColumn: return OrderRepository::OrderByCustomer;
    case StatusColumn: return OrderRepository::OrderByStatus;
    case TotalColumn: return OrderRepository::OrderByTotal;
    default: return -1;
    }
}

QString OrderTableModel::columnTitle(int column) const
{
    switch (column) {
    case NumberColumn: return tr("Order");
    case DateColumn: return tr("Ordered");
    case CustomerColumn: return tr("Customer");
    case StatusColumn: return tr("Status");
    case ShopColumn: return tr("Shop");
    case ExternalIdColumn: return tr("Shop order");
    case PaymentColumn: return tr("Payment");
    case TotalColumn: return tr("Total");
    default: return {};
    }
}

Qt::Alignment OrderTableModel::columnAlignment(int column) const
{
    return column == TotalColumn ? Qt::AlignRight | Qt::AlignVCenter
                                 : Qt::AlignLeft | Qt::AlignVCenter;
}

QVariant OrderTableModel::displayValue(const Order &order, int column) const
{
    switch (column) {
    case NumberColumn: return order.number;
    case DateColumn: return Format::dateTime(order.orderedAt);
    case CustomerColumn: return order.customerName;
    case StatusColumn: return orderStatusName(order.status);
    case ShopColumn: return order.shop;
    case ExternalIdColumn: return order.externalId;
    case PaymentColumn: return order.paymentMethod;
    case TotalColumn: return Format::money(order.total);
    default: return {};
    }
}

QVariant OrderTableModel::sortValue(const Order &order, int column) const
{
    switch (column) {
    case DateColumn: return order.orderedAt;
    case StatusColumn: return orderStatusKey(order.status);
    case TotalColumn: return order.total.minorUnits();
    default: return displayValue(order, column);
    }
}

} // namespace Kontor::Ui
