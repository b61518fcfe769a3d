// SPDX-FileCopyrightText: 2026 The Kontor authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "uitestsupport.h"

#include "accounting/accountingservice.h"
#include "accounting/journalentrytablemodel.h"
#include "common/format.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>

using namespace Kontor;
using namespace Kontor::Ui;
using Model = JournalEntryTableModel;

class TestJournalEntryTableModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void cleanupTestCase();

    void rows_showPostedEntries_newestFirst();
    void amount_isTheSumOfDebits_alignedRight();
    void filter_byReference_findsTheEntriesOfAnOrder();
    void sort_byBookingDate();
    void newOrder_postsEntries_andTheyAppearAfterOneReset();

private:
    std::unique_ptr<Test::TestCompany> m_company;
    std::unique_ptr<Model> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestJournalEntryTableModel::initTestCase()
{
    m_company = std::make_unique<Test::TestCompany>(Test::TestCompany::Setup::Demo, 150);
}

void TestJournalEntryTableModel::init()
{
    m_model = std::make_unique<Model>(m_company->company().accounting(), Test::TestCompany::actor());
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
}

void TestJournalEntryTableModel::cleanup()
{
    m_tester.reset();
    m_model.reset();
}

void TestJournalEntryTableModel::cleanupTestCase()
{
    m_company.reset();
}

void TestJournalEntryTableModel::rows_showPostedEntries_newestFirst()
{
    AccountingRepository &repository = m_company->company().accounting().repository();
    QCOMPARE(m_model->rowCount(), int(*repository.countEntries({})));
    QVERIFY(m_model->rowCount() > 150);
    for (int row = 1; row < qMin(m_model->rowCount(), 600); ++row) {
        QVERIFY(Test::cellText(*m_model, row - 1, Model::NumberColumn)
                > Test::cellText(*m_model, row, Model::NumberColumn));
    }
    const auto entry = repository.findEntry(m_model->idAt(m_model->index(0, 0)));
    QVERIFY(entry && entry->has_value());
    QVERIFY((*entry)->posted);
    QCOMPARE(Test::cellText(*m_model, 0, Model::DescriptionColumn), (*entry)->description);
    QCOMPARE(Test::cellText(*m_model, 0, Model::DateColumn), Format::date((*entry)->bookingDate));
}

void TestJournalEntryTableModel::amount_isTheSumOfDebits_alignedRight()
{
    AccountingRepository &repository = m_company->company().accounting().repository();
    for (const int row : {0, 1, m_model->rowCount() / 2, m_model->rowCount() - 1}) {
        const auto lines = repository.linesOf(m_model->idAt(m_model->index(row, 0)));
        QVERIFY(lines);
        qint64 debit = 0;
        for (const JournalLine &line : *lines)
            debit += line.debit.minorUnits();
        QCOMPARE(m_model->index(row, Model::AmountColumn).data(SortRole).toLongLong(), debit);
        QCOMPARE(Test::cellText(*m_model, row, Model::AmountColumn),
                 Format::money(Money(debit, Currency::eur())));
    }
    QVERIFY(m_model->index(0, Model::AmountColumn).data(Qt::TextAlignmentRole).value<Qt::Alignment>() & Qt::AlignRight);
}

void TestJournalEntryTableModel::filter_byReference_findsTheEntriesOfAnOrder()
{
    int row = 0;
    while (row < m_model->rowCount() && Test::cellText(*m_model, row, Model::ReferenceColumn).isEmpty())
        ++row;
    QVERIFY(row < m_model->rowCount());
    const QString reference = Test::cellText(*m_model, row, Model::ReferenceColumn);
    m_model->setFilterText(reference);
    QVERIFY(m_model->rowCount() >= 1);
    QVERIFY(m_model->rowCount() < 10);
    for (row = 0; row < m_model->rowCount(); ++row) {
        QVERIFY(Test::cellText(*m_model, row, Model::ReferenceColumn).startsWith(reference)
                || Test::cellText(*m_model, row, Model::NumberColumn).startsWith(reference));
    }
}

void TestJournalEntryTableModel::sort_byBookingDate()
{
    m_model->sort(Model::DateColumn, Qt::AscendingOrder);
    for (int row = 1; row < m_model->rowCount(); ++row) {
        QVERIFY(m_model->index(row - 1, Model::DateColumn).data(SortRole).toDate()
                <= m_model->index(row, Model::DateColumn).data(SortRole).toDate());
    }
}

void TestJournalEntryTableModel::newOrder_postsEntries_andTheyAppearAfterOneReset()
{
    const int before = m_model->rowCount();
    QSignalSpy resets(m_model.get(), &QAbstractItemModel::modelReset);
    QSignalSpy posted(&m_company->company().accounting(), &AccountingService::entryPosted);
    Company &company = m_company->company();
    QVERIFY(company.orders().create(Test::TestCompany::actor(), Test::newOrder(company, QStringLiteral("J-1"))));
    QVERIFY(posted.count() >= 2);
    QVERIFY(resets.wait());
    QCOMPARE(m_model->rowCount(), before + posted.count());
    QCoreApplication::processEvents();
    QCOMPARE(resets.count(), 1);
}

QTEST_GUILESS_MAIN(TestJournalEntryTableModel)
#include "tst_journalentrytablemodel.moc"
