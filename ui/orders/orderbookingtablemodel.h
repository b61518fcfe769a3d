// SPDX-FileCopyrightText: 2026 The Kontor authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "accounting/journal.h"
#include "common/actor.h"

#include <QAbstractTableModel>

#include <vector>

namespace Kontor {
class AccountingService;
} // namespace Kontor

namespace Kontor::Ui {

/**
 * What the books say about one order: the lines of every entry posted for it (sale, cost of
 * goods, payment, refunds, and the reversals of cancellations and edits), entry by entry,
 * oldest first, as a ledger shows them: the entry's number, date and text on its first line.
 * An order has a handful of entries, read at once; setOrder() and reload() read them again.
 */
class OrderBookingTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OrderBookingTableModel)
public:
    enum Column {
        EntryColumn,
        DateColumn,
        TextColumn,
        AccountColumn,
        AccountNameColumn,
        VatColumn,
        DebitColumn,
        CreditColumn,
        ColumnCount
    };

    OrderBookingTableModel(AccountingService &accounting, const Actor &actor,
                           QObject *parent = nullptr);
    ~OrderBookingTableModel() override;

    /// Reads and shows the bookings of order; an invalid id shows none.
    void setOrder(OrderId order);
    OrderId order() const { return m_order; }
    /// Reads the order's bookings again (an import changed the order).
    void reload();
    /// How many entries the rows belong to.
    int entryCount() const { return int(m_entries.size()); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void loadFailed(const QString &message);

private:
    struct Row
    {
        size_t entry = 0;
        size_t line = 0;
    };

    AccountingService &m_accounting;
    const Actor m_actor;
    OrderId m_order;
    std::vector<JournalEntry> m_entries;
    std::vector<Row> m_rows;
};

} // namespace Kontor::Ui
