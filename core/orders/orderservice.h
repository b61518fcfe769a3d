// SPDX-FileCopyrightText: 2026 The Kontor authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "orderrepository.h"

#include "common/actor.h"

#include <QHash>
#include <QObject>

namespace Kontor {

class AccountingService;
class AuditLog;
class NumberSeries;
class StockService;

/// Warehouse that stock lines are taken from, and the accounts an order posts to.
struct OrderPostingSetup
{
    WarehouseId warehouse;
    QString receivableAccount = QStringLiteral("1400");
    QString bankAccount = QStringLiteral("1200");
    QString inventoryAccount = QStringLiteral("3980");
    QString costOfGoodsAccount = QStringLiteral("3200");
    int shippingVatRate = 1900;
    /// VAT rate (basis points) → revenue account and output VAT account.
    QHash<int, QString> revenueAccounts = {{1900, QStringLiteral("8400")},
                                           {700, QStringLiteral("8300")},
                                           {0, QStringLiteral("8120")}};
    QHash<int, QString> vatAccounts = {{1900, QStringLiteral("1776")},
                                       {700, QStringLiteral("1771")}};
};

/**
 * The rules about orders. Creating an order checks that its amounts add up, takes stock lines
 * out of stock and posts the order (receivable, revenue per VAT rate, VAT, cost of goods) —
 * and, when it is paid, the payment — all in one transaction with its audit rows.
 */
class OrderService final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OrderService)
public:
    OrderService(Database &db, OrderRepository &repository, StockService &stock,
                 AccountingService &accounting, NumberSeries &numbers, AuditLog &audit,
                 QObject *parent = nullptr);

    OrderRepository &repository() { return m_repository; }
    void setPostingSetup(const OrderPostingSetup &setup) { m_setup = setup; }
    const OrderPostingSetup &postingSetup() const { return m_setup; }

    /// Fills each line's net, tax and gross from quantity, unit price, discount and VAT rate,
    /// and the order's totals from its lines and its (gross) shipping at shippingVatRate.
    static Result<void> computeAmounts(Order &order, int shippingVatRate);

    Result<OrderId> create(const Actor &actor, Order order);

private:
    Status postOrder(const Actor &actor, const Order &order);
    Status postCostOfGoods(const Actor &actor, const Order &order, Money cost);
    Status postPayment(const Actor &actor, const Order &order);
    Result<QString> revenueAccount(int vatRate) const;
    Result<QString> vatAccount(int vatRate) const;

public:
Q_SIGNALS:
    void orderCreated(Kontor::OrderId id);

private:
    Database &m_db;
    OrderRepository &m_repository;
    StockService &m_stock;
    AccountingService &m_accounting;
    NumberSeries &m_numbers;
    AuditLog &m_audit;
    OrderPostingSetup m_setup;
};

} // namespace Kontor
