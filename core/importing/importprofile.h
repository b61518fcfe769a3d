// SPDX-FileCopyrightText: 2026 The Kontor authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "csvreader.h"
#include "importedorder.h"

#include "common/money.h"
#include "common/result.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QStringList>
#include <QTimeZone>

#include <optional>
#include <vector>

namespace Kontor {

/// Kontor's side of a column mapping: what a column of the file means. One list, in one place
/// (importprofile.cpp), with its JSON key ("order.total", "line.sku") and a translated label.
enum class ImportField {
    // Order level: read from an order's first record.
    OrderKey,               ///< groups records into orders and identifies the order; required
    Email,
    CustomerName,
    Company,
    Phone,
    Street,
    Zip,
    City,
    Country,
    CreatedAt,              ///< required
    PaidAt,
    FulfilledAt,
    CancelledAt,
    Currency,               ///< else the profile's currency
    FinancialStatus,        ///< mapped through the profile's status words
    FulfilmentStatus,
    Subtotal,
    Shipping,
    Taxes,
    Total,                  ///< required
    Discount,
    DiscountCodes,
    Refunded,
    ShippingMethod,
    PaymentMethod,
    PaymentReference,
    Note,
    // Line level: read from every record.
    LineName,               ///< required
    LineSku,
    LineQuantity,
    LineUnitPrice,
    LineDiscount,
    LineRequiresShipping,
    LineTaxable,
    LineVatRate,
    LineFulfilmentStatus,
};

struct ImportFieldInfo
{
    ImportField field;
    const char *key;        ///< in profile files: "order.total"
    bool lineLevel;
    bool required;
};

/// Every field, in the order the mapping editor shows them.
const std::vector<ImportFieldInfo> &importFields();
std::optional<ImportField> importFieldFromKey(QStringView key);
QString importFieldKey(ImportField field);
/// Translated label for the mapping editor: "Order total".
QString importFieldLabel(ImportField field);

/**
 * How to read one shop's order export: a declarative description, stored as JSON. The built-in
 * profiles (Shopify, WooCommerce) are JSON files in the resources; users save their own.
 *
 * JSON keys: "id", "name", "encoding" ("auto" or a name), "delimiter" ("auto" or the character),
 * "decimal_separator", "thousands_separator", "date_formats" (QDateTime formats, tried in
 * order), "time_zone" (for dates without an offset: "+02:00" or an IANA name), "currency"
 * (when no column says), "order_key", "columns" (field key → header name),
 * "tax_columns" (pairs of name and value headers), "financial_status" / "cancelled_status"
 * (status word → meaning), "tip_names", "prices_include_tax" ("auto", true, false),
 * "detect" (headers that identify the export), "refuse" (how to tell an export that is not
 * an orders export, with the message to give).
 */
struct ImportProfile
{
    Q_DECLARE_TR_FUNCTIONS(Kontor::ImportProfile)
public:
    QString id;                             ///< "shopify"; a file name stem for custom profiles
    QString name;                           ///< shown to people
    std::optional<TextEncoding> encoding;   ///< unset: detect
    std::optional<char> delimiter;          ///< unset: detect
    DecimalFormat decimalFormat = DecimalFormat::Auto;
    QStringList dateFormats;
    QTimeZone timeZone;                     ///< invalid: the system's local zone
    Currency currency;                      ///< invalid: the company's base currency
    QHash<ImportField, QString> columns;    ///< field → header name
    std::vector<std::pair<QString, QString>> taxColumns;
    /// A status word of the file (lower-cased: "completed", "on hold", "paid") → its meaning.
    struct StatusMeaning
    {
        FinancialStatus status = FinancialStatus::Pending;
        bool cancelled = false;
    };
    QHash<QString, StatusMeaning> statusWords;
    QStringList tipNames;
    std::optional<bool> pricesIncludeTax;   ///< unset: infer per order from the totals
    QStringList detectHeaders;              ///< all present → this profile matches the header

    static Result<ImportProfile> fromJson(const QByteArray &json, const QString &fileName);
    static Result<ImportProfile> load(const QString &path);
    QByteArray toJson() const;
    Status save(const QString &path) const;

    /// The built-in profiles, read from the resources.
    static const std::vector<ImportProfile> &builtIns();
    static std::optional<ImportProfile> builtIn(QStringView id);
    /// The built-in profile whose detect headers are all in header, if one is.
    static std::optional<ImportProfile> detect(const QStringList &header);
};

} // namespace Kontor
