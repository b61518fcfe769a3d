// SPDX-FileCopyrightText: 2026 The Kontor authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "uitestsupport.h"

#include "accounting/accountingservice.h"
#include "accounting/journallinetablemodel.h"
#include "common/format.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>

using namespace Kontor;
using namespace Kontor::Ui;
using namespace Qt::StringLiterals;
using Model = JournalLineTableModel;

class TestJournalLineTableModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void withoutEntry_showsNothing();
    void linesOfAnEntry_balance_andShowOneSideEach();
    void anotherEntry_replacesTheLines();

private:
    QList<JournalEntryId> entries(int count);

    std::unique_ptr<Test::TestCompany> m_company;
};

void TestJournalLineTableModel::initTestCase()
{
    m_company = std::make_unique<Test::TestCompany>(Test::TestCompany::Setup::Demo, 30);
}

void TestJournalLineTableModel::cleanupTestCase()
{
    m_company.reset();
}

QList<JournalEntryId> TestJournalLineTableModel::entries(int count)
{
    QList<JournalEntryId> ids;
    const auto page = m_company->company().accounting().repository().entryPage({}, {}, 0, count);
    for (const JournalEntry &entry : *page)
        ids << entry.id;
    return ids;
}

void TestJournalLineTableModel::withoutEntry_showsNothing()
{
    Model model(m_company->company().accounting(), Test::TestCompany::actor());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.columnCount(), int(Model::ColumnCount));
    QVERIFY(!model.headerData(Model::DebitColumn, Qt::Horizontal).toString().isEmpty());
}

void TestJournalLineTableModel::linesOfAnEntry_balance_andShowOneSideEach()
{
    Model model(m_company->company().accounting(), Test::TestCompany::actor());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    int rated = 0;
    for (const JournalEntryId id : entries(1000)) { // every one of the demo company
        model.setEntry(id);
        QVERIFY(model.rowCount() >= 2);
        qint64 debit = 0;
        qint64 credit = 0;
        for (int row = 0; row < model.rowCount(); ++row) {
            const qint64 d = model.index(row, Model::DebitColumn).data(SortRole).toLongLong();
            const qint64 c = model.index(row, Model::CreditColumn).data(SortRole).toLongLong();
            debit += d;
            credit += c;
            QVERIFY((d == 0) != (c == 0));
            QCOMPARE(Test::cellText(model, row, Model::DebitColumn).isEmpty(), d == 0);
            QCOMPARE(Test::cellText(model, row, Model::CreditColumn).isEmpty(), c == 0);
            QVERIFY(!Test::cellText(model, row, Model::AccountColumn).isEmpty());
            QVERIFY(!Test::cellText(model, row, Model::AccountNameColumn).isEmpty());
            QVERIFY(model.index(row, Model::DebitColumn).data(Qt::TextAlignmentRole).value<Qt::Alignment>() & Qt::AlignRight);
            // Revenue and tax name the rate they were booked at; no other line does.
            const QString account = Test::cellText(model, row, Model::AccountColumn);
            const QString vat = Test::cellText(model, row, Model::VatColumn);
            const QHash<QString, int> rates = {{u"8400"_s, 1900}, {u"1776"_s, 1900},
                                               {u"8300"_s, 700},  {u"1771"_s, 700},
                                               {u"8120"_s, 0}};
            QCOMPARE(vat, rates.contains(account) ? Format::percent(rates[account]) : QString());
            rated += !vat.isEmpty();
        }
        QVERIFY(debit > 0);
        QCOMPARE(debit, credit);
    }
    QVERIFY(rated > 0);
}

void TestJournalLineTableModel::anotherEntry_replacesTheLines()
{
    Model model(m_company->company().accounting(), Test::TestCompany::actor());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QList<JournalEntryId> ids = entries(2);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    model.setEntry(ids[0]);
    model.setEntry(ids[0]);
    QCOMPARE(resets.count(), 1);
    model.setEntry(ids[1]);
    QCOMPARE(resets.count(), 2);
    QCOMPARE(model.entry(), ids[1]);
    const auto lines = m_company->company().accounting().repository().linesOf(ids[1]);
    QCOMPARE(model.rowCount(), int(lines->size()));
    QCOMPARE(Test::cellText(model, 0, Model::AccountColumn), lines->front().accountNumber);
    model.setEntry(JournalEntryId());
    QCOMPARE(model.rowCount(), 0);
}

QTEST_GUILESS_MAIN(TestJournalLineTableModel)
#include "tst_journallinetablemodel.moc"
