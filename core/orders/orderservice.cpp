// SPDX-FileCopyrightText: 2026 The Kontor authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "orderservice.h"

#include "accounting/accountingservice.h"
#include "audit/auditlog.h"
#include "company/numberseries.h"
#include "persistence/database.h"
#include "persistence/transaction.h"
#include "stock/stockservice.h"

#include <QLocale>

#include <map>

namespace Kontor {

namespace {

constexpr qint64 rateDenominator = 10000; // basis points

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

} // namespace

OrderService::OrderService(Database &db, OrderRepository &repository, StockService &stock,
                           AccountingService &accounting, NumberSeries &numbers, AuditLog &audit,
                           QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_repository(repository)
    , m_stock(stock)
    , m_accounting(accounting)
    , m_numbers(numbers)
    , m_audit(audit)
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

Result<QString> OrderService::revenueAccount(int vatRate) const
{
    const auto it = m_setup.revenueAccounts.constFind(vatRate);
    if (it == m_setup.revenueAccounts.cend())
        return makeError(tr("No revenue account is set up for VAT %1 %.")
                             .arg(QLocale().toString(vatRate / 100.0, 'f', vatRate % 100 ? 2 : 0)));
    return *it;
}

Result<QString> OrderService::vatAccount(int vatRate) const
{
    const auto it = m_setup.vatAccounts.constFind(vatRate);
    if (it == m_setup.vatAccounts.cend())
        return makeError(tr("No VAT account is set up for VAT %1 %.")
                             .arg(QLocale().toString(vatRate / 100.0, 'f', vatRate % 100 ? 2 : 0)));
    return *it;
}

Result<OrderId> OrderService::create(const Actor &actor, Order order)
{
    if (order.shop.trimmed().isEmpty() || order.externalId.trimmed().isEmpty())
        return makeError(tr("An order needs its shop and the shop's order id."));
    if (!order.orderedAt.isValid())
        return makeError(tr("Order %1 needs an order date.").arg(order.externalId));
    if (order.lines.empty())
        return makeError(tr("Order %1 has no lines.").arg(order.externalId));
    if (Result<void> computed = computeAmounts(order, m_setup.shippingVatRate); !computed)
        return computed.error();

    Transaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    auto existing = m_repository.findByExternalId(order.shop, order.externalId);
    if (!existing)
        return existing.error();
    if (existing->has_value())
        return makeError(tr("Order %1 from %2 exists already.").arg(order.externalId, order.shop));
    if (order.number.isEmpty()) {
        auto number = m_numbers.next(QStringLiteral("orders"));
        if (!number)
            return number.error();
        order.number = *number;
    }
    auto id = m_repository.insert(order);
    if (!id)
        return id.error();
    order.id = *id;

    // Stock lines leave the warehouse; their cost is booked against the inventory.
    const WarehouseId warehouse = order.warehouse.isValid() ? order.warehouse : m_setup.warehouse;
    std::optional<Money> cost;
    for (const OrderLine &line : order.lines) {
        if (!line.article.isValid())
            continue;
        auto article = m_stock.repository().findArticle(line.article);
        if (!article)
            return article.error();
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
        if (auto moved = m_stock.recordMovement(actor, movement); !moved)
            return moved.error();
        const Money lineCost = (*article)->purchasePrice * line.quantity.units();
        cost = cost ? *cost + lineCost : lineCost;
    }

    if (Status s = postOrder(actor, order); !s)
        return s.error();
    if (cost && !cost->isZero()) {
        if (Status s = postCostOfGoods(actor, order, *cost); !s)
            return s.error();
    }
    if (order.status == OrderStatus::Paid || order.status == OrderStatus::Shipped
        || order.status == OrderStatus::Completed) {
        if (Status s = postPayment(actor, order); !s)
            return s.error();
    }
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

Status OrderService::postOrder(const Actor &actor, const Order &order)
{
    JournalEntry entry;
    entry.bookingDate = bookingDate(order);
    entry.description = tr("Order %1").arg(order.number);
    entry.reference = order.number;
    entry.currency = order.currency;
    entry.order = order.id;

    auto receivable = m_accounting.accountId(m_setup.receivableAccount);
    if (!receivable)
        return receivable.error();
    entry.lines.push_back(JournalLine::debiting(*receivable, order.total));

    // Revenue and VAT per rate, shipping included at its rate.
    std::map<int, std::pair<Money, Money>> byRate; // rate → (net, tax)
    const auto add = [&](int rate, Money net, Money tax) {
        auto [it, inserted] = byRate.try_emplace(rate, Money::zero(order.currency),
                                                 Money::zero(order.currency));
        it->second.first += net;
        it->second.second += tax;
    };
    for (const OrderLine &line : order.lines)
        add(line.vatRate, line.net, line.tax);
    if (!order.shipping.isZero()) {
        const auto amounts = split(order.shipping, m_setup.shippingVatRate, true);
        Q_ASSERT(amounts); // computeAmounts already did this sum
        add(m_setup.shippingVatRate, amounts->net, amounts->tax);
    }
    for (const auto &[rate, amounts] : byRate) {
        const auto &[net, tax] = amounts;
        if (!net.isZero()) {
            auto number = revenueAccount(rate);
            if (!number)
                return number.error();
            auto account = m_accounting.accountId(*number);
            if (!account)
                return account.error();
            entry.lines.push_back(JournalLine::crediting(*account, net));
        }
        if (!tax.isZero()) {
            auto number = vatAccount(rate);
            if (!number)
                return number.error();
            auto account = m_accounting.accountId(*number);
            if (!account)
                return account.error();
            entry.lines.push_back(JournalLine::crediting(*account, tax));
        }
    }
    if (order.total.isZero())
        return {}; // a free order books nothing
    auto posted = m_accounting.post(actor, std::move(entry));
    if (!posted)
        return posted.error();
    return {};
}

Status OrderService::postCostOfGoods(const Actor &actor, const Order &order, Money cost)
{
    auto expense = m_accounting.accountId(m_setup.costOfGoodsAccount);
    if (!expense)
        return expense.error();
    auto inventory = m_accounting.accountId(m_setup.inventoryAccount);
    if (!inventory)
        return inventory.error();
    JournalEntry entry;
    entry.bookingDate = bookingDate(order);
    entry.description = tr("Cost of goods, order %1").arg(order.number);
    entry.reference = order.number;
    entry.currency = cost.currency();
    entry.order = order.id;
    entry.lines.push_back(JournalLine::debiting(*expense, cost));
    entry.lines.push_back(JournalLine::crediting(*inventory, cost));
    auto posted = m_accounting.post(actor, std::move(entry));
    if (!posted)
        return posted.error();
    return {};
}

Status OrderService::postPayment(const Actor &actor, const Order &order)
{
    if (order.total.isZero())
        return {};
    auto bank = m_accounting.accountId(m_setup.bankAccount);
    if (!bank)
        return bank.error();
    auto receivable = m_accounting.accountId(m_setup.receivableAccount);
    if (!receivable)
        return receivable.error();
    JournalEntry entry;
    entry.bookingDate = bookingDate(order);
    entry.description = order.paymentMethod.isEmpty()
                            ? tr("Payment, order %1").arg(order.number)
                            : tr("Payment (%1), order %2").arg(order.paymentMethod, order.number);
    entry.reference = order.number;
    entry.currency = order.currency;
    entry.order = order.id;
    entry.lines.push_back(JournalLine::debiting(*bank, order.total));
    entry.lines.push_back(JournalLine::crediting(*receivable, order.total));
    auto posted = m_accounting.post(actor, std::move(entry));
    if (!posted)
        return posted.error();
    return {};
}

} // namespace Kontor
