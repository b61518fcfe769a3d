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

/// Tax of an order at one rate, as the shop reported it.
struct TaxAmount
{
    int rate = -1;            ///< basis points; -1 when the shop did not say
    Money amount;

    friend bool operator==(const TaxAmount &, const TaxAmount &) = default;
};

/// "1900:304;-1:12": the storage form of an order's taxes.
QString taxAmountsToStorage(const std::vector<TaxAmount> &taxes);
std::vector<TaxAmount> taxAmountsFromStorage(QStringView text, Currency currency);

struct Order
{
    OrderId id;
    QString number;           ///< Kontor's number, assigned on creation when empty
    QString shop;             ///< the storefront it came from ("manual" for phone orders)
    QString externalId;       ///< the shop's own order id: (shop, externalId) is unique
    QString shopOrderId;      ///< the shop system's id, unique across shops; empty if unknown
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

    // What the shop says about an imported order (empty or zero for orders entered here).
    QString financialStatus;  ///< the shop's payment state: "paid", "partially_refunded", …
    QString fulfilment;       ///< "fulfilled", "unfulfilled", "partial", "restocked", …
    Money discount;           ///< all discounts the shop granted, gross
    Money tip;                ///< tips: in the total, passed on, not revenue
    Money refunded;           ///< cumulative
    Money paid;               ///< what the customer paid, cumulative (refunds not taken off)
    QDateTime paidAt;         ///< when it was paid (the first payment of a partly paid order)
    QDateTime cancelledAt;
    std::vector<TaxAmount> taxes; ///< per rate as the shop reported; empty: from the lines
    bool withdrawn = false;   ///< its import was undone: bookings reversed, stock back
    quint64 fingerprint = 0;  ///< of the records it was imported from
    ImportBatchId importBatch;///< the import run that last changed it
};

/// What importing an order as the shop states it now does to the books.
enum class ImportChange {
    New,       ///< not in the books (or its import was undone): inserted and booked
    Unchanged, ///< nothing the books know of changed (perhaps an address or a note)
    Updated,   ///< its state: paid, refunded, cancelled, fulfilled, restocked, booked once
    Edited,    ///< its lines or amounts: it is booked anew (OrderService::rebookEdited)
};

/// An order as an import found it, for an undo to give back: its import state (status,
/// payment, refunds, fulfilment) and, when the shop had edited it, its amounts and lines too.
struct PreviousOrder
{
    Order order;
    /// The shop changed its lines or amounts, and the import booked it anew.
    bool edited = false;
};

} // namespace Kontor
