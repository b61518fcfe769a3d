// SPDX-FileCopyrightText: 2026 The Kontor authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "uitestsupport.h"

#include "common/format.h"
#include "common/sortkey.h"
#include "personnel/employeetablemodel.h"
#include "personnel/personnelservice.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>

using namespace Kontor;
using namespace Kontor::Ui;
using Model = EmployeeTableModel;

class TestEmployeeTableModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void cleanupTestCase();

    void rows_areSortedByLastName_andShowTheEmployee();
    void filter_byCity_findsWhoLivesThere();
    void sort_byHiringDate();
    void sort_byJobTitle_isRefused();
    void newEmployee_appearsAfterOneReset();

private:
    std::unique_ptr<Test::TestCompany> m_company;
    std::unique_ptr<Model> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestEmployeeTableModel::initTestCase()
{
    m_company = std::make_unique<Test::TestCompany>(Test::TestCompany::Setup::Demo, 20);
}

void TestEmployeeTableModel::init()
{
    m_model = std::make_unique<Model>(m_company->company().personnel(), Test::TestCompany::actor());
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
}

void TestEmployeeTableModel::cleanup()
{
    m_tester.reset();
    m_model.reset();
}

void TestEmployeeTableModel::cleanupTestCase()
{
    m_company.reset();
}

void TestEmployeeTableModel::rows_areSortedByLastName_andShowTheEmployee()
{
    PersonnelRepository &repository = m_company->company().personnel().repository();
    QVERIFY(m_model->rowCount() >= 10);
    QCOMPARE(m_model->rowCount(), int(*repository.countEmployees({})));
    QString previousLastName;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const auto found = repository.findEmployee(m_model->idAt(m_model->index(row, 0)));
        QVERIFY(found && found->has_value());
        const Employee &employee = **found;
        QCOMPARE(Test::cellText(*m_model, row, Model::NumberColumn), employee.number);
        QCOMPARE(Test::cellText(*m_model, row, Model::NameColumn),
                 employee.lastName + QStringLiteral(", ") + employee.firstName);
        QCOMPARE(Test::cellText(*m_model, row, Model::DepartmentColumn), employee.departmentName);
        QCOMPARE(Test::cellText(*m_model, row, Model::HiredOnColumn), Format::date(employee.hiredOn));
        QCOMPARE(m_model->index(row, Model::HiredOnColumn).data(SortRole).toDate(), employee.hiredOn);
        QVERIFY(previousLastName <= sortKey(employee.lastName));
        previousLastName = sortKey(employee.lastName);
    }
}

void TestEmployeeTableModel::filter_byCity_findsWhoLivesThere()
{
    const QString city = Test::cellText(*m_model, 0, Model::CityColumn);
    QVERIFY(!city.isEmpty());
    m_model->setFilterText(city);
    QVERIFY(m_model->rowCount() >= 1);
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QString text = Test::cellText(*m_model, row, Model::CityColumn)
                           + Test::cellText(*m_model, row, Model::NameColumn)
                           + Test::cellText(*m_model, row, Model::JobTitleColumn);
        QVERIFY(text.contains(city.split(u' ').first(), Qt::CaseInsensitive));
    }
}

void TestEmployeeTableModel::sort_byHiringDate()
{
    m_model->sort(Model::HiredOnColumn, Qt::DescendingOrder);
    QCOMPARE(m_model->sortColumn(), int(Model::HiredOnColumn));
    for (int row = 1; row < m_model->rowCount(); ++row) {
        QVERIFY(m_model->index(row - 1, Model::HiredOnColumn).data(SortRole).toDate()
                >= m_model->index(row, Model::HiredOnColumn).data(SortRole).toDate());
    }
}

void TestEmployeeTableModel::sort_byJobTitle_isRefused()
{
    QSignalSpy resets(m_model.get(), &QAbstractItemModel::modelReset);
    m_model->sort(Model::JobTitleColumn, Qt::AscendingOrder);
    QCOMPARE(resets.count(), 0);
    QCOMPARE(m_model->sortColumn(), int(Model::NameColumn));
}

void TestEmployeeTableModel::newEmployee_appearsAfterOneReset()
{
    const int before = m_model->rowCount();
    QSignalSpy resets(m_model.get(), &QAbstractItemModel::modelReset);
    Employee employee;
    employee.firstName = QStringLiteral("Anna");
    employee.lastName = QStringLiteral("Aalto");
    employee.jobTitle = QStringLiteral("Einkäuferin");
    employee.hiredOn = QDate(2026, 1, 1);
    employee.monthlySalary = Money(300000, Currency::eur());
    const auto id = m_company->company().personnel().createEmployee(Test::TestCompany::actor(), employee);
    QVERIFY2(id, qPrintable(id ? QString() : id.error().toString()));
    QVERIFY(resets.wait());
    QCOMPARE(m_model->rowCount(), before + 1);
    QCOMPARE(m_model->idAt(m_model->index(0, 0)), *id);
    QCOMPARE(Test::cellText(*m_model, 0, Model::NameColumn), QStringLiteral("Aalto, Anna"));
}

QTEST_GUILESS_MAIN(TestEmployeeTableModel)
#include "tst_employeetablemodel.moc"
