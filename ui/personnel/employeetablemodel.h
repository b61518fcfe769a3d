// SPDX-FileCopyrightText: 2026 The Kontor authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/pagedtablemodel.h"

#include "personnel/employee.h"

namespace Kontor {
class PersonnelService;
} // namespace Kontor

namespace Kontor::Ui {

/// Employees; filter: words of number, names, job title or city.
class EmployeeTableModel final : public PagedTableModel<Employee>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EmployeeTableModel)
public:
    enum Column {
        NumberColumn,
        NameColumn,
        DepartmentColumn,
        JobTitleColumn,
        CityColumn,
        HiredOnColumn,
        LeftOnColumn,
        ColumnCount
    };

    EmployeeTableModel(PersonnelService &personnel, const Actor &actor,
                       QObject *parent = nullptr);
    ~EmployeeTableModel() override;

    int sortKeyForColumn(int column) const override;

private:
    QString columnTitle(int column) const override;
    QVariant displayValue(const Employee &employee, int column) const override;
    QVariant sortValue(const Employee &employee, int column) const override;
};

} // namespace Kontor::Ui
