// SPDX-FileCopyrightText: 2026 The Kontor authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/ids.h"
#include "common/money.h"
#include "common/quantity.h"

#include <QDateTime>
#include <QString>

#include <vector>

namespace Kontor {

enum class OrderStatus { Open, Paid, Shipped, Completed, Cancelled, Refunded };

QString orderStatusKey(OrderStatus status);
OrderStatus orderStatusFromKey(const QString &key);
/// Translated, for people.
QString orderStatusName(OrderStatus status);

struct OrderLine
{
    OrderLineId id;
    OrderId order;
    int lineNo = 0;
    ArticleId article;        ///< invalid for non-stock lines (services, fees)
    QString sku;
    QString description;
    Quantity quantity;
    Money unitPrice;          ///< as quoted: gross when the order's prices include tax
    Money discount;           ///< on the whole line, same basis as unitPrice
    int vatRate = 1900;       ///< basis points
    Money net;
    Money tax;
    Money gross;
    QString orderNumber;      ///< filled by list queries
};

struct Order
{
    OrderId id;
    QString number;           ///< Kontor's number, assigned on creation when empty
    QString shop;             ///< the storefront it came from ("manual" for phone orders)
    QString externalId;       ///< the shop's own order id: (shop, externalId) is unique
    CustomerId customer;
    QString customerName;     ///< filled by list queries
    QDateTime orderedAt;
    OrderStatus status = OrderStatus::Open;
    Currency currency;
    bool pricesIncludeTax = true;
    Money net;
    Money tax;
    Money shipping;           ///< gross, taxed at the posting setup's shipping rate
    Money total;              ///< gross, everything included
    QString paymentMethod;
    QString paymentReference;
    QString note;
    WarehouseId warehouse;    ///< ships from; the posting setup's warehouse when invalid
    std::vector<OrderLine> lines;
};

} // namespace Kontor
