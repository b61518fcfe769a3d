// SPDX-FileCopyrightText: 2026 The Kontor authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "orderlinetablemodel.h"

#include "common/format.h"

#include "orders/orderservice.h"

namespace Kontor::Ui {

OrderLineTableModel::OrderLineTableModel(OrderService &orders, const Actor &actor, Scope scope,
                                         QObject *parent)
    : PagedTableModel(orders.orderLines(actor), ColumnCount, scope, parent)
{
    setDefaultSort(OrderColumn, Qt::AscendingOrder);
    // Lines are written with their order and never change on their own.
    connect(&orders, &OrderService::orderCreated, this, [this](OrderId id) {
        if (filter().scopeId <= 0 || filter().scopeId == id.value())
            noteChange(Change::Rows);
    });
}

OrderLineTableModel::~OrderLineTableModel() = default;

int OrderLineTableModel::sortKeyForColumn(int column) const
{
    switch (column) {
    case OrderColumn: return OrderRepository::LineByOrder;
    case SkuColumn: return OrderRepository::LineBySku;
    case GrossColumn: return OrderRepository::LineByGross;
    default: return -1;
    }
}

QString OrderLineTableModel::columnTitle(int column) const
{
    switch (column) {
    case OrderColumn: return tr("Order");
    //: Column header: the line's position in its order
    case LineColumn: return tr("Pos.");
    case SkuColumn: return tr("SKU");
    case DescriptionColumn: return tr("Description");
    case QuantityColumn: return tr("Quantity");
    case UnitPriceColumn: return tr("Unit price");
    case DiscountColumn: return tr("Discount");
    case VatColumn: return tr("VAT");
    case NetColumn: return tr("Net");
    case GrossColumn: return tr("Gross");
    default: return {};
    }
}

Qt::Alignment OrderLineTableModel::columnAlignment(int column) const
{
    switch (column) {
    case OrderColumn:
    case SkuColumn:
    case DescriptionColumn:
        return Qt::AlignLeft | Qt::AlignVCenter;
    default:
        return Qt::AlignRight | Qt::AlignVCenter;
    }
}

QVariant OrderLineTableModel::displayValue(const OrderLine &line, int column) const
{
    switch (column) {
    case OrderColumn: return line.orderNumber;
    case LineColumn: return line.lineNo;
    case SkuColumn: return line.sku;
    case DescriptionColumn: return line.description;
    case QuantityColumn: return Format::quantity(line.quantity);
    case UnitPriceColumn: return Format::money(line.unitPrice);
    case DiscountColumn: return Format::moneyOrBlank(line.discount);
    case VatColumn: return Format::percent(line.vatRate);
    case NetColumn: return Format::money(line.net);
    case GrossColumn: return Format::money(line.gross);
    default: return {};
    }
}

QVariant OrderLineTableModel::sortValue(const OrderLine &line, int column) const
{
    switch (column) {
    case QuantityColumn: return line.quantity.units();
    case UnitPriceColumn: return line.unitPrice.minorUnits();
    case DiscountColumn: return line.discount.minorUnits();
    case VatColumn: return line.vatRate;
    case NetColumn: return line.net.minorUnits();
    case GrossColumn: return line.gross.minorUnits();
    default: return displayValue(line, column);
    }
}

} // namespace Kontor::Ui
