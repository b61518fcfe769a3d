// SPDX-FileCopyrightText: 2026 The Kontor authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "orders/order.h"
#include "stock/stock.h"

#include <QDateTime>
#include <QString>

#include <vector>

namespace Kontor {
class Company;
}

namespace Kontor::Test {

/// An article as a test needs it: tracked, 19 %, EUR, unless told otherwise. Amounts in cents.
class ArticleBuilder
{
public:
    explicit ArticleBuilder(QString sku);

    ArticleBuilder &name(QString name);
    ArticleBuilder &salesPrice(qint64 grossMinor);
    ArticleBuilder &purchasePrice(qint64 netMinor);
    ArticleBuilder &vatRate(int basisPoints);
    ArticleBuilder &untracked();

    Article build() const;
    /// Creates the article through the stock service; qFatal when that fails (test setup only).
    ArticleId create(Company &company) const;

private:
    Article m_article;
};

/// Books a receipt of units into warehouse (the company's main one when invalid); qFatal on
/// failure.
void receiveStock(Company &company, ArticleId article, qint64 units, WarehouseId warehouse = {});
/// The warehouse orders ship from unless they say otherwise.
WarehouseId mainWarehouse(Company &company);

/// An order from the shop "test-shop", EUR, prices including tax, status open, unless told
/// otherwise. Amounts are in minor units of the order's currency.
class OrderBuilder
{
public:
    explicit OrderBuilder(QString externalId = QStringLiteral("T-1"));

    OrderBuilder &shop(QString shop);
    OrderBuilder &externalId(QString externalId);
    OrderBuilder &currency(Currency currency);
    OrderBuilder &pricesExcludeTax();
    OrderBuilder &status(OrderStatus status);
    OrderBuilder &shipping(qint64 grossMinor);
    OrderBuilder &customer(CustomerId customer);
    OrderBuilder &warehouse(WarehouseId warehouse);
    OrderBuilder &orderedAt(QDateTime when);
    OrderBuilder &paymentMethod(QString method);
    /// A line of an article, described by its id.
    OrderBuilder &line(ArticleId article, qint64 quantity, qint64 unitPrice, int vatRate = 1900,
        qint64 discount = 0);
    /// A line without an article (a fee, a service).
    OrderBuilder &serviceLine(
        QString description, qint64 unitPrice, int vatRate = 1900, qint64 quantity = 1);

    Order build() const;

private:
    struct LineSpec
    {
        ArticleId article;
        QString description;
        qint64 quantity;
        qint64 unitPrice;
        int vatRate;
        qint64 discount;
    };
    Order m_order;
    qint64 m_shipping = 0;
    std::vector<LineSpec> m_lines;
};

} // namespace Kontor::Test
