// SPDX-FileCopyrightText: 2026 The Kontor authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/pagewidget.h"

#include "common/actor.h"

class QComboBox;
class QDateEdit;

namespace Kontor {
class AuditLog;
} // namespace Kontor

namespace Kontor::Ui {

class AuditTableModel;
class TableView;

/// Who did what, when: the audit log, filtered by user, record type and days, and by words in
/// what was done. For managers and administrators (the permission to view the audit trail).
class AuditPage final : public PageWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuditPage)
public:
    AuditPage(AuditLog &audit, const Actor &actor, QWidget *parent = nullptr);
    ~AuditPage() override;

    QString title() const override;
    QIcon icon() const override;
    QString statusText() const override;
    void refresh() override;
    TableView *mainView() const override { return m_view; }

    AuditTableModel *model() const { return m_model; }
    /// Shows only what user did (empty: everyone).
    void setUser(const QString &user);
    void setRecordType(const QString &recordType);
    void setDays(QDate from, QDate to);

private:
    void fillChoices();
    void applyFilter();

    AuditLog &m_audit;
    const Actor m_actor;
    AuditTableModel *m_model = nullptr;
    TableView *m_view = nullptr;
    QComboBox *m_user = nullptr;
    QComboBox *m_record = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
};

} // namespace Kontor::Ui
