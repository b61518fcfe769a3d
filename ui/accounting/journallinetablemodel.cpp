// SPDX-FileCopyrightText: 2026 The Kontor authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "journallinetablemodel.h"

#include "common/format.h"
#include "common/roles.h"

#include "accounting/accountingservice.h"

namespace Kontor::Ui {

namespace {

Qt::Alignment alignment(int column)
{
    const bool right = column == JournalLineTableModel::DebitColumn
                       || column == JournalLineTableModel::CreditColumn
                       || column == JournalLineTableModel::VatColumn;
    return right ? Qt::AlignRight | Qt::AlignVCenter : Qt::AlignLeft | Qt::AlignVCenter;
}

} // namespace

JournalLineTableModel::JournalLineTableModel(AccountingService &accounting, const Actor &actor,
                                             QObject *parent)
    : QAbstractTableModel(parent)
    , m_accounting(accounting)
    , m_actor(actor)
{
}

JournalLineTableModel::~JournalLineTableModel() = default;

void JournalLineTableModel::setEntry(JournalEntryId entry)
{
    if (entry == m_entry)
        return;
    beginResetModel();
    m_entry = entry;
    m_lines.clear();
    QString failure;
    if (entry.isValid()) {
        auto lines = m_accounting.linesOf(m_actor, entry);
        if (lines)
            m_lines = std::move(lines).value();
        else
            failure = lines.error().toString();
    }
    endResetModel();
    if (!failure.isEmpty())
        Q_EMIT loadFailed(failure);
}

int JournalLineTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_lines.size());
}

int JournalLineTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant JournalLineTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const JournalLine &line = m_lines[size_t(index.row())];
    // A line is either debit or credit; the other side stays blank as in a ledger.
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case AccountColumn: return line.accountNumber;
        case AccountNameColumn: return line.accountName;
        case VatColumn: return Format::percentOrBlank(line.vatRate);
        case DebitColumn: return Format::moneyOrBlank(line.debit);
        case CreditColumn: return Format::moneyOrBlank(line.credit);
        case MemoColumn: return line.memo;
        default: return {};
        }
    case SortRole:
        switch (index.column()) {
        case VatColumn: return line.vatRate.value_or(-1);
        case DebitColumn: return line.debit.minorUnits();
        case CreditColumn: return line.credit.minorUnits();
        default: return data(index, Qt::DisplayRole);
        }
    case IdRole:
        return line.account.value();
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(alignment(index.column()));
    default:
        return {};
    }
}

QVariant JournalLineTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue(alignment(section));
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case AccountColumn: return tr("Account");
    case AccountNameColumn: return tr("Account name");
    //: The tax rate a revenue or tax amount was booked at
    case VatColumn: return tr("VAT");
    case DebitColumn: return tr("Debit");
    case CreditColumn: return tr("Credit");
    case MemoColumn: return tr("Memo");
    default: return {};
    }
}

} // namespace Kontor::Ui
