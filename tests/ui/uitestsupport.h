// SPDX-FileCopyrightText: 2026 The Kontor authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "testcompany.h"

#include "common/roles.h"
#include "company/company.h"
#include "orders/orderservice.h"
#include "stock/stockservice.h"

#include <QAbstractItemModel>
#include <QTest>

namespace Kontor::Test {

/// The text a view shows in a cell.
inline QString cellText(const QAbstractItemModel &model, int row, int column)
{
    return model.index(row, column).data().toString();
}

inline qint64 rowId(const QAbstractItemModel &model, int row)
{
    return model.index(row, 0).data(Ui::IdRole).toLongLong();
}

/// The n-th article (by SKU) that is kept in stock.
inline Article trackedArticle(Company &company, int n = 0)
{
    const auto articles = company.stock().repository().articlePage({}, {}, 0, 1000);
    if (articles) {
        for (const Article &article : *articles) {
            if (article.stockTracked && n-- == 0)
                return article;
        }
    }
    qFatal("trackedArticle: not so many stock articles");
}

/// A valid order of one stock article, as a shop would send it (number assigned on creation).
inline Order newOrder(Company &company, const QString &externalId)
{
    const Article article = trackedArticle(company);
    Order order;
    order.shop = QStringLiteral("ui-test");
    order.externalId = externalId;
    order.orderedAt = QDateTime::currentDateTimeUtc();
    order.currency = Currency::eur();
    order.shipping = Money::zero(Currency::eur());
    OrderLine line;
    line.lineNo = 1;
    line.article = article.id;
    line.sku = article.sku;
    line.description = article.name;
    line.quantity = Quantity(1);
    line.unitPrice = article.salesPrice;
    line.vatRate = article.vatRate;
    order.lines.push_back(line);
    return order;
}

} // namespace Kontor::Test
