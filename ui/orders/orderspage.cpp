// SPDX-FileCopyrightText: 2026 The Kontor authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "orderspage.h"

#include "orderbookingtablemodel.h"
#include "orderlinetablemodel.h"
#include "ordertablemodel.h"

#include "common/tableview.h"

#include <QLabel>
#include <QSplitter>
#include <QStyle>
#include <QTabWidget>
#include <QVBoxLayout>

namespace Kontor::Ui {

OrdersPage::OrdersPage(OrderService &orders, AccountingService *bookings, const Actor &actor,
                       QWidget *parent)
    : PageWidget(parent)
    , m_orders(new OrderTableModel(orders, actor, this))
    , m_orderLines(new OrderLineTableModel(orders, actor, PagedTableModelBase::Scope::Required,
                                           this))
    , m_allLines(new OrderLineTableModel(orders, actor, PagedTableModelBase::Scope::Unscoped,
                                         this))
    , m_bookings(bookings ? new OrderBookingTableModel(*bookings, actor, this) : nullptr)
    , m_tabs(new QTabWidget(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);

    // Orders, and the lines of the current one.
    auto *ordersTab = new QWidget(m_tabs);
    auto *ordersLayout = new QVBoxLayout(ordersTab);
    auto *splitter = new QSplitter(Qt::Vertical, ordersTab);
    auto *top = new QWidget(splitter);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    m_orderView = addTable(topLayout, m_orders,
                           tr("Filter by order number, shop order or customer name"));
    m_orderView->setStretchColumn(OrderTableModel::CustomerColumn);
    m_orderView->setSelectsFirstRow(true);
    auto *bottom = new QWidget(splitter);
    auto *bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    m_linesCaption = addCaption(bottomLayout);
    // The current order's lines, and for those who may see the books what it booked.
    m_detailTabs = new QTabWidget(bottom);
    m_detailTabs->setDocumentMode(true);
    auto *linesPane = new QWidget(m_detailTabs);
    auto *linesPaneLayout = new QVBoxLayout(linesPane);
    linesPaneLayout->setContentsMargins(0, 0, 0, 0);
    TableView *linesView = addTable(linesPaneLayout, m_orderLines);
    linesView->hideColumn(OrderLineTableModel::OrderColumn);
    linesView->setStretchColumn(OrderLineTableModel::DescriptionColumn);
    m_detailTabs->addTab(linesPane, tr("Lines"));
    if (m_bookings) {
        auto *bookingView = new TableView(m_detailTabs);
        bookingView->setObjectName(QStringLiteral("orderBookings"));
        bookingView->setModel(m_bookings);
        bookingView->setStretchColumn(OrderBookingTableModel::TextColumn);
        m_detailTabs->addTab(bookingView, tr("Bookings"));
        connect(m_bookings, &OrderBookingTableModel::loadFailed, this,
                &PageWidget::errorOccurred, Qt::QueuedConnection);
    }
    bottomLayout->addWidget(m_detailTabs, 1);
    splitter->addWidget(top);
    splitter->addWidget(bottom);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    ordersLayout->addWidget(splitter);
    m_tabs->addTab(ordersTab, tr("Orders"));

    auto *linesTab = new QWidget(m_tabs);
    auto *linesLayout = new QVBoxLayout(linesTab);
    addTable(linesLayout, m_allLines, tr("Filter by order number or SKU"))
        ->setStretchColumn(OrderLineTableModel::DescriptionColumn);
    m_tabs->addTab(linesTab, tr("Order lines"));

    connect(m_orderView, &TableView::currentIdChanged, this, &OrdersPage::showOrder);
    connect(m_tabs, &QTabWidget::currentChanged, this, &PageWidget::statusTextChanged);
    showOrder(0);
}

OrdersPage::~OrdersPage() = default;

QString OrdersPage::title() const
{
    return tr("Orders");
}

QIcon OrdersPage::icon() const
{
    return style()->standardIcon(QStyle::SP_FileDialogDetailedView);
}

QString OrdersPage::statusText() const
{
    if (m_tabs->currentIndex() == 1)
        return tr("%Ln order line(s)", nullptr, m_allLines->rowCount());
    return tr("%Ln order(s)", nullptr, m_orders->rowCount());
}

void OrdersPage::refresh()
{
    m_orders->refresh();
    m_orderLines->refresh();
    m_allLines->refresh();
    if (m_bookings)
        m_bookings->reload();
}

void OrdersPage::setCurrentTab(int tab)
{
    m_tabs->setCurrentIndex(tab);
}

void OrdersPage::showOrder(qint64 id)
{
    m_orderLines->setOrder(OrderId(id));
    if (m_bookings)
        m_bookings->setOrder(OrderId(id));
    const QModelIndex current = m_orderView->currentIndex();
    if (id <= 0 || !current.isValid()) {
        m_linesCaption->setText(tr("Select an order to see its lines."));
        return;
    }
    const auto cell = [&](int column) { return current.siblingAtColumn(column).data().toString(); };
    //: Caption of an order's lines: %1 order number, %2 customer, %3 total
    m_linesCaption->setText(tr("Order %1 · %2 · %3")
                                .arg(cell(OrderTableModel::NumberColumn),
                                     cell(OrderTableModel::CustomerColumn),
                                     cell(OrderTableModel::TotalColumn)));
}

} // namespace Kontor::Ui
