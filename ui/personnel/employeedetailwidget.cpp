// SPDX-FileCopyrightText: 2026 The Kontor authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "employeedetailwidget.h"

#include "common/format.h"

#include "personnel/personnelrepository.h"
#include "personnel/personnelservice.h"

#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace Kontor::Ui {

EmployeeDetailWidget::EmployeeDetailWidget(PersonnelService &personnel, Actor actor,
                                           QWidget *parent)
    : QWidget(parent)
    , m_personnel(personnel)
    , m_actor(std::move(actor))
{
    auto *layout = new QVBoxLayout(this);
    m_heading = new QLabel(this);
    m_heading->setObjectName(QStringLiteral("heading"));
    QFont headingFont = m_heading->font();
    headingFont.setBold(true);
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.2);
    m_heading->setFont(headingFont);
    m_heading->setTextFormat(Qt::PlainText);
    layout->addWidget(m_heading);

    m_record = new QWidget(this);
    m_form = new QFormLayout(m_record);
    m_form->setContentsMargins(0, 0, 0, 0);
    m_form->setLabelAlignment(Qt::AlignRight);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_number = addRow(tr("Personnel number:"), QStringLiteral("number"));
    m_name = addRow(tr("Name:"), QStringLiteral("name"));
    m_department = addRow(tr("Department:"), QStringLiteral("department"));
    m_jobTitle = addRow(tr("Job title:"), QStringLiteral("jobTitle"));
    m_email = addRow(tr("E-mail:"), QStringLiteral("email"));
    m_phone = addRow(tr("Phone:"), QStringLiteral("phone"));
    m_address = addRow(tr("Address:"), QStringLiteral("address"));
    m_birthDate = addRow(tr("Birth date:"), QStringLiteral("birthDate"));
    m_hiredOn = addRow(tr("Hired on:"), QStringLiteral("hiredOn"));
    m_leftOn = addRow(tr("Left on:"), QStringLiteral("leftOn"));
    m_weeklyHours = addRow(tr("Weekly hours:"), QStringLiteral("weeklyHours"));
    if (m_actor.permissions.has(Permission::ViewSalaries))
        m_monthlySalary = addRow(tr("Monthly salary (gross):"), QStringLiteral("monthlySalary"));
    layout->addWidget(m_record);
    layout->addStretch(1);
    showRecord(nullptr);
}

EmployeeDetailWidget::~EmployeeDetailWidget() = default;

QLabel *EmployeeDetailWidget::addRow(const QString &label, const QString &objectName)
{
    auto *value = new QLabel(m_record);
    value->setObjectName(objectName);
    value->setTextFormat(Qt::PlainText);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_form->addRow(label, value);
    return value;
}

void EmployeeDetailWidget::setEmployee(EmployeeId id)
{
    if (id == m_employee)
        return;
    m_employee = id;
    if (!id.isValid()) {
        showRecord(nullptr);
        return;
    }
    const auto found = m_personnel.employee(m_actor, id);
    if (!found) {
        showRecord(nullptr);
        Q_EMIT loadFailed(found.error().toString());
        return;
    }
    showRecord(found->has_value() ? &found->value() : nullptr);
}

void EmployeeDetailWidget::showRecord(const Employee *employee)
{
    m_record->setVisible(employee != nullptr);
    if (!employee) {
        m_heading->setText(tr("No employee selected"));
        return;
    }
    const Employee &e = *employee;
    m_heading->setText(e.fullName());
    m_number->setText(e.number);
    m_name->setText(e.fullName());
    m_department->setText(e.departmentName);
    m_jobTitle->setText(e.jobTitle);
    m_email->setText(e.email);
    m_phone->setText(e.phone);
    //: A postal address: %1 street, %2 postcode, %3 city
    m_address->setText(tr("%1\n%2 %3").arg(e.street, e.postcode, e.city).trimmed());
    m_birthDate->setText(Format::date(e.birthDate));
    m_hiredOn->setText(Format::date(e.hiredOn));
    m_leftOn->setText(e.leftOn.isValid() ? Format::date(e.leftOn) : tr("still employed"));
    m_weeklyHours->setText(Format::hours(e.weeklyMinutes));
    if (m_monthlySalary)
        m_monthlySalary->setText(Format::money(e.monthlySalary));
}

} // namespace Kontor::Ui
