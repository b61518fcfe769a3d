// SPDX-FileCopyrightText: 2026 The Kontor authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/actor.h"

#include "common/pagewidget.h"

namespace Kontor {
class PersonnelService;
} // namespace Kontor

namespace Kontor::Ui {

class EmployeeDetailWidget;
class EmployeeTableModel;
class TableView;

/// Employees, with the current employee's record beside them.
class PersonnelPage final : public PageWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PersonnelPage)
public:
    /// actor: who looks (salaries only with the permission to see them).
    PersonnelPage(PersonnelService &personnel, const Actor &actor, QWidget *parent = nullptr);
    ~PersonnelPage() override;

    QString title() const override;
    QIcon icon() const override;
    QString statusText() const override;
    void refresh() override;
    TableView *mainView() const override { return m_employeeView; }

    EmployeeTableModel *employeeModel() const { return m_employees; }
    TableView *employeeView() const { return m_employeeView; }
    EmployeeDetailWidget *detail() const { return m_detail; }

private:
    EmployeeTableModel *m_employees = nullptr;
    TableView *m_employeeView = nullptr;
    EmployeeDetailWidget *m_detail = nullptr;
};

} // namespace Kontor::Ui
