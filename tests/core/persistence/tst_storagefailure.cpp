// SPDX-FileCopyrightText: 2026 The Kontor authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "testcompany.h"
#include "testresult.h"
#include "testsql.h"

#include "customers/customerservice.h"
#include "importing/importservice.h"
#include "maintenance/integritycheck.h"

#include <QTest>

using namespace Kontor;
using namespace Kontor::Test;
using namespace Qt::StringLiterals;

/// A full disk or a read-only file in the middle of a write: a clear message, and the company
/// exactly as it was. (The tests run as root, for whom no file is read-only; SQLite's own
/// limits stand in: max_page_count fills the "disk", query_only makes the file read-only.)
class TestStorageFailure : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestCompany> m_company;
    QSqlDatabase db() { return m_company->company().database().connection(); }

private Q_SLOTS:
    void init() { m_company = std::make_unique<TestCompany>(TestCompany::Setup::Demo, 30); }
    void cleanup() { m_company.reset(); }

    void diskFull_duringAnImport_savesNothingAndSaysSo()
    {
        const DatabaseSnapshot before = snapshot(db());
        // No room for a single page more.
        QCOMPARE(execSql(db(), u"PRAGMA max_page_count = %1"_s.arg(
                                   selectValue(db(), u"PRAGMA page_count"_s).toLongLong())),
                 QString());
        ImportOptions options;
        options.profile = ImportProfile::builtIn(u"shopify");
        auto report = m_company->company().imports().importFile(
            TestCompany::actor(),
            qEnvironmentVariable("KONTOR_SOURCE_DIR") + u"/tests/data/import/shopify-orders.csv"_s, options);
        QVERIFY(!report);
        QVERIFY2(report.error().message.contains(u"disk is full"_s), qPrintable(report.error().message));
        QCOMPARE(describeChanges(before, snapshot(db())), QString());
        auto problems = IntegrityCheck::run(m_company->company().database());
        KONTOR_VERIFY_OK(problems);
        QVERIFY(problems->empty());
    }

    void readOnlyFile_refusesAWriteAndSaysSo()
    {
        const DatabaseSnapshot before = snapshot(db());
        QCOMPARE(execSql(db(), u"PRAGMA query_only = ON"_s), QString());
        Customer customer;
        customer.name = u"Erika Muster"_s;
        customer.country = u"DE"_s;
        auto created = m_company->company().customers().create(TestCompany::actor(), customer);
        QVERIFY(!created);
        QVERIFY2(created.error().message.contains(u"read-only"_s), qPrintable(created.error().message));
        QCOMPARE(execSql(db(), u"PRAGMA query_only = OFF"_s), QString());
        QCOMPARE(describeChanges(before, snapshot(db())), QString());
    }
};

QTEST_GUILESS_MAIN(TestStorageFailure)
#include "tst_storagefailure.moc"
