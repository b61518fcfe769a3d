// SPDX-FileCopyrightText: 2026 The Kontor authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "order.h"

#include "common/result.h"
#include "persistence/listquery.h"

#include <functional>
#include <optional>
#include <utility>
#include <vector>

namespace Kontor {

class Database;

/// All SQL about orders and their lines.
class OrderRepository
{
public:
    enum OrderSort { OrderByNumber, OrderByDate, OrderByCustomer, OrderByStatus, OrderByTotal };
    enum LineSort { LineByOrder, LineBySku, LineByGross };

    explicit OrderRepository(Database &db);

    /// Writes the order and its lines; returns the order id. Line ids are not reported.
    Result<OrderId> insert(const Order &order);
    /// Writes the orders and their lines with few statements; returns their ids in order.
    Result<std::vector<OrderId>> insert(const std::vector<const Order *> &orders);
    Result<std::optional<Order>> find(OrderId id);
    Result<std::optional<OrderId>> findByExternalId(const QString &shop, const QString &externalId);

    struct Fingerprint
    {
        OrderId id;
        quint64 fingerprint = 0;
        bool withdrawn = false;
    };
    /// What tells an imported order unchanged on re-import, without reading the order.
    Result<std::optional<Fingerprint>> fingerprintOf(const QString &shop, const QString &externalId);
    /// Calls seen(externalId, fingerprint) for every order of the shop that a re-import may find
    /// unchanged (imported, not withdrawn), in one pass over the orders.
    Status forEachFingerprint(const QString &shop,
                              const std::function<void(QStringView externalId, quint64)> &seen);
    /// Writes the status and what the shop said (financial status, fulfilment, refunds, …).
    Status updateImportState(const Order &order);
    /// Writes every field of an existing order and replaces its lines (an undone import that
    /// is imported again).
    Status replace(const Order &order);
    Result<std::vector<OrderLine>> linesOf(OrderId id);
    /// Marks the orders withdrawn and cancelled (an import taken back); their numbers, in order.
    Result<QStringList> withdraw(const std::vector<OrderId> &ids);

    /// Orders; filter text: an order number or external id prefix, or customer name words.
    Result<qint64> count(const ListFilter &filter);
    Result<std::vector<Order>> page(const ListFilter &filter, const ListSort &sort, qint64 offset,
                                    int limit);

    /// All order lines; filter text: an order number or SKU prefix.
    Result<qint64> countLines(const ListFilter &filter);
    Result<std::vector<OrderLine>> linePage(const ListFilter &filter, const ListSort &sort,
                                            qint64 offset, int limit);

private:
    using OrderLineOf = std::pair<OrderId, const OrderLine *>;
    Status insertLines(const std::vector<OrderLineOf> &lines);

    Database &m_db;
    ListQuery m_orders;
    ListQuery m_lines;
};

} // namespace Kontor
