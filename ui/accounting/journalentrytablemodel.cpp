// SPDX-FileCopyrightText: 2026 The Kontor authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "journalentrytablemodel.h"

#include "common/format.h"

#include "accounting/accountingservice.h"

namespace Kontor::Ui {

JournalEntryTableModel::JournalEntryTableModel(AccountingService &accounting, const Actor &actor,
                                               QObject *parent)
    : PagedTableModel(accounting.entries(actor), ColumnCount, Scope::Unscoped, parent)
{
    setDefaultSort(NumberColumn, Qt::DescendingOrder);
    connect(&accounting, &AccountingService::entryPosted, this,
            [this] { noteChange(Change::Rows); });
}

JournalEntryTableModel::~JournalEntryTableModel() = default;

int JournalEntryTableModel::sortKeyForColumn(int column) const
{
    switch (column) {
    case NumberColumn: return AccountingRepository::EntryByNumber;
    case DateColumn: return AccountingRepository::EntryByDate;
    case ReferenceColumn: return AccountingRepository::EntryByReference;
    default: return -1;
    }
}

QString JournalEntryTableModel::columnTitle(int column) const
{
    switch (column) {
    //: Column header: journal entry number
    case NumberColumn: return tr("Entry");
    case DateColumn: return tr("Booking date");
    case DescriptionColumn: return tr("Description");
    case ReferenceColumn: return tr("Reference");
    case AmountColumn: return tr("Amount");
    default: return {};
    }
}

Qt::Alignment JournalEntryTableModel::columnAlignment(int column) const
{
    return column == AmountColumn ? Qt::AlignRight | Qt::AlignVCenter
                                  : Qt::AlignLeft | Qt::AlignVCenter;
}

QVariant JournalEntryTableModel::displayValue(const JournalEntry &entry, int column) const
{
    switch (column) {
    case NumberColumn: return entry.number;
    case DateColumn: return Format::date(entry.bookingDate);
    case DescriptionColumn: return entry.description;
    case ReferenceColumn: return entry.reference;
    case AmountColumn: return Format::money(entry.amount);
    default: return {};
    }
}

QVariant JournalEntryTableModel::sortValue(const JournalEntry &entry, int column) const
{
    switch (column) {
    case DateColumn: return entry.bookingDate;
    case AmountColumn: return entry.amount.minorUnits();
    default: return displayValue(entry, column);
    }
}

} // namespace Kontor::Ui
