// SPDX-FileCopyrightText: 2026 The Kontor authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/actor.h"

#include "personnel/employee.h"

#include <QWidget>

class QFormLayout;
class QLabel;

namespace Kontor {
class PersonnelRepository;
class PersonnelService;
} // namespace Kontor

namespace Kontor::Ui {

/// An employee's record, read-only: the detail pane of the personnel page.
class EmployeeDetailWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EmployeeDetailWidget)
public:
    /// actor: who looks; without the permission to see salaries the salary row is not there.
    EmployeeDetailWidget(PersonnelService &personnel, Actor actor, QWidget *parent = nullptr);
    ~EmployeeDetailWidget() override;

    /// Reads the employee and shows the record; an invalid id shows none.
    void setEmployee(EmployeeId id);
    EmployeeId employee() const { return m_employee; }

Q_SIGNALS:
    void loadFailed(const QString &message);

private:
    void showRecord(const Employee *employee);
    QLabel *addRow(const QString &label, const QString &objectName);

    PersonnelService &m_personnel;
    const Actor m_actor;
    EmployeeId m_employee;
    QLabel *m_heading = nullptr;
    QWidget *m_record = nullptr;
    QFormLayout *m_form = nullptr;
    QLabel *m_number = nullptr;
    QLabel *m_name = nullptr;
    QLabel *m_department = nullptr;
    QLabel *m_jobTitle = nullptr;
    QLabel *m_email = nullptr;
    QLabel *m_phone = nullptr;
    QLabel *m_address = nullptr;
    QLabel *m_birthDate = nullptr;
    QLabel *m_hiredOn = nullptr;
    QLabel *m_leftOn = nullptr;
    QLabel *m_weeklyHours = nullptr;
    QLabel *m_monthlySalary = nullptr;
};

} // namespace Kontor::Ui
