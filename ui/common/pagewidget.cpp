// SPDX-FileCopyrightText: 2026 The Kontor authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "pagewidget.h"

#include "filterbar.h"
#include "pagedtablemodel.h"
#include "tableview.h"

#include <QBoxLayout>
#include <QLabel>

namespace Kontor::Ui {

PageWidget::PageWidget(QWidget *parent)
    : QWidget(parent)
{
}

PageWidget::~PageWidget() = default;

void PageWidget::watch(PagedTableModelBase *model)
{
    connect(model, &PagedTableModelBase::loadFailed, this, &PageWidget::errorOccurred,
            Qt::QueuedConnection);
    connect(model, &PagedTableModelBase::rowCountChanged, this, &PageWidget::statusTextChanged);
    connect(model, &QAbstractItemModel::modelReset, this, &PageWidget::statusTextChanged);
}

TableView *PageWidget::addTable(QBoxLayout *layout, PagedTableModelBase *model,
                                const QString &filterPlaceholder)
{
    if (!filterPlaceholder.isEmpty()) {
        auto *filter = new FilterBar(filterPlaceholder, this);
        connect(filter, &FilterBar::filterChanged, model, &PagedTableModelBase::setFilterText);
        layout->addWidget(filter);
    }
    auto *view = new TableView(this);
    view->setModel(model);
    layout->addWidget(view, 1);
    watch(model);
    return view;
}

QLabel *PageWidget::addCaption(QBoxLayout *layout)
{
    auto *caption = new QLabel(this);
    caption->setTextFormat(Qt::PlainText);
    QFont font = caption->font();
    font.setBold(true);
    caption->setFont(font);
    layout->addWidget(caption);
    return caption;
}

} // namespace Kontor::Ui
