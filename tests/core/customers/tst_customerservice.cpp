// SPDX-FileCopyrightText: 2026 The Kontor authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "testcompany.h"
#include "testresult.h"
#include "testsql.h"

#include "customers/customerservice.h"

#include <QSignalSpy>
#include <QTest>

using namespace Kontor;
using namespace Kontor::Test;
using namespace Qt::StringLiterals;

class TestCustomerService : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void create_assignsNumberAndAuditsAndAnnounces();
    void create_withoutName_isRefusedAndWritesNothing();
    void create_withNumberGiven_keepsItAndTakesNoNumber();
};

void TestCustomerService::create_assignsNumberAndAuditsAndAnnounces()
{
    TestCompany company(TestCompany::Setup::Initialised);
    QSignalSpy created(&company->customers(), &CustomerService::customerCreated);
    Customer c;
    c.name = u"  Jürgen   Weiß  "_s;
    c.email = u" Juergen.Weiss@Example.ORG "_s;
    c.city = u"Görlitz"_s;
    const auto id = company->customers().create(TestCompany::actor(), c);
    KONTOR_VERIFY_OK(id);

    const auto stored = company->customers().repository().find(*id);
    KONTOR_VERIFY_OK(stored);
    QVERIFY(stored->has_value());
    QCOMPARE((*stored)->number, u"K000001"_s);
    QCOMPARE((*stored)->name, u"Jürgen Weiß"_s);
    QCOMPARE((*stored)->email, u"juergen.weiss@example.org"_s);
    QVERIFY((*stored)->createdAt.isValid());
    QCOMPARE(created.count(), 1);
    QCOMPARE(created.first().first().value<CustomerId>(), *id);
    QCOMPARE(
        selectValue(company->database().connection(),
            u"SELECT count(*) FROM audit_log WHERE record_type = 'customer' AND record_id = ?"_s,
            { id->value() })
            .toInt(),
        1);
    Customer second;
    second.name = u"Zweite Kundin"_s;
    const auto secondId = company->customers().create(TestCompany::actor(), second);
    KONTOR_VERIFY_OK(secondId);
    QCOMPARE(valueOr(company->customers().repository().find(*secondId), std::optional<Customer>())
                 ->number,
        u"K000002"_s);
}

void TestCustomerService::create_withoutName_isRefusedAndWritesNothing()
{
    TestCompany company(TestCompany::Setup::Initialised);
    const DatabaseSnapshot before = snapshot(company->database().connection());
    QSignalSpy created(&company->customers(), &CustomerService::customerCreated);
    Customer c;
    c.name = u"   "_s;
    const auto id = company->customers().create(TestCompany::actor(), c);
    QVERIFY(!id.ok());
    QVERIFY(!id.error().message.isEmpty());
    QCOMPARE(created.count(), 0);
    const QString changes = describeChanges(before, snapshot(company->database().connection()));
    QVERIFY2(changes.isEmpty(), qPrintable(changes));
}

void TestCustomerService::create_withNumberGiven_keepsItAndTakesNoNumber()
{
    TestCompany company(TestCompany::Setup::Initialised);
    Customer c;
    c.name = u"Altkunde"_s;
    c.number = u"ALT-17"_s;
    const auto id = company->customers().create(TestCompany::actor(), c);
    KONTOR_VERIFY_OK(id);
    QCOMPARE(
        valueOr(company->customers().repository().find(*id), std::optional<Customer>())->number,
        u"ALT-17"_s);
    Customer next;
    next.name = u"Neukunde"_s;
    const auto nextId = company->customers().create(TestCompany::actor(), next);
    KONTOR_VERIFY_OK(nextId);
    QCOMPARE(
        valueOr(company->customers().repository().find(*nextId), std::optional<Customer>())->number,
        u"K000001"_s);
}

QTEST_GUILESS_MAIN(TestCustomerService)
#include "tst_customerservice.moc"
