// SPDX-FileCopyrightText: 2026 The Kontor authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "audittablemodel.h"

#include "common/format.h"

namespace Kontor::Ui {

AuditTableModel::AuditTableModel(AuditLog &audit, const Actor &actor, QObject *parent)
    : PagedTableModel(audit.entries(actor), ColumnCount, Scope::Unscoped, parent)
{
    setDefaultSort(TimeColumn, Qt::DescendingOrder);
}

AuditTableModel::~AuditTableModel() = default;

int AuditTableModel::sortKeyForColumn(int column) const
{
    switch (column) {
    case TimeColumn: return AuditLog::ByTime;
    case UserColumn: return AuditLog::ByUser;
    case RecordColumn: return AuditLog::ByRecord;
    default: return -1;
    }
}

QString AuditTableModel::columnTitle(int column) const
{
    switch (column) {
    case TimeColumn: return tr("When");
    case UserColumn: return tr("User");
    case ActionColumn: return tr("Action");
    case RecordColumn: return tr("Record");
    case SummaryColumn: return tr("What");
    default: return {};
    }
}

Qt::Alignment AuditTableModel::columnAlignment(int) const
{
    return Qt::AlignLeft | Qt::AlignVCenter;
}

QVariant AuditTableModel::displayValue(const AuditEntry &entry, int column) const
{
    switch (column) {
    case TimeColumn: return Format::dateTime(entry.occurredAt);
    case UserColumn: return entry.userName;
    case ActionColumn: return AuditLog::actionName(entry.action);
    case RecordColumn: {
        const QString type = AuditLog::recordTypeName(entry.recordType);
        //: An audited record: %1 its type, %2 its number in the database
        return entry.recordId > 0 ? tr("%1 %2").arg(type).arg(entry.recordId) : type;
    }
    case SummaryColumn: return entry.summary;
    default: return {};
    }
}

QVariant AuditTableModel::sortValue(const AuditEntry &entry, int column) const
{
    return column == TimeColumn ? QVariant(entry.occurredAt) : displayValue(entry, column);
}

} // namespace Kontor::Ui
