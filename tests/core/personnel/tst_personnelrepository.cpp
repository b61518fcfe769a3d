// SPDX-FileCopyrightText: 2026 The Kontor authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "pagingcheck.h"
#include "testcompany.h"
#include "testresult.h"
#include "testsql.h"

#include "common/clock.h"
#include "common/sortkey.h"
#include "personnel/personnelrepository.h"
#include "personnel/personnelservice.h"
#include "persistence/sql.h"

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
        return { Sql::sortKeyOf(e.lastName), Sql::sortKeyOf(e.firstName) };
    case PersonnelRepository::EmployeeByDepartment:
        return { Sql::sortKeyOf(e.departmentName) };
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
    void employeesAndDepartments_sortAsAGermanDictionary();

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
        QVERIFY(sortKey((*departments)[i - 1].name) < sortKey((*departments)[i].name));
}

void TestPersonnelRepository::employeesAndDepartments_sortAsAGermanDictionary()
{
    auto &personnel = (*m_company)->personnel();
    const auto department = [&](const QString &name) {
        return valueOr(personnel.createDepartment(TestCompany::actor(), { {}, name, {} }),
                       DepartmentId());
    };
    const DepartmentId offices = department(u"Ämterservice"_s);
    const DepartmentId purchasing = department(u"einkauf und Logistik"_s);
    QVERIFY(offices.isValid() && purchasing.isValid());
    // Last name first, then the first name; both without case and accents.
    const QList<std::pair<QString, QString>> expected = {
        {u"Müller"_s, u"Anna"_s}, {u"Muller"_s, u"Ben"_s}, {u"Müller"_s, u"Zoë"_s},
        {u"Musterfrau"_s, u"Érika"_s}, {u"Musterfrau"_s, u"Ida"_s}};
    for (qsizetype i = expected.size() - 1; i >= 0; --i) {
        Employee e;
        e.lastName = expected[i].first;
        e.firstName = expected[i].second;
        e.jobTitle = u"Sortierprobe"_s;
        e.department = i % 2 == 0 ? offices : purchasing;
        e.hiredOn = QDate(2025, 1, 2);
        e.monthlySalary = Money(300000, Currency::eur());
        KONTOR_VERIFY_OK(personnel.createEmployee(TestCompany::actor(), e));
    }
    const auto sorted = repository().employeePage(
        { u"Sortierprobe"_s, 0 }, { PersonnelRepository::EmployeeByName, Qt::AscendingOrder }, 0,
        100);
    KONTOR_VERIFY_OK(sorted);
    QList<std::pair<QString, QString>> names;
    for (const Employee &e : *sorted)
        names.append({e.lastName, e.firstName});
    QCOMPARE(names, expected);

    const auto byDepartment = repository().employeePage(
        { u"Sortierprobe"_s, 0 },
        { PersonnelRepository::EmployeeByDepartment, Qt::AscendingOrder }, 0, 100);
    KONTOR_VERIFY_OK(byDepartment);
    QCOMPARE(byDepartment->size(), size_t(5));
    QCOMPARE(byDepartment->front().departmentName, u"Ämterservice"_s);
    QCOMPARE(byDepartment->back().departmentName, u"einkauf und Logistik"_s);

    const auto departments = repository().departments();
    KONTOR_VERIFY_OK(departments);
    QStringList departmentNames;
    for (const Department &d : *departments)
        departmentNames << d.name;
    QCOMPARE(departmentNames,
             QStringList({u"Ämterservice"_s, u"Buchhaltung"_s, u"Einkauf"_s,
                          u"einkauf und Logistik"_s, u"Geschäftsführung"_s, u"Kundenservice"_s,
                          u"Lager und Versand"_s}));
}

QTEST_GUILESS_MAIN(TestPersonnelRepository)
#include "tst_personnelrepository.moc"
