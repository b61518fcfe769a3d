// SPDX-FileCopyrightText: 2026 The Kontor authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "employee.h"

#include "common/result.h"
#include "persistence/listquery.h"

#include <optional>
#include <vector>

namespace Kontor {

class Database;

/// All SQL about departments and employees.
class PersonnelRepository
{
public:
    enum EmployeeSort { EmployeeByNumber, EmployeeByName, EmployeeByDepartment, EmployeeByHiredOn };

    explicit PersonnelRepository(Database &db);

    Result<DepartmentId> insertDepartment(const Department &department);
    Result<std::vector<Department>> departments();

    Result<EmployeeId> insertEmployee(const Employee &employee);
    /// Gives the employees and departments written before schema 4 the sort keys of their
    /// names.
    Status fillSortKeys();
    Result<std::optional<Employee>> findEmployee(EmployeeId id);

    /// Employees; filter text: word prefixes of number, names, job title or city.
    Result<qint64> countEmployees(const ListFilter &filter);
    Result<std::vector<Employee>> employeePage(const ListFilter &filter, const ListSort &sort,
                                               qint64 offset, int limit);

private:
    Database &m_db;
    ListQuery m_employees;
};

} // namespace Kontor
