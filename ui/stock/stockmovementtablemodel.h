// SPDX-FileCopyrightText: 2026 The Kontor authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/pagedtablemodel.h"

#include "stock/stock.h"

namespace Kontor {
class StockService;
} // namespace Kontor

namespace Kontor::Ui {

/// The stock movements of one article (see setArticle()), newest first; filter: a warehouse
/// code or a reference prefix.
class StockMovementTableModel final : public PagedTableModel<StockMovement>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StockMovementTableModel)
public:
    enum Column {
        TimeColumn,
        KindColumn,
        WarehouseColumn,
        QuantityColumn,
        UnitCostColumn,
        ReferenceColumn,
        CreatedByColumn,
        ColumnCount
    };

    StockMovementTableModel(StockService &stock, const Actor &actor, QObject *parent = nullptr);
    ~StockMovementTableModel() override;

    /// Shows the movements of article (none for an invalid id).
    void setArticle(ArticleId article) { setScopeId(article.value()); }
    ArticleId article() const { return ArticleId(filter().scopeId); }

    int sortKeyForColumn(int column) const override;

private:
    QString columnTitle(int column) const override;
    Qt::Alignment columnAlignment(int column) const override;
    QVariant displayValue(const StockMovement &movement, int column) const override;
    QVariant sortValue(const StockMovement &movement, int column) const override;
};

} // namespace Kontor::Ui
