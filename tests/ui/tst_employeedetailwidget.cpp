// SPDX-FileCopyrightText: 2026 The Kontor authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "uitestsupport.h"

#include "common/format.h"
#include "personnel/employeedetailwidget.h"
#include "personnel/personnelservice.h"

#include <QLabel>
#include <QSignalSpy>

using namespace Kontor;
using namespace Kontor::Ui;

class TestEmployeeDetailWidget : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void noEmployee_showsNoRecord();
    void employee_showsTheWholeRecord();
    void employeeWhoLeft_showsTheDate();

private:
    QString field(const EmployeeDetailWidget &widget, const char *name);
    EmployeeId create(const Employee &employee);

    std::unique_ptr<Test::TestCompany> m_company;
};

void TestEmployeeDetailWidget::initTestCase()
{
    m_company = std::make_unique<Test::TestCompany>(Test::TestCompany::Setup::Initialised);
}

void TestEmployeeDetailWidget::cleanupTestCase()
{
    m_company.reset();
}

QString TestEmployeeDetailWidget::field(const EmployeeDetailWidget &widget, const char *name)
{
    const auto *label = widget.findChild<QLabel *>(QString::fromLatin1(name));
    return label ? label->text() : QStringLiteral("<no field %1>").arg(QString::fromLatin1(name));
}

EmployeeId TestEmployeeDetailWidget::create(const Employee &employee)
{
    const auto id = m_company->company().personnel().createEmployee(Test::TestCompany::actor(), employee);
    if (!id)
        qFatal("%s", qPrintable(id.error().toString()));
    return *id;
}

void TestEmployeeDetailWidget::noEmployee_showsNoRecord()
{
    EmployeeDetailWidget widget(m_company->company().personnel(), Test::TestCompany::actor());
    widget.show();
    QVERIFY(QTest::qWaitForWindowExposed(&widget));
    QVERIFY(!widget.findChild<QLabel *>(QStringLiteral("email"))->isVisible());
    QVERIFY(!field(widget, "heading").isEmpty());
}

void TestEmployeeDetailWidget::employee_showsTheWholeRecord()
{
    Employee e;
    e.firstName = QStringLiteral("Jörg");
    e.lastName = QStringLiteral("Weiß");
    e.jobTitle = QStringLiteral("Lagerist");
    e.email = QStringLiteral("joerg.weiss@example.org");
    e.phone = QStringLiteral("+49 30 1234567");
    e.street = QStringLiteral("Gartenweg 4");
    e.postcode = QStringLiteral("10115");
    e.city = QStringLiteral("Berlin");
    e.birthDate = QDate(1990, 5, 17);
    e.hiredOn = QDate(2024, 4, 1);
    e.weeklyMinutes = 2310;
    e.monthlySalary = Money(298050, Currency::eur());
    const EmployeeId id = create(e);

    EmployeeDetailWidget widget(m_company->company().personnel(), Test::TestCompany::actor());
    widget.show();
    widget.setEmployee(id);
    QCOMPARE(widget.employee(), id);
    QVERIFY(widget.findChild<QLabel *>(QStringLiteral("email"))->isVisible());
    QCOMPARE(field(widget, "heading"), QStringLiteral("Jörg Weiß"));
    QVERIFY(!field(widget, "number").isEmpty());
    QCOMPARE(field(widget, "name"), QStringLiteral("Jörg Weiß"));
    QCOMPARE(field(widget, "jobTitle"), QStringLiteral("Lagerist"));
    QCOMPARE(field(widget, "email"), QStringLiteral("joerg.weiss@example.org"));
    QCOMPARE(field(widget, "phone"), QStringLiteral("+49 30 1234567"));
    QCOMPARE(field(widget, "address"), QStringLiteral("Gartenweg 4\n10115 Berlin"));
    QCOMPARE(field(widget, "birthDate"), Format::date(QDate(1990, 5, 17)));
    QCOMPARE(field(widget, "hiredOn"), Format::date(QDate(2024, 4, 1)));
    QCOMPARE(field(widget, "leftOn"), EmployeeDetailWidget::tr("still employed"));
    QCOMPARE(field(widget, "weeklyHours"), Format::hours(2310));
    QCOMPARE(field(widget, "monthlySalary"), Format::money(Money(298050, Currency::eur())));

    widget.setEmployee(EmployeeId());
    QVERIFY(!widget.findChild<QLabel *>(QStringLiteral("email"))->isVisible());
}

void TestEmployeeDetailWidget::employeeWhoLeft_showsTheDate()
{
    Employee e;
    e.firstName = QStringLiteral("Ida");
    e.lastName = QStringLiteral("Kurz");
    e.jobTitle = QStringLiteral("Buchhalterin");
    e.hiredOn = QDate(2020, 1, 1);
    e.leftOn = QDate(2025, 6, 30);
    e.monthlySalary = Money(250000, Currency::eur());
    EmployeeDetailWidget widget(m_company->company().personnel(), Test::TestCompany::actor());
    widget.setEmployee(create(e));
    QCOMPARE(field(widget, "leftOn"), Format::date(QDate(2025, 6, 30)));
}

QTEST_MAIN(TestEmployeeDetailWidget)
#include "tst_employeedetailwidget.moc"
