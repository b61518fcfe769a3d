// SPDX-FileCopyrightText: 2026 The Kontor authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "pagingcheck.h"
#include "testcompany.h"
#include "testresult.h"
#include "testsql.h"

#include "common/clock.h"
#include "personnel/personnelrepository.h"
#include "personnel/personnelservice.h"

#include <QTest>

#include <memory>

using namespace Kontor;
using namespace Kontor::Test;
using namespace Qt::StringLiterals;

namespace {

QVariantList employeeSortValues(const Employee &e, int key)
{
    switch (key) {
    case PersonnelRepository::EmployeeByNumber:
        return { e.number };
    case PersonnelRepository::EmployeeByName:
        return { e.lastName, e.firstName };
    case PersonnelRepository::EmployeeByDepartment:
        return { orNull(e.departmentName) };
    case PersonnelRepository::EmployeeByHiredOn:
        return { Timestamps::dateToStorage(e.hiredOn) };
    }
    return {};
}
constexpr int employeeSortKeys = PersonnelRepository::EmployeeByHiredOn + 1;

PagedList employeeList(PersonnelRepository &repository, int key)
{
    PagedList list;
    list.count
        = [&repository](const ListFilter &filter) { return repository.countEmployees(filter); };
    list.page = pageOf<Employee>([&repository](const ListFilter &f, const ListSort &s, qint64 o,
                                     int l) { return repository.employeePage(f, s, o, l); },
        [key](const Employee &e) {
            return ListRow { e.id.value(), employeeSortValues(e, key) };
        });
    return list;
}

} // namespace

class TestPersonnelRepository : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void employeePage_throughEmployees_matchesCountInEverySort();
    void countEmployees_ofWordStart_findsByNameTitleOrCity_data();
    void countEmployees_ofWordStart_findsByNameTitleOrCity();
    void departments_listsTheDemoDepartmentsByName();

private:
    PersonnelRepository &repository() { return (*m_company)->personnel().repository(); }
    std::unique_ptr<TestCompany> m_company;
};

void TestPersonnelRepository::init()
{
    m_company = std::make_unique<TestCompany>(TestCompany::Setup::Demo, 20);
    // Freelancers belong to no department: NULLs in the department sort.
    for (const QString &name : { u"Ölmann"_s, u"Adler"_s }) {
        Employee e;
        e.firstName = u"Frei"_s;
        e.lastName = name;
        e.jobTitle = u"Aushilfe"_s;
        e.hiredOn = QDate(2024, 4, 1);
        e.monthlySalary = Money(52000, Currency::eur());
        KONTOR_VERIFY_OK((*m_company)->personnel().createEmployee(TestCompany::actor(), e));
    }
}

void TestPersonnelRepository::cleanup()
{
    m_company.reset();
}

void TestPersonnelRepository::employeePage_throughEmployees_matchesCountInEverySort()
{
    qint64 rows = 0;
    const QString problem
        = checkPagingInEverySort([this](int key) { return employeeList(repository(), key); },
            employeeSortKeys, {}, 3, &rows);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QCOMPARE(rows, qint64(20));
}

void TestPersonnelRepository::countEmployees_ofWordStart_findsByNameTitleOrCity_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("job title word start") << u"lager"_s;
    QTest::newRow("city") << u"LEIPZIG"_s;
    QTest::newRow("surname with umlaut") << u"ölm"_s;
    QTest::newRow("number") << u"p0001"_s;
}

void TestPersonnelRepository::countEmployees_ofWordStart_findsByNameTitleOrCity()
{
    QFETCH(QString, text);
    const auto all = repository().employeePage({}, {}, 0, 1000);
    KONTOR_VERIFY_OK(all);
    qint64 expected = 0;
    for (const Employee &e : *all) {
        const QString searchable
            = e.number + u' ' + e.firstName + u' ' + e.lastName + u' ' + e.jobTitle + u' ' + e.city;
        if (hasWordStartingWith(searchable, text))
            ++expected;
    }
    QVERIFY(expected > 0);
    QCOMPARE(valueOr(repository().countEmployees({ text, 0 }), qint64(-1)), expected);
}

void TestPersonnelRepository::departments_listsTheDemoDepartmentsByName()
{
    const auto departments = repository().departments();
    KONTOR_VERIFY_OK(departments);
    QCOMPARE(departments->size(), size_t(5));
    for (size_t i = 1; i < departments->size(); ++i)
        QVERIFY((*departments)[i - 1].name < (*departments)[i].name);
}

QTEST_GUILESS_MAIN(TestPersonnelRepository)
#include "tst_personnelrepository.moc"
