// SPDX-FileCopyrightText: 2026 The Kontor authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "testcompany.h"
#include "testresult.h"
#include "testsql.h"

#include "personnel/personnelservice.h"

#include <QSignalSpy>
#include <QTest>

using namespace Kontor;
using namespace Kontor::Test;
using namespace Qt::StringLiterals;

namespace {

Employee validEmployee()
{
    Employee e;
    e.firstName = u" Hannah "_s;
    e.lastName = u"  Schröder "_s;
    e.jobTitle = u"Buchhalterin"_s;
    e.hiredOn = QDate(2021, 3, 1);
    e.monthlySalary = Money(430000, Currency::eur());
    return e;
}

} // namespace

class TestPersonnelService : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void createEmployee_assignsNumberInDepartmentAndAnnounces();
    void createEmployee_withImpossibleData_isRefusedAndWritesNothing_data();
    void createEmployee_withImpossibleData_isRefusedAndWritesNothing();
    void createDepartment_withoutName_isRefused();
};

void TestPersonnelService::createEmployee_assignsNumberInDepartmentAndAnnounces()
{
    TestCompany company(TestCompany::Setup::Initialised);
    PersonnelService &personnel = company->personnel();
    const auto department = personnel.createDepartment(
        TestCompany::actor(), { DepartmentId(), u"Buchhaltung"_s, u"500"_s });
    KONTOR_VERIFY_OK(department);
    QSignalSpy created(&personnel, &PersonnelService::employeeCreated);
    Employee e = validEmployee();
    e.department = *department;
    const auto id = personnel.createEmployee(TestCompany::actor(), e);
    KONTOR_VERIFY_OK(id);

    const auto stored = personnel.repository().findEmployee(*id);
    KONTOR_VERIFY_OK(stored);
    QVERIFY(stored->has_value());
    QCOMPARE((*stored)->number, u"P0001"_s);
    QCOMPARE((*stored)->fullName(), u"Hannah Schröder"_s);
    QCOMPARE((*stored)->departmentName, u"Buchhaltung"_s);
    QCOMPARE((*stored)->hiredOn, QDate(2021, 3, 1));
    QVERIFY(!(*stored)->leftOn.isValid());
    QCOMPARE((*stored)->monthlySalary, Money(430000, Currency::eur()));
    QCOMPARE(created.count(), 1);
    QCOMPARE(
        selectValue(company->database().connection(),
            u"SELECT count(*) FROM audit_log WHERE record_type = 'employee' AND record_id = ?"_s,
            { id->value() })
            .toInt(),
        1);
}

void TestPersonnelService::createEmployee_withImpossibleData_isRefusedAndWritesNothing_data()
{
    QTest::addColumn<QString>("defect");
    QTest::newRow("no last name") << u"lastName"_s;
    QTest::newRow("no hiring date") << u"hiredOn"_s;
    QTest::newRow("left before hired") << u"leftOn"_s;
    QTest::newRow("negative salary") << u"salary"_s;
    QTest::newRow("salary without currency") << u"currency"_s;
    QTest::newRow("more hours than a week has") << u"hours"_s;
    QTest::newRow("department that does not exist") << u"department"_s;
}

void TestPersonnelService::createEmployee_withImpossibleData_isRefusedAndWritesNothing()
{
    QFETCH(QString, defect);
    TestCompany company(TestCompany::Setup::Initialised);
    Employee e = validEmployee();
    if (defect == u"lastName")
        e.lastName = u"  "_s;
    else if (defect == u"hiredOn")
        e.hiredOn = QDate();
    else if (defect == u"leftOn")
        e.leftOn = e.hiredOn.addDays(-1);
    else if (defect == u"salary")
        e.monthlySalary = Money(-1, Currency::eur());
    else if (defect == u"currency")
        e.monthlySalary = Money(100, Currency());
    else if (defect == u"hours")
        e.weeklyMinutes = 7 * 24 * 60 + 1;
    else if (defect == u"department")
        e.department = DepartmentId(4711);

    const DatabaseSnapshot before = snapshot(company->database().connection());
    QSignalSpy created(&company->personnel(), &PersonnelService::employeeCreated);
    const auto id = company->personnel().createEmployee(TestCompany::actor(), e);
    QVERIFY(!id.ok());
    QVERIFY(!id.error().message.isEmpty());
    QCOMPARE(created.count(), 0);
    const QString changes = describeChanges(before, snapshot(company->database().connection()));
    QVERIFY2(changes.isEmpty(), qPrintable(changes));
}

void TestPersonnelService::createDepartment_withoutName_isRefused()
{
    TestCompany company(TestCompany::Setup::Initialised);
    const auto id = company->personnel().createDepartment(
        TestCompany::actor(), { DepartmentId(), u" "_s, {} });
    QVERIFY(!id.ok());
    QCOMPARE(selectValue(company->database().connection(), u"SELECT count(*) FROM departments"_s)
                 .toInt(),
        0);
}

QTEST_GUILESS_MAIN(TestPersonnelService)
#include "tst_personnelservice.moc"
