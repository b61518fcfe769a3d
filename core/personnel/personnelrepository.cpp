// SPDX-FileCopyrightText: 2026 The Kontor authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "personnelrepository.h"

#include "common/clock.h"
#include "persistence/database.h"
#include "persistence/sql.h"

namespace Kontor {

namespace {

const QString employeeColumns = QStringLiteral(
    "e.id, e.number, e.first_name, e.last_name, e.department_id, d.name, e.job_title, e.email, "
    "e.phone, e.street, e.postcode, e.city, e.birth_date, e.hired_on, e.left_on, "
    "e.weekly_minutes, e.monthly_salary, e.currency");
const QString employeeFrom
    = QStringLiteral("employees e LEFT JOIN departments d ON d.id = e.department_id");

Employee readEmployee(const QSqlQuery &q)
{
    Employee e;
    e.id = EmployeeId(q.value(0).toLongLong());
    e.number = q.value(1).toString();
    e.firstName = q.value(2).toString();
    e.lastName = q.value(3).toString();
    e.department = DepartmentId(q.value(4).toLongLong());
    e.departmentName = q.value(5).toString();
    e.jobTitle = q.value(6).toString();
    e.email = q.value(7).toString();
    e.phone = q.value(8).toString();
    e.street = q.value(9).toString();
    e.postcode = q.value(10).toString();
    e.city = q.value(11).toString();
    e.birthDate = Timestamps::dateFromStorage(q.value(12).toString());
    e.hiredOn = Timestamps::dateFromStorage(q.value(13).toString());
    e.leftOn = Timestamps::dateFromStorage(q.value(14).toString());
    e.weeklyMinutes = q.value(15).toInt();
    e.monthlySalary = Money(q.value(16).toLongLong(), Currency::fromCode(q.value(17).toString()));
    return e;
}

QVariant dateOrNull(QDate date)
{
    return date.isValid() ? QVariant(Timestamps::dateToStorage(date)) : QVariant();
}

} // namespace

PersonnelRepository::PersonnelRepository(Database &db)
    : m_db(db)
    , m_employees(db,
          { QStringLiteral("e.id"), employeeColumns, employeeFrom, QStringLiteral("employees e"),
              { { QStringLiteral("e.number"), true },
                  { QStringLiteral("e.last_name_key, e.first_name_key"), false },
                  { QStringLiteral("d.name_key"), false, true },
                  { QStringLiteral("e.hired_on"), false } },
              QString(), [](const ListFilter &filter) {
                  QList<Condition> conditions;
                  const QString match = Sql::ftsPrefixQuery(filter.text);
                  if (!match.isEmpty())
                      conditions << Condition { QStringLiteral(
                                                    "e.id IN (SELECT rowid FROM employees_search "
                                                    "WHERE employees_search MATCH ?)"),
                          { match } };
                  return conditions;
              } })
{ }

Result<DepartmentId> PersonnelRepository::insertDepartment(const Department &department)
{
    QSqlQuery &q = m_db.prepared(
        QStringLiteral("INSERT INTO departments (name, cost_centre, name_key) VALUES (?, ?, ?)"));
    q.addBindValue(department.name);
    q.addBindValue(Sql::nullIfEmpty(department.costCentre));
    q.addBindValue(Sql::sortKeyOf(department.name));
    if (Status s = Sql::exec(q); !s)
        return s.error();
    return DepartmentId(Sql::lastInsertId(q));
}

Result<std::vector<Department>> PersonnelRepository::departments()
{
    QSqlQuery &q = m_db.prepared(
        QStringLiteral("SELECT id, name, cost_centre FROM departments ORDER BY name_key, id"));
    return Sql::fetchAll<Department>(q, [](const QSqlQuery &row) {
        return Department { DepartmentId(row.value(0).toLongLong()), row.value(1).toString(),
            row.value(2).toString() };
    });
}

Result<EmployeeId> PersonnelRepository::insertEmployee(const Employee &e)
{
    QSqlQuery &q = m_db.prepared(QStringLiteral(
        "INSERT INTO employees (number, first_name, last_name, department_id, job_title, email, "
        "phone, street, postcode, city, birth_date, hired_on, left_on, weekly_minutes, "
        "monthly_salary, currency, created_at, last_name_key, first_name_key) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(e.number);
    q.addBindValue(e.firstName);
    q.addBindValue(e.lastName);
    q.addBindValue(Sql::nullIfInvalid(e.department));
    q.addBindValue(
        e.jobTitle.isNull() ? QStringLiteral("") : e.jobTitle); // may be empty, never NULL
    q.addBindValue(Sql::nullIfEmpty(e.email));
    q.addBindValue(Sql::nullIfEmpty(e.phone));
    q.addBindValue(Sql::nullIfEmpty(e.street));
    q.addBindValue(Sql::nullIfEmpty(e.postcode));
    q.addBindValue(Sql::nullIfEmpty(e.city));
    q.addBindValue(dateOrNull(e.birthDate));
    q.addBindValue(Timestamps::dateToStorage(e.hiredOn));
    q.addBindValue(dateOrNull(e.leftOn));
    q.addBindValue(e.weeklyMinutes);
    q.addBindValue(e.monthlySalary.minorUnits());
    q.addBindValue(e.monthlySalary.currency().code());
    q.addBindValue(Timestamps::nowUtc());
    q.addBindValue(Sql::sortKeyOf(e.lastName));
    q.addBindValue(Sql::sortKeyOf(e.firstName));
    if (Status s = Sql::exec(q); !s)
        return s.error();
    return EmployeeId(Sql::lastInsertId(q));
}

Status PersonnelRepository::fillSortKeys()
{
    if (Status s = Sql::fillSortKeys(m_db.connection(), QStringLiteral("departments"),
                                     {{QStringLiteral("name_key"), QStringLiteral("name")}});
        !s)
        return s;
    return Sql::fillSortKeys(m_db.connection(), QStringLiteral("employees"),
                             {{QStringLiteral("last_name_key"), QStringLiteral("last_name")},
                              {QStringLiteral("first_name_key"), QStringLiteral("first_name")}});
}

Result<std::optional<Employee>> PersonnelRepository::findEmployee(EmployeeId id)
{
    QSqlQuery &q = m_db.prepared(QStringLiteral("SELECT ") + employeeColumns
        + QStringLiteral(" FROM ") + employeeFrom + QStringLiteral(" WHERE e.id = ?"));
    q.addBindValue(id.value());
    return Sql::fetchOptional<Employee>(q, readEmployee);
}

Result<qint64> PersonnelRepository::countEmployees(const ListFilter &filter)
{
    return m_employees.count(filter);
}

Result<std::vector<Employee>> PersonnelRepository::employeePage(
    const ListFilter &filter, const ListSort &sort, qint64 offset, int limit)
{
    return m_employees.page<Employee>(filter, sort, offset, limit, readEmployee);
}

} // namespace Kontor
