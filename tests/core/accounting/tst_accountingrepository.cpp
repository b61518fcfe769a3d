// SPDX-FileCopyrightText: 2026 The Kontor authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "pagingcheck.h"
#include "testcompany.h"
#include "testresult.h"
#include "testsql.h"

#include "accounting/accountingrepository.h"
#include "accounting/accountingservice.h"
#include "common/clock.h"

#include <QTest>

#include <memory>

using namespace Kontor;
using namespace Kontor::Test;
using namespace Qt::StringLiterals;

namespace {

QVariantList entrySortValues(const JournalEntry &e, int key)
{
    switch (key) {
    case AccountingRepository::EntryByNumber:
        return { e.number };
    case AccountingRepository::EntryByDate:
        return { Timestamps::dateToStorage(e.bookingDate) };
    case AccountingRepository::EntryByReference:
        return { orNull(e.reference) };
    }
    return {};
}
constexpr int entrySortKeys = AccountingRepository::EntryByReference + 1;

PagedList entryList(AccountingRepository &repository, int key)
{
    PagedList list;
    list.count
        = [&repository](const ListFilter &filter) { return repository.countEntries(filter); };
    list.page = pageOf<JournalEntry>([&repository](const ListFilter &f, const ListSort &s, qint64 o,
                                         int l) { return repository.entryPage(f, s, o, l); },
        [key](const JournalEntry &e) {
            return ListRow { e.id.value(), entrySortValues(e, key) };
        });
    return list;
}

} // namespace

class TestAccountingRepository : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void entryPage_throughPostedEntries_matchesCountInEverySort_data();
    void entryPage_throughPostedEntries_matchesCountInEverySort();
    void countEntries_ofPrefix_findsNumbersAndReferencesInAnyCase_data();
    void countEntries_ofPrefix_findsNumbersAndReferencesInAnyCase();
    void entryPage_leavesDraftsOut();

private:
    AccountingRepository &repository() { return (*m_company)->accounting().repository(); }
    std::unique_ptr<TestCompany> m_company;
};

void TestAccountingRepository::init()
{
    m_company = std::make_unique<TestCompany>(TestCompany::Setup::Demo, 120);
}

void TestAccountingRepository::cleanup()
{
    m_company.reset();
}

void TestAccountingRepository::entryPage_throughPostedEntries_matchesCountInEverySort_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("all entries") << QString();
    QTest::newRow("reference prefix") << u"a00000"_s;
}

void TestAccountingRepository::entryPage_throughPostedEntries_matchesCountInEverySort()
{
    QFETCH(QString, text);
    qint64 rows = 0;
    const QString problem
        = checkPagingInEverySort([this](int key) { return entryList(repository(), key); },
            entrySortKeys, { text, 0 }, 7, &rows);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QVERIFY2(rows > 14, qPrintable(QString::number(rows)));
}

void TestAccountingRepository::countEntries_ofPrefix_findsNumbersAndReferencesInAnyCase_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("entry number") << u"B0000001"_s;
    QTest::newRow("entry number, lower case") << u"b0000001"_s;
    QTest::newRow("order reference") << u"a000001"_s;
    QTest::newRow("goods receipt reference") << u"we-2025"_s;
}

void TestAccountingRepository::countEntries_ofPrefix_findsNumbersAndReferencesInAnyCase()
{
    QFETCH(QString, text);
    const auto all = repository().entryPage({}, {}, 0, 100000);
    KONTOR_VERIFY_OK(all);
    qint64 expected = 0;
    for (const JournalEntry &e : *all) {
        if (e.number.startsWith(text, Qt::CaseInsensitive)
            || e.reference.startsWith(text, Qt::CaseInsensitive))
            ++expected;
    }
    QVERIFY(expected > 0);
    QCOMPARE(valueOr(repository().countEntries({ text, 0 }), qint64(-1)), expected);
}

void TestAccountingRepository::entryPage_leavesDraftsOut()
{
    const qint64 posted = valueOr(repository().countEntries({}), qint64(-1));
    QCOMPARE(posted,
        selectValue(
            (*m_company)->database().connection(), u"SELECT count(*) FROM journal_entries"_s)
            .toLongLong());
    QCOMPARE(execSql((*m_company)->database().connection(),
                 u"INSERT INTO journal_entries (booking_date, description, currency, created_at, "
                 u"created_by) "
                 "VALUES ('2026-01-01', 'Entwurf', 'EUR', '2026-01-01T00:00:00Z', 'tester')"_s),
        QString());
    QCOMPARE(valueOr(repository().countEntries({}), qint64(-1)), posted);
}

QTEST_GUILESS_MAIN(TestAccountingRepository)
#include "tst_accountingrepository.moc"
