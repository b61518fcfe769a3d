// SPDX-FileCopyrightText: 2026 The Kontor authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "orderservice.h"

#include "accounting/accountingservice.h"
#include "audit/auditlog.h"
#include "common/accesspolicy.h"
#include "common/booktexts.h"
#include "company/numberseries.h"
#include "persistence/database.h"
#include "persistence/transaction.h"
#include "stock/stockservice.h"

#include <QLocale>
#include <QSet>
#include <QTimeZone>

#include <algorithm>

#include <map>
#include <utility>

namespace Kontor {

namespace {

constexpr qint64 rateDenominator = 10000; // basis points

// The fulfilment of an imported order whose goods came back into stock.
constexpr auto restocked = QLatin1StringView("restocked");

struct Amounts
{
    Money net, tax, gross;
};

// Splits an amount into net, tax and gross at a VAT rate, rounding once.
std::optional<Amounts> split(Money amount, int vatRate, bool amountIncludesTax)
{
    if (amountIncludesTax) {
        const auto net = amount.scaled(rateDenominator, rateDenominator + vatRate, Rounding::HalfUp);
        if (!net)
            return std::nullopt;
        const auto tax = amount.checkedSubtract(*net);
        if (!tax)
            return std::nullopt;
        return Amounts{*net, *tax, amount};
    }
    const auto tax = amount.scaled(vatRate, rateDenominator, Rounding::HalfUp);
    if (!tax)
        return std::nullopt;
    const auto gross = amount.checkedAdd(*tax);
    if (!gross)
        return std::nullopt;
    return Amounts{amount, *tax, *gross};
}

// The day the order was placed where it was placed: 00:30 on 1 January in Berlin is booked
// in the new year, although it was still 31 December in UTC.
QDate bookingDate(const Order &order)
{
    return order.orderedAt.date();
}

// The rate a journal line keeps: none for -1, a tax the shop stated without its rate.
std::optional<int> knownRate(int vatRate)
{
    return vatRate >= 0 ? std::optional(vatRate) : std::nullopt;
}

} // namespace

OrderService::OrderService(Database &db, OrderRepository &repository, StockService &stock,
                           AccountingService &accounting, NumberSeries &numbers, AuditLog &audit,
                           const BookTexts &texts, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_repository(repository)
    , m_stock(stock)
    , m_accounting(accounting)
    , m_numbers(numbers)
    , m_audit(audit)
    , m_texts(texts)
{
}

Result<void> OrderService::computeAmounts(Order &order, int shippingVatRate)
{
    if (!order.currency.isValid())
        return makeError(tr("The order needs a currency."));
    Money net = Money::zero(order.currency);
    Money tax = Money::zero(order.currency);
    Money gross = Money::zero(order.currency);
    const auto tooLarge = [&] { return makeError(tr("The amounts of order %1 are too large.").arg(order.externalId)); };
    int lineNo = 0;
    for (OrderLine &line : order.lines) {
        line.lineNo = ++lineNo;
        if (line.quantity.units() <= 0)
            return makeError(tr("Line %1 of order %2 needs a quantity above zero.")
                                 .arg(line.lineNo)
                                 .arg(order.externalId));
        if (line.vatRate < 0 || line.vatRate > rateDenominator)
            return makeError(tr("Line %1 of order %2 has a VAT rate outside 0–100 %.")
                                 .arg(line.lineNo)
                                 .arg(order.externalId));
        if (line.unitPrice.currency() != order.currency)
            return makeError(tr("Line %1 of order %2 is not in the order's currency %3.")
                                 .arg(line.lineNo)
                                 .arg(order.externalId, order.currency.code()));
        if (!line.discount.currency().isValid())
            line.discount = Money::zero(order.currency);
        if (line.discount.currency() != order.currency)
            return makeError(tr("The discount on line %1 of order %2 is not in the order's currency %3.")
                                 .arg(line.lineNo)
                                 .arg(order.externalId, order.currency.code()));
        const auto extended = line.unitPrice.checkedMultiply(line.quantity.units());
        if (!extended)
            return tooLarge();
        const auto basis = extended->checkedSubtract(line.discount);
        if (!basis)
            return tooLarge();
        const auto amounts = split(*basis, line.vatRate, order.pricesIncludeTax);
        if (!amounts)
            return tooLarge();
        line.net = amounts->net;
        line.tax = amounts->tax;
        line.gross = amounts->gross;
        const auto n = net.checkedAdd(line.net), t = tax.checkedAdd(line.tax),
                   g = gross.checkedAdd(line.gross);
        if (!n || !t || !g)
            return tooLarge();
        net = *n;
        tax = *t;
        gross = *g;
    }
    if (!order.shipping.currency().isValid())
        order.shipping = Money::zero(order.currency);
    if (order.shipping.currency() != order.currency)
        return makeError(tr("The shipping of order %1 is not in the order's currency %2.")
                             .arg(order.externalId, order.currency.code()));
    if (!order.shipping.isZero()) {
        // Shipping is always given gross and taxed at the shipping rate.
        const auto amounts = split(order.shipping, shippingVatRate, true);
        if (!amounts)
            return tooLarge();
        const auto n = net.checkedAdd(amounts->net), t = tax.checkedAdd(amounts->tax),
                   g = gross.checkedAdd(amounts->gross);
        if (!n || !t || !g)
            return tooLarge();
        net = *n;
        tax = *t;
        gross = *g;
    }
    order.net = net;
    order.tax = tax;
    order.total = gross;
    return {};
}

QString rateText(int vatRate)
{
    return QLocale().toString(vatRate / 100.0, 'f', vatRate % 100 ? 2 : 0);
}

Result<QString> OrderService::revenueAccount(int vatRate, bool orElseOther) const
{
    const auto it = m_setup.revenueAccounts.constFind(vatRate);
    if (it != m_setup.revenueAccounts.cend())
        return *it;
    if (orElseOther || m_setup.otherForEveryRate)
        return m_setup.otherRevenueAccount;
    return makeError(tr("No revenue account is set up for VAT %1 %.").arg(rateText(vatRate)));
}

Result<QString> OrderService::vatAccount(int vatRate, bool orElseOther) const
{
    const auto it = m_setup.vatAccounts.constFind(vatRate);
    if (it != m_setup.vatAccounts.cend())
        return *it;
    if (orElseOther || m_setup.otherForEveryRate)
        return m_setup.otherVatAccount;
    return makeError(tr("No VAT account is set up for VAT %1 %.").arg(rateText(vatRate)));
}

Result<OrderId> OrderService::insertNumbered(Order &order)
{
    if (order.number.isEmpty()) {
        auto number = m_numbers.next(QStringLiteral("orders"));
        if (!number)
            return number.error();
        order.number = *number;
    }
    auto id = m_repository.insert(order);
    if (id)
        order.id = *id;
    return id;
}

Result<AccountId> OrderService::account(const QString &number)
{
    return m_accounting.accountId(number);
}

Result<AccountId> OrderService::account(const Result<QString> &number)
{
    if (!number)
        return number.error();
    return account(*number);
}

Result<OrderId> OrderService::create(const Actor &actor, Order order)
{
    if (Status s = AccessPolicy::require(actor, Permission::EditOrders); !s)
        return s.error();
    if (order.shop.trimmed().isEmpty() || order.externalId.trimmed().isEmpty())
        return makeError(tr("An order needs its shop and the shop's order id."));
    if (!order.orderedAt.isValid())
        return makeError(tr("Order %1 needs an order date.").arg(order.externalId));
    if (order.lines.empty())
        return makeError(tr("Order %1 has no lines.").arg(order.externalId));
    if (Result<void> computed = computeAmounts(order, m_setup.shippingVatRate); !computed)
        return computed.error();
    // An order entered as paid (or as shipped or done, which follow the payment) is paid in full.
    const bool paid = order.status == OrderStatus::Paid || order.status == OrderStatus::Shipped
                      || order.status == OrderStatus::Completed;
    order.paid = paid ? order.total : Money::zero(order.currency);

    Transaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    auto existing = m_repository.findByExternalId(order.shop, order.externalId);
    if (!existing)
        return existing.error();
    if (existing->has_value())
        return makeError(tr("Order %1 from %2 exists already.").arg(order.externalId, order.shop));
    auto id = insertNumbered(order);
    if (!id)
        return id.error();

    // Stock lines leave the warehouse; their cost is booked against the inventory.
    std::optional<Money> cost;
    Articles articles;
    Movements movements;
    if (Status s = stockOut(order, {}, articles, movements, &cost); !s)
        return s.error();
    if (Status s = m_stock.recordMovements(actor, movements, Consequence()); !s)
        return s.error();

    Postings entries;
    if (Status s = orderSaleEntry(order, entries); !s)
        return s.error();
    if (cost && !cost->isZero()) {
        if (Status s = costOfGoodsEntry(order, *cost, {}, entries); !s)
            return s.error();
    }
    if (Status s = paymentEntry(order, order.paid, bookingDate(order), {}, entries); !s)
        return s.error();
    if (Status s = post(actor, entries); !s)
        return s.error();
    if (Status s = m_audit.record(actor, QStringLiteral("create"), QStringLiteral("order"),
                                  id->value(),
                                  order.number + u' ' + order.shop + u' ' + order.externalId + u' '
                                      + order.total.toPlainString() + u' ' + order.currency.code());
        !s)
        return s.error();
    m_db.afterCommit([this, changed = *id] { Q_EMIT orderCreated(changed); });
    if (Status s = tx.commit(); !s)
        return s.error();
    return id;
}

// What a sale books: per VAT rate the net revenue and the tax, the shipping's net revenue at
// its rate, and the tip. Receivable = everything added up.
struct OrderService::SaleAmounts
{
    std::map<int, std::pair<Money, Money>> byRate; // rate → (net revenue, tax); -1: unknown rate
    Money shippingNet;
    int shippingRate = 0;
    Money tip;
};

Status OrderService::post(const Actor &actor, Postings &entries)
{
    if (entries.empty())
        return {};
    auto posted = m_accounting.post(actor, std::exchange(entries, {}), Consequence());
    if (!posted)
        return posted.error();
    return {};
}

Status OrderService::orderSaleEntry(const Order &order, Postings &out)
{
    SaleAmounts amounts;
    amounts.shippingNet = Money::zero(order.currency);
    amounts.tip = Money::zero(order.currency);
    const auto add = [&](int rate, Money net, Money tax) {
        auto [it, inserted] = amounts.byRate.try_emplace(rate, Money::zero(order.currency),
                                                         Money::zero(order.currency));
        it->second.first += net;
        it->second.second += tax;
    };
    for (const OrderLine &line : order.lines)
        add(line.vatRate, line.net, line.tax);
    if (!order.shipping.isZero()) {
        const auto shipping = split(order.shipping, m_setup.shippingVatRate, true);
        Q_ASSERT(shipping); // computeAmounts already did this sum
        add(m_setup.shippingVatRate, shipping->net, shipping->tax);
    }
    return saleEntry(order, amounts, {}, out);
}

Status OrderService::saleEntry(const Order &order, const SaleAmounts &amounts, ImportBatchId batch,
                              Postings &out)
{
    if (order.total.isZero())
        return {}; // a free order books nothing
    const bool imported = batch.isValid();
    JournalEntry entry;
    entry.bookingDate = bookingDate(order);
    entry.description = m_texts.translate("Kontor::OrderService", "Order %1").arg(order.number);
    entry.reference = order.number;
    entry.currency = order.currency;
    entry.order = order.id;
    entry.purpose = EntryPurpose::Sale;
    entry.importBatch = batch;

    auto receivable = account(m_setup.receivableAccount);
    if (!receivable)
        return receivable.error();
    entry.lines.push_back(JournalLine::debiting(*receivable, order.total));
    for (const auto &[rate, pair] : amounts.byRate) {
        const auto &[net, tax] = pair;
        if (!net.isZero()) {
            auto id = account(revenueAccount(rate, imported));
            if (!id)
                return id.error();
            entry.lines.push_back(JournalLine::crediting(*id, net, knownRate(rate)));
        }
        if (!tax.isZero()) {
            auto id = account(vatAccount(rate, imported));
            if (!id)
                return id.error();
            entry.lines.push_back(JournalLine::crediting(*id, tax, knownRate(rate)));
        }
    }
    if (!amounts.shippingNet.isZero()) {
        auto id = account(revenueAccount(amounts.shippingRate, imported));
        if (!id)
            return id.error();
        JournalLine line =
            JournalLine::crediting(*id, amounts.shippingNet, knownRate(amounts.shippingRate));
        line.memo = m_texts.translate("Kontor::OrderService", "Shipping");
        entry.lines.push_back(line);
    }
    if (!amounts.tip.isZero()) {
        auto id = account(m_setup.tipsAccount);
        if (!id)
            return id.error();
        JournalLine line = JournalLine::crediting(*id, amounts.tip);
        line.memo = m_texts.translate("Kontor::OrderService", "Tip");
        entry.lines.push_back(line);
    }
    out.push_back(std::move(entry));
    return {};
}

Status OrderService::costOfGoodsEntry(const Order &order, Money cost, ImportBatchId batch,
                                      Postings &out)
{
    auto expense = account(m_setup.costOfGoodsAccount);
    if (!expense)
        return expense.error();
    auto inventory = account(m_setup.inventoryAccount);
    if (!inventory)
        return inventory.error();
    JournalEntry entry;
    entry.bookingDate = bookingDate(order);
    entry.description =
        m_texts.translate("Kontor::OrderService", "Cost of goods, order %1").arg(order.number);
    entry.reference = order.number;
    entry.currency = cost.currency();
    entry.order = order.id;
    entry.purpose = EntryPurpose::CostOfGoods;
    entry.importBatch = batch;
    entry.lines.push_back(JournalLine::debiting(*expense, cost));
    entry.lines.push_back(JournalLine::crediting(*inventory, cost));
    out.push_back(std::move(entry));
    return {};
}

Status OrderService::paymentEntry(const Order &order, Money paid, QDate date, ImportBatchId batch,
                                  Postings &out)
{
    if (paid.isZero())
        return {};
    auto bank = account(m_setup.bankAccount);
    if (!bank)
        return bank.error();
    auto receivable = account(m_setup.receivableAccount);
    if (!receivable)
        return receivable.error();
    JournalEntry entry;
    entry.bookingDate = date;
    entry.description =
        order.paymentMethod.isEmpty()
            ? m_texts.translate("Kontor::OrderService", "Payment, order %1").arg(order.number)
            : m_texts.translate("Kontor::OrderService", "Payment (%1), order %2")
                  .arg(order.paymentMethod, order.number);
    entry.reference = order.number;
    entry.currency = order.currency;
    entry.order = order.id;
    entry.purpose = EntryPurpose::Payment;
    entry.importBatch = batch;
    entry.lines.push_back(JournalLine::debiting(*bank, paid));
    entry.lines.push_back(JournalLine::crediting(*receivable, paid));
    out.push_back(std::move(entry));
    return {};
}

Status OrderService::readArticles(const std::vector<Order *> &orders, Articles &articles)
{
    std::vector<ArticleId> unread;
    for (const Order *order : orders)
        for (const OrderLine &line : order->lines)
            if (line.article.isValid() && !articles.contains(line.article)) {
                articles.insert(line.article, std::nullopt); // unless it is found
                unread.push_back(line.article);
            }
    auto found = m_stock.repository().findArticles(unread);
    if (!found)
        return found.error();
    for (const Article &article : *found)
        articles.insert(article.id, article);
    return {};
}

Status OrderService::stockOut(const Order &order, ImportBatchId batch, Articles &articles,
                              Movements &out, std::optional<Money> *cost)
{
    const WarehouseId warehouse = order.warehouse.isValid() ? order.warehouse : m_setup.warehouse;
    for (const OrderLine &line : order.lines) {
        if (!line.article.isValid() || line.quantity.isZero())
            continue;
        auto article = articles.constFind(line.article);
        if (article == articles.cend()) {
            auto found = m_stock.repository().findArticle(line.article);
            if (!found)
                return found.error();
            article = articles.insert(line.article, std::move(found).value());
        }
        if (!article->has_value())
            return makeError(tr("Line %1 of order %2 names an article that does not exist.")
                                 .arg(line.lineNo)
                                 .arg(order.externalId));
        if (!(*article)->stockTracked)
            continue;
        if (!warehouse.isValid())
            return makeError(tr("No warehouse is set up to ship order %1 from.").arg(order.number));
        StockMovement movement;
        movement.article = line.article;
        movement.warehouse = warehouse;
        movement.quantity = -line.quantity;
        movement.kind = MovementKind::Sale;
        movement.occurredAt = order.orderedAt;
        movement.unitCost = (*article)->purchasePrice;
        movement.order = order.id;
        movement.reference = order.number;
        movement.importBatch = batch;
        out.push_back(std::move(movement));
        const Money lineCost = (*article)->purchasePrice * line.quantity.units();
        *cost = *cost ? **cost + lineCost : lineCost;
    }
    return {};
}

Status OrderService::putStockBack(const Actor &actor, const Order &order, ImportBatchId batch,
                                  QDate date)
{
    auto net = m_stock.repository().netMovementsOf(order.id);
    if (!net)
        return net.error();
    std::vector<StockMovement> back;
    for (const StockMovement &out : *net) {
        if (out.quantity.units() >= 0)
            continue;
        StockMovement in = out;
        in.quantity = -out.quantity;
        in.kind = MovementKind::Return;
        in.occurredAt = date.startOfDay(QTimeZone::utc());
        in.reference = order.number;
        in.importBatch = batch;
        back.push_back(std::move(in));
    }
    return m_stock.recordMovements(actor, back, Consequence());
}

// An imported order books the shop's own totals: the receivable is the total; the taxes are
// the shop's per rate; the tip is passed on; what remains is revenue — the shipping's share at
// the main rate, the goods' share split over the rates by the net each tax stands for.
Result<OrderService::SaleAmounts> OrderService::importedSaleAmounts(const Order &order) const
{
    const Currency currency = order.currency;
    SaleAmounts amounts;
    amounts.tip = order.tip;
    amounts.shippingNet = Money::zero(currency);
    Money taxes = Money::zero(currency);
    int mainRate = -1;
    Money mainTax = Money::zero(currency);
    for (const TaxAmount &tax : order.taxes) {
        auto [it, inserted] = amounts.byRate.try_emplace(tax.rate, Money::zero(currency),
                                                         Money::zero(currency));
        it->second.second += tax.amount;
        taxes += tax.amount;
        if (tax.amount > mainTax || mainRate < 0) {
            mainRate = tax.rate;
            mainTax = tax.amount;
        }
    }
    // Taxes the breakdown does not account for are booked at an unknown rate.
    if (const Money rest = order.tax - taxes; !rest.isZero()) {
        auto [it, inserted] = amounts.byRate.try_emplace(-1, Money::zero(currency),
                                                         Money::zero(currency));
        it->second.second += rest;
        if (mainRate < 0)
            mainRate = -1;
    }
    if (order.tax.isZero())
        mainRate = 0;
    const auto revenue = order.total.checkedSubtract(order.tip);
    const auto net = revenue ? revenue->checkedSubtract(order.tax) : std::nullopt;
    if (!net)
        return makeError(tr("The amounts of order %1 are too large.").arg(order.externalId));

    // The net each tax stands for, at its rate. A shop rounds the tax of each line and of the
    // shipping to the minor unit: half a unit each, which the net a tax stands for multiplies
    // by 1/rate (2.6 units at 19 %, 8.3 at 6 %), and the net itself is rounded once per rate
    // and once for the shipping.
    Money taxed = Money::zero(currency);
    int rates = 0;
    const qint64 roundedTaxes = qint64(order.lines.size()) + 1;
    qint64 roundingSlack = 1;
    for (auto &[rate, pair] : amounts.byRate) {
        if (rate <= 0 || pair.second.isZero())
            continue;
        auto base = pair.second.scaled(rateDenominator, rate, Rounding::HalfUp);
        if (!base)
            return makeError(tr("The amounts of order %1 are too large.").arg(order.externalId));
        pair.first = *base;
        taxed += *base;
        ++rates;
        roundingSlack += (roundedTaxes * rateDenominator / 2 + rate - 1) / rate + 1;
    }
    const auto withinRounding = [&](Money amount) {
        return amount.minorUnits() >= -roundingSlack && amount.minorUnits() <= roundingSlack;
    };

    // Shipping: untaxed when the taxes stand for everything but the shipping (a shop that
    // charges no tax on it), else net at the main rate.
    amounts.shippingRate = mainRate < 0 ? -1 : mainRate;
    if (!order.shipping.isZero()) {
        Money shippingNet = order.shipping;
        if (rates > 0 && withinRounding(*net - taxed - order.shipping)) {
            amounts.shippingRate = 0;
        } else if (order.pricesIncludeTax && mainRate > 0) {
            const auto scaled = order.shipping.scaled(rateDenominator, rateDenominator + mainRate,
                                                      Rounding::HalfUp);
            if (!scaled)
                return makeError(tr("The amounts of order %1 are too large.").arg(order.externalId));
            shippingNet = *scaled;
        }
        // Never more than the revenue there is (a shop's rounding, a discounted shipping).
        if (net->isNegative() || shippingNet > *net)
            shippingNet = net->isNegative() ? Money::zero(currency) : *net;
        amounts.shippingNet = shippingNet;
        // Its net is part of what the main rate's tax stands for.
        if (const auto main = amounts.byRate.find(amounts.shippingRate);
            amounts.shippingRate > 0 && main != amounts.byRate.end()
            && !main->second.second.isZero()) {
            main->second.first -= shippingNet;
            taxed -= shippingNet;
        }
    }

    // Goods: the rest is untaxed, or belongs to the main rate when it is no more than the
    // shop's rounding.
    const Money rest = *net - amounts.shippingNet - taxed;
    if (rates > 0 && withinRounding(rest)) {
        amounts.byRate[mainRate].first += rest;
    } else {
        const int untaxed = order.tax.isZero() || rates > 0 ? 0 : -1;
        auto [it, inserted] = amounts.byRate.try_emplace(untaxed, Money::zero(currency),
                                                         Money::zero(currency));
        it->second.first += rest;
    }
    return amounts;
}

// A refund of a sale that stands reduces the revenue and, in proportion, the VAT; a refund of
// a cancelled order (whose sale is reversed) settles what is owed to the customer.
Status OrderService::refundEntry(const Order &order, Money from, Money to, ImportBatchId batch,
                                 QDate date, Postings &out)
{
    const Money delta = to - from;
    if (delta.isZero())
        return {};
    auto bank = account(m_setup.bankAccount);
    if (!bank)
        return bank.error();
    JournalEntry entry;
    entry.bookingDate = date;
    entry.description =
        m_texts.translate("Kontor::OrderService", "Refund, order %1").arg(order.number);
    entry.reference = order.number;
    entry.currency = order.currency;
    entry.order = order.id;
    entry.purpose = EntryPurpose::Refund;
    entry.importBatch = batch;
    if (order.cancelledAt.isValid()) {
        auto receivable = account(m_setup.receivableAccount);
        if (!receivable)
            return receivable.error();
        entry.lines.push_back(JournalLine::debiting(*receivable, delta));
    } else {
        // What everything refunded so far takes back of the revenue and the VAT of each rate,
        // in proportion to the order's total, less what the refunds before took back. The
        // lines keep their rate, so that the revenue of each rate stays known.
        auto amounts = importedSaleAmounts(order);
        if (!amounts)
            return amounts.error();
        const Money zero = Money::zero(order.currency);
        auto byRate = amounts->byRate;
        if (!amounts->shippingNet.isZero())
            byRate.try_emplace(amounts->shippingRate, zero, zero).first->second.first +=
                amounts->shippingNet;
        const auto share = [&](Money amount, Money refunded) -> std::optional<Money> {
            if (order.total.isZero() || order.total.isNegative())
                return zero;
            const Money capped = refunded > order.total ? order.total : refunded;
            return amount.scaled(capped.minorUnits(), order.total.minorUnits(), Rounding::HalfUp);
        };
        const auto part = [&](Money amount) -> std::optional<Money> {
            const auto before = share(amount, from), after = share(amount, to);
            if (!before || !after)
                return std::nullopt;
            return *after - *before;
        };
        struct Part
        {
            int rate;
            Money net;
            Money tax;
        };
        std::vector<Part> parts;
        std::optional<size_t> largest; // of the rates it takes revenue back from, the one with
        Money largestNet = zero;       // the most revenue
        Money taken = zero;
        for (const auto &[rate, pair] : byRate) {
            const auto net = part(pair.first), tax = part(pair.second);
            if (!net || !tax)
                return makeError(tr("The amounts of order %1 are too large.").arg(order.externalId));
            if (!net->isZero() && (!largest || pair.first > largestNet)) {
                largest = parts.size();
                largestNet = pair.first;
            }
            parts.push_back({rate, *net, *tax});
            taken += *net + *tax;
        }
        // The rest is rounding, on the revenue of the main rate, or what no rate stands for
        // (the share of a tip), on a line without a rate.
        const Money rest = delta - taken;
        const qint64 rounding = qint64(byRate.size());
        const bool isRounding = rest.minorUnits() >= -rounding && rest.minorUnits() <= rounding;
        if (largest && isRounding)
            parts[*largest].net += rest;
        else
            parts.push_back({-1, rest, zero});
        auto refunds = account(m_setup.refundsAccount);
        if (!refunds)
            return refunds.error();
        for (const Part &p : parts) {
            if (!p.net.isZero())
                entry.lines.push_back(JournalLine::debiting(*refunds, p.net, knownRate(p.rate)));
            if (!p.tax.isZero()) {
                auto id = account(vatAccount(p.rate, true));
                if (!id)
                    return id.error();
                entry.lines.push_back(JournalLine::debiting(*id, p.tax, knownRate(p.rate)));
            }
        }
    }
    entry.lines.push_back(JournalLine::crediting(*bank, delta));
    out.push_back(std::move(entry));
    return {};
}

namespace {

// A first import books the order's past on the days it happened: its sale when it was placed,
// its payment and its refunds (without dates of their own in an export) when it was paid.
QDate firstImportDate(const Order &order)
{
    return std::max(order.orderedAt.date(),
                    order.paidAt.isValid() ? order.paidAt.date() : QDate());
}

QDate paidOn(const Order &order)
{
    return order.paidAt.isValid() ? order.paidAt.date() : bookingDate(order);
}

} // namespace

Status OrderService::newImportBookings(const Order &order, ImportBatchId batch,
                                       Articles &articles, Movements &movements,
                                       Postings &entries)
{
    std::optional<Money> cost;
    if (Status s = stockOut(order, batch, articles, movements, &cost); !s)
        return s;
    auto amounts = importedSaleAmounts(order);
    if (!amounts)
        return amounts.error();
    if (Status s = saleEntry(order, *amounts, batch, entries); !s)
        return s;
    if (cost && !cost->isZero()) {
        if (Status s = costOfGoodsEntry(order, *cost, batch, entries); !s)
            return s;
    }
    if (Status s = paymentEntry(order, order.paid, paidOn(order), batch, entries); !s)
        return s;
    if (order.cancelledAt.isValid())
        return {}; // the cancellation settles the refunds
    return refundEntry(order, Money::zero(order.currency), order.refunded, batch,
                       firstImportDate(order), entries);
}

Status OrderService::bookImportChanges(const Actor &actor, const Order *before, const Order &after,
                                       ImportBatchId batch, QDate today)
{
    const bool isNew = before == nullptr;
    Postings entries; // posted together before anything that reads or moves stock
    if (isNew) {
        Articles articles;
        Movements movements;
        if (Status s = newImportBookings(after, batch, articles, movements, entries); !s)
            return s;
        if (Status s = m_stock.recordMovements(actor, movements, Consequence()); !s)
            return s;
    } else if (after.paid != before->paid) {
        // What arrived since; the first payment on the day the shop says it was paid.
        const QDate date = before->paid.isZero() ? paidOn(after) : today;
        if (Status s = paymentEntry(after, after.paid - before->paid, date, batch, entries); !s)
            return s;
    }
    return settleImportChanges(actor, before, after, batch, today, std::move(entries));
}

Status OrderService::settleImportChanges(const Actor &actor, const Order *before,
                                         const Order &after, ImportBatchId batch, QDate today,
                                         Postings entries)
{
    const bool isNew = before == nullptr;
    // What the order learnt now is booked today; a first import books its past on its dates.
    const QDate learnt = isNew ? firstImportDate(after) : today;
    const bool cancelling = after.cancelledAt.isValid() && (isNew || !before->cancelledAt.isValid());
    if (cancelling) {
        if (Status s = post(actor, entries); !s)
            return s;
        const QDate date = after.cancelledAt.date();
        if (Status s = reverseSale(actor, after.id, batch, date); !s)
            return s;
        if (Status s = putStockBack(actor, after, batch, date); !s)
            return s;
        // The refunds reversed above return as payments to the customer.
        if (Status s = refundEntry(after, Money::zero(after.currency), after.refunded, batch, date,
                                   entries);
            !s)
            return s;
    } else if (!isNew && after.refunded != before->refunded) {
        const QDate date = after.cancelledAt.isValid() ? after.cancelledAt.date() : today;
        if (Status s = refundEntry(after, before->refunded, after.refunded, batch, date, entries);
            !s)
            return s;
    }
    if (Status s = post(actor, entries); !s)
        return s;
    if (!after.cancelledAt.isValid() && after.fulfilment == restocked
        && (isNew || before->fulfilment != restocked)) {
        if (Status s = putStockBack(actor, after, batch, learnt); !s)
            return s;
    }
    return {};
}

Status OrderService::reverseSale(const Actor &actor, OrderId order, ImportBatchId batch,
                                 QDate date)
{
    auto posted = m_accounting.repository().entriesOf(order);
    if (!posted)
        return posted.error();
    std::vector<JournalEntryId> toReverse;
    for (const EntryChain &chain : EntryChain::of(*posted)) {
        const EntryPurpose purpose = chain.root.purpose;
        if (chain.inEffect
            && (purpose == EntryPurpose::Sale || purpose == EntryPurpose::CostOfGoods
                || purpose == EntryPurpose::Refund))
            toReverse.push_back(chain.tip);
    }
    if (auto reversed = m_accounting.reverse(actor, toReverse, date, batch, Consequence());
        !reversed)
        return reversed.error();
    return {};
}

Status OrderService::rebookEdited(const Actor &actor, const Order &before, const Order &after,
                                  ImportBatchId batch, QDate today)
{
    if (Status s = reverseSale(actor, after.id, batch, today); !s)
        return s;
    // Goods the shop took back (restocked) stay in stock; the others go back, and the new
    // lines go out.
    const bool shipped = before.fulfilment != restocked;
    if (shipped) {
        if (Status s = putStockBack(actor, after, batch, today); !s)
            return s;
    }

    // Booked again, as the shop states the order now, with the refunds and payments booked so
    // far: what follows (bookImportChanges) books the rest from there.
    Order rebooked = after;
    rebooked.refunded = before.refunded;
    rebooked.paid = Money::zero(after.currency); // the payments booked stand
    rebooked.cancelledAt = {};
    Articles articles;
    Movements movements;
    Postings entries;
    if (Status s = newImportBookings(rebooked, batch, articles, movements, entries); !s)
        return s;
    if (!shipped)
        movements.clear(); // only their cost is booked, as when the order was restocked
    for (JournalEntry &entry : entries)
        entry.bookingDate = today;
    for (StockMovement &movement : movements)
        movement.occurredAt = today.startOfDay(QTimeZone::utc());
    if (Status s = m_stock.recordMovements(actor, movements, Consequence()); !s)
        return s;
    if (Status s = post(actor, entries); !s)
        return s;
    return m_repository.replace(after);
}

namespace {

// Whether the shop changed what was sold or its price since the order was imported.
bool amountsDiffer(const Order &stored, const Order &incoming)
{
    if (stored.currency != incoming.currency || stored.total != incoming.total
        || stored.tax != incoming.tax || stored.shipping != incoming.shipping
        || stored.tip != incoming.tip || stored.lines.size() != incoming.lines.size())
        return true;
    for (size_t i = 0; i < stored.lines.size(); ++i) {
        const OrderLine &a = stored.lines[i], &b = incoming.lines[i];
        if (a.sku != b.sku || a.quantity.units() != b.quantity.units() || a.gross != b.gross)
            return true;
    }
    return false;
}

bool importStateDiffers(const Order &stored, const Order &incoming)
{
    return stored.status != incoming.status || stored.financialStatus != incoming.financialStatus
        || stored.fulfilment != incoming.fulfilment || stored.refunded != incoming.refunded
        || stored.paid != incoming.paid || stored.paidAt.isValid() != incoming.paidAt.isValid()
        || stored.cancelledAt.isValid() != incoming.cancelledAt.isValid();
}

} // namespace

Result<ImportChange> OrderService::changeOf(const Order &stored, Order &incoming)
{
    const auto numberTaken = [](QString message) {
        Error error = makeError(std::move(message));
        error.numberTaken = true;
        return error;
    };
    if (!stored.shopOrderId.isEmpty() && !incoming.shopOrderId.isEmpty()
        && stored.shopOrderId != incoming.shopOrderId) {
        return numberTaken(tr("Order %1 of shop %2 is in the books already, with the id %3 in the "
                              "shop system. This one has the id %4, so it is another order with "
                              "the same number, probably of another shop: import each shop under "
                              "its own shop name.")
                               .arg(incoming.externalId, incoming.shop, stored.shopOrderId,
                                    incoming.shopOrderId));
    }
    const bool edited = amountsDiffer(stored, incoming);
    if (edited
        && (stored.currency != incoming.currency || stored.orderedAt != incoming.orderedAt)) {
        const auto placed = [](const QDateTime &at) {
            return QLocale().toString(at.toLocalTime(), QLocale::ShortFormat);
        };
        return numberTaken(tr("Order %1 of shop %2 is in the books already, placed on %3 in %4. "
                              "This one was placed on %5 in %6, so it is another order with "
                              "the same number, probably of another shop: import each shop "
                              "under its own shop name.")
                               .arg(incoming.externalId, incoming.shop, placed(stored.orderedAt),
                                    stored.currency.code(), placed(incoming.orderedAt),
                                    incoming.currency.code()));
    }
    if (edited && stored.cancelledAt.isValid())
        return makeError(tr("Order %1 was cancelled, and the shop now states other lines or "
                            "amounts for it. Kontor does not book a cancelled order anew; "
                            "correct it by hand.")
                             .arg(incoming.externalId));
    if (stored.cancelledAt.isValid() && !incoming.cancelledAt.isValid())
        return makeError(tr("Order %1 was cancelled and the shop no longer says so. Kontor does "
                            "not take back a cancellation; correct it by hand.")
                             .arg(incoming.externalId));
    if (incoming.refunded < stored.refunded)
        return makeError(tr("The refunded amount of order %1 went down from %2 to %3. Kontor "
                            "does not take back refunds; correct it by hand.")
                             .arg(incoming.externalId, stored.refunded.format(QLocale()),
                                  incoming.refunded.format(QLocale())));
    // Keep what Kontor knows (a payment and its date) when the export no longer says: an order
    // paid in full stays so, also when the shop edited its total.
    if (incoming.paid.isZero() && !stored.paid.isZero())
        incoming.paid = stored.paid == stored.total ? incoming.total : stored.paid;
    if (stored.paidAt.isValid() && !incoming.paidAt.isValid())
        incoming.paidAt = stored.paidAt;
    if (incoming.shopOrderId.isEmpty())
        incoming.shopOrderId = stored.shopOrderId;
    if (edited)
        return ImportChange::Edited;
    return importStateDiffers(stored, incoming) ? ImportChange::Updated : ImportChange::Unchanged;
}

Status OrderService::checkImported(Order &order, ImportBatchId batch)
{
    if (order.shop.trimmed().isEmpty() || order.externalId.trimmed().isEmpty())
        return makeError(tr("An order needs its shop and the shop's order id."));
    if (!order.orderedAt.isValid())
        return makeError(tr("Order %1 needs an order date.").arg(order.externalId));
    if (!order.currency.isValid())
        return makeError(tr("The order needs a currency."));
    if (order.refunded.isNegative())
        return makeError(tr("Order %1 has a negative refunded amount.").arg(order.externalId));
    order.importBatch = batch;
    int lineNo = 0;
    for (OrderLine &line : order.lines)
        line.lineNo = ++lineNo;
    return {};
}

QString OrderService::updateSummary(const Order &before, const Order &after, bool edited) const
{
    QString summary = after.number + u' ' + before.financialStatus + u" → " + after.financialStatus
                    + u", "
                    + m_texts.translate("Kontor::OrderService", "%1 %2 refunded")
                          .arg(after.refunded.toPlainString(), after.currency.code());
    if (after.paid != before.paid)
        summary += u", "
                 + m_texts.translate("Kontor::OrderService", "%1 %2 paid")
                       .arg(after.paid.toPlainString(), after.currency.code());
    if (after.cancelledAt.isValid())
        summary += u", " + m_texts.translate("Kontor::OrderService", "cancelled");
    if (edited)
        summary += u", "
                 + m_texts.translate("Kontor::OrderService",
                                     "edited in the shop: %1 → %2 %3, %n line(s), booked anew",
                                     nullptr, int(after.lines.size()))
                       .arg(before.total.toPlainString(), after.total.toPlainString(),
                            after.currency.code());
    return summary;
}

QString OrderService::importSummary(const Order &order)
{
    return order.number + u' ' + order.shop + u' ' + order.externalId + u' '
         + order.total.toPlainString() + u' ' + order.currency.code();
}

Result<OrderImport> OrderService::importOrder(const Actor &actor, Order order, ImportBatchId batch,
                                              QDate today)
{
    if (Status s = AccessPolicy::require(actor, Permission::RunImports); !s)
        return s.error();
    if (Status s = checkImported(order, batch); !s)
        return s.error();

    Transaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    auto known = m_repository.fingerprintOf(order.shop, order.externalId);
    if (!known)
        return known.error();
    OrderImport result;
    if (!known->has_value() || (*known)->withdrawn) {
        if (known->has_value()) {
            // Imported before and undone since: the same row takes it again.
            auto stored = m_repository.find((*known)->id);
            if (!stored)
                return stored.error();
            order.id = (*known)->id;
            order.number = (*stored)->number;
            order.withdrawn = false;
            if (Status s = m_repository.replace(order); !s)
                return s.error();
        } else if (auto id = insertNumbered(order); !id) {
            return id.error();
        }
        if (Status s = bookImportChanges(actor, nullptr, order, batch, today); !s)
            return s.error();
        if (Status s = m_audit.record(actor, QStringLiteral("import"), QStringLiteral("order"),
                                      order.id.value(), importSummary(order));
            !s)
            return s.error();
        result.action = ImportChange::New;
        m_db.afterCommit([this, changed = order.id] { Q_EMIT orderCreated(changed); });
    } else {
        auto stored = m_repository.find((*known)->id);
        if (!stored)
            return stored.error();
        Order &before = *stored.value();
        order.id = before.id;
        order.number = before.number;
        const auto change = changeOf(before, order);
        if (!change)
            return change.error();
        const bool edited = *change == ImportChange::Edited;
        if (edited) {
            if (Status s = rebookEdited(actor, before, order, batch, today); !s)
                return s.error();
        }
        if (*change == ImportChange::Unchanged) {
            // Only details changed (an address, a note): remember the new fingerprint, so that
            // the next run skips the order again.
            before.fingerprint = order.fingerprint;
            before.shopOrderId = order.shopOrderId;
            if (Status s = m_repository.updateImportState(before); !s)
                return s.error();
            result.action = ImportChange::Unchanged;
        } else {
            if (Status s = bookImportChanges(actor, &before, order, batch, today); !s)
                return s.error();
            if (Status s = m_repository.updateImportState(order); !s)
                return s.error();
            if (Status s = m_audit.record(actor, QStringLiteral("update"), QStringLiteral("order"),
                                          order.id.value(), updateSummary(before, order, edited));
                !s)
                return s.error();
            result.action = *change;
            result.previous = std::move(before);
            m_db.afterCommit([this, changed = order.id] { Q_EMIT orderChanged(changed); });
        }
    }
    if (Status s = tx.commit(); !s)
        return s.error();
    result.id = order.id;
    return result;
}

Result<std::vector<Result<OrderImport>>> OrderService::importOrders(const Actor &actor,
                                                                    std::vector<Order> orders,
                                                                    ImportBatchId batch,
                                                                    QDate today)
{
    if (Status s = AccessPolicy::require(actor, Permission::RunImports); !s)
        return s.error();
    std::vector<Result<OrderImport>> results(orders.size(), OrderImport());
    // New orders wait here (their places in orders), all checked, to be written together.
    std::vector<size_t> waiting;
    QSet<QString> waitingIds;
    const auto writeWaiting = [&]() -> Status {
        if (waiting.empty())
            return {};
        std::vector<Order *> written;
        for (size_t i : waiting)
            written.push_back(&orders[i]);
        if (Status s = insertImported(actor, written, batch); !s)
            return s;
        for (size_t i : waiting)
            results[i] = OrderImport{ImportChange::New, orders[i].id, std::nullopt};
        waiting.clear();
        waitingIds.clear();
        return {};
    };
    for (size_t i = 0; i < orders.size(); ++i) {
        Order &order = orders[i];
        if (Status s = checkImported(order, batch); !s) {
            results[i] = s.error();
            continue;
        }
        auto known = m_repository.fingerprintOf(order.shop, order.externalId);
        if (!known)
            return known.error();
        // A new order: everything that could refuse it is checked before it waits.
        if (!known->has_value() && !waitingIds.contains(order.externalId)) {
            if (auto amounts = importedSaleAmounts(order); !amounts) {
                results[i] = amounts.error();
                continue;
            }
            waiting.push_back(i);
            waitingIds.insert(order.externalId);
            continue;
        }
        // Anything else on its own, after the orders before it.
        if (Status s = writeWaiting(); !s)
            return s.error();
        Transaction attempt(m_db, Transaction::Attempt);
        if (!attempt.ok())
            return attempt.error();
        results[i] = importOrder(actor, std::move(order), batch, today);
        if (results[i]) {
            if (Status s = attempt.commit(); !s)
                return s.error();
            continue;
        }
        attempt.rollback();
        if (!attempt.leftNoTrace() || results[i].error().storageFailure)
            return results[i].error();
    }
    if (Status s = writeWaiting(); !s)
        return s.error();
    return results;
}

Status OrderService::insertImported(const Actor &actor, const std::vector<Order *> &orders,
                                    ImportBatchId batch)
{
    Transaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    const auto unnumbered = std::count_if(orders.begin(), orders.end(), [](const Order *order) {
        return order->number.isEmpty();
    });
    if (unnumbered > 0) {
        auto numbers = m_numbers.next(QStringLiteral("orders"), int(unnumbered));
        if (!numbers)
            return numbers.error();
        qsizetype next = 0;
        for (Order *order : orders)
            if (order->number.isEmpty())
                order->number = numbers->at(next++);
    }
    auto ids = m_repository.insert(std::vector<const Order *>(orders.begin(), orders.end()));
    if (!ids)
        return ids.error();
    Articles articles;
    if (Status s = readArticles(orders, articles); !s)
        return s;
    Movements movements;
    Postings entries;
    std::vector<AuditLog::Record> audit;
    audit.reserve(orders.size());
    for (size_t i = 0; i < orders.size(); ++i) {
        Order &order = *orders[i];
        order.id = ids->at(i);
        if (Status s = newImportBookings(order, batch, articles, movements, entries); !s)
            return s;
        audit.push_back({QStringLiteral("import"), QStringLiteral("order"), order.id.value(),
                         importSummary(order)});
    }
    if (Status s = m_stock.recordMovements(actor, movements, Consequence()); !s)
        return s;
    if (Status s = post(actor, entries); !s)
        return s;
    // An order cancelled or restocked before its first import is then settled as such.
    for (const Order *order : orders) {
        const bool settled = order->cancelledAt.isValid() || order->fulfilment == restocked;
        if (!settled)
            continue;
        if (Status s = settleImportChanges(actor, nullptr, *order, batch, {}, {}); !s)
            return s;
    }
    if (Status s = m_audit.record(actor, audit); !s)
        return s;
    for (const Order *order : orders)
        m_db.afterCommit([this, changed = order->id] { Q_EMIT orderCreated(changed); });
    return tx.commit();
}

Status OrderService::undoImport(const Actor &actor, ImportBatchId batch,
                                const std::vector<OrderId> &inserted,
                                const std::vector<PreviousOrder> &previous, QDate today)
{
    if (Status s = AccessPolicy::require(actor, Permission::RunImports); !s)
        return s;
    Transaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    // Each booking the batch made is taken out of effect: a chain of an entry and its
    // reversals that the batch's entries changed is toggled back. Everything goes in groups,
    // so that a batch of any size takes few statements and little memory.
    constexpr size_t group = 512;
    std::vector<OrderId> touched = inserted;
    for (const PreviousOrder &before : previous)
        touched.push_back(before.order.id);
    std::vector<JournalEntryId> tips;
    for (size_t i = 0; i < touched.size(); ++i) {
        auto entries = m_accounting.repository().entriesOf(touched[i]);
        if (!entries)
            return entries.error();
        for (const EntryChain &chain : EntryChain::of(*entries, batch))
            if (chain.effectOf != 0)
                tips.push_back(chain.tip);
        if (tips.size() >= group || i + 1 == touched.size()) {
            if (auto reversed = m_accounting.reverse(actor, tips, today, {}, Consequence());
                !reversed)
                return reversed.error();
            tips.clear();
        }
    }
    for (StockMovementId after;;) {
        auto page = m_stock.repository().movementsOf(batch, after, int(group));
        if (!page)
            return page.error();
        std::vector<StockMovement> movements = std::move(page).value();
        if (movements.empty())
            break;
        after = movements.back().id;
        for (StockMovement &undone : movements) {
            undone.id = {};
            undone.quantity = -undone.quantity;
            undone.kind = undone.kind == MovementKind::Sale     ? MovementKind::Return
                          : undone.kind == MovementKind::Return ? MovementKind::Sale
                                                                : MovementKind::Adjustment;
            undone.occurredAt = today.startOfDay(QTimeZone::utc());
            undone.importBatch = {};
        }
        if (Status s = m_stock.recordMovements(actor, movements, Consequence()); !s)
            return s;
    }
    for (size_t first = 0; first < inserted.size(); first += group) {
        const std::vector<OrderId> ids(inserted.begin() + qsizetype(first),
                                       inserted.begin()
                                           + qsizetype(std::min(first + group, inserted.size())));
        auto numbers = m_repository.withdraw(ids);
        if (!numbers)
            return numbers.error();
        std::vector<AuditLog::Record> records;
        for (size_t i = 0; i < ids.size(); ++i) {
            records.push_back({QStringLiteral("withdraw"), QStringLiteral("order"),
                               ids[i].value(), numbers->at(qsizetype(i))});
            m_db.afterCommit([this, id = ids[i]] { Q_EMIT orderChanged(id); });
        }
        if (Status s = m_audit.record(actor, records); !s)
            return s;
    }
    for (const auto &[order, edited] : previous) {
        if (Status s = edited ? m_repository.replace(order) : m_repository.updateImportState(order);
            !s)
            return s;
        if (Status s = m_audit.record(actor, QStringLiteral("restore"), QStringLiteral("order"),
                                      order.id.value(), order.number);
            !s)
            return s;
        m_db.afterCommit([this, id = order.id] { Q_EMIT orderChanged(id); });
    }
    return tx.commit();
}

ListSource<Order> OrderService::orders(const Actor &actor)
{
    return ListSource<Order>::guarded(actor, Permission::ViewOrders, m_repository,
                                      &OrderRepository::count, &OrderRepository::page);
}

ListSource<OrderLine> OrderService::orderLines(const Actor &actor)
{
    return ListSource<OrderLine>::guarded(actor, Permission::ViewOrders, m_repository,
                                          &OrderRepository::countLines,
                                          &OrderRepository::linePage);
}

} // namespace Kontor
