// SPDX-FileCopyrightText: 2026 The Kontor authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/money.h"
#include "common/quantity.h"
#include "common/result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QDateTime>
#include <QString>

#include <optional>
#include <vector>

namespace Kontor {

/// Where the money of an order stands, as the shop says. Shopify's values; other shops' status
/// words are mapped onto these by their profile.
enum class FinancialStatus {
    Pending,            ///< not paid yet (also: on hold, awaiting payment)
    Authorized,         ///< payment authorised, not captured
    PartiallyPaid,
    Paid,
    PartiallyRefunded,
    Refunded,
    Voided,             ///< authorisation voided: never paid
    Expired,            ///< authorisation expired: never paid
};

QString financialStatusKey(FinancialStatus status);           ///< "paid", "partially_refunded", …
std::optional<FinancialStatus> financialStatusFromKey(QStringView key);
/// Whether the shop received the whole amount at some point (paid, and refunded states).
bool isPaid(FinancialStatus status);

/// One tax amount of an order as the shop reports it ("VAT 19%", 3.04).
struct ImportedTax
{
    QString name;
    int rate = -1;                  ///< basis points read from the name ("19%" → 1900); -1 when none
    Money amount;
};

/// One line item of an order as the file states it.
struct ImportedLine
{
    qint64 fileLine = 0;            ///< physical line in the file
    QString sku;                    ///< empty: a line without an article (fee, service, tip)
    QString name;
    Quantity quantity{1};
    std::optional<Money> unitPrice; ///< as quoted (gross when prices include tax); unset when the
                                    ///< export has no price column
    Money discount;                 ///< on the whole line, not per unit
    bool requiresShipping = true;
    bool taxable = true;
    bool isTip = false;             ///< a tip: in the total, not in the subtotal, not revenue
    std::optional<int> vatRate;     ///< basis points, when the file states it per line
    QString fulfilmentStatus;       ///< "fulfilled", "pending", "restocked", … as the file says
};

/**
 * One order as an export file states it, read and checked by OrderReader, before Kontor books
 * it. Every amount is in the order's currency. Totals are the file's own; Kontor books them as
 * they are and does not recompute them from the lines.
 */
struct ImportedOrder
{
    QString fileName;
    qint64 firstLine = 0;           ///< physical lines of the order's first and last record
    qint64 lastLine = 0;

    QString key;                    ///< the shop's order id or name: with the shop, its identity
    QString email;                  ///< lower-cased
    QString customerName;
    QString company;
    QString phone;
    QString street;
    QString zip;
    QString city;
    QString country;                ///< as written (ISO-2 for Shopify)

    QDateTime createdAt;            ///< with the file's offset, or the profile's time zone
    QDateTime paidAt;
    QDateTime fulfilledAt;
    QDateTime cancelledAt;          ///< valid when the order is cancelled

    Currency currency;
    FinancialStatus financialStatus = FinancialStatus::Pending;
    bool cancelled = false;         ///< a cancelled order (cancelled-at set, or the status says so)
    QString fulfilmentStatus;       ///< "fulfilled", "unfulfilled", "partial", "restocked", …

    std::optional<Money> subtotal;  ///< lines after discounts, without shipping and tips
    Money shipping;                 ///< charged before shipping discounts
    Money taxes;                    ///< all tax, included in the prices or added on top
    Money total;                    ///< charged; not reduced by refunds
    Money discount;                 ///< all discounts, line, order and shipping
    Money refunded;                 ///< cumulative
    std::optional<Money> outstanding; ///< still owed, when the export says; negative: overpaid
    bool pricesIncludeTax = true;   ///< from the profile, or inferred from the totals

    QString discountCodes;
    QString shippingMethod;
    QString paymentMethod;
    QString paymentReference;
    QString note;
    /// The shop system's own id of the order when the export has one (Shopify's Id), unique
    /// across shops; empty when a spreadsheet has cut its digits off.
    QString shopOrderId;

    std::vector<ImportedTax> taxLines;
    std::vector<ImportedLine> lines;

    /// The order's records exactly as read (UTF-8, one per line, each ending in "\n"): written
    /// out again when the order is rejected. Its hash tells an unchanged order on re-import.
    QByteArray source;
    /// A 64-bit hash of source, stable across runs and platforms: sourceFingerprint(source).
    quint64 fingerprint = 0;
};

/// What the customer has paid for the order, as the shop says (refunds are not taken off): the
/// total less what is outstanding; without an outstanding balance, the whole total once it was
/// paid, and nothing of a partly paid order.
Money paidAmount(const ImportedOrder &order);

/// The fingerprint of an order's source: XXH64 with seed 0 over the bytes, computed by Kontor's
/// own code (not qHash, whose algorithm differs between Qt versions and CPUs), so a fingerprint
/// stored today still matches the same bytes read by a later Kontor on another machine.
quint64 sourceFingerprint(QByteArrayView source);

/// Why one order of a file was not imported, pointed at the cell that caused it.
struct ImportProblem
{
    QString fileName;
    qint64 line = 0;                ///< physical line
    QString column;                 ///< header name, empty when the whole order is meant
    QString value;                  ///< the cell as written
    QString message;                ///< translated, for a bookkeeper

    Error toError() const;
};

} // namespace Kontor
