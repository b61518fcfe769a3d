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
 * The lines of one journal entry: a handful of rows, read at once. Posted entries never
 * change (corrections are new entries), so the model only changes with setEntry().
 * Lines have no id of their own: IdRole gives the account's id.
 */
class JournalLineTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JournalLineTableModel)
public:
    enum Column {
        AccountColumn,
        AccountNameColumn,
        VatColumn,
        DebitColumn,
        CreditColumn,
        MemoColumn,
        ColumnCount
    };

    JournalLineTableModel(AccountingService &accounting, const Actor &actor,
                          QObject *parent = nullptr);
    ~JournalLineTableModel() override;

    /// Reads and shows the lines of entry; an invalid id shows none.
    void setEntry(JournalEntryId entry);
    JournalEntryId entry() const { return m_entry; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void loadFailed(const QString &message);

private:
    AccountingService &m_accounting;
    const Actor m_actor;
    JournalEntryId m_entry;
    std::vector<JournalLine> m_lines;
};

} // namespace Kontor::Ui
