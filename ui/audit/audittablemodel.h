// SPDX-FileCopyrightText: 2026 The Kontor authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/pagedtablemodel.h"

#include "audit/auditlog.h"

namespace Kontor::Ui {

/// The audit log, newest first; filter: words in the summary, and the fields of
/// AuditLog::entries() (user, record type, days). Reads with the actor's permission.
class AuditTableModel final : public PagedTableModel<AuditEntry>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuditTableModel)
public:
    enum Column { TimeColumn, UserColumn, ActionColumn, RecordColumn, SummaryColumn, ColumnCount };

    AuditTableModel(AuditLog &audit, const Actor &actor, QObject *parent = nullptr);
    ~AuditTableModel() override;

    int sortKeyForColumn(int column) const override;

private:
    QString columnTitle(int column) const override;
    Qt::Alignment columnAlignment(int column) const override;
    QVariant displayValue(const AuditEntry &entry, int column) const override;
    QVariant sortValue(const AuditEntry &entry, int column) const override;
};

} // namespace Kontor::Ui
