// SPDX-FileCopyrightText: 2026 The Kontor authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/ids.h"
#include "common/money.h"

#include <QDate>
#include <QString>

namespace Kontor {

struct Department
{
    DepartmentId id;
    QString name;
    QString costCentre;
};

struct Employee
{
    EmployeeId id;
    QString number;          ///< assigned on creation when empty
    QString firstName;
    QString lastName;
    DepartmentId department;
    QString departmentName;  ///< filled by queries
    QString jobTitle;
    QString email;
    QString phone;
    QString street;
    QString postcode;
    QString city;
    QDate birthDate;
    QDate hiredOn;
    QDate leftOn;
    int weeklyMinutes = 40 * 60;
    Money monthlySalary;     ///< gross

    QString fullName() const { return firstName + u' ' + lastName; }
};

} // namespace Kontor
