// SPDX-FileCopyrightText: 2026 The Kontor authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/pagedtablemodel.h"

#include "stock/stock.h"

namespace Kontor {
class StockService;
} // namespace Kontor

namespace Kontor::Ui {

/// Articles with their stock on hand in all warehouses; filter: words of SKU, name or EAN.
class ArticleTableModel final : public PagedTableModel<Article>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ArticleTableModel)
public:
    enum Column {
        SkuColumn,
        NameColumn,
        EanColumn,
        UnitColumn,
        SalesPriceColumn,
        PurchasePriceColumn,
        VatColumn,
        OnHandColumn,
        ColumnCount
    };

    explicit ArticleTableModel(StockService &stock, const Actor &actor, QObject *parent = nullptr);
    ~ArticleTableModel() override;

    int sortKeyForColumn(int column) const override;

private:
    QString columnTitle(int column) const override;
    Qt::Alignment columnAlignment(int column) const override;
    QVariant displayValue(const Article &article, int column) const override;
    QVariant sortValue(const Article &article, int column) const override;
};

} // namespace Kontor::Ui
