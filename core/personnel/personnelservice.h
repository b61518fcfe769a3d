// SPDX-FileCopyrightText: 2026 The Kontor authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "personnelrepository.h"

#include "common/actor.h"
#include "common/listsource.h"

#include <QObject>

namespace Kontor {

class AuditLog;
class NumberSeries;

/// The rules about departments and employees.
class PersonnelService final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PersonnelService)
public:
    PersonnelService(Database &db, PersonnelRepository &repository, NumberSeries &numbers,
                     AuditLog &audit, QObject *parent = nullptr);

    /// For the core's own services and the tests: reads and writes without a permission check.
    /// The GUI and the command line go through the methods that take an Actor.
    PersonnelRepository &repository() { return m_repository; }

    Result<DepartmentId> createDepartment(const Actor &actor, const Department &department);
    Result<EmployeeId> createEmployee(const Actor &actor, Employee employee);
    /// One employee's record, for someone with the permission to see personnel records; the
    /// salary only with the permission to see salaries (else it is left out: invalid).
    Result<std::optional<Employee>> employee(const Actor &actor, EmployeeId id);
    /// Employees, for a reader who may see personnel records; salaries as employee() gives them.
    ListSource<Employee> employees(const Actor &actor);

Q_SIGNALS:
    void employeeCreated(Kontor::EmployeeId id);

private:
    /// Leaves the salary out (invalid) unless actor may see salaries.
    static void withholdSalary(const Actor &actor, Employee &employee);

    Database &m_db;
    PersonnelRepository &m_repository;
    NumberSeries &m_numbers;
    AuditLog &m_audit;
};

} // namespace Kontor
