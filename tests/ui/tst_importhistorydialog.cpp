// SPDX-FileCopyrightText: 2026 The Kontor authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "uitestsupport.h"

#include "common/tableview.h"
#include "importing/importbatchtablemodel.h"
#include "importing/importhistorydialog.h"
#include "importing/importservice.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTimer>

using namespace Kontor;
using namespace Kontor::Ui;
using namespace Qt::StringLiterals;

namespace {

QString fixture(const QString &name)
{
    return QString::fromLocal8Bit(qgetenv("KONTOR_SOURCE_DIR")) + u"/tests/data/import/"_s + name;
}

/// Answers the next message box with the button whose text starts with answer.
void answerNextMessageBox(const QString &answer, QString *question = nullptr)
{
    QTimer::singleShot(0, qApp, [answer, question] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box) {
            answerNextMessageBox(answer, question);
            return;
        }
        if (question)
            *question = box->text() + u'\n' + box->informativeText();
        for (QAbstractButton *button : box->buttons()) {
            if (button->text().remove(u'&').startsWith(answer)) {
                button->click();
                return;
            }
        }
        box->reject();
    });
}

} // namespace

class TestImportHistoryDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void empty_historyHasNothingToUndo();
    void batches_areListedNewestFirst_withWhatTheyDid();
    void undo_asksFirst_thenUndoes_andCannotBeDoneTwice();
    void undo_answeredNo_changesNothing();
    void batchChangedByALaterImport_cannotBeUndone();
    void whileAnImportRuns_nothingIsUndone();

private:
    ImportBatchId import(const QString &path);

    std::unique_ptr<Test::TestCompany> m_company;
    QTemporaryDir m_dir;
};

void TestImportHistoryDialog::init()
{
    m_company = std::make_unique<Test::TestCompany>(Test::TestCompany::Setup::Initialised);
}

void TestImportHistoryDialog::cleanup()
{
    m_company.reset();
}

ImportBatchId TestImportHistoryDialog::import(const QString &path)
{
    auto report = m_company->company().imports().importFile(Test::TestCompany::actor(), path, {});
    if (!report || !report->committed)
        qFatal("import of %s failed", qPrintable(path));
    return report->batch;
}

void TestImportHistoryDialog::empty_historyHasNothingToUndo()
{
    ImportHistoryDialog dialog(m_company->company().imports(), Test::TestCompany::actor());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QCOMPARE(dialog.model()->rowCount(), 0);
    QVERIFY(!dialog.undoButton()->isEnabled());
}

void TestImportHistoryDialog::batches_areListedNewestFirst_withWhatTheyDid()
{
    const ImportBatchId first = import(fixture(u"shopify-orders.csv"_s));
    const ImportBatchId second = import(fixture(u"woocommerce-algolplus.csv"_s));
    ImportHistoryDialog dialog(m_company->company().imports(), Test::TestCompany::actor());
    QAbstractItemModelTester tester(dialog.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    ImportBatchTableModel &model = *dialog.model();
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(Test::rowId(model, 0), second.value());
    QCOMPARE(Test::rowId(model, 1), first.value());
    QCOMPARE(Test::cellText(model, 1, ImportBatchTableModel::FileColumn), u"shopify-orders.csv"_s);
    QCOMPARE(Test::cellText(model, 1, ImportBatchTableModel::ShopColumn), u"shopify"_s);
    QCOMPARE(Test::cellText(model, 1, ImportBatchTableModel::ProfileColumn), u"shopify"_s);
    QCOMPARE(Test::cellText(model, 1, ImportBatchTableModel::UserColumn), u"tester"_s);
    QCOMPARE(Test::cellText(model, 1, ImportBatchTableModel::InsertedColumn), u"7"_s);
    QCOMPARE(Test::cellText(model, 1, ImportBatchTableModel::StateColumn), u"Can be undone"_s);
    QCOMPARE(Test::cellText(model, 0, ImportBatchTableModel::ShopColumn), u"woocommerce"_s);
    QVERIFY(!Test::cellText(model, 0, ImportBatchTableModel::StartedColumn).isEmpty());
    // The newest is current, and can be undone.
    QCOMPARE(dialog.view()->currentIndex().row(), 0);
    QVERIFY(dialog.undoButton()->isEnabled());
}

void TestImportHistoryDialog::undo_asksFirst_thenUndoes_andCannotBeDoneTwice()
{
    const ImportBatchId batch = import(fixture(u"shopify-orders.csv"_s));
    ImportHistoryDialog dialog(m_company->company().imports(), Test::TestCompany::actor());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QSignalSpy undone(&dialog, &ImportHistoryDialog::batchUndone);
    QVERIFY(dialog.undoButton()->isEnabled());

    QString question;
    answerNextMessageBox(u"Undo Import"_s, &question);
    QTest::mouseClick(dialog.undoButton(), Qt::LeftButton);
    QCOMPARE(undone.count(), 1);
    QCOMPARE(undone.first().first().value<ImportBatchId>(), batch);
    QVERIFY2(question.contains(u"shopify-orders.csv"_s), qPrintable(question));
    QVERIFY2(question.contains(u"New orders to withdraw: 7"_s), qPrintable(question));

    auto stored = m_company->company().imports().batches().find(batch);
    QVERIFY(stored && stored->has_value());
    QVERIFY((*stored)->undoneAt.isValid());
    QVERIFY(!*m_company->company().imports().canUndo(batch));
    QCOMPARE(dialog.model()->rowCount(), 1);
    QCOMPARE(dialog.view()->currentIndex().row(), 0);
    QVERIFY(Test::cellText(*dialog.model(), 0, ImportBatchTableModel::StateColumn).startsWith(u"Undone "_s));
    QVERIFY(!dialog.undoButton()->isEnabled());
}

void TestImportHistoryDialog::undo_answeredNo_changesNothing()
{
    const ImportBatchId batch = import(fixture(u"shopify-orders.csv"_s));
    ImportHistoryDialog dialog(m_company->company().imports(), Test::TestCompany::actor());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QSignalSpy undone(&dialog, &ImportHistoryDialog::batchUndone);
    answerNextMessageBox(u"Cancel"_s);
    QTest::mouseClick(dialog.undoButton(), Qt::LeftButton);
    QCOMPARE(undone.count(), 0);
    QVERIFY(*m_company->company().imports().canUndo(batch));
    QVERIFY(dialog.undoButton()->isEnabled());
}

void TestImportHistoryDialog::batchChangedByALaterImport_cannotBeUndone()
{
    const ImportBatchId first = import(fixture(u"shopify-orders.csv"_s));
    // The next export: #1002 has been refunded in the meantime.
    QFile source(fixture(u"shopify-orders.csv"_s));
    QVERIFY(source.open(QIODevice::ReadOnly));
    QByteArray newer = source.readAll();
    newer.replace("#1002,joe@example.com,paid,", "#1002,joe@example.com,refunded,");
    newer.replace("Stripe + Gift Card,,0.00,", "Stripe + Gift Card,,49.70,");
    const QString path = m_dir.filePath(u"shopify-newer.csv"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(newer);
    file.close();
    const ImportBatchId second = import(path);

    ImportHistoryDialog dialog(m_company->company().imports(), Test::TestCompany::actor());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QCOMPARE(Test::cellText(*dialog.model(), 0, ImportBatchTableModel::UpdatedColumn), u"1"_s);
    QCOMPARE(Test::rowId(*dialog.model(), 1), first.value());
    QVERIFY(Test::cellText(*dialog.model(), 1, ImportBatchTableModel::StateColumn).startsWith(u"Not yet"_s));
    dialog.view()->selectRow(1);
    QVERIFY(!dialog.undoButton()->isEnabled());
    dialog.view()->selectRow(0);
    QVERIFY(dialog.undoButton()->isEnabled());

    // Once the later one is undone, the first can be.
    answerNextMessageBox(u"Undo Import"_s);
    dialog.undoCurrent();
    QVERIFY(!*m_company->company().imports().canUndo(second));
    dialog.view()->selectRow(1);
    QVERIFY(dialog.undoButton()->isEnabled());
}

void TestImportHistoryDialog::whileAnImportRuns_nothingIsUndone()
{
    import(fixture(u"shopify-orders.csv"_s));
    ImportHistoryDialog dialog(m_company->company().imports(), Test::TestCompany::actor());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(dialog.undoButton()->isEnabled());
    dialog.setImportRunning(true);
    QVERIFY(!dialog.undoButton()->isEnabled());
    auto *note = dialog.findChild<QLabel *>(u"historyNote"_s);
    QVERIFY(note->isVisible());
    dialog.setImportRunning(false);
    QVERIFY(dialog.undoButton()->isEnabled());
    QVERIFY(!note->isVisible());
}

QTEST_MAIN(TestImportHistoryDialog)
#include "tst_importhistorydialog.moc"
