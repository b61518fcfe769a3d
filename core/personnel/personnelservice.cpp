// SPDX-FileCopyrightText: 2026 The Kontor authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "personnelservice.h"

#include "audit/auditlog.h"
#include "common/accesspolicy.h"
#include "company/numberseries.h"
#include "persistence/database.h"
#include "persistence/transaction.h"

namespace Kontor {

PersonnelService::PersonnelService(Database &db, PersonnelRepository &repository,
                                   NumberSeries &numbers, AuditLog &audit, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_repository(repository)
    , m_numbers(numbers)
    , m_audit(audit)
{
}

Result<DepartmentId> PersonnelService::createDepartment(const Actor &actor,
                                                        const Department &department)
{
    if (Status s = AccessPolicy::require(actor, Permission::EditPersonnel); !s)
        return s.error();
    if (department.name.trimmed().isEmpty())
        return makeError(tr("A department needs a name."));
    Transaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    auto id = m_repository.insertDepartment(department);
    if (!id)
        return id.error();
    if (Status s = m_audit.record(actor, QStringLiteral("create"), QStringLiteral("department"),
                                  id->value(), department.name);
        !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return id;
}

Result<EmployeeId> PersonnelService::createEmployee(const Actor &actor, Employee employee)
{
    if (Status s = AccessPolicy::require(actor, Permission::EditPersonnel); !s)
        return s.error();
    employee.firstName = employee.firstName.simplified();
    employee.lastName = employee.lastName.simplified();
    if (employee.lastName.isEmpty())
        return makeError(tr("An employee needs a last name."));
    if (!employee.hiredOn.isValid())
        return makeError(tr("%1 needs a hiring date.").arg(employee.fullName()));
    if (employee.leftOn.isValid() && employee.leftOn < employee.hiredOn)
        return makeError(tr("%1 cannot leave before being hired.").arg(employee.fullName()));
    if (employee.monthlySalary.isNegative() || !employee.monthlySalary.currency().isValid())
        return makeError(tr("The salary of %1 needs a currency and cannot be negative.")
                             .arg(employee.fullName()));
    if (employee.weeklyMinutes < 0 || employee.weeklyMinutes > 7 * 24 * 60)
        return makeError(tr("The weekly hours of %1 are impossible.").arg(employee.fullName()));
    Transaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    if (employee.number.isEmpty()) {
        auto number = m_numbers.next(QStringLiteral("employees"));
        if (!number)
            return number.error();
        employee.number = *number;
    }
    auto id = m_repository.insertEmployee(employee);
    if (!id)
        return id.error();
    if (Status s = m_audit.record(actor, QStringLiteral("create"), QStringLiteral("employee"),
                                  id->value(), employee.number + u' ' + employee.fullName());
        !s)
        return s.error();
    m_db.afterCommit([this, changed = *id] { Q_EMIT employeeCreated(changed); });
    if (Status s = tx.commit(); !s)
        return s.error();
    return id;
}

Result<std::optional<Employee>> PersonnelService::employee(const Actor &actor, EmployeeId id)
{
    if (Status s = AccessPolicy::require(actor, Permission::ViewPersonnel); !s)
        return s.error();
    auto found = m_repository.findEmployee(id);
    if (!found)
        return found.error();
    std::optional<Employee> employee = std::move(found).value();
    if (employee)
        withholdSalary(actor, *employee);
    return employee;
}

ListSource<Employee> PersonnelService::employees(const Actor &actor)
{
    const auto all = ListSource<Employee>::guarded(actor, Permission::ViewPersonnel, m_repository,
                                                   &PersonnelRepository::countEmployees,
                                                   &PersonnelRepository::employeePage);
    return {[all](const ListFilter &filter) { return all.count(filter); },
            [all, actor](const ListFilter &filter, const ListSort &sort, qint64 offset,
                         int limit) {
                auto page = all.page(filter, sort, offset, limit);
                if (page) {
                    for (Employee &employee : page.value())
                        withholdSalary(actor, employee);
                }
                return page;
            }};
}

void PersonnelService::withholdSalary(const Actor &actor, Employee &employee)
{
    if (!actor.permissions.has(Permission::ViewSalaries))
        employee.monthlySalary = Money();
}

} // namespace Kontor
