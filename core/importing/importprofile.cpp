// SPDX-FileCopyrightText: 2026 The Kontor authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "importprofile.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QLocale>
#include <QSaveFile>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace Kontor {

namespace {

using F = ImportField;

// The one list of fields: JSON key, level, required. Labels are in importFieldLabel().
const std::vector<ImportFieldInfo> fieldTable = {
    {F::OrderKey, "order.key", false, true},
    {F::ShopOrderId, "order.shop_order_id", false, false},
    {F::Email, "order.email", false, false},
    {F::CustomerName, "order.customer_name", false, false},
    {F::Company, "order.company", false, false},
    {F::Phone, "order.phone", false, false},
    {F::Street, "order.street", false, false},
    {F::Zip, "order.zip", false, false},
    {F::City, "order.city", false, false},
    {F::Country, "order.country", false, false},
    {F::CreatedAt, "order.created_at", false, true},
    {F::PaidAt, "order.paid_at", false, false},
    {F::FulfilledAt, "order.fulfilled_at", false, false},
    {F::CancelledAt, "order.cancelled_at", false, false},
    {F::Currency, "order.currency", false, false},
    {F::FinancialStatus, "order.financial_status", false, false},
    {F::FulfilmentStatus, "order.fulfilment_status", false, false},
    {F::Subtotal, "order.subtotal", false, false},
    {F::Shipping, "order.shipping", false, false},
    {F::Taxes, "order.taxes", false, false},
    {F::Total, "order.total", false, true},
    {F::Discount, "order.discount", false, false},
    {F::DiscountCodes, "order.discount_codes", false, false},
    {F::Refunded, "order.refunded", false, false},
    {F::Outstanding, "order.outstanding", false, false},
    {F::ShippingMethod, "order.shipping_method", false, false},
    {F::PaymentMethod, "order.payment_method", false, false},
    {F::PaymentReference, "order.payment_reference", false, false},
    {F::Note, "order.note", false, false},
    {F::LineName, "line.name", true, true},
    {F::LineSku, "line.sku", true, false},
    {F::LineQuantity, "line.quantity", true, false},
    {F::LineUnitPrice, "line.unit_price", true, false},
    {F::LineDiscount, "line.discount", true, false},
    {F::LineRequiresShipping, "line.requires_shipping", true, false},
    {F::LineTaxable, "line.taxable", true, false},
    {F::LineVatRate, "line.vat_rate", true, false},
    {F::LineFulfilmentStatus, "line.fulfilment_status", true, false},
};

// Messages of the built-in profiles' refuse rules: listed here so that lupdate offers them for
// translation; refusal() looks the profile's English text up under the same context.
[[maybe_unused]] constexpr const char *knownRefusals[] = {
    QT_TRANSLATE_NOOP("Kontor::ImportProfile",
                      "This is a Shopify abandoned-checkouts export, not an orders export: it "
                      "lists checkouts that customers left without ordering. Export the orders "
                      "from Shopify's Orders page instead."),
};

const QString keyVersion = QStringLiteral("version");
const QString keyId = QStringLiteral("id");
const QString keyName = QStringLiteral("name");
const QString keyEncoding = QStringLiteral("encoding");
const QString keyDelimiter = QStringLiteral("delimiter");
const QString keyDecimal = QStringLiteral("decimal_separator");
const QString keyDateFormats = QStringLiteral("date_formats");
const QString keyDateLocale = QStringLiteral("date_locale");
const QString keyTimeZone = QStringLiteral("time_zone");
const QString keyCurrency = QStringLiteral("currency");
const QString keyColumns = QStringLiteral("columns");
const QString keyTaxColumns = QStringLiteral("tax_columns");
const QString keyFinancial = QStringLiteral("financial_status");
const QString keyCancelled = QStringLiteral("cancelled_status");
const QString keyOther = QStringLiteral("other_status");
const QString keyTips = QStringLiteral("tip_names");
const QString keyPricesIncludeTax = QStringLiteral("prices_include_tax");
const QString keyOrderRows = QStringLiteral("order_rows");
const QString keyVatDivisor = QStringLiteral("vat_rate_divisor");
const QString keyDetect = QStringLiteral("detect");
const QString keyRefuse = QStringLiteral("refuse");


QString headerKey(const QString &header)
{
    return header.trimmed().toCaseFolded();
}

QSet<QString> headerSet(const QStringList &header)
{
    QSet<QString> set;
    set.reserve(header.size());
    for (const QString &h : header)
        set.insert(headerKey(h));
    return set;
}

// "+02:00", "-0300", "+2", "UTC", "UTC+01:00", "GMT-5" → seconds east of UTC.
std::optional<int> parseOffsetText(QStringView text)
{
    text = text.trimmed();
    if (text.startsWith(u"UTC", Qt::CaseInsensitive)
        || text.startsWith(u"GMT", Qt::CaseInsensitive))
        text = text.sliced(3);
    if (text.isEmpty())
        return 0;
    if (text[0] != u'+' && text[0] != u'-')
        return std::nullopt;
    const int sign = text[0] == u'-' ? -1 : 1;
    QStringView rest = text.sliced(1);
    QString digits;
    for (QChar c : rest) {
        if (c == u':')
            continue;
        if (c < u'0' || c > u'9')
            return std::nullopt;
        digits += c;
    }
    int hours = 0, minutes = 0;
    if (digits.size() == 1 || digits.size() == 2) {
        hours = digits.toInt();
    } else if (digits.size() == 3 || digits.size() == 4) {
        hours = digits.left(digits.size() - 2).toInt();
        minutes = digits.right(2).toInt();
    } else {
        return std::nullopt;
    }
    if (hours > 14 || minutes > 59)
        return std::nullopt;
    return sign * (hours * 3600 + minutes * 60);
}

QString offsetText(int seconds)
{
    const QChar sign = seconds < 0 ? u'-' : u'+';
    const int absolute = std::abs(seconds);
    return sign + QStringLiteral("%1:%2")
                      .arg(absolute / 3600, 2, 10, QLatin1Char('0'))
                      .arg((absolute % 3600) / 60, 2, 10, QLatin1Char('0'));
}

QString timeZoneText(const QTimeZone &zone)
{
    const QString id = QString::fromUtf8(zone.id());
    if (id == u"UTC")
        return id;
    if (id.startsWith(u"UTC"))
        return offsetText(zone.offsetFromUtc(QDateTime::currentDateTimeUtc()));
    return id;
}

std::optional<QTimeZone> parseTimeZone(const QString &text)
{
    if (text.trimmed().compare(u"UTC", Qt::CaseInsensitive) == 0)
        return QTimeZone::utc();
    if (const auto offset = parseOffsetText(text))
        return *offset == 0 ? QTimeZone::utc() : QTimeZone(*offset);
    QTimeZone zone(text.trimmed().toUtf8());
    if (zone.isValid())
        return zone;
    return std::nullopt;
}

/// Reads one profile object, collecting the first error.
class JsonReader
{
public:
    explicit JsonReader(QString fileName) : m_fileName(std::move(fileName)) { }

    Error error(const QString &message) const
    {
        return Error{message, m_fileName, 0, 0, {}};
    }

    std::optional<Error> failure;

    void fail(const QString &message)
    {
        if (!failure)
            failure = error(message);
    }

    QString string(const QJsonObject &o, const QString &key)
    {
        const QJsonValue v = o.value(key);
        if (!v.isString()) {
            fail(ImportProfile::tr("The key '%1' must hold a text.").arg(key));
            return {};
        }
        return v.toString();
    }

    QStringList strings(const QJsonValue &v, const QString &key)
    {
        QStringList list;
        if (!v.isArray()) {
            fail(ImportProfile::tr("The key '%1' must hold a list of texts.").arg(key));
            return list;
        }
        for (const QJsonValue &item : v.toArray()) {
            if (!item.isString() || item.toString().trimmed().isEmpty()) {
                fail(ImportProfile::tr("The key '%1' must hold a list of texts that are not empty.")
                         .arg(key));
                return {};
            }
            list.append(item.toString());
        }
        return list;
    }

private:
    QString m_fileName;
};

QJsonArray toArray(const QStringList &list)
{
    QJsonArray array;
    for (const QString &s : list)
        array.append(s);
    return array;
}

} // namespace

const std::vector<ImportFieldInfo> &importFields()
{
    return fieldTable;
}

std::optional<ImportField> importFieldFromKey(QStringView key)
{
    for (const ImportFieldInfo &info : fieldTable)
        if (key == QLatin1StringView(info.key))
            return info.field;
    return std::nullopt;
}

QString importFieldKey(ImportField field)
{
    for (const ImportFieldInfo &info : fieldTable)
        if (info.field == field)
            return QString::fromLatin1(info.key);
    Q_UNREACHABLE();
    return {};
}

const QStringList &ImportProfile::defaultDateFormats()
{
    static const QStringList formats = {QStringLiteral("yyyy-MM-dd HH:mm:ss"),
                                        QStringLiteral("yyyy-MM-dd HH:mm"),
                                        QStringLiteral("yyyy-MM-dd")};
    return formats;
}

QString importFieldLabel(ImportField field)
{
    switch (field) {
    case F::OrderKey: return ImportProfile::tr("Order number");
    case F::ShopOrderId: return ImportProfile::tr("Shop's order ID");
    case F::Email: return ImportProfile::tr("Customer e-mail");
    case F::CustomerName: return ImportProfile::tr("Customer name");
    case F::Company: return ImportProfile::tr("Company");
    case F::Phone: return ImportProfile::tr("Phone");
    case F::Street: return ImportProfile::tr("Street");
    case F::Zip: return ImportProfile::tr("Postcode");
    case F::City: return ImportProfile::tr("City");
    case F::Country: return ImportProfile::tr("Country");
    case F::CreatedAt: return ImportProfile::tr("Order date");
    case F::PaidAt: return ImportProfile::tr("Paid at");
    case F::FulfilledAt: return ImportProfile::tr("Fulfilled at");
    case F::CancelledAt: return ImportProfile::tr("Cancelled at");
    case F::Currency: return ImportProfile::tr("Currency");
    case F::FinancialStatus: return ImportProfile::tr("Payment status");
    case F::FulfilmentStatus: return ImportProfile::tr("Fulfilment status");
    case F::Subtotal: return ImportProfile::tr("Subtotal");
    case F::Shipping: return ImportProfile::tr("Shipping");
    case F::Taxes: return ImportProfile::tr("Taxes");
    case F::Total: return ImportProfile::tr("Order total");
    case F::Discount: return ImportProfile::tr("Discount");
    case F::DiscountCodes: return ImportProfile::tr("Discount codes");
    case F::Refunded: return ImportProfile::tr("Refunded amount");
    case F::Outstanding: return ImportProfile::tr("Outstanding balance");
    case F::ShippingMethod: return ImportProfile::tr("Shipping method");
    case F::PaymentMethod: return ImportProfile::tr("Payment method");
    case F::PaymentReference: return ImportProfile::tr("Payment reference");
    case F::Note: return ImportProfile::tr("Note");
    case F::LineName: return ImportProfile::tr("Item name");
    case F::LineSku: return ImportProfile::tr("Item SKU");
    case F::LineQuantity: return ImportProfile::tr("Item quantity");
    case F::LineUnitPrice: return ImportProfile::tr("Item unit price");
    case F::LineDiscount: return ImportProfile::tr("Item discount");
    case F::LineRequiresShipping: return ImportProfile::tr("Item requires shipping");
    case F::LineTaxable: return ImportProfile::tr("Item taxable");
    case F::LineVatRate: return ImportProfile::tr("Item VAT rate");
    case F::LineFulfilmentStatus: return ImportProfile::tr("Item fulfilment status");
    }
    Q_UNREACHABLE();
    return {};
}

Result<ImportProfile> ImportProfile::fromJson(const QByteArray &json, const QString &fileName)
{
    JsonReader r(fileName);
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const qsizetype at = std::clamp<qsizetype>(parseError.offset, 0, json.size());
        Error e = r.error(tr("This is not a valid import profile: %1 (at character %2).")
                              .arg(parseError.errorString())
                              .arg(at));
        e.line = json.first(at).count('\n') + 1;
        return e;
    }
    if (!document.isObject())
        return r.error(tr("This is not a valid import profile: it must be one JSON object."));
    const QJsonObject o = document.object();

    static const QSet<QString> knownKeys = {
        keyVersion, keyId, keyName, keyEncoding, keyDelimiter, keyDecimal, keyDateFormats,
        keyDateLocale, keyTimeZone, keyCurrency, keyColumns, keyTaxColumns, keyFinancial,
        keyCancelled, keyOther, keyTips, keyPricesIncludeTax, keyOrderRows, keyVatDivisor,
        keyDetect, keyRefuse};
    for (auto it = o.begin(); it != o.end(); ++it)
        if (!knownKeys.contains(it.key()))
            return r.error(tr("The key '%1' is not one an import profile has; is it misspelt?")
                               .arg(it.key()));

    ImportProfile p;
    if (o.contains(keyVersion)) {
        const QJsonValue v = o.value(keyVersion);
        if (!v.isDouble() || v.toDouble() != 1.0)
            return r.error(tr("The key 'version' must be 1; this profile was written by a newer "
                              "Kontor or by hand with a mistake."));
    }

    for (const QString &key : {keyId, keyName})
        if (!o.contains(key))
            return r.error(tr("The key '%1' is missing.").arg(key));
    p.id = r.string(o, keyId).trimmed();
    p.name = r.string(o, keyName).trimmed();
    if (r.failure)
        return *r.failure;
    if (p.id.isEmpty() || p.name.isEmpty())
        return r.error(tr("The keys 'id' and 'name' must not be empty."));

    if (o.contains(keyEncoding)) {
        const QString text = r.string(o, keyEncoding);
        if (r.failure)
            return *r.failure;
        if (text.compare(u"auto", Qt::CaseInsensitive) != 0) {
            p.encoding = textEncodingFromName(text);
            if (!p.encoding)
                return r.error(tr("The key 'encoding' holds '%1', which is not an encoding Kontor "
                                  "reads (UTF-8, UTF-16LE, UTF-16BE, Windows-1252 or auto).")
                                   .arg(text));
        }
    }

    if (o.contains(keyDelimiter)) {
        const QString text = r.string(o, keyDelimiter);
        if (r.failure)
            return *r.failure;
        if (text.compare(u"tab", Qt::CaseInsensitive) == 0 || text == u"\t")
            p.delimiter = '\t';
        else if (text == u"," || text == u";" || text == u"|")
            p.delimiter = char(text[0].unicode());
        else if (text.compare(u"auto", Qt::CaseInsensitive) != 0)
            return r.error(tr("The key 'delimiter' holds '%1'; it must be one of , ; | tab or "
                              "auto.")
                               .arg(text));
    }

    if (o.contains(keyDecimal)) {
        const QString text = r.string(o, keyDecimal);
        if (r.failure)
            return *r.failure;
        if (text == u".")
            p.decimalFormat = DecimalFormat::Point;
        else if (text == u",")
            p.decimalFormat = DecimalFormat::Comma;
        else if (text.compare(u"auto", Qt::CaseInsensitive) == 0)
            p.decimalFormat = DecimalFormat::Auto;
        else
            return r.error(tr("The key 'decimal_separator' holds '%1'; it must be '.', ',' or "
                              "auto.")
                               .arg(text));
    }

    p.dateFormats = defaultDateFormats();
    if (o.contains(keyDateFormats)) {
        p.dateFormats = r.strings(o.value(keyDateFormats), keyDateFormats);
        if (r.failure)
            return *r.failure;
        if (p.dateFormats.isEmpty())
            return r.error(tr("The key 'date_formats' must list at least one date format."));
    }

    if (o.contains(keyDateLocale)) {
        p.dateLocale = r.string(o, keyDateLocale).trimmed();
        if (r.failure)
            return *r.failure;
        if (!p.dateLocale.isEmpty() && QLocale(p.dateLocale).language() == QLocale::C)
            return r.error(tr("The key 'date_locale' holds '%1', which is not a locale name such "
                              "as de or en_GB.")
                               .arg(p.dateLocale));
    }

    if (o.contains(keyTimeZone)) {
        const QString text = r.string(o, keyTimeZone);
        if (r.failure)
            return *r.failure;
        const auto zone = parseTimeZone(text);
        if (!zone)
            return r.error(tr("The key 'time_zone' holds '%1', which is neither an offset such "
                              "as +02:00 nor a time zone this computer knows.")
                               .arg(text));
        p.timeZone = *zone;
    }

    if (o.contains(keyCurrency)) {
        const QString text = r.string(o, keyCurrency);
        if (r.failure)
            return *r.failure;
        p.currency = Currency::fromCode(text);
        if (!p.currency.isValid())
            return r.error(tr("The key 'currency' holds '%1', which is not a currency code such "
                              "as EUR.")
                               .arg(text));
    }

    if (!o.value(keyColumns).isObject())
        return r.error(tr("The key 'columns' is missing or is not an object of field keys and "
                          "column headers."));
    const QJsonObject columns = o.value(keyColumns).toObject();
    for (auto it = columns.begin(); it != columns.end(); ++it) {
        const auto field = importFieldFromKey(it.key());
        if (!field)
            return r.error(tr("Under 'columns', '%1' is not a field Kontor knows (such as "
                              "order.total or line.sku).")
                               .arg(it.key()));
        QStringList headers;
        if (it.value().isString() && !it.value().toString().trimmed().isEmpty())
            headers = QStringList{it.value().toString()};
        else if (it.value().isArray())
            headers = r.strings(it.value(), it.key());
        if (r.failure)
            return *r.failure;
        if (headers.isEmpty())
            return r.error(tr("Under 'columns', the field '%1' must name a column header or a "
                              "list of them.")
                               .arg(it.key()));
        p.columns.insert(*field, headers);
    }
    for (const ImportFieldInfo &info : fieldTable)
        if (info.required && !p.columns.contains(info.field))
            return r.error(tr("Under 'columns', the required field '%1' (%2) is missing.")
                               .arg(QLatin1StringView(info.key), importFieldLabel(info.field)));

    if (o.contains(keyTaxColumns)) {
        if (!o.value(keyTaxColumns).isArray())
            return r.error(tr("The key 'tax_columns' must hold a list of objects with 'name' "
                              "and 'amount'."));
        for (const QJsonValue &v : o.value(keyTaxColumns).toArray()) {
            const QJsonObject pair = v.toObject();
            if (!v.isObject() || pair.size() != 2 || !pair.value(u"name").isString()
                || !pair.value(u"amount").isString())
                return r.error(tr("The key 'tax_columns' must hold a list of objects with 'name' "
                                  "and 'amount'."));
            p.taxColumns.emplace_back(pair.value(u"name").toString(),
                                      pair.value(u"amount").toString());
        }
    }

    auto addWord = [&](const QString &word, StatusMeaning meaning, const QString &key) {
        const QString lower = word.trimmed().toLower();
        if (lower.isEmpty()) {
            r.fail(tr("Under '%1', a status word is empty.").arg(key));
            return;
        }
        if (p.statusWords.contains(lower)) {
            r.fail(tr("The status word '%1' is listed twice.").arg(lower));
            return;
        }
        p.statusWords.insert(lower, meaning);
    };
    for (const QString &key : {keyFinancial, keyCancelled}) {
        if (!o.contains(key))
            continue;
        if (!o.value(key).isObject())
            return r.error(tr("The key '%1' must hold an object of status words and their "
                              "meaning.")
                               .arg(key));
        const QJsonObject words = o.value(key).toObject();
        const bool cancelled = key == keyCancelled;
        for (auto it = words.begin(); it != words.end(); ++it) {
            if (!it.value().isString())
                return r.error(tr("Under '%1', the word '%2' must have a text as its meaning.")
                                   .arg(key, it.key()));
            StatusMeaning meaning;
            meaning.cancelled = cancelled;
            const QString value = it.value().toString();
            if (!(cancelled && value.isEmpty())) {
                meaning.status = financialStatusFromKey(value);
                if (!meaning.status)
                    return r.error(tr("Under '%1', the word '%2' has the meaning '%3', which is "
                                      "not a payment status (paid, pending, authorized, "
                                      "partially_paid, partially_refunded, refunded, voided, "
                                      "expired).")
                                       .arg(key, it.key(), value));
            }
            addWord(it.key(), meaning, key);
        }
    }
    if (o.contains(keyOther))
        for (const QString &word : r.strings(o.value(keyOther), keyOther))
            addWord(word, StatusMeaning{}, keyOther);
    if (r.failure)
        return *r.failure;

    if (o.contains(keyTips)) {
        p.tipNames = r.strings(o.value(keyTips), keyTips);
        if (r.failure)
            return *r.failure;
    }

    if (o.contains(keyPricesIncludeTax)) {
        const QJsonValue v = o.value(keyPricesIncludeTax);
        if (v.isBool())
            p.pricesIncludeTax = v.toBool();
        else if (!(v.isString() && v.toString().compare(u"auto", Qt::CaseInsensitive) == 0))
            return r.error(tr("The key 'prices_include_tax' must be true, false or \"auto\"."));
    }

    if (o.contains(keyOrderRows)) {
        const QString text = r.string(o, keyOrderRows);
        if (r.failure)
            return *r.failure;
        if (text == u"first")
            p.orderRows = OrderRows::FirstRow;
        else if (text == u"repeated")
            p.orderRows = OrderRows::Repeated;
        else if (text == u"summed")
            p.orderRows = OrderRows::Summed;
        else
            return r.error(tr("The key 'order_rows' holds '%1'; it must be first, repeated or "
                              "summed.")
                               .arg(text));
    }

    if (o.contains(keyVatDivisor)) {
        const QJsonValue v = o.value(keyVatDivisor);
        const double d = v.toDouble();
        if (!v.isDouble() || d < 1 || d > 1e15 || std::floor(d) != d)
            return r.error(tr("The key 'vat_rate_divisor' must be a whole number of at least 1."));
        p.vatRateDivisor = qint64(d);
    }

    if (o.contains(keyDetect)) {
        p.detectHeaders = r.strings(o.value(keyDetect), keyDetect);
        if (r.failure)
            return *r.failure;
    }

    if (o.contains(keyRefuse)) {
        if (!o.value(keyRefuse).isArray())
            return r.error(tr("The key 'refuse' must hold a list of rules."));
        for (const QJsonValue &v : o.value(keyRefuse).toArray()) {
            const QJsonObject rule = v.toObject();
            RefuseRule refuse;
            for (auto it = rule.begin(); it != rule.end(); ++it) {
                if (it.key() == u"missing")
                    refuse.missing = r.strings(it.value(), QStringLiteral("refuse.missing"));
                else if (it.key() == u"present")
                    refuse.present = r.strings(it.value(), QStringLiteral("refuse.present"));
                else if (it.key() == u"message" && it.value().isString())
                    refuse.message = it.value().toString().trimmed();
                else
                    r.fail(tr("The key 'refuse.%1' is not one a refuse rule has.").arg(it.key()));
            }
            if (r.failure)
                return *r.failure;
            if (!v.isObject() || refuse.message.isEmpty()
                || (refuse.missing.isEmpty() && refuse.present.isEmpty()))
                return r.error(tr("Every rule under 'refuse' needs a 'message' and headers under "
                                  "'missing' or 'present'."));
            p.refuseRules.push_back(refuse);
        }
    }
    return p;
}

Result<ImportProfile> ImportProfile::load(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{tr("The import profile cannot be read: %1").arg(file.errorString()), path, 0,
                     0, {}};
    return fromJson(file.readAll(), path);
}

QByteArray ImportProfile::toJson() const
{
    QJsonObject o;
    o.insert(keyVersion, 1);
    o.insert(keyId, id);
    o.insert(keyName, name);
    o.insert(keyEncoding, encoding ? textEncodingName(*encoding) : QStringLiteral("auto"));
    o.insert(keyDelimiter,
             delimiter ? QString(QChar(char16_t(uchar(*delimiter)))) : QStringLiteral("auto"));
    switch (decimalFormat) {
    case DecimalFormat::Auto: o.insert(keyDecimal, QStringLiteral("auto")); break;
    case DecimalFormat::Point: o.insert(keyDecimal, QStringLiteral(".")); break;
    case DecimalFormat::Comma: o.insert(keyDecimal, QStringLiteral(",")); break;
    }
    o.insert(keyDateFormats, toArray(dateFormats));
    if (!dateLocale.isEmpty())
        o.insert(keyDateLocale, dateLocale);
    if (timeZone.isValid())
        o.insert(keyTimeZone, timeZoneText(timeZone));
    if (currency.isValid())
        o.insert(keyCurrency, currency.code());

    QJsonObject columnObject;
    for (auto it = columns.cbegin(); it != columns.cend(); ++it) {
        if (it.value().size() == 1)
            columnObject.insert(importFieldKey(it.key()), it.value().constFirst());
        else
            columnObject.insert(importFieldKey(it.key()), toArray(it.value()));
    }
    o.insert(keyColumns, columnObject);

    if (!taxColumns.empty()) {
        QJsonArray pairs;
        for (const auto &[nameHeader, amountHeader] : taxColumns)
            pairs.append(QJsonObject{{QStringLiteral("name"), nameHeader},
                                     {QStringLiteral("amount"), amountHeader}});
        o.insert(keyTaxColumns, pairs);
    }

    QJsonObject financial, cancelled;
    QStringList other;
    for (auto it = statusWords.cbegin(); it != statusWords.cend(); ++it) {
        const StatusMeaning &m = it.value();
        const QString status = m.status ? financialStatusKey(*m.status) : QString();
        if (m.cancelled)
            cancelled.insert(it.key(), status);
        else if (m.status)
            financial.insert(it.key(), status);
        else
            other.append(it.key());
    }
    if (!financial.isEmpty())
        o.insert(keyFinancial, financial);
    if (!cancelled.isEmpty())
        o.insert(keyCancelled, cancelled);
    if (!other.isEmpty()) {
        other.sort();
        o.insert(keyOther, toArray(other));
    }
    if (!tipNames.isEmpty())
        o.insert(keyTips, toArray(tipNames));
    if (pricesIncludeTax)
        o.insert(keyPricesIncludeTax, *pricesIncludeTax);
    else
        o.insert(keyPricesIncludeTax, QStringLiteral("auto"));
    switch (orderRows) {
    case OrderRows::FirstRow: o.insert(keyOrderRows, QStringLiteral("first")); break;
    case OrderRows::Repeated: o.insert(keyOrderRows, QStringLiteral("repeated")); break;
    case OrderRows::Summed: o.insert(keyOrderRows, QStringLiteral("summed")); break;
    }
    if (vatRateDivisor != 1)
        o.insert(keyVatDivisor, double(vatRateDivisor));
    if (!detectHeaders.isEmpty())
        o.insert(keyDetect, toArray(detectHeaders));
    if (!refuseRules.empty()) {
        QJsonArray rules;
        for (const RefuseRule &rule : refuseRules) {
            QJsonObject object{{QStringLiteral("message"), rule.message}};
            if (!rule.missing.isEmpty())
                object.insert(QStringLiteral("missing"), toArray(rule.missing));
            if (!rule.present.isEmpty())
                object.insert(QStringLiteral("present"), toArray(rule.present));
            rules.append(object);
        }
        o.insert(keyRefuse, rules);
    }
    return QJsonDocument(o).toJson(QJsonDocument::Indented);
}

Status ImportProfile::save(const QString &path) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error{tr("The import profile cannot be saved: %1").arg(file.errorString()), path, 0,
                     0, {}};
    const QByteArray json = toJson();
    if (file.write(json) != json.size() || !file.commit())
        return Error{tr("The import profile cannot be saved: %1").arg(file.errorString()), path, 0,
                     0, {}};
    return {};
}

bool ImportProfile::matches(const QStringList &header) const
{
    if (detectHeaders.isEmpty())
        return false;
    const QSet<QString> present = headerSet(header);
    return std::all_of(detectHeaders.cbegin(), detectHeaders.cend(),
                       [&](const QString &h) { return present.contains(headerKey(h)); });
}

std::optional<QString> ImportProfile::refusal(const QStringList &header) const
{
    if (refuseRules.empty())
        return std::nullopt;
    const QSet<QString> present = headerSet(header);
    for (const RefuseRule &rule : refuseRules) {
        const bool allMissing = std::none_of(rule.missing.cbegin(), rule.missing.cend(),
            [&](const QString &h) { return present.contains(headerKey(h)); });
        const bool allPresent = std::all_of(rule.present.cbegin(), rule.present.cend(),
            [&](const QString &h) { return present.contains(headerKey(h)); });
        if (allMissing && allPresent) {
            const QByteArray source = rule.message.toUtf8();
            return QCoreApplication::translate("Kontor::ImportProfile", source.constData());
        }
    }
    return std::nullopt;
}

const std::vector<ImportProfile> &ImportProfile::builtIns()
{
    static const std::vector<ImportProfile> profiles = [] {
        std::vector<ImportProfile> list;
        const QDir dir(QStringLiteral(":/kontor/importprofiles"));
        const QStringList files
            = dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
        for (const QString &name : files) {
            auto profile = load(dir.filePath(name));
            if (profile.ok())
                list.push_back(std::move(profile).value());
            else // a broken built-in is a programming error that tst_importprofile catches
                qWarning("Kontor: built-in import profile %s: %s", qPrintable(name),
                         qPrintable(profile.error().toString()));
        }
        return list;
    }();
    return profiles;
}

std::optional<ImportProfile> ImportProfile::builtIn(QStringView id)
{
    for (const ImportProfile &profile : builtIns())
        if (profile.id == id)
            return profile;
    return std::nullopt;
}

std::optional<ImportProfile> ImportProfile::detect(const QStringList &header)
{
    const ImportProfile *best = nullptr;
    for (const ImportProfile &profile : builtIns())
        if (profile.matches(header)
            && (!best || profile.detectHeaders.size() > best->detectHeaders.size()))
            best = &profile;
    if (!best)
        return std::nullopt;
    return *best;
}

} // namespace Kontor
