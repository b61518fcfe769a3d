// SPDX-FileCopyrightText: 2026 The Kontor authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "articletablemodel.h"

#include "common/format.h"

#include "stock/stockservice.h"

namespace Kontor::Ui {

ArticleTableModel::ArticleTableModel(StockService &stock, const Actor &actor, QObject *parent)
    : PagedTableModel(stock.articles(actor), ColumnCount, Scope::Unscoped, parent)
{
    setDefaultSort(SkuColumn, Qt::AscendingOrder);
    connect(&stock, &StockService::articleCreated, this, [this] { noteChange(Change::Rows); });
    // Stock on hand is no sort key: a movement changes values, never the order of the rows.
    connect(&stock, &StockService::stockChanged, this, [this] { noteChange(Change::Values); });
}

ArticleTableModel::~ArticleTableModel() = default;

int ArticleTableModel::sortKeyForColumn(int column) const
{
    switch (column) {
    case SkuColumn: return StockRepository::ArticleBySku;
    case NameColumn: return StockRepository::ArticleByName;
    case SalesPriceColumn: return StockRepository::ArticleBySalesPrice;
    default: return -1;
    }
}

QString ArticleTableModel::columnTitle(int column) const
{
    switch (column) {
    case SkuColumn: return tr("SKU");
    case NameColumn: return tr("Name");
    case EanColumn: return tr("EAN");
    case UnitColumn: return tr("Unit");
    case SalesPriceColumn: return tr("Sales price");
    case PurchasePriceColumn: return tr("Purchase price");
    case VatColumn: return tr("VAT");
    case OnHandColumn: return tr("On hand");
    default: return {};
    }
}

Qt::Alignment ArticleTableModel::columnAlignment(int column) const
{
    switch (column) {
    case SalesPriceColumn:
    case PurchasePriceColumn:
    case VatColumn:
    case OnHandColumn:
        return Qt::AlignRight | Qt::AlignVCenter;
    default:
        return Qt::AlignLeft | Qt::AlignVCenter;
    }
}

QVariant ArticleTableModel::displayValue(const Article &article, int column) const
{
    switch (column) {
    case SkuColumn: return article.sku;
    case NameColumn: return article.name;
    case EanColumn: return article.ean;
    case UnitColumn: return unitName(article.unit);
    case SalesPriceColumn: return Format::money(article.salesPrice);
    case PurchasePriceColumn: return Format::money(article.purchasePrice);
    case VatColumn: return Format::percent(article.vatRate);
    case OnHandColumn:
        return article.stockTracked ? Format::quantity(article.onHand) : QString();
    default: return {};
    }
}

QVariant ArticleTableModel::sortValue(const Article &article, int column) const
{
    switch (column) {
    case SalesPriceColumn: return article.salesPrice.minorUnits();
    case PurchasePriceColumn: return article.purchasePrice.minorUnits();
    case VatColumn: return article.vatRate;
    case OnHandColumn: return article.onHand.units();
    default: return displayValue(article, column);
    }
}

} // namespace Kontor::Ui
