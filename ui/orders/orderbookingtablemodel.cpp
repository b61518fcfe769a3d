// SPDX-FileCopyrightText: 2026 The Kontor authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "orderbookingtablemodel.h"

#include "common/format.h"
#include "common/roles.h"

#include "accounting/accountingservice.h"


namespace Kontor::Ui {

namespace {

Qt::Alignment alignment(int column)
{
    const bool right = column == OrderBookingTableModel::DebitColumn
                       || column == OrderBookingTableModel::CreditColumn
                       || column == OrderBookingTableModel::VatColumn;
    return right ? Qt::AlignRight | Qt::AlignVCenter : Qt::AlignLeft | Qt::AlignVCenter;
}

} // namespace

OrderBookingTableModel::OrderBookingTableModel(AccountingService &accounting, const Actor &actor,
                                               QObject *parent)
    : QAbstractTableModel(parent)
    , m_accounting(accounting)
    , m_actor(actor)
{
}

OrderBookingTableModel::~OrderBookingTableModel() = default;

void OrderBookingTableModel::setOrder(OrderId order)
{
    if (order == m_order)
        return;
    m_order = order;
    reload();
}

void OrderBookingTableModel::reload()
{
    beginResetModel();
    m_entries.clear();
    m_rows.clear();
    QString failure;
    if (m_order.isValid()) {
        auto entries = m_accounting.bookingsOf(m_actor, m_order);
        if (entries)
            m_entries = std::move(entries).value();
        else
            failure = entries.error().toString();
    }
    for (size_t entry = 0; entry < m_entries.size(); ++entry)
        for (size_t line = 0; line < m_entries[entry].lines.size(); ++line)
            m_rows.push_back({entry, line});
    endResetModel();
    if (!failure.isEmpty())
        Q_EMIT loadFailed(failure);
}

int OrderBookingTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int OrderBookingTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OrderBookingTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows[size_t(index.row())];
    const JournalEntry &entry = m_entries[row.entry];
    const JournalLine &line = entry.lines[row.line];
    // The entry's own columns on its first line only, as in a ledger; a line is either debit
    // or credit, and the other side stays blank.
    const bool first = row.line == 0;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case EntryColumn: return first ? entry.number : QString();
        case DateColumn: return first ? Format::date(entry.bookingDate) : QString();
        case TextColumn: return first ? entry.description : line.memo;
        case AccountColumn: return line.accountNumber;
        case AccountNameColumn: return line.accountName;
        case VatColumn: return Format::percentOrBlank(line.vatRate);
        case DebitColumn: return Format::moneyOrBlank(line.debit);
        case CreditColumn: return Format::moneyOrBlank(line.credit);
        default: return {};
        }
    case SortRole:
        switch (index.column()) {
        case EntryColumn: return entry.number;
        case DateColumn: return entry.bookingDate;
        case VatColumn: return line.vatRate.value_or(-1);
        case DebitColumn: return line.debit.minorUnits();
        case CreditColumn: return line.credit.minorUnits();
        default: return data(index, Qt::DisplayRole);
        }
    case IdRole:
        return entry.id.value();
    case Qt::ToolTipRole:
        return entry.description;
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(alignment(index.column()));
    default:
        return {};
    }
}

QVariant OrderBookingTableModel::headerData(int section, Qt::Orientation orientation,
                                            int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue(alignment(section));
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case EntryColumn: return tr("Entry");
    case DateColumn: return tr("Date");
    case TextColumn: return tr("Text");
    case AccountColumn: return tr("Account");
    case AccountNameColumn: return tr("Account name");
    //: The tax rate a revenue or tax amount was booked at
    case VatColumn: return tr("VAT");
    case DebitColumn: return tr("Debit");
    case CreditColumn: return tr("Credit");
    default: return {};
    }
}

} // namespace Kontor::Ui
