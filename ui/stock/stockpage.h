// SPDX-FileCopyrightText: 2026 The Kontor authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/actor.h"
#include "common/pagewidget.h"

#include "common/ids.h"

class QLabel;
class QTreeWidget;

namespace Kontor {
class StockService;
} // namespace Kontor

namespace Kontor::Ui {

class ArticleTableModel;
class StockMovementTableModel;
class TableView;

/// Articles, with the current article's stock per warehouse and its movements below.
class StockPage final : public PageWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StockPage)
public:
    StockPage(StockService &stock, const Actor &actor, QWidget *parent = nullptr);
    ~StockPage() override;

    QString title() const override;
    QIcon icon() const override;
    QString statusText() const override;
    void refresh() override;
    TableView *mainView() const override { return m_articleView; }

    ArticleTableModel *articleModel() const { return m_articles; }
    StockMovementTableModel *movementModel() const { return m_movements; }
    TableView *articleView() const { return m_articleView; }
    /// Stock per warehouse of the current article.
    QTreeWidget *levelsView() const { return m_levels; }

private:
    void showArticle(qint64 id);
    void showLevels();

    StockService &m_stock;
    const Actor m_actor;
    ArticleTableModel *m_articles = nullptr;
    StockMovementTableModel *m_movements = nullptr;
    TableView *m_articleView = nullptr;
    QLabel *m_caption = nullptr;
    QTreeWidget *m_levels = nullptr;
    bool m_tracked = false;
};

} // namespace Kontor::Ui
