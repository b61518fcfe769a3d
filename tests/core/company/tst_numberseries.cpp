// SPDX-FileCopyrightText: 2026 The Kontor authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "testcompany.h"
#include "testresult.h"

#include "company/numberseries.h"
#include "persistence/transaction.h"

#include <QTest>

using namespace Kontor;
using namespace Kontor::Test;
using namespace Qt::StringLiterals;

class TestNumberSeries : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void next_givesPrefixedPaddedConsecutiveNumbers();
    void next_inRolledBackTransaction_givesTheNumberBack();
    void next_ofUndefinedSeries_isAnError();
    void define_ofExistingSeries_isRefused();
};

void TestNumberSeries::next_givesPrefixedPaddedConsecutiveNumbers()
{
    TestCompany company(TestCompany::Setup::Empty);
    NumberSeries &numbers = company->numbers();
    KONTOR_VERIFY_OK(numbers.define(u"credit-notes"_s, u"GS-"_s, 5));
    Transaction tx(company->database());
    QCOMPARE(valueOr(numbers.next(u"credit-notes"_s), QString()), u"GS-00001"_s);
    QCOMPARE(valueOr(numbers.next(u"credit-notes"_s), QString()), u"GS-00002"_s);
    QCOMPARE(valueOr(numbers.next(u"credit-notes"_s), QString()), u"GS-00003"_s);
    KONTOR_VERIFY_OK(tx.commit());
}

void TestNumberSeries::next_inRolledBackTransaction_givesTheNumberBack()
{
    TestCompany company(TestCompany::Setup::Empty);
    NumberSeries &numbers = company->numbers();
    KONTOR_VERIFY_OK(numbers.define(u"x"_s, u"X"_s, 3));
    {
        Transaction tx(company->database());
        QCOMPARE(valueOr(numbers.next(u"x"_s), QString()), u"X001"_s);
    }
    Transaction tx(company->database());
    QCOMPARE(valueOr(numbers.next(u"x"_s), QString()), u"X001"_s);
    KONTOR_VERIFY_OK(tx.commit());
}

void TestNumberSeries::next_ofUndefinedSeries_isAnError()
{
    TestCompany company(TestCompany::Setup::Empty);
    Transaction tx(company->database());
    const auto number = company->numbers().next(u"nowhere"_s);
    QVERIFY(!number.ok());
    QVERIFY(number.error().message.contains(u"nowhere"_s));
}

void TestNumberSeries::define_ofExistingSeries_isRefused()
{
    TestCompany company(TestCompany::Setup::Initialised);
    QVERIFY(!company->numbers().define(u"orders"_s, u"Z"_s, 3).ok());
    Transaction tx(company->database());
    QCOMPARE(valueOr(company->numbers().next(u"orders"_s), QString()), u"A0000001"_s);
}

QTEST_GUILESS_MAIN(TestNumberSeries)
#include "tst_numberseries.moc"
