// SPDX-FileCopyrightText: 2026 The Kontor authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "audittablemodel.h"

#include "common/format.h"

namespace Kontor::Ui {

AuditTableModel::AuditTableModel(AuditLog &audit, Actor actor, QObject *parent)
    : PagedTableModel(ColumnCount, Scope::Unscoped, parent)
    , m_audit(audit)
    , m_actor(std::move(actor))
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

Result<qint64> AuditTableModel::fetchCount(const ListFilter &filter) const
{
    return m_audit.count(m_actor, filter);
}

Result<std::vector<AuditEntry>> AuditTableModel::fetchPage(const ListFilter &filter,
                                                           const ListSort &sort, qint64 offset,
                                                           int limit) const
{
    return m_audit.page(m_actor, filter, sort, offset, limit);
}

QVariant AuditTableModel::displayValue(const AuditEntry &entry, int column) const
{
    switch (column) {
    case TimeColumn: return Format::dateTime(entry.occurredAt);
    case UserColumn: return entry.userName;
    case ActionColumn: return entry.action;
    case RecordColumn:
        return entry.recordId > 0 ? QStringLiteral("%1 %2").arg(entry.recordType).arg(entry.recordId)
                                  : entry.recordType;
    case SummaryColumn: return entry.summary;
    default: return {};
    }
}

QVariant AuditTableModel::sortValue(const AuditEntry &entry, int column) const
{
    return column == TimeColumn ? QVariant(entry.occurredAt) : displayValue(entry, column);
}

} // namespace Kontor::Ui
