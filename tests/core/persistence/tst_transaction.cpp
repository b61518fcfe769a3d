// SPDX-FileCopyrightText: 2026 The Kontor authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "testcompany.h"
#include "testsql.h"

#include "persistence/database.h"
#include "persistence/transaction.h"

#include <QElapsedTimer>
#include <QTest>

using namespace Kontor;
using namespace Kontor::Test;
using namespace Qt::StringLiterals;

namespace {

QString addWarehouse(Database &db, const QString &code)
{
    return execSql(db.connection(), u"INSERT INTO warehouses (code, name) VALUES (?, ?)"_s,
        { code, QString(u"Lager "_s + code) });
}

int warehouses(Database &db)
{
    return selectValue(db.connection(), u"SELECT count(*) FROM warehouses"_s).toInt();
}

bool hasWarehouse(Database &db, const QString &code)
{
    return selectValue(
               db.connection(), u"SELECT count(*) FROM warehouses WHERE code = ?"_s, { code })
               .toInt()
        == 1;
}

QVariantList indexes(Database &db)
{
    return indexDefinitions(db.connection());
}

int listIndexesPresent(Database &db)
{
    int present = 0;
    for (const QString &name : Database::listIndexes())
        present += selectValue(db.connection(),
                               u"SELECT count(*) FROM sqlite_master WHERE type = 'index' "
                               "AND name = ?"_s, {name}).toInt();
    return present;
}

QString addCustomers(Database &db, int count)
{
    QString error;
    for (int n = 1; n <= count && error.isEmpty(); ++n)
        error = execSql(db.connection(),
                        u"INSERT INTO customers (number, name, city, country, created_at) "
                        "VALUES (?, ?, ?, 'DE', '2026-12-06T10:00:00Z')"_s,
                        {QString(u"K"_s + QString::number(n)),
                         QString(u"Kunde "_s + QString::number(n * 7 % count)),
                         QString(u"Ort "_s + QString::number(n % 5))});
    return error;
}

} // namespace

class TestTransaction : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void commit_persistsWorkForOtherConnections();
    void destructor_withoutCommit_rollsBack();
    void rollback_thenDestructor_rollsBackOnce();
    void nested_innerRolledBack_keepsOuterWork();
    void nested_innerCommittedOuterRolledBack_discardsBoth();
    void joined_innerFailed_outerCannotCommitAndSavesNothing();
    void attempt_failedWithoutWriting_outerGoesOn();
    void attempt_failedAfterWriting_outerCannotCommit();
    void nested_depthCountsOpenTransactions();
    void deferredListIndexes_rollback_bringsThemBack();
    void deferredListIndexes_commit_buildsThemAgainAsTheyWere();
    void begin_whileAnotherConnectionWrites_reportsBusyInsteadOfWaiting();
    void read_onAnotherConnectionDuringWrite_seesLastCommittedState();
};

void TestTransaction::commit_persistsWorkForOtherConnections()
{
    TestCompany company(TestCompany::Setup::Empty);
    Database &db = company->database();
    {
        Transaction tx(db);
        QVERIFY(tx.ok());
        QCOMPARE(addWarehouse(db, u"A"_s), QString());
        const Status committed = tx.commit();
        QVERIFY(committed.ok());
    }
    QCOMPARE(db.transactionDepth(), 0);
    auto other = db.openAnother();
    QVERIFY(other.ok());
    QVERIFY(hasWarehouse(**other, u"A"_s));
}

void TestTransaction::destructor_withoutCommit_rollsBack()
{
    TestCompany company(TestCompany::Setup::Empty);
    Database &db = company->database();
    {
        Transaction tx(db);
        QVERIFY(tx.ok());
        QCOMPARE(addWarehouse(db, u"A"_s), QString());
        QVERIFY(hasWarehouse(db, u"A"_s)); // visible inside
    }
    QCOMPARE(db.transactionDepth(), 0);
    QCOMPARE(warehouses(db), 0);
    // The connection is usable afterwards: no transaction was left open.
    Transaction next(db);
    QVERIFY(next.ok());
    QCOMPARE(addWarehouse(db, u"B"_s), QString());
    QVERIFY(next.commit().ok());
    QCOMPARE(warehouses(db), 1);
}

void TestTransaction::rollback_thenDestructor_rollsBackOnce()
{
    TestCompany company(TestCompany::Setup::Empty);
    Database &db = company->database();
    QCOMPARE(addWarehouse(db, u"BEFORE"_s), QString());
    {
        Transaction tx(db);
        QCOMPARE(addWarehouse(db, u"A"_s), QString());
        tx.rollback();
        QCOMPARE(db.transactionDepth(), 0);
        QCOMPARE(addWarehouse(db, u"AFTER"_s), QString()); // autocommit again
    }
    QCOMPARE(db.transactionDepth(), 0);
    QVERIFY(hasWarehouse(db, u"BEFORE"_s));
    QVERIFY(!hasWarehouse(db, u"A"_s));
    QVERIFY(hasWarehouse(db, u"AFTER"_s));
}

void TestTransaction::nested_innerRolledBack_keepsOuterWork()
{
    TestCompany company(TestCompany::Setup::Empty);
    Database &db = company->database();
    {
        Transaction outer(db);
        QVERIFY(outer.ok());
        QCOMPARE(addWarehouse(db, u"OUTER"_s), QString());
        {
            Transaction inner(db, Transaction::Savepoint);
            QVERIFY(inner.ok());
            QCOMPARE(addWarehouse(db, u"INNER"_s), QString());
        }
        QCOMPARE(db.transactionDepth(), 1);
        QCOMPARE(addWarehouse(db, u"OUTER2"_s), QString());
        QVERIFY(outer.commit().ok());
    }
    QVERIFY(hasWarehouse(db, u"OUTER"_s));
    QVERIFY(hasWarehouse(db, u"OUTER2"_s));
    QVERIFY(!hasWarehouse(db, u"INNER"_s));
}

void TestTransaction::nested_innerCommittedOuterRolledBack_discardsBoth()
{
    TestCompany company(TestCompany::Setup::Empty);
    Database &db = company->database();
    {
        Transaction outer(db);
        QCOMPARE(addWarehouse(db, u"OUTER"_s), QString());
        Transaction inner(db);
        QCOMPARE(addWarehouse(db, u"INNER"_s), QString());
        QVERIFY(inner.commit().ok());
    }
    QCOMPARE(warehouses(db), 0);
}

void TestTransaction::joined_innerFailed_outerCannotCommitAndSavesNothing()
{
    TestCompany company(TestCompany::Setup::Empty);
    Database &db = company->database();
    {
        Transaction outer(db);
        QCOMPARE(addWarehouse(db, u"OUTER"_s), QString());
        {
            Transaction inner(db); // joins: a failure is the whole unit's failure
            QCOMPARE(addWarehouse(db, u"INNER"_s), QString());
        }
        QCOMPARE(db.transactionDepth(), 1);
        const Status committed = outer.commit();
        QVERIFY(!committed.ok());
        QVERIFY(!committed.error().message.isEmpty());
    }
    QCOMPARE(warehouses(db), 0);
    // The next unit of work starts clean.
    {
        Transaction next(db);
        QCOMPARE(addWarehouse(db, u"NEXT"_s), QString());
        QVERIFY(next.commit().ok());
    }
    QVERIFY(hasWarehouse(db, u"NEXT"_s));
}

void TestTransaction::attempt_failedWithoutWriting_outerGoesOn()
{
    TestCompany company(TestCompany::Setup::Empty);
    Database &db = company->database();
    {
        Transaction outer(db);
        QCOMPARE(addWarehouse(db, u"OUTER"_s), QString());
        {
            Transaction attempt(db, Transaction::Attempt);
            QVERIFY(attempt.ok());
            {
                Transaction service(db); // a service's own unit inside it, refused before writing
                QVERIFY(service.ok());
            }
            // A write SQLite refused changed nothing either.
            QVERIFY(!addWarehouse(db, u"OUTER"_s).isEmpty());
            attempt.rollback();
            QVERIFY(attempt.leftNoTrace());
        }
        QCOMPARE(db.transactionDepth(), 1);
        QCOMPARE(addWarehouse(db, u"AFTER"_s), QString());
        QVERIFY(outer.commit().ok());
    }
    QVERIFY(hasWarehouse(db, u"OUTER"_s));
    QVERIFY(hasWarehouse(db, u"AFTER"_s));
}

void TestTransaction::attempt_failedAfterWriting_outerCannotCommit()
{
    TestCompany company(TestCompany::Setup::Empty);
    Database &db = company->database();
    {
        Transaction outer(db);
        QCOMPARE(addWarehouse(db, u"OUTER"_s), QString());
        {
            Transaction attempt(db, Transaction::Attempt);
            QCOMPARE(addWarehouse(db, u"HALF"_s), QString());
            attempt.rollback();
            QVERIFY(!attempt.leftNoTrace());
        }
        QVERIFY(!outer.commit().ok());
    }
    QCOMPARE(warehouses(db), 0);
}

void TestTransaction::nested_depthCountsOpenTransactions()
{
    TestCompany company(TestCompany::Setup::Empty);
    Database &db = company->database();
    QCOMPARE(db.transactionDepth(), 0);
    Transaction a(db);
    QCOMPARE(db.transactionDepth(), 1);
    {
        Transaction b(db, Transaction::Savepoint); // rolled back alone below
        Transaction c(db);
        QCOMPARE(db.transactionDepth(), 3);
        QVERIFY(c.commit().ok());
        QCOMPARE(db.transactionDepth(), 2);
    }
    QCOMPARE(db.transactionDepth(), 1);
    QVERIFY(a.commit().ok());
    QCOMPARE(db.transactionDepth(), 0);
}

void TestTransaction::deferredListIndexes_rollback_bringsThemBack()
{
    TestCompany company(TestCompany::Setup::Empty);
    Database &db = company->database();
    const QVariantList before = indexes(db);
    // Every index named is one of the schema's.
    QCOMPARE(listIndexesPresent(db), Database::listIndexes().size());
    {
        Transaction tx(db);
        QVERIFY(db.deferListIndexes().ok());
        QCOMPARE(listIndexesPresent(db), 0);
        QCOMPARE(addCustomers(db, 30), QString());
        tx.rollback();
    }
    QCOMPARE(indexes(db), before);
    QCOMPARE(selectValue(db.connection(), u"SELECT count(*) FROM customers"_s).toInt(), 0);
    // The next unit of work commits as any other.
    Transaction next(db);
    QCOMPARE(addCustomers(db, 3), QString());
    QVERIFY(next.commit().ok());
    QCOMPARE(indexes(db), before);
}

void TestTransaction::deferredListIndexes_commit_buildsThemAgainAsTheyWere()
{
    TestCompany company(TestCompany::Setup::Empty);
    Database &db = company->database();
    const QVariantList before = indexes(db);
    QCOMPARE(addCustomers(db, 10), QString()); // rows from before the unit of work
    {
        Transaction tx(db);
        QVERIFY(db.deferListIndexes().ok());
        QVERIFY(db.deferListIndexes().ok()); // a second call changes nothing
        {
            Transaction inner(db);
            QCOMPARE(addCustomers(db, 0), QString());
            QVERIFY(inner.commit().ok());
        }
        QCOMPARE(listIndexesPresent(db), 0);
        QCOMPARE(execSql(db.connection(), u"DELETE FROM customers"_s), QString());
        QCOMPARE(addCustomers(db, 50), QString());
        QVERIFY(tx.commit().ok());
    }
    QCOMPARE(indexes(db), before);
    // The rebuilt indexes hold exactly the rows of their tables, and sort by them.
    QCOMPARE(selectValue(db.connection(), u"PRAGMA integrity_check"_s).toString(), u"ok"_s);
    QCOMPARE(selectColumn(db.connection(),
                          u"SELECT number FROM customers INDEXED BY customers_name "
                          "ORDER BY name, number"_s),
             selectColumn(db.connection(),
                          u"SELECT number FROM customers NOT INDEXED ORDER BY name, number"_s));
}

void TestTransaction::begin_whileAnotherConnectionWrites_reportsBusyInsteadOfWaiting()
{
    TestCompany company(TestCompany::Setup::Empty);
    Database &first = company->database();
    auto opened = first.openAnother();
    QVERIFY(opened.ok());
    Database &second = **opened;
    // Kontor waits five seconds for a lock; this test need not wait that long to see the error.
    QCOMPARE(selectValue(second.connection(), u"PRAGMA busy_timeout"_s).toInt(), 5000);
    QCOMPARE(execSql(second.connection(), u"PRAGMA busy_timeout = 200"_s), QString());

    Transaction writer(first);
    QVERIFY(writer.ok());
    QCOMPARE(addWarehouse(first, u"FIRST"_s), QString());

    QElapsedTimer timer;
    timer.start();
    {
        Transaction blocked(second);
        QVERIFY(!blocked.ok());
        QVERIFY2(blocked.error().message.contains(u"busy"_s), qPrintable(blocked.error().message));
        QCOMPARE(second.transactionDepth(), 0);
        const Status refused = blocked.commit();
        QVERIFY(!refused.ok());
    }
    QVERIFY2(timer.elapsed() < 4000, qPrintable(u"waited %1 ms"_s.arg(timer.elapsed())));

    // Once the first writer is done, the second one gets its turn.
    QVERIFY(writer.commit().ok());
    Transaction next(second);
    QVERIFY2(next.ok(), qPrintable(next.error().message));
    QCOMPARE(addWarehouse(second, u"SECOND"_s), QString());
    QVERIFY(next.commit().ok());
    QCOMPARE(warehouses(first), 2);
}

void TestTransaction::read_onAnotherConnectionDuringWrite_seesLastCommittedState()
{
    TestCompany company(TestCompany::Setup::Empty);
    Database &writerDb = company->database();
    QCOMPARE(addWarehouse(writerDb, u"COMMITTED"_s), QString());
    auto reader = writerDb.openAnother();
    QVERIFY(reader.ok());

    Transaction tx(writerDb);
    QCOMPARE(addWarehouse(writerDb, u"PENDING"_s), QString());
    // WAL: the reader is neither blocked nor shown uncommitted rows.
    QCOMPARE(warehouses(**reader), 1);
    QVERIFY(tx.commit().ok());
    QCOMPARE(warehouses(**reader), 2);
}

QTEST_GUILESS_MAIN(TestTransaction)
#include "tst_transaction.moc"
