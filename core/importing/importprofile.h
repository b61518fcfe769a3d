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
    ShopOrderId,            ///< the shop system's own id, unique across shops (Shopify's Id)
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
    Outstanding,            ///< what the customer still owes: what was paid of a partly paid order
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

inline size_t qHash(ImportField field, size_t seed = 0) noexcept
{
    return ::qHash(int(field), seed);
}

/**
 * How to read one shop's order export: a declarative description, stored as JSON. The built-in
 * profiles (Shopify, WooCommerce) are JSON files in the resources (resources/importprofiles);
 * users save their own. A profile file is one JSON object; every key but "id", "name" and
 * "columns" may be left out, and a key Kontor does not know is an error (a misspelt key must
 * not quietly change how money is read).
 *
 *  - "version": 1.
 *  - "id", "name": the profile's id (a file-name stem: "shopify") and the name shown to people.
 *  - "encoding": "auto" (byte-order mark, else UTF-8 when valid, else Windows-1252) or a name
 *    textEncodingFromName() knows ("UTF-8", "Windows-1252").
 *  - "delimiter": "auto" or the one character: ",", ";", "|", "\t" (or "tab").
 *  - "decimal_separator": "auto", "." (1,234.56) or "," (1.234,56); the other character then
 *    groups thousands. "auto" reads both and refuses an ambiguous "1,234".
 *  - "date_formats": Qt date-time formats ("yyyy-MM-dd HH:mm:ss"), tried in order. A UTC offset
 *    at the end of a date ("+0200", "-07:00", "UTC+1", "CET(UTC+1)", "GMT+2") is read first
 *    and kept in the QDateTime; the formats describe what stands before it. "MMM"/"MMMM" match
 *    month names of "date_locale" or English, with or without a final dot (and the first three
 *    or more letters of a month's name: "Sept.", "Mär"); "yy" is a year of this century.
 *  - "date_locale": a locale name for month names ("de"); empty: English.
 *  - "time_zone": for dates without an offset: "+02:00", "-03:00", "UTC" or an IANA name;
 *    absent: the computer's local time.
 *  - "currency": ISO 4217 code when no column names it; absent: the company's base currency.
 *  - "columns": field key (see importFields(): "order.total", "line.sku", …) → the header of
 *    its column, or an array of headers whose cells are combined: amounts are added up
 *    (["Net", "Tax"]), text is joined with a space (["First name", "Last name"]), status
 *    words are all read (see below), for anything else the first non-empty cell counts. Every required field (order.key, order.created_at, order.total,
 *    line.name) must be mapped; the columns of a required field must be in the file, the
 *    others are read when present.
 *  - "tax_columns": [{"name": "Tax 1 Name", "amount": "Tax 1 Value"}, …]: tax breakdown pairs.
 *  - "financial_status": {"status word": "paid" | "pending" | … (financialStatusKey)}: words of
 *    the status column(s), compared lower-cased and trimmed.
 *  - "cancelled_status": {"status word": "voided" | … | ""}: words that mean the order was
 *    cancelled, with the financial status it then has unless another status column tells it
 *    ("" tells none; the order is then voided when nothing else tells it).
 *  - "other_status": ["open", …]: words that say nothing about the money (an order state
 *    column read beside a payment state column). A status word the profile does not list
 *    rejects the order: guessing whether money arrived is not Kontor's to do.
 *  - "tip_names": line names that are tips ("Tip"): in the total, not in the subtotal.
 *  - "prices_include_tax": true, false or "auto": inferred per order (tax is added on top when
 *    total = subtotal + shipping − shipping discount + taxes + tips with taxes ≠ 0).
 *  - "order_rows": "first" (order fields on an order's first row only, blank on the others:
 *    Shopify), "repeated" (order fields repeated on every row: WooCommerce; read from the
 *    first, and the total must agree on every row) or "summed" (every row is one item carrying
 *    its own share of the order's amounts, which are added up).
 *  - "vat_rate_divisor": a line's VAT-rate cell divided by this is the rate in percent (Temu
 *    writes 19 % as 19000000: divisor 1000000). Default 1.
 *  - "detect": headers that are all present in this shop's exports (detect()).
 *  - "refuse": [{"missing": [headers], "present": [headers], "message": "…"}]: a file whose
 *    header lacks all "missing" and has all "present" headers is not an orders export and is
 *    refused at open with the message (translated when Kontor knows it).
 *
 * The SkyVerge "Customer/Order CSV Export" layout (one row per order, every item packed into
 * a `line_item_N` cell) cannot be described by a profile and is not supported yet.
 */
struct ImportProfile
{
    Q_DECLARE_TR_FUNCTIONS(Kontor::ImportProfile)
public:
    /// How an export writes an order of several lines.
    enum class OrderRows {
        FirstRow,   ///< order fields on the first row only, blank on the others (Shopify)
        Repeated,   ///< order fields repeated on every row (WooCommerce)
        Summed,     ///< every row is one item with its share of the order's amounts
    };
    /// What a status word of the file means. A word may tell the financial status, that the
    /// order was cancelled, both, or neither (an order state such as "open").
    struct StatusMeaning
    {
        std::optional<FinancialStatus> status;
        bool cancelled = false;
        friend bool operator==(const StatusMeaning &, const StatusMeaning &) = default;
    };
    /// A header that shows a file is not an orders export of this shop (Shopify's abandoned
    /// checkouts): every "missing" header absent and every "present" header there.
    struct RefuseRule
    {
        QStringList missing;
        QStringList present;
        QString message;                   ///< English; translated when Kontor knows it
        friend bool operator==(const RefuseRule &, const RefuseRule &) = default;
    };

    QString id;                             ///< "shopify"; a file name stem for custom profiles
    QString name;                           ///< shown to people
    std::optional<TextEncoding> encoding;   ///< unset: detect
    std::optional<char> delimiter;          ///< unset: detect
    DecimalFormat decimalFormat = DecimalFormat::Auto;
    QStringList dateFormats;
    QString dateLocale;                     ///< month names of this locale ("de"); empty: English
    QTimeZone timeZone;                     ///< invalid: the system's local zone
    Currency currency;                      ///< invalid: the company's base currency
    QHash<ImportField, QStringList> columns; ///< field → header name(s), combined as above
    std::vector<std::pair<QString, QString>> taxColumns; ///< (name header, amount header)
    /// A status word of the file (lower-cased: "completed", "on hold", "paid") → its meaning.
    QHash<QString, StatusMeaning> statusWords;
    QStringList tipNames;
    std::optional<bool> pricesIncludeTax;   ///< unset: infer per order from the totals
    OrderRows orderRows = OrderRows::FirstRow;
    qint64 vatRateDivisor = 1;
    QStringList detectHeaders;              ///< all present → this profile matches the header
    std::vector<RefuseRule> refuseRules;

    friend bool operator==(const ImportProfile &, const ImportProfile &) = default;

    /// The date formats of a profile that names none: ISO dates, with seconds, with minutes
    /// and without the time.
    static const QStringList &defaultDateFormats();

    static Result<ImportProfile> fromJson(const QByteArray &json, const QString &fileName);
    static Result<ImportProfile> load(const QString &path);
    QByteArray toJson() const;
    Status save(const QString &path) const;

    /// Whether every detect header is in header (compared trimmed, ignoring case); false
    /// when the profile has no detect headers.
    bool matches(const QStringList &header) const;
    /// The translated message of the first refuse rule that header meets, if one does.
    std::optional<QString> refusal(const QStringList &header) const;

    /// The built-in profiles, read from the resources.
    static const std::vector<ImportProfile> &builtIns();
    static std::optional<ImportProfile> builtIn(QStringView id);
    /// The built-in profile whose detect headers are all in header, if one is (the one with
    /// the most detect headers when several are).
    static std::optional<ImportProfile> detect(const QStringList &header);
};

} // namespace Kontor
