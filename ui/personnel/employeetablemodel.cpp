// SPDX-FileCopyrightText: 2026 The Kontor authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "employeetablemodel.h"

#include "common/format.h"

#include "personnel/personnelservice.h"

namespace Kontor::Ui {

EmployeeTableModel::EmployeeTableModel(PersonnelService &personnel, const Actor &actor,
                                       QObject *parent)
    : PagedTableModel(personnel.employees(actor), ColumnCount, Scope::Unscoped, parent)
{
    setDefaultSort(NameColumn, Qt::AscendingOrder);
    connect(&personnel, &PersonnelService::employeeCreated, this,
            [this] { noteChange(Change::Rows); });
}

EmployeeTableModel::~EmployeeTableModel() = default;

int EmployeeTableModel::sortKeyForColumn(int column) const
{
    switch (column) {
    case NumberColumn: return PersonnelRepository::EmployeeByNumber;
    case NameColumn: return PersonnelRepository::EmployeeByName;
    case DepartmentColumn: return PersonnelRepository::EmployeeByDepartment;
    case HiredOnColumn: return PersonnelRepository::EmployeeByHiredOn;
    default: return -1;
    }
}

QString EmployeeTableModel::columnTitle(int column) const
{
    switch (column) {
    //: Column header: personnel number
    case NumberColumn: return tr("No.");
    case NameColumn: return tr("Name");
    case DepartmentColumn: return tr("Department");
    case JobTitleColumn: return tr("Job title");
    case CityColumn: return tr("City");
    case HiredOnColumn: return tr("Hired on");
    case LeftOnColumn: return tr("Left on");
    default: return {};
    }
}

QVariant EmployeeTableModel::displayValue(const Employee &employee, int column) const
{
    switch (column) {
    case NumberColumn: return employee.number;
    //: An employee's name in a list sorted by last name: %1 last name, %2 first name
    case NameColumn: return tr("%1, %2").arg(employee.lastName, employee.firstName);
    case DepartmentColumn: return employee.departmentName;
    case JobTitleColumn: return employee.jobTitle;
    case CityColumn: return employee.city;
    case HiredOnColumn: return Format::date(employee.hiredOn);
    case LeftOnColumn: return Format::date(employee.leftOn);
    default: return {};
    }
}

QVariant EmployeeTableModel::sortValue(const Employee &employee, int column) const
{
    switch (column) {
    case HiredOnColumn: return employee.hiredOn;
    case LeftOnColumn: return employee.leftOn;
    default: return displayValue(employee, column);
    }
}

} // namespace Kontor::Ui
