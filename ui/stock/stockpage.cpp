// SPDX-FileCopyrightText: 2026 The Kontor authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "stockpage.h"

#include "articletablemodel.h"
#include "stockmovementtablemodel.h"

#include "common/format.h"
#include "common/tableview.h"

#include "stock/stockservice.h"

#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Kontor::Ui {

StockPage::StockPage(StockService &stock, const Actor &actor, QWidget *parent)
    : PageWidget(parent)
    , m_stock(stock)
    , m_actor(actor)
    , m_articles(new ArticleTableModel(stock, actor, this))
    , m_movements(new StockMovementTableModel(stock, actor, this))
{
    auto *layout = new QVBoxLayout(this);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    auto *top = new QWidget(splitter);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    m_articleView = addTable(topLayout, m_articles, tr("Filter by SKU, name or EAN"));
    m_articleView->setStretchColumn(ArticleTableModel::NameColumn);
    m_articleView->setSelectsFirstRow(true);

    auto *bottom = new QWidget(splitter);
    auto *bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    m_caption = addCaption(bottomLayout);
    auto *detail = new QSplitter(Qt::Horizontal, bottom);
    auto *movementsPane = new QWidget(detail);
    auto *movementsLayout = new QVBoxLayout(movementsPane);
    movementsLayout->setContentsMargins(0, 0, 0, 0);
    addTable(movementsLayout, m_movements)->setStretchColumn(StockMovementTableModel::ReferenceColumn);
    m_levels = new QTreeWidget(detail);
    m_levels->setRootIsDecorated(false);
    m_levels->setSelectionMode(QAbstractItemView::NoSelection);
    m_levels->setHeaderLabels({tr("Warehouse"), tr("On hand")});
    m_levels->headerItem()->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
    m_levels->header()->setStretchLastSection(false);
    m_levels->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_levels->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    detail->addWidget(movementsPane);
    detail->addWidget(m_levels);
    detail->setStretchFactor(0, 3);
    detail->setStretchFactor(1, 1);
    bottomLayout->addWidget(detail, 1);

    splitter->addWidget(top);
    splitter->addWidget(bottom);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    layout->addWidget(splitter);

    connect(m_articleView, &TableView::currentIdChanged, this, &StockPage::showArticle);
    connect(&stock, &StockService::stockChanged, this, [this](ArticleId id) {
        if (id == m_movements->article())
            showLevels();
    });
    showArticle(0);
}

StockPage::~StockPage() = default;

QString StockPage::title() const
{
    return tr("Stock");
}

QIcon StockPage::icon() const
{
    return style()->standardIcon(QStyle::SP_DriveHDIcon);
}

QString StockPage::statusText() const
{
    return tr("%Ln article(s)", nullptr, m_articles->rowCount());
}

void StockPage::refresh()
{
    m_articles->refresh();
    m_movements->refresh();
    showLevels();
}

void StockPage::showArticle(qint64 id)
{
    m_movements->setArticle(ArticleId(id));
    const QModelIndex current = m_articleView->currentIndex();
    m_tracked = false;
    if (id <= 0 || !current.isValid()) {
        m_caption->setText(tr("Select an article to see its stock and movements."));
    } else {
        const auto cell = [&](int column) {
            return current.siblingAtColumn(column).data().toString();
        };
        //: Caption of an article's stock: %1 SKU, %2 name
        QString caption = tr("%1 · %2").arg(cell(ArticleTableModel::SkuColumn),
                                           cell(ArticleTableModel::NameColumn));
        // Only articles kept in stock have a number on hand.
        m_tracked = !cell(ArticleTableModel::OnHandColumn).isEmpty();
        if (!m_tracked)
            caption = tr("%1 (not kept in stock)").arg(caption);
        m_caption->setText(caption);
    }
    showLevels();
}

void StockPage::showLevels()
{
    m_levels->clear();
    const ArticleId article = m_movements->article();
    if (!article.isValid() || !m_tracked)
        return;
    const auto warehouses = m_stock.warehouses(m_actor);
    const auto levels = m_stock.levelsOf(m_actor, article);
    if (!warehouses || !levels) {
        Q_EMIT errorOccurred(!warehouses ? warehouses.error().toString()
                                         : levels.error().toString());
        return;
    }
    for (const Warehouse &warehouse : *warehouses) {
        Quantity onHand;
        for (const StockLevel &level : *levels) {
            if (level.warehouse == warehouse.id)
                onHand = level.quantity;
        }
        //: A warehouse in a list: %1 code, %2 name
        auto *item = new QTreeWidgetItem(m_levels, {tr("%1 – %2").arg(warehouse.code, warehouse.name),
                                                    Format::quantity(onHand)});
        item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
    }
}

} // namespace Kontor::Ui
