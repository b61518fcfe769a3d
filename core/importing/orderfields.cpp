// SPDX-FileCopyrightText: 2026 The Kontor authors
// SPDX-License-Identifier: GPL-3.0-or-later
// OrderReader, continued: reading the fields of one order, once its records are together.
#include "orderreader.h"

#include "orderreader_p.h"

namespace Kontor {

using namespace ImportCells;
using namespace OrderReading;

void OrderReader::Private::problem(int rec, int slot, const QString &message)
{
    problems->push_back(ImportProblem{fileName, current.records[size_t(rec)].line, headerOf(slot),
                                      QString::fromUtf8(trimmed(rawCell(rec, slot))), message});
}

void OrderReader::Private::orderProblem(int rec, const QString &message)
{
    problems->push_back(
        ImportProblem{fileName, current.records[size_t(rec)].line, QString(), QString(), message});
}

QString OrderReader::Private::text(FieldPlan &f, int rec)
{
    if (f.slotList.empty())
        return {};
    const bool apostrophe = f.kind == Kind::Zip || f.kind == Kind::Phone;
    if (f.slotList.size() == 1) {
        QByteArrayView value = cell(rec, f.slotList[0], scratch);
        if (apostrophe)
            value = withoutApostrophe(value);
        return f.cache.get(value);
    }
    keyJoin.clear();
    for (int slot : f.slotList) {
        QByteArrayView value = cell(rec, slot, scratch);
        if (apostrophe)
            value = withoutApostrophe(value);
        if (value.isEmpty())
            continue;
        if (!keyJoin.empty())
            keyJoin += ' ';
        keyJoin.append(value.data(), size_t(value.size()));
    }
    return f.cache.get(QByteArrayView(keyJoin.data(), qsizetype(keyJoin.size())));
}

std::optional<QDateTime> OrderReader::Private::date(FieldPlan &f, int rec, bool &bad)
{
    for (int slot : f.slotList) {
        const QByteArrayView value = cell(rec, slot, scratch);
        if (value.isEmpty())
            continue;
        if (auto parsed = dates.read(value))
            return parsed;
        const QString formats = profile.dateFormats.join(QStringLiteral(", "));
        problem(rec, slot,
            OrderReader::tr("'%1' is not a date and time in a form the profile '%2' reads (%3).")
                .arg(QString::fromUtf8(value), profile.name, formats));
        bad = true;
        return std::nullopt;
    }
    return std::nullopt;
}

std::optional<Money> OrderReader::Private::amount(FieldPlan &f, int firstRec, int lastRec,
                                                  Currency currency, bool &bad)
{
    const int minorDigits = minorDigitsOf(currency);
    qint64 sum = 0;
    bool any = false;
    for (int rec = firstRec; rec <= lastRec; ++rec) {
        for (int slot : f.slotList) {
            const QByteArrayView value = cell(rec, slot, scratch);
            if (value.isEmpty())
                continue;
            qint64 minor = 0;
            if (const auto plain = parsePlainAmount(value, minorDigits, profile.decimalFormat)) {
                minor = *plain;
            } else if (isScientific(value)) {
                problem(rec, slot,
                        OrderReader::tr("The spreadsheet turned this number into %1; its digits "
                                        "are lost. Export the file from the shop again.")
                            .arg(QString::fromUtf8(value)));
                bad = true;
                continue;
            } else {
                const Result<Money> parsed =
                    Money::parse(QString::fromUtf8(value), currency, profile.decimalFormat);
                if (!parsed.ok()) {
                    problem(rec, slot, parsed.error().message);
                    bad = true;
                    continue;
                }
                minor = parsed->minorUnits();
            }
            if (qAddOverflow(sum, minor, &sum)) {
                problem(rec, slot,
                        OrderReader::tr("The amounts of this order add up beyond what Kontor can "
                                        "hold."));
                bad = true;
                continue;
            }
            any = true;
        }
    }
    if (!any)
        return std::nullopt;
    return Money(sum, currency);
}

bool OrderReader::Private::parseOrder()
{
    ImportedOrder &o = *order;
    const int records = current.size();
    bool bad = false;
    using F = ImportField;

    for (int rec = 0; rec < records; ++rec) {
        const Stash::Record &info = current.records[size_t(rec)];
        if (info.fieldCount < headerCount || info.extraCells) {
            const int cells = info.fieldCount;
            const int columns = headerCount;
            orderProblem(rec,
                OrderReader::tr("This row has %1 cells where the header has %2 columns; a "
                                "delimiter inside an unquoted value may have shifted the columns.")
                    .arg(cells)
                    .arg(columns));
            bad = true;
        }
    }

    const int keySlot = plan(F::OrderKey).slotList.front();
    if (currentKey.empty()) {
        problem(0, keySlot, OrderReader::tr("The order number is empty."));
        bad = true;
    } else if (isScientific(QByteArrayView(currentKey.data(), qsizetype(currentKey.size())))) {
        problem(0, keySlot,
            OrderReader::tr(
                "The spreadsheet turned this order number into %1; its digits are lost, and "
                "different orders may now share it. Export the file from the shop again.")
                .arg(o.key));
        bad = true;
    }

    // Order fields: from the first record; amounts of every record when they are summed.
    const int lastAmountRec
        = profile.orderRows == ImportProfile::OrderRows::Summed ? records - 1 : 0;
    o.email = text(plan(F::Email), 0).trimmed();
    o.customerName = text(plan(F::CustomerName), 0);
    o.company = text(plan(F::Company), 0);
    o.phone = text(plan(F::Phone), 0);
    o.street = text(plan(F::Street), 0);
    o.zip = text(plan(F::Zip), 0);
    o.city = text(plan(F::City), 0);
    o.country = text(plan(F::Country), 0);
    o.fulfilmentStatus = text(plan(F::FulfilmentStatus), 0);
    o.discountCodes = text(plan(F::DiscountCodes), 0);
    o.shippingMethod = text(plan(F::ShippingMethod), 0);
    o.paymentMethod = text(plan(F::PaymentMethod), 0);
    o.paymentReference = text(plan(F::PaymentReference), 0);
    o.note = text(plan(F::Note), 0);
    // An id a spreadsheet wrote as 5,17E+12 no longer tells orders apart: as if there were none.
    if (FieldPlan &id = plan(F::ShopOrderId);
        mapped(F::ShopOrderId) && !isScientific(cell(0, id.slotList.front(), scratch)))
        o.shopOrderId = text(id, 0);

    const bool badBeforeDate = bad;
    if (auto created = date(plan(F::CreatedAt), 0, bad)) {
        o.createdAt = *created;
    } else if (bad == badBeforeDate) { // empty, not unreadable (that is reported already)
        problem(0, plan(F::CreatedAt).slotList.front(), OrderReader::tr("The order has no date."));
        bad = true;
    }
    o.paidAt = date(plan(F::PaidAt), 0, bad).value_or(QDateTime());
    o.fulfilledAt = date(plan(F::FulfilledAt), 0, bad).value_or(QDateTime());
    o.cancelledAt = date(plan(F::CancelledAt), 0, bad).value_or(QDateTime());

    // Currency: the order's own column, else the profile's or the company's.
    Currency currency = fixedCurrency;
    if (mapped(F::Currency)) {
        const FieldPlan &f = plan(F::Currency);
        QByteArrayView value;
        int valueSlot = f.slotList.front();
        for (int slot : f.slotList) {
            value = cell(0, slot, scratch);
            valueSlot = slot;
            if (!value.isEmpty())
                break;
        }
        if (value.isEmpty()) {
            problem(0, valueSlot, OrderReader::tr("The order names no currency."));
            bad = true;
        } else {
            currency = Currency::fromCode(QString::fromUtf8(value));
            if (!currency.isValid()) {
                problem(0, valueSlot,
                    OrderReader::tr(
                        "'%1' is not a currency code (three letters such as EUR or USD).")
                        .arg(QString::fromUtf8(value)));
                bad = true;
            }
        }
    }
    o.currency = currency;

    // Status words.
    if (mapped(F::FinancialStatus)) {
        std::optional<FinancialStatus> paymentStatus;
        std::optional<FinancialStatus> cancelledStatus;
        bool cancelled = false;
        bool anyWord = false;
        for (int slot : plan(F::FinancialStatus).slotList) {
            const QByteArrayView value = cell(0, slot, scratch);
            if (value.isEmpty())
                continue;
            anyWord = true;
            const QString word = statusWordOf(value);
            const auto meaning = profile.statusWords.constFind(word);
            if (meaning == profile.statusWords.cend()) {
                problem(0, slot,
                    OrderReader::tr(
                        "'%1' is not a status the profile '%2' knows, so Kontor cannot tell "
                        "whether the order was paid.")
                        .arg(QString::fromUtf8(value), profile.name));
                bad = true;
                continue;
            }
            cancelled = cancelled || meaning->cancelled;
            if (meaning->cancelled) {
                if (!cancelledStatus)
                    cancelledStatus = meaning->status;
            } else if (!paymentStatus) {
                paymentStatus = meaning->status;
            }
        }
        if (!anyWord) {
            problem(0, plan(F::FinancialStatus).slotList.front(),
                OrderReader::tr("The order has no status."));
            bad = true;
        }
        o.financialStatus = paymentStatus ? *paymentStatus
            : cancelledStatus             ? *cancelledStatus
            : cancelled                   ? FinancialStatus::Voided
                                          : FinancialStatus::Pending;
        o.cancelled = cancelled;
    }
    if (o.cancelledAt.isValid())
        o.cancelled = true;

    // Amounts: nothing can be read without a currency.
    if (currency.isValid()) {
        o.subtotal = amount(plan(F::Subtotal), 0, lastAmountRec, currency, bad);
        o.shipping = amount(plan(F::Shipping), 0, lastAmountRec, currency, bad)
                         .value_or(Money::zero(currency));
        o.taxes = amount(plan(F::Taxes), 0, lastAmountRec, currency, bad)
                      .value_or(Money::zero(currency));
        o.refunded = amount(plan(F::Refunded), 0, lastAmountRec, currency, bad)
                         .value_or(Money::zero(currency));
        o.outstanding = amount(plan(F::Outstanding), 0, lastAmountRec, currency, bad);
        // Shops write discounts with or without a minus sign; either is a discount.
        const Money discount = amount(plan(F::Discount), 0, lastAmountRec, currency, bad)
                                   .value_or(Money::zero(currency));
        o.discount = discount.isNegative() ? -discount : discount;
        const bool totalWasBad = bad;
        if (const auto total = amount(plan(F::Total), 0, lastAmountRec, currency, bad)) {
            o.total = *total;
        } else {
            o.total = Money::zero(currency);
            if (bad == totalWasBad) {
                problem(
                    0, plan(F::Total).slotList.front(), OrderReader::tr("The order has no total."));
                bad = true;
            }
        }
        if (profile.orderRows == ImportProfile::OrderRows::Repeated) {
            // Repeated order fields must agree; a different total means two orders that share
            // a number, or rows mixed up.
            for (int slot : plan(F::Total).slotList) {
                const QByteArray first = cell(0, slot, scratch2).toByteArray();
                for (int rec = 1; rec < records; ++rec) {
                    if (cell(rec, slot, scratch) != first) {
                        problem(rec, slot,
                            OrderReader::tr(
                                "This row gives another order total than the order's first row "
                                "(line %1, '%2'); the rows of one order must agree.")
                                .arg(current.records.front().line)
                                .arg(QString::fromUtf8(first)));
                        bad = true;
                    }
                }
            }
        }

        for (const auto &[nameSlot, amountSlot] : taxSlots) {
            QString name;
            std::optional<Money> value;
            for (int rec = 0; rec <= lastAmountRec; ++rec) {
                if (name.isEmpty())
                    name = QString::fromUtf8(cell(rec, nameSlot, scratch));
                const QByteArrayView amountText = cell(rec, amountSlot, scratch);
                if (amountText.isEmpty())
                    continue;
                const Result<Money> parsed = parseAmount(
                    amountText, currency, minorDigitsOf(currency), profile.decimalFormat);
                if (!parsed.ok()) {
                    problem(rec, amountSlot, parsed.error().message);
                    bad = true;
                    continue;
                }
                value = value ? value->checkedAdd(*parsed) : *parsed;
                if (!value) {
                    problem(rec, amountSlot,
                        OrderReader::tr(
                            "The amounts of this order add up beyond what Kontor can hold."));
                    bad = true;
                }
            }
            if (name.isEmpty() && (!value || value->isZero()))
                continue;
            o.taxLines.push_back(
                ImportedTax{name, taxRateFromName(name), value.value_or(Money::zero(currency))});
        }
    }

    // Lines: one per record.
    o.lines.resize(size_t(records));
    for (int rec = 0; rec < records; ++rec) {
        ImportedLine &line = o.lines[size_t(rec)];
        line.fileLine = current.records[size_t(rec)].line;
        line.name = text(plan(F::LineName), rec);
        if (line.name.isEmpty()) {
            problem(
                rec, plan(F::LineName).slotList.front(), OrderReader::tr("The item has no name."));
            bad = true;
        }
        line.sku = text(plan(F::LineSku), rec);
        line.fulfilmentStatus = text(plan(F::LineFulfilmentStatus), rec);
        for (const QString &tip : tipNames)
            if (line.name.compare(tip, Qt::CaseInsensitive) == 0)
                line.isTip = true;

        if (mapped(F::LineQuantity)) {
            const FieldPlan &f = plan(F::LineQuantity);
            QByteArrayView value;
            int valueSlot = f.slotList.front();
            for (int slot : f.slotList) {
                value = cell(rec, slot, scratch);
                valueSlot = slot;
                if (!value.isEmpty())
                    break;
            }
            const auto quantity = parseWholeNumber(value);
            if (value.isEmpty()) {
                problem(rec, valueSlot, OrderReader::tr("The item has no quantity."));
                bad = true;
            } else if (isScientific(value)) {
                problem(rec, valueSlot,
                    OrderReader::tr(
                        "The spreadsheet turned this number into %1; its digits are lost. "
                        "Export the file from the shop again.")
                        .arg(QString::fromUtf8(value)));
                bad = true;
            } else if (!quantity) {
                problem(rec, valueSlot,
                    OrderReader::tr(
                        "'%1' is not a quantity: it must be a whole number of pieces, 0 or more.")
                        .arg(QString::fromUtf8(value)));
                bad = true;
            } else {
                line.quantity = Quantity(*quantity);
            }
        }

        for (F flagField : {F::LineRequiresShipping, F::LineTaxable}) {
            bool &flag = flagField == F::LineTaxable ? line.taxable : line.requiresShipping;
            for (int slot : plan(flagField).slotList) {
                const QByteArrayView value = cell(rec, slot, scratch);
                if (value.isEmpty())
                    continue;
                if (const auto parsed = parseBool(value)) {
                    flag = *parsed;
                } else {
                    problem(rec, slot,
                        OrderReader::tr("'%1' is neither yes nor no (true/false).")
                            .arg(QString::fromUtf8(value)));
                    bad = true;
                }
                break;
            }
        }

        for (int slot : plan(F::LineVatRate).slotList) {
            const QByteArrayView value = cell(rec, slot, scratch);
            if (value.isEmpty())
                continue;
            if (const auto rate = parseRate(value, profile.vatRateDivisor)) {
                line.vatRate = *rate;
            } else {
                problem(rec, slot,
                    OrderReader::tr("'%1' is not a VAT rate in percent.")
                        .arg(QString::fromUtf8(value)));
                bad = true;
            }
            break;
        }

        if (currency.isValid()) {
            line.unitPrice = amount(plan(F::LineUnitPrice), rec, rec, currency, bad);
            const Money lineDiscount = amount(plan(F::LineDiscount), rec, rec, currency, bad)
                                           .value_or(Money::zero(currency));
            line.discount = lineDiscount.isNegative() ? -lineDiscount : lineDiscount;
        }
    }

    if (currency.isValid())
        o.pricesIncludeTax
            = profile.pricesIncludeTax ? *profile.pricesIncludeTax : inferPricesIncludeTax();
    return !bad;
}

bool OrderReader::Private::inferPricesIncludeTax() const
{
    // Shopify's relations (FORMATS.md §1.7): tax added on top when
    //   total = subtotal + shipping − shipping discount + taxes + tips, with taxes ≠ 0;
    // else the taxes are contained in the prices.
    const ImportedOrder &o = *order;
    if (o.taxes.isZero())
        return true;
    qint64 items = 0;   // Σ quantity × unit price of the lines that are not tips
    qint64 tips = 0;
    qint64 lineDiscounts = 0;
    bool pricesKnown = true;
    for (const ImportedLine &line : o.lines) {
        if (!line.unitPrice) {
            pricesKnown = false;
            continue;
        }
        qint64 value = 0;
        if (qMulOverflow(line.unitPrice->minorUnits(), line.quantity.units(), &value))
            return true;
        qint64 &sum = line.isTip ? tips : items;
        if (qAddOverflow(sum, value, &sum)
            || qAddOverflow(lineDiscounts, line.discount.minorUnits(), &lineDiscounts))
            return true;
    }
    qint64 subtotal = 0;
    if (o.subtotal)
        subtotal = o.subtotal->minorUnits();
    else if (pricesKnown)
        subtotal = items - lineDiscounts;
    else
        return true; // nothing to tell it by
    qint64 shippingDiscount = 0;
    if (pricesKnown) {
        // The part of the discount that did not lower the subtotal went to shipping.
        const qint64 productDiscount = items - subtotal;
        shippingDiscount = std::clamp(o.discount.minorUnits() - productDiscount, qint64(0),
                                      std::max(qint64(0), o.shipping.minorUnits()));
    }
    qint64 expected = 0;
    if (qAddOverflow(subtotal, o.shipping.minorUnits(), &expected)
        || qSubOverflow(expected, shippingDiscount, &expected)
        || qAddOverflow(expected, o.taxes.minorUnits(), &expected)
        || qAddOverflow(expected, tips, &expected))
        return true;
    return expected != o.total.minorUnits();
}

} // namespace Kontor
