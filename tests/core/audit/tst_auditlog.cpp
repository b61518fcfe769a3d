// SPDX-FileCopyrightText: 2026 The Kontor authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "testcompany.h"
#include "testresult.h"
#include "testsql.h"

#include "audit/auditlog.h"
#include "persistence/transaction.h"
#include "users/user.h"

#include <QTest>

using namespace Kontor;
using namespace Kontor::Test;
using namespace Qt::StringLiterals;

/// The audit log as the audit page reads it: filtered by user, record and day, a page at a time.
class TestAuditLog : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestCompany> m_company;
    AuditLog &audit() { return m_company->company().audit(); }

    void write(const QString &user, const QString &action, const QString &record, qint64 id,
               const QString &summary)
    {
        Transaction tx(m_company->company().database());
        QVERIFY(audit().record(Actor(user), action, record, id, summary));
        QVERIFY(tx.commit());
    }
    QStringList summaries(const ListFilter &filter)
    {
        auto rows = audit().entries(TestCompany::actor()).page(filter, {AuditLog::ByTime, Qt::DescendingOrder}, 0, 100);
        if (!rows)
            qFatal("%s", qPrintable(rows.error().message));
        QStringList result;
        for (const AuditEntry &e : *rows)
            result << e.summary;
        return result;
    }

private Q_SLOTS:
    void init()
    {
        m_company = std::make_unique<TestCompany>(TestCompany::Setup::Empty);
        write(u"karl"_s, u"create"_s, u"order"_s, 1, u"A0000001 50.00 EUR"_s);
        write(u"berta"_s, u"post"_s, u"journal_entry"_s, 7, u"B00000007 100% Rabatt_Aktion"_s);
        write(u"karl"_s, u"create"_s, u"customer"_s, 3, u"K000003 Erika"_s);
    }
    void cleanup() { m_company.reset(); }

    void page_filtersByUserRecordAndText()
    {
        QCOMPARE(summaries({}), QStringList({u"K000003 Erika"_s, u"B00000007 100% Rabatt_Aktion"_s,
                                             u"A0000001 50.00 EUR"_s}));
        ListFilter byUser;
        byUser.fields.insert(QLatin1StringView(AuditLog::userField), u"karl"_s);
        QCOMPARE(summaries(byUser), QStringList({u"K000003 Erika"_s, u"A0000001 50.00 EUR"_s}));
        ListFilter byRecord;
        byRecord.fields.insert(QLatin1StringView(AuditLog::recordField), u"journal_entry"_s);
        QCOMPARE(summaries(byRecord), QStringList({u"B00000007 100% Rabatt_Aktion"_s}));
        ListFilter byText{u"100%"_s, 0, {}};
        QCOMPARE(summaries(byText), QStringList({u"B00000007 100% Rabatt_Aktion"_s}));
        ListFilter wildcard{u"0_A"_s, 0, {}}; // "_" is a character, not a wildcard
        QCOMPARE(summaries(wildcard), QStringList());
        QCOMPARE(valueOr(audit().entries(TestCompany::actor()).count(byUser), qint64(-1)), 2);
        QCOMPARE(valueOr(audit().userNames(TestCompany::actor()), QStringList()),
                 QStringList({u"berta"_s, u"karl"_s}));
    }

    void page_filtersByLocalDays()
    {
        ListFilter today;
        today.fields.insert(QLatin1StringView(AuditLog::fromField), QDate::currentDate());
        today.fields.insert(QLatin1StringView(AuditLog::toField), QDate::currentDate());
        QCOMPARE(summaries(today).size(), 3);
        ListFilter yesterday;
        yesterday.fields.insert(QLatin1StringView(AuditLog::toField), QDate::currentDate().addDays(-1));
        QCOMPARE(summaries(yesterday).size(), 0);
    }

    void names_readAsWords_andUnknownKeysStayAsStored()
    {
        QCOMPARE(AuditLog::actionName(u"post"_s), u"posted"_s);
        QCOMPARE(AuditLog::actionName(u"login_failed"_s), u"login failed"_s);
        QCOMPARE(AuditLog::recordTypeName(u"journal_entry"_s), u"Journal entry"_s);
        QCOMPARE(AuditLog::recordTypeName(u"stock_movement"_s), u"Stock movement"_s);
        // Written by a newer Kontor: shown as it is rather than dropped.
        QCOMPARE(AuditLog::actionName(u"archive"_s), u"archive"_s);
        QCOMPARE(AuditLog::recordTypeName(u"payslip"_s), u"payslip"_s);
    }

    void reading_needsThePermissionToViewTheAuditTrail()
    {
        Actor clerk(u"karl"_s);
        clerk.permissions = builtInRole(u"clerk")->permissions;
        QVERIFY(!audit().entries(clerk).count({}));
        QVERIFY(!audit().entries(clerk).page({}, {}, 0, 10));
        QVERIFY(!audit().userNames(clerk));
        Actor manager(u"mia"_s);
        manager.permissions = builtInRole(u"manager")->permissions;
        QVERIFY(audit().entries(manager).count({}));
    }
};

QTEST_GUILESS_MAIN(TestAuditLog)
#include "tst_auditlog.moc"
