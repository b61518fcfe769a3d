// SPDX-FileCopyrightText: 2026 The Kontor authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "order.h"

#include <QCoreApplication>

namespace Kontor {

namespace {
constexpr OrderStatus allStatuses[] = {OrderStatus::Open,      OrderStatus::Paid,
                                       OrderStatus::Shipped,   OrderStatus::Completed,
                                       OrderStatus::Cancelled, OrderStatus::Refunded};
}

QString orderStatusKey(OrderStatus status)
{
    switch (status) {
    case OrderStatus::Open: return QStringLiteral("open");
    case OrderStatus::Paid: return QStringLiteral("paid");
    case OrderStatus::Shipped: return QStringLiteral("shipped");
    case OrderStatus::Completed: return QStringLiteral("completed");
    case OrderStatus::Cancelled: return QStringLiteral("cancelled");
    case OrderStatus::Refunded: return QStringLiteral("refunded");
    }
    Q_UNREACHABLE();
    return {};
}

OrderStatus orderStatusFromKey(const QString &key)
{
    for (OrderStatus status : allStatuses)
        if (orderStatusKey(status) == key)
            return status;
    return OrderStatus::Open;
}

QString taxAmountsToStorage(const std::vector<TaxAmount> &taxes)
{
    QString text;
    for (const TaxAmount &tax : taxes) {
        if (!text.isEmpty())
            text += u';';
        text += QString::number(tax.rate) + u':' + QString::number(tax.amount.minorUnits());
    }
    return text;
}

std::vector<TaxAmount> taxAmountsFromStorage(QStringView text, Currency currency)
{
    std::vector<TaxAmount> taxes;
    for (QStringView part : text.split(u';', Qt::SkipEmptyParts)) {
        const qsizetype colon = part.indexOf(u':');
        bool rateOk = false, amountOk = false;
        const int rate = part.left(colon).toInt(&rateOk);
        const qint64 amount = part.mid(colon + 1).toLongLong(&amountOk);
        if (colon > 0 && rateOk && amountOk)
            taxes.push_back({rate, Money(amount, currency)});
    }
    return taxes;
}

QString orderStatusName(OrderStatus status)
{
    switch (status) {
    case OrderStatus::Open: return QCoreApplication::translate("Kontor::Order", "Open");
    case OrderStatus::Paid: return QCoreApplication::translate("Kontor::Order", "Paid");
    case OrderStatus::Shipped: return QCoreApplication::translate("Kontor::Order", "Shipped");
    case OrderStatus::Completed: return QCoreApplication::translate("Kontor::Order", "Completed");
    case OrderStatus::Cancelled: return QCoreApplication::translate("Kontor::Order", "Cancelled");
    case OrderStatus::Refunded: return QCoreApplication::translate("Kontor::Order", "Refunded");
    }
    Q_UNREACHABLE();
    return {};
}

} // namespace Kontor
