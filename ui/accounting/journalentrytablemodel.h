// SPDX-FileCopyrightText: 2026 The Kontor authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/pagedtablemodel.h"

#include "accounting/journal.h"

namespace Kontor {
class AccountingService;
} // namespace Kontor

namespace Kontor::Ui {

/// Posted journal entries, newest first; filter: an entry number or reference prefix.
class JournalEntryTableModel final : public PagedTableModel<JournalEntry>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JournalEntryTableModel)
public:
    enum Column {
        NumberColumn,
        DateColumn,
        DescriptionColumn,
        ReferenceColumn,
        AmountColumn,
        ColumnCount
    };

    JournalEntryTableModel(AccountingService &accounting, const Actor &actor,
                           QObject *parent = nullptr);
    ~JournalEntryTableModel() override;

    int sortKeyForColumn(int column) const override;

private:
    QString columnTitle(int column) const override;
    Qt::Alignment columnAlignment(int column) const override;
    QVariant displayValue(const JournalEntry &entry, int column) const override;
    QVariant sortValue(const JournalEntry &entry, int column) const override;
};

} // namespace Kontor::Ui
