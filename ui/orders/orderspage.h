// SPDX-FileCopyrightText: 2026 The Kontor authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/actor.h"
#include "common/pagewidget.h"

class QLabel;
class QTabWidget;

namespace Kontor {
class AccountingService;
class OrderService;
} // namespace Kontor

namespace Kontor::Ui {

class OrderBookingTableModel;
class OrderLineTableModel;
class OrderTableModel;
class TableView;

/// Orders with the lines of the current order below them (and, given bookings, what the order
/// booked), and a second tab with all lines.
class OrdersPage final : public PageWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OrdersPage)
public:
    /// bookings: null for a reader who may not see the books.
    OrdersPage(OrderService &orders, AccountingService *bookings, const Actor &actor,
               QWidget *parent = nullptr);
    ~OrdersPage() override;

    QString title() const override;
    QIcon icon() const override;
    QString statusText() const override;
    void refresh() override;
    TableView *mainView() const override { return m_orderView; }

    OrderTableModel *orderModel() const { return m_orders; }
    /// The lines of the current order (the detail pane).
    OrderLineTableModel *currentOrderLineModel() const { return m_orderLines; }
    /// All order lines (the second tab).
    OrderLineTableModel *allLineModel() const { return m_allLines; }
    /// What the current order booked; null without the permission to see the books.
    OrderBookingTableModel *bookingModel() const { return m_bookings; }
    /// The tabs under the orders: the current order's lines, then its bookings.
    QTabWidget *detailTabs() const { return m_detailTabs; }
    TableView *orderView() const { return m_orderView; }
    /// Shows the "Orders" (0) or "Order lines" (1) tab.
    void setCurrentTab(int tab);

private:
    void showOrder(qint64 id);

    OrderTableModel *m_orders = nullptr;
    OrderLineTableModel *m_orderLines = nullptr;
    OrderLineTableModel *m_allLines = nullptr;
    OrderBookingTableModel *m_bookings = nullptr;
    QTabWidget *m_tabs = nullptr;
    QTabWidget *m_detailTabs = nullptr;
    TableView *m_orderView = nullptr;
    QLabel *m_linesCaption = nullptr;
};

} // namespace Kontor::Ui
