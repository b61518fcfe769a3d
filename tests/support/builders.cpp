// SPDX-FileCopyrightText: 2026 The Kontor authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "builders.h"

#include "testcompany.h"

#include "company/company.h"
#include "orders/orderservice.h"
#include "stock/stockservice.h"

#include <QTimeZone>

namespace Kontor::Test {

ArticleBuilder::ArticleBuilder(QString sku)
{
    m_article.sku = std::move(sku);
    m_article.name = QStringLiteral("Article ") + m_article.sku;
    m_article.salesPrice = Money(1190, Currency::eur());
    m_article.purchasePrice = Money(400, Currency::eur());
}

ArticleBuilder &ArticleBuilder::name(QString name)
{
    m_article.name = std::move(name);
    return *this;
}

ArticleBuilder &ArticleBuilder::salesPrice(qint64 grossMinor)
{
    m_article.salesPrice = Money(grossMinor, Currency::eur());
    return *this;
}

ArticleBuilder &ArticleBuilder::purchasePrice(qint64 netMinor)
{
    m_article.purchasePrice = Money(netMinor, Currency::eur());
    return *this;
}

ArticleBuilder &ArticleBuilder::vatRate(int basisPoints)
{
    m_article.vatRate = basisPoints;
    return *this;
}

ArticleBuilder &ArticleBuilder::untracked()
{
    m_article.stockTracked = false;
    return *this;
}

Article ArticleBuilder::build() const
{
    return m_article;
}

ArticleId ArticleBuilder::create(Company &company) const
{
    auto id = company.stock().createArticle(TestCompany::actor(), m_article);
    if (!id)
        qFatal("ArticleBuilder: %s", qPrintable(id.error().toString()));
    return *id;
}

WarehouseId mainWarehouse(Company &company)
{
    return company.orders().postingSetup().warehouse;
}

void receiveStock(Company &company, ArticleId article, qint64 units, WarehouseId warehouse)
{
    StockMovement receipt;
    receipt.article = article;
    receipt.warehouse = warehouse.isValid() ? warehouse : mainWarehouse(company);
    receipt.quantity = Quantity(units);
    receipt.kind = MovementKind::Receipt;
    receipt.occurredAt = QDateTime(QDate(2026, 1, 5), QTime(9, 0), QTimeZone::utc());
    receipt.reference = QStringLiteral("TEST-RECEIPT");
    if (auto id = company.stock().recordMovement(TestCompany::actor(), receipt); !id)
        qFatal("receiveStock: %s", qPrintable(id.error().toString()));
}

OrderBuilder::OrderBuilder(QString externalId)
{
    m_order.shop = QStringLiteral("test-shop");
    m_order.externalId = std::move(externalId);
    m_order.currency = Currency::eur();
    m_order.pricesIncludeTax = true;
    m_order.status = OrderStatus::Open;
    m_order.orderedAt = QDateTime(QDate(2026, 3, 14), QTime(10, 30), QTimeZone::utc());
}

OrderBuilder &OrderBuilder::shop(QString shop)
{
    m_order.shop = std::move(shop);
    return *this;
}

OrderBuilder &OrderBuilder::externalId(QString externalId)
{
    m_order.externalId = std::move(externalId);
    return *this;
}

OrderBuilder &OrderBuilder::currency(Currency currency)
{
    m_order.currency = currency;
    return *this;
}

OrderBuilder &OrderBuilder::pricesExcludeTax()
{
    m_order.pricesIncludeTax = false;
    return *this;
}

OrderBuilder &OrderBuilder::status(OrderStatus status)
{
    m_order.status = status;
    return *this;
}

OrderBuilder &OrderBuilder::shipping(qint64 grossMinor)
{
    m_shipping = grossMinor;
    return *this;
}

OrderBuilder &OrderBuilder::customer(CustomerId customer)
{
    m_order.customer = customer;
    return *this;
}

OrderBuilder &OrderBuilder::warehouse(WarehouseId warehouse)
{
    m_order.warehouse = warehouse;
    return *this;
}

OrderBuilder &OrderBuilder::orderedAt(QDateTime when)
{
    m_order.orderedAt = std::move(when);
    return *this;
}

OrderBuilder &OrderBuilder::paymentMethod(QString method)
{
    m_order.paymentMethod = std::move(method);
    return *this;
}

OrderBuilder &OrderBuilder::line(
    ArticleId article, qint64 quantity, qint64 unitPrice, int vatRate, qint64 discount)
{
    m_lines.push_back({ article, QStringLiteral("Article %1").arg(article.value()), quantity,
        unitPrice, vatRate, discount });
    return *this;
}

OrderBuilder &OrderBuilder::serviceLine(
    QString description, qint64 unitPrice, int vatRate, qint64 quantity)
{
    m_lines.push_back({ ArticleId(), std::move(description), quantity, unitPrice, vatRate, 0 });
    return *this;
}

Order OrderBuilder::build() const
{
    Order order = m_order;
    order.shipping = Money(m_shipping, order.currency);
    for (const LineSpec &spec : m_lines) {
        OrderLine line;
        line.article = spec.article;
        line.description = spec.description;
        line.quantity = Quantity(spec.quantity);
        line.unitPrice = Money(spec.unitPrice, order.currency);
        line.discount = Money(spec.discount, order.currency);
        line.vatRate = spec.vatRate;
        order.lines.push_back(line);
    }
    return order;
}

} // namespace Kontor::Test
