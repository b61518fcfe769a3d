// SPDX-FileCopyrightText: 2026 The Kontor authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "uitestsupport.h"

#include "common/tableview.h"
#include "importing/importfilespage.h"
#include "importing/importjob.h"
#include "importing/importmappingeditor.h"
#include "importing/importoutcomemodel.h"
#include "importing/importpreviewmodel.h"
#include "importing/importpreviewpage.h"
#include "importing/importproblemmodel.h"
#include "importing/importresultpage.h"
#include "importing/importservice.h"
#include "importing/importsession.h"
#include "importing/importwizard.h"

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTreeWidget>

using namespace Kontor;
using namespace Kontor::Ui;
using namespace Qt::StringLiterals;

namespace {

QString fixture(const QString &name)
{
    return QString::fromLocal8Bit(qgetenv("KONTOR_SOURCE_DIR")) + u"/tests/data/import/"_s + name;
}

qint64 orderCount(Company &company)
{
    auto count = company.orders().repository().count({});
    return count ? *count : -1;
}

qint64 batchCount(Company &company)
{
    auto batches = company.imports().batches().all();
    return batches ? qint64(batches->size()) : -1;
}

void writeFile(const QString &path, const QByteArray &content)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(content), content.size());
}

} // namespace

class TestImportWizard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void shopifyExport_isRecognised_andItsFirstOrdersPreviewed();
    void abandonedCheckouts_areRefused_withTheReason();
    void preview_withTheCompanysPlanner_tellsNewOrdersFromKnownOnes();
    void preview_ofAnotherShopsOrdersUnderTheSameName_saysToGiveTheShopItsOwnName();
    void unknownExport_readsOnceTheRequiredColumnsAreChosen();
    void realTiendanubeExport_importsThroughAProfileMadeInTheWizard();
    void editedMapping_refreshesThePreview_andSavedProfileLoadsBackEqual();
    void savingAProfile_withoutTheRequiredColumns_isRefused();
    void import_runsOnAWorkerThread_andTheSummaryCountsTheOrders();
    void dryRun_countsButSavesNothing();
    void rejectedOrders_areListed_andTheirRowsCanBeSaved();
    void stoppingTheImport_leavesTheCompanyUnchanged();
    void whileAFileIsSaved_theWindowSaysSo_andClosingWaitsForIt();
    void cancelledJob_commitsNothing();
    void job_saysWhenEachFileIsReadThrough_once();

private:
    /// Clicks the wizard's Next (or Import) button.
    static void clickNext(ImportWizard &wizard);
    std::unique_ptr<ImportWizard> makeWizard(const QStringList &files);
    /// A wizard importing an export of 3 MB, just started.
    std::unique_ptr<ImportWizard> startBigImport();

    std::unique_ptr<Test::TestCompany> m_company;
    QTemporaryDir m_dir;
};

void TestImportWizard::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"KontorTest"_s);
    QCoreApplication::setApplicationName(u"tst_importwizard"_s);
    QSettings().clear();
    QVERIFY(m_dir.isValid());
    QVERIFY(QFile::exists(fixture(u"shopify-orders.csv"_s)));
}

void TestImportWizard::init()
{
    m_company = std::make_unique<Test::TestCompany>(Test::TestCompany::Setup::Initialised);
}

void TestImportWizard::cleanup()
{
    m_company.reset();
}

void TestImportWizard::clickNext(ImportWizard &wizard)
{
    QAbstractButton *next = wizard.button(wizard.currentPage()->isCommitPage() ? QWizard::CommitButton
                                                                              : QWizard::NextButton);
    QVERIFY(next->isVisible());
    QVERIFY(next->isEnabled());
    QTest::mouseClick(next, Qt::LeftButton);
}

std::unique_ptr<ImportWizard> TestImportWizard::makeWizard(const QStringList &files)
{
    auto wizard = std::make_unique<ImportWizard>(m_company->path(), Currency::eur(), Test::TestCompany::actor());
    wizard->addFiles(files);
    wizard->show();
    if (!QTest::qWaitForWindowExposed(wizard.get()))
        return nullptr;
    return wizard;
}

void TestImportWizard::preview_withTheCompanysPlanner_tellsNewOrdersFromKnownOnes()
{
    auto wizard = makeWizard({fixture(u"shopify-orders.csv"_s)});
    QVERIFY(wizard);
    ImportService &imports = m_company->company().imports();
    wizard->session().setPlanner([&](const QString &shop, const ImportedOrder &order) {
        return imports.plan(Test::TestCompany::actor(), shop, order);
    });
    const auto plans = [&] {
        QStringList texts;
        ImportPreviewModel *model = wizard->previewPage()->model();
        for (int row = 0; row < model->rowCount(); ++row)
            texts << Test::cellText(*model, row, ImportPreviewModel::PlanColumn);
        return texts;
    };
    clickNext(*wizard);
    QCOMPARE(plans(), QStringList(7, u"New"_s));
    QVERIFY(!wizard->previewPage()->model()->index(0, ImportPreviewModel::PlanColumn)
                 .data(Qt::ToolTipRole).toString().isEmpty());

    // Imported meanwhile (by another window, say): the preview, shown again, knows them.
    auto report = imports.importFile(Test::TestCompany::actor(), fixture(u"shopify-orders.csv"_s),
                                     {});
    QVERIFY(report && report->committed);
    wizard->back();
    clickNext(*wizard);
    QCOMPARE(plans(), QStringList(7, u"Unchanged"_s));
    // Under another shop's name, they are new to it.
    wizard->back();
    wizard->session().setShop(u"laden-b"_s);
    clickNext(*wizard);
    QCOMPARE(plans(), QStringList(7, u"New"_s));
}

void TestImportWizard::preview_ofAnotherShopsOrdersUnderTheSameName_saysToGiveTheShopItsOwnName()
{
    // The fixture twice, as two shops would export it: Shopify's Id column, with other ids.
    QFile source(fixture(u"shopify-orders.csv"_s));
    QVERIFY(source.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = source.readAll().trimmed().split('\n');
    const auto withIds = [&](const QString &name, qint64 firstId) {
        QByteArray content = lines.front() + ",Id\n";
        for (qsizetype i = 1; i < lines.size(); ++i)
            content += lines[i] + ',' + QByteArray::number(firstId + i) + '\n';
        const QString path = m_dir.filePath(name);
        writeFile(path, content);
        return path;
    };
    const QString first = withIds(u"shop-a.csv"_s, 5172051345000);
    const QString second = withIds(u"shop-b.csv"_s, 12133307351000);
    ImportService &imports = m_company->company().imports();
    auto report = imports.importFile(Test::TestCompany::actor(), first, {});
    QVERIFY(report && report->committed);
    QCOMPARE(report->inserted, 7);

    auto wizard = makeWizard({second});
    QVERIFY(wizard);
    wizard->session().setPlanner([&](const QString &shop, const ImportedOrder &order) {
        return imports.plan(Test::TestCompany::actor(), shop, order);
    });
    clickNext(*wizard);
    ImportPreviewPage *page = wizard->previewPage();
    ImportPreviewModel *model = page->model();
    QCOMPARE(model->rowCount(), 7);
    QCOMPARE(model->rejectedCount(), 7);
    // Refused by the books, but read whole: what the order is stays in view beside why.
    QCOMPARE(Test::cellText(*model, 0, ImportPreviewModel::PlanColumn), u"Cannot be imported"_s);
    QCOMPARE(Test::cellText(*model, 0, ImportPreviewModel::StatusColumn), u"Paid"_s);
    QVERIFY(!Test::cellText(*model, 0, ImportPreviewModel::TotalColumn).isEmpty());
    QVERIFY(Test::cellText(*model, 0, ImportPreviewModel::ProblemColumn)
                .contains(u"another shop"_s));
    QVERIFY2(page->statusText().contains(u"7 of them have the number of another order in the books "
                                          "of the shop “shopify”"_s),
             qPrintable(page->statusText()));

    // Imported anyway, the summary says it again, and nothing of the file is in the books.
    QSignalSpy finished(wizard.get(), &ImportWizard::importFinished);
    clickNext(*wizard);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
    const QString summary = wizard->resultPage()->summaryText();
    QVERIFY2(summary.contains(u"rejected: 7"_s)
                 && summary.contains(u"7 of them have the numbers of other orders in the books of "
                                     "the same shop"_s),
             qPrintable(summary));
    QCOMPARE(orderCount(m_company->company()), 7);

    // Given its own name, the shop's orders are new.
    auto named = makeWizard({second});
    QVERIFY(named);
    named->session().setPlanner([&](const QString &shop, const ImportedOrder &order) {
        return imports.plan(Test::TestCompany::actor(), shop, order);
    });
    named->session().setShop(u"laden-b"_s);
    clickNext(*named);
    ImportPreviewPage *namedPage = named->previewPage();
    QCOMPARE(namedPage->model()->rejectedCount(), 0);
    QVERIFY2(!namedPage->statusText().contains(u"another order"_s),
             qPrintable(namedPage->statusText()));
    QCOMPARE(Test::cellText(*namedPage->model(), 0, ImportPreviewModel::PlanColumn), u"New"_s);
}

void TestImportWizard::shopifyExport_isRecognised_andItsFirstOrdersPreviewed()
{
    auto wizard = makeWizard({fixture(u"shopify-orders.csv"_s)});
    QVERIFY(wizard);
    QTreeWidget *files = wizard->filesPage()->fileList();
    QCOMPARE(files->topLevelItemCount(), 1);
    QCOMPARE(files->topLevelItem(0)->text(ImportFilesPage::NameColumn), u"shopify-orders.csv"_s);
    QCOMPARE(files->topLevelItem(0)->text(ImportFilesPage::ProfileColumn), u"Shopify"_s);
    auto *shop = wizard->findChild<QLineEdit *>(u"shop"_s);
    QVERIFY(shop);
    QCOMPARE(shop->placeholderText(), u"shopify"_s);

    clickNext(*wizard);
    QCOMPARE(wizard->currentId(), int(ImportWizard::PreviewPageId));
    ImportPreviewPage *page = wizard->previewPage();
    ImportPreviewModel *model = page->model();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model->rowCount(), 7);
    QCOMPARE(model->rejectedCount(), 0);
    QVERIFY2(page->statusText().contains(u"Shopify"_s), qPrintable(page->statusText()));
    QCOMPARE(Test::cellText(*model, 0, ImportPreviewModel::KeyColumn), u"#1001"_s);
    QCOMPARE(Test::cellText(*model, 0, ImportPreviewModel::LineColumn), u"2"_s);
    QCOMPARE(Test::cellText(*model, 0, ImportPreviewModel::CustomerColumn), u"Anna Müller"_s);
    QCOMPARE(Test::cellText(*model, 0, ImportPreviewModel::EmailColumn), u"anna.mueller@example.de"_s);
    QCOMPARE(Test::cellText(*model, 0, ImportPreviewModel::TotalColumn),
             Money(3840, Currency::eur()).format(QLocale()));
    QCOMPARE(Test::cellText(*model, 0, ImportPreviewModel::TaxesColumn),
             Money(613, Currency::eur()).format(QLocale()));
    QCOMPARE(Test::cellText(*model, 0, ImportPreviewModel::LinesColumn), u"3"_s);
    QCOMPARE(Test::cellText(*model, 0, ImportPreviewModel::StatusColumn), u"Paid"_s);
    QCOMPARE(Test::cellText(*model, 0, ImportPreviewModel::PaidColumn),
             Money(3840, Currency::eur()).format(QLocale()));
    QCOMPARE(Test::cellText(*model, 6, ImportPreviewModel::KeyColumn), u"#1007"_s);
    QCOMPARE(Test::cellText(*model, 6, ImportPreviewModel::StatusColumn), u"Not paid yet"_s);
    QCOMPARE(Test::cellText(*model, 6, ImportPreviewModel::PaidColumn), QString());
    QCOMPARE(model->index(0, ImportPreviewModel::TotalColumn).data(SortRole).toLongLong(), 3840);
    // #1004 is partly refunded; #1005 refunded, restocked and cancelled.
    QCOMPARE(Test::cellText(*model, 3, ImportPreviewModel::RefundedColumn),
             Money(4200, Currency::eur()).format(QLocale()));
    QCOMPARE(Test::cellText(*model, 3, ImportPreviewModel::StatusColumn), u"Partly refunded"_s);
    QCOMPARE(Test::cellText(*model, 4, ImportPreviewModel::StatusColumn), u"Refunded, cancelled"_s);
    QVERIFY(page->view()->isVisible());
    // Without a problem there is no problem column, and every column is in sight.
    QVERIFY(page->view()->isColumnHidden(ImportPreviewModel::ProblemColumn));
    QVERIFY2(page->view()->horizontalHeader()->length() <= page->view()->viewport()->width(),
             qPrintable(u"%1 > %2"_s.arg(page->view()->horizontalHeader()->length())
                            .arg(page->view()->viewport()->width())));
    QVERIFY(wizard->button(QWizard::CommitButton)->isEnabled());
    QCOMPARE(wizard->button(QWizard::CommitButton)->text().remove(u'&'), u"Import"_s);

    // The mapping shows the profile's columns against the file's headers.
    ImportMappingEditor *mapping = page->mappingEditor();
    QCOMPARE(mapping->columnsOf(ImportField::Total), QStringList{u"Total"_s});
    QCOMPARE(mapping->comboOf(ImportField::Total)->currentText(), u"Total"_s);
    QCOMPARE(mapping->comboOf(ImportField::LineVatRate)->currentIndex(), 0); // not read
    const QString example = mapping->table()
                                ->item(ImportMappingEditor::rowOf(ImportField::Total),
                                       ImportMappingEditor::ExampleColumn)
                                ->text();
    QCOMPARE(example, u"38.40"_s);
}

void TestImportWizard::abandonedCheckouts_areRefused_withTheReason()
{
    // Shopify's abandoned checkouts look like orders, but have no Duties column.
    QByteArray csv = QByteArray("Name,Email,Financial Status,Created at,Lineitem quantity,Lineitem name,"
                                "Total,Currency\n"
                                "#c1,a@example.com,pending,2024-01-01 10:00:00 +0100,1,Cup,5.00,EUR\n");
    const QString path = m_dir.filePath(u"checkouts_export.csv"_s);
    writeFile(path, csv);
    auto wizard = makeWizard({path});
    QVERIFY(wizard);
    QTreeWidget *files = wizard->filesPage()->fileList();
    QCOMPARE(files->topLevelItem(0)->text(ImportFilesPage::ProfileColumn), u"Not an orders export"_s);
    auto *problems = wizard->findChild<QLabel *>(u"fileProblems"_s);
    QVERIFY(problems->isVisible());
    QVERIFY2(problems->text().contains(u"abandoned-checkouts"_s), qPrintable(problems->text()));

    clickNext(*wizard);
    QVERIFY(wizard->previewPage()->statusText().contains(u"abandoned-checkouts"_s));
    QCOMPARE(wizard->previewPage()->model()->rowCount(), 0);
    QVERIFY(!wizard->button(QWizard::CommitButton)->isEnabled());
}

void TestImportWizard::unknownExport_readsOnceTheRequiredColumnsAreChosen()
{
    auto wizard = makeWizard({fixture(u"kasse-cp1252-semicolon.csv"_s)});
    QVERIFY(wizard);
    QCOMPARE(wizard->filesPage()->fileList()->topLevelItem(0)->text(ImportFilesPage::ProfileColumn),
             u"No built-in profile fits"_s);
    clickNext(*wizard);
    ImportPreviewPage *page = wizard->previewPage();
    QVERIFY2(page->statusText().contains(u"none of the shop exports"_s), qPrintable(page->statusText()));
    QVERIFY(!wizard->button(QWizard::CommitButton)->isEnabled());

    page->tabs()->setCurrentIndex(ImportPreviewPage::ColumnsTab);
    ImportMappingEditor *mapping = page->mappingEditor();
    // The headers of the file are offered, read in its encoding.
    QComboBox *total = mapping->comboOf(ImportField::Total);
    QVERIFY(total->findText(u"Einzelpreis"_s) > 0);
    mapping->chooseColumns(ImportField::OrderKey, {u"Bestellnr"_s});
    mapping->chooseColumns(ImportField::CreatedAt, {u"Datum"_s});
    mapping->chooseColumns(ImportField::Total, {u"Summe"_s});
    QVERIFY(!wizard->button(QWizard::CommitButton)->isEnabled());
    mapping->chooseColumns(ImportField::LineName, {u"Artikel"_s});
    QVERIFY(wizard->session().isEdited());
    QCOMPARE(mapping->table()
                 ->item(ImportMappingEditor::rowOf(ImportField::LineName),
                        ImportMappingEditor::ExampleColumn)
                 ->text(),
             u"Größe XL; Ärmel lang"_s);

    // Read now; its German dates are not in the blank profile's formats, which the preview says.
    QCOMPARE(page->model()->rowCount(), 3);
    QCOMPARE(page->model()->rejectedCount(), 3);
    QCOMPARE(Test::cellText(*page->model(), 0, ImportPreviewModel::KeyColumn), u"K-17"_s);
    QVERIFY2(Test::cellText(*page->model(), 0, ImportPreviewModel::ProblemColumn).startsWith(u"Datum: "_s),
             qPrintable(Test::cellText(*page->model(), 0, ImportPreviewModel::ProblemColumn)));
    QVERIFY(!page->view()->isColumnHidden(ImportPreviewModel::ProblemColumn));
    QVERIFY(wizard->button(QWizard::CommitButton)->isEnabled());

    // The user says how the file writes dates and amounts, choosing by example.
    const auto choose = [](QComboBox *box, const QString &text) {
        const int index = box->findText(text);
        QVERIFY2(index >= 0, qPrintable(text));
        box->setCurrentIndex(index);
        Q_EMIT box->activated(index);
    };
    QCOMPARE(page->dateFormatBox()->currentText(), u"2026-03-31 14:05"_s);
    choose(page->dateFormatBox(), u"31.03.2026 14:05"_s);
    QCOMPARE(wizard->session().profileFor(0).dateFormats,
             QStringList({u"dd.MM.yyyy HH:mm:ss"_s, u"dd.MM.yyyy HH:mm"_s, u"dd.MM.yyyy"_s}));
    QCOMPARE(page->model()->rejectedCount(), 0);
    QCOMPARE(Test::cellText(*page->model(), 1, ImportPreviewModel::KeyColumn), u"K-18"_s);
    QCOMPARE(page->model()->rows()[0].order.total.minorUnits(), 124000);
    QCOMPARE(page->model()->rows()[0].order.createdAt.date(), QDate(2025, 2, 3));
    // Its dates name no time zone: the user says which.
    QCOMPARE(page->timeZoneBox()->currentText(), u"in this computer's time zone"_s);
    choose(page->timeZoneBox(), u"at UTC+01:00"_s);
    QCOMPARE(wizard->session().profileFor(0).timeZone.offsetFromUtc(QDateTime::currentDateTime()),
             3600);
    QCOMPARE(page->model()->rows()[0].order.createdAt.toUTC(),
             QDateTime(QDate(2025, 2, 3), QTime(13, 5), QTimeZone::utc()));
    // Read with a decimal point, 1.240,00 and -0,25 are no amounts; with a comma, they are.
    choose(page->decimalBox(), u"1,234.56 (decimal point)"_s);
    QCOMPARE(page->model()->rejectedCount(), 3);
    choose(page->decimalBox(), u"1.234,56 (decimal comma)"_s);
    QCOMPARE(page->model()->rejectedCount(), 0);
    QCOMPARE(page->dateFormatBox()->currentText(), u"31.03.2026 14:05"_s);

    // Its status column holds German words: listed beside the columns, unknown until the
    // user says what each means, and orders with an unknown one are rejected.
    QVERIFY(page->statusWordTable()->isHidden());
    mapping->chooseColumns(ImportField::FinancialStatus, {u"Status"_s});
    QTableWidget *words = page->statusWordTable();
    QVERIFY(!words->isHidden());
    QCOMPARE(words->rowCount(), 3);
    QCOMPARE(words->item(0, 0)->text(), u"bezahlt"_s);
    QCOMPARE(words->item(1, 0)->text(), u"storniert"_s);
    QCOMPARE(words->item(2, 0)->text(), u"offen"_s);
    QCOMPARE(qobject_cast<QComboBox *>(words->cellWidget(0, 1))->currentData().toString(),
             QString());
    QCOMPARE(page->model()->rejectedCount(), 3);
    choose(qobject_cast<QComboBox *>(words->cellWidget(0, 1)), u"Paid"_s);
    choose(qobject_cast<QComboBox *>(page->statusWordTable()->cellWidget(1, 1)), u"Cancelled"_s);
    QCOMPARE(page->model()->rejectedCount(), 1);
    choose(qobject_cast<QComboBox *>(page->statusWordTable()->cellWidget(2, 1)), u"Not paid yet"_s);
    QCOMPARE(page->model()->rejectedCount(), 0);
    QCOMPARE(Test::cellText(*page->model(), 0, ImportPreviewModel::StatusColumn), u"Paid"_s);
    QVERIFY(page->model()->rows()[1].order.cancelled);
    const ImportProfile edited = wizard->session().profileFor(0);
    QCOMPARE(edited.statusWords.value(u"bezahlt"_s).status, FinancialStatus::Paid);
    QVERIFY(edited.statusWords.value(u"storniert"_s).cancelled);
    QCOMPARE(qobject_cast<QComboBox *>(page->statusWordTable()->cellWidget(1, 1))->currentText(),
             u"Cancelled"_s);

    // Saved and loaded again, the profile reads the file the same way.
    const QString saved = m_dir.filePath(u"kasse-dates-and-words.json"_s);
    QVERIFY(wizard->session().saveProfile(0, saved).ok());
    auto loaded = ImportProfile::load(saved);
    QVERIFY(loaded.ok());
    QCOMPARE(loaded->dateFormats, edited.dateFormats);
    QCOMPARE(loaded->decimalFormat, DecimalFormat::Comma);
    QCOMPARE(loaded->timeZone.offsetFromUtc(QDateTime::currentDateTime()), 3600);
    QCOMPARE(loaded->statusWords, edited.statusWords);
}

void TestImportWizard::realTiendanubeExport_importsThroughAProfileMadeInTheWizard()
{
    const QString file = QDir::cleanPath(
        qEnvironmentVariable("KONTOR_SOURCE_DIR")
        + u"/../shared/data/storefront/tiendanube/ventas-ars-2025-11-cp1252-semicolon.csv"_s);
    if (!QFileInfo::exists(file))
        QSKIP("The real storefront exports are not here.");
    auto wizard = makeWizard({file});
    QVERIFY(wizard);
    QSignalSpy finished(wizard.get(), &ImportWizard::importFinished);
    clickNext(*wizard);
    ImportPreviewPage *page = wizard->previewPage();
    // What a bookkeeper chooses on the Columns tab, column by column, in Spanish.
    ImportMappingEditor *mapping = page->mappingEditor();
    const QList<std::pair<ImportField, QString>> columns = {
        {ImportField::OrderKey, u"Número de orden"_s}, {ImportField::CreatedAt, u"Fecha"_s},
        {ImportField::Total, u"Total"_s}, {ImportField::LineName, u"Nombre del producto"_s},
        {ImportField::LineSku, u"SKU"_s}, {ImportField::LineQuantity, u"Cantidad del producto"_s},
        {ImportField::LineUnitPrice, u"Precio del producto"_s},
        {ImportField::Currency, u"Moneda"_s}, {ImportField::Email, u"Email"_s},
        {ImportField::CustomerName, u"Nombre del comprador"_s},
        {ImportField::Subtotal, u"Subtotal de productos"_s},
        {ImportField::Shipping, u"Costo de envío"_s}, {ImportField::Discount, u"Descuento"_s},
        {ImportField::FinancialStatus, u"Estado del pago"_s}};
    for (const auto &[field, header] : columns)
        mapping->chooseColumns(field, {header});
    const auto choose = [](QComboBox *box, const QString &text) {
        const int index = box->findText(text);
        QVERIFY2(index >= 0, qPrintable(text));
        box->setCurrentIndex(index);
        Q_EMIT box->activated(index);
    };
    choose(page->dateFormatBox(), u"31/03/2026 14:05"_s);
    choose(page->timeZoneBox(), u"at UTC\u221203:00"_s); // Argentina's time, as the shop's
    QCOMPARE(page->model()->rows()[0].order.createdAt.toUTC(),
             QDateTime(QDate(2025, 11, 5), QTime(2, 45, 11), QTimeZone::utc()));
    QTableWidget *words = page->statusWordTable();
    QCOMPARE(words->rowCount(), 1);
    QCOMPARE(words->item(0, 0)->text(), u"recibido"_s);
    choose(qobject_cast<QComboBox *>(words->cellWidget(0, 1)), u"Paid"_s);
    QCOMPARE(page->model()->rejectedCount(), 0);

    clickNext(*wizard);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);
    const QString summary = wizard->resultPage()->summaryText();
    // The counts the profile file in tests/data gives (tst_importservice).
    QVERIFY2(summary.contains(u"New orders: 303 · updated: 0 · unchanged: 0 · rejected: 0"_s),
             qPrintable(summary));
    QCOMPARE(orderCount(m_company->company()), 303);
}

void TestImportWizard::editedMapping_refreshesThePreview_andSavedProfileLoadsBackEqual()
{
    auto wizard = makeWizard({fixture(u"shopify-orders.csv"_s)});
    QVERIFY(wizard);
    clickNext(*wizard);
    ImportPreviewPage *page = wizard->previewPage();
    ImportSession &session = wizard->session();
    QCOMPARE(session.profileIndex(), -1);
    QSignalSpy reset(page->model(), &QAbstractItemModel::modelReset);

    // The customer's name from the shipping company column instead: the preview follows.
    page->mappingEditor()->chooseColumns(ImportField::CustomerName, {u"Billing Company"_s});
    QVERIFY(session.isEdited());
    QCOMPARE(reset.count(), 1);
    QCOMPARE(Test::cellText(*page->model(), 0, ImportPreviewModel::CustomerColumn), QString());
    const ImportProfile edited = *session.chosenProfile();
    QCOMPARE(edited.id, u"shopify"_s); // the shop's orders stay the same orders
    QCOMPARE(edited.name, u"Shopify (edited)"_s);
    QCOMPARE(edited.columns.value(ImportField::CustomerName), QStringList{u"Billing Company"_s});
    QVERIFY2(page->statusText().contains(u"Shopify (edited)"_s), qPrintable(page->statusText()));
    auto *chooser = wizard->filesPage()->profileChooser();
    QCOMPARE(chooser->currentText(), u"Shopify (edited)"_s);

    // A field can be left unread.
    page->mappingEditor()->chooseColumns(ImportField::Note, QStringList());
    QCOMPARE(session.chosenProfile()->columns.contains(ImportField::Note), false);

    const QString path = m_dir.filePath(u"My Shopify.json"_s);
    QVERIFY(session.saveProfile(page->currentFile(), path).ok());
    QVERIFY(!session.isEdited());
    auto loaded = ImportProfile::load(path);
    QVERIFY2(loaded.ok(), loaded.ok() ? "" : qPrintable(loaded.error().toString()));
    QCOMPARE(loaded->name, u"My Shopify"_s);
    QCOMPARE(loaded->id, u"shopify"_s);
    QVERIFY(*loaded == *session.chosenProfile());
    QCOMPARE(chooser->currentText(), u"My Shopify"_s);

    // Another import loads it and reads the file with it.
    auto again = makeWizard({fixture(u"shopify-orders.csv"_s)});
    QVERIFY(again);
    QVERIFY(again->session().loadProfile(path).ok());
    QVERIFY(*again->session().chosenProfile() == *loaded);
    QCOMPARE(again->filesPage()->profileChooser()->currentText(), u"My Shopify"_s);
    QCOMPARE(again->filesPage()->fileList()->topLevelItem(0)->text(ImportFilesPage::ProfileColumn),
             u"My Shopify"_s);
    clickNext(*again);
    QCOMPARE(again->previewPage()->mappingEditor()->columnsOf(ImportField::CustomerName),
             QStringList{u"Billing Company"_s});
    QCOMPARE(again->previewPage()->model()->rowCount(), 7);
}

void TestImportWizard::savingAProfile_withoutTheRequiredColumns_isRefused()
{
    auto wizard = makeWizard({fixture(u"kasse-cp1252-semicolon.csv"_s)});
    QVERIFY(wizard);
    clickNext(*wizard);
    wizard->previewPage()->mappingEditor()->chooseColumns(ImportField::OrderKey, {u"Bestellnr"_s});
    const QString path = m_dir.filePath(u"kasse.json"_s);
    const Status saved = wizard->session().saveProfile(0, path);
    QVERIFY(!saved.ok());
    QVERIFY2(saved.error().message.contains(importFieldLabel(ImportField::Total)),
             qPrintable(saved.error().message));
    QVERIFY(!QFile::exists(path));
}

void TestImportWizard::import_runsOnAWorkerThread_andTheSummaryCountsTheOrders()
{
    const qint64 ordersBefore = orderCount(**m_company);
    auto wizard = makeWizard({fixture(u"shopify-orders.csv"_s)});
    QVERIFY(wizard);
    QSignalSpy finished(wizard.get(), &ImportWizard::importFinished);
    QSignalSpy running(wizard.get(), &ImportWizard::runningChanged);
    clickNext(*wizard);
    clickNext(*wizard); // Import
    QCOMPARE(wizard->currentId(), int(ImportWizard::ResultPageId));
    QVERIFY(wizard->resultPage()->job());
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
    QCOMPARE(finished.first().first().toBool(), true);
    QCOMPARE(running.count(), 2);
    QVERIFY(!wizard->isRunning());
    QCOMPARE(wizard->resultPage()->progressBar()->value(), wizard->resultPage()->progressBar()->maximum());

    // In the company, seen through the test's own connection.
    QCOMPARE(orderCount(**m_company), ordersBefore + 7);
    QCOMPARE(batchCount(**m_company), 1);

    ImportOutcomeModel *outcomes = wizard->resultPage()->outcomeModel();
    QAbstractItemModelTester tester(outcomes, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(outcomes->rowCount(), 1);
    QCOMPARE(Test::cellText(*outcomes, 0, ImportOutcomeModel::FileColumn), u"shopify-orders.csv"_s);
    QCOMPARE(Test::cellText(*outcomes, 0, ImportOutcomeModel::InsertedColumn), u"7"_s);
    QCOMPARE(Test::cellText(*outcomes, 0, ImportOutcomeModel::UpdatedColumn), u"0"_s);
    QCOMPARE(Test::cellText(*outcomes, 0, ImportOutcomeModel::RejectedColumn), u"0"_s);
    QCOMPARE(Test::cellText(*outcomes, 0, ImportOutcomeModel::LinesColumn), u"10"_s);
    QCOMPARE(Test::cellText(*outcomes, 0, ImportOutcomeModel::CustomersColumn), u"7"_s);
    QCOMPARE(Test::cellText(*outcomes, 0, ImportOutcomeModel::ShopColumn), u"shopify"_s);
    QVERIFY(Test::cellText(*outcomes, 0, ImportOutcomeModel::ResultColumn).startsWith(u"Saved as import "_s));
    const QString summary = wizard->resultPage()->summaryText();
    QVERIFY2(summary.contains(u"New orders: 7 · updated: 0 · unchanged: 0 · rejected: 0"_s), qPrintable(summary));
    QCOMPARE(wizard->resultPage()->problemModel()->rowCount(), 0);
    QVERIFY(!wizard->resultPage()->saveRejectsButton()->isEnabled());
    QVERIFY(wizard->button(QWizard::FinishButton)->isEnabled());
    QVERIFY(!wizard->button(QWizard::CancelButton)->isVisible());

    // The same file again: every order is known and unchanged.
    auto again = makeWizard({fixture(u"shopify-orders.csv"_s)});
    QVERIFY(again);
    QSignalSpy finishedAgain(again.get(), &ImportWizard::importFinished);
    clickNext(*again);
    clickNext(*again);
    QTRY_COMPARE_WITH_TIMEOUT(finishedAgain.count(), 1, 30000);
    QCOMPARE(Test::cellText(*again->resultPage()->outcomeModel(), 0, ImportOutcomeModel::UnchangedColumn),
             u"7"_s);
    QCOMPARE(orderCount(**m_company), ordersBefore + 7);
}

void TestImportWizard::dryRun_countsButSavesNothing()
{
    auto wizard = makeWizard({fixture(u"shopify-orders.csv"_s)});
    QVERIFY(wizard);
    auto *dryRun = wizard->findChild<QCheckBox *>(u"dryRun"_s);
    QVERIFY(dryRun);
    dryRun->setChecked(true);
    QVERIFY(wizard->session().dryRun());
    QSignalSpy finished(wizard.get(), &ImportWizard::importFinished);
    clickNext(*wizard);
    QCOMPARE(wizard->button(QWizard::CommitButton)->text().remove(u'&'), u"Check"_s);
    clickNext(*wizard);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
    QCOMPARE(finished.first().first().toBool(), false);
    QCOMPARE(Test::cellText(*wizard->resultPage()->outcomeModel(), 0, ImportOutcomeModel::InsertedColumn),
             u"7"_s);
    QVERIFY(wizard->resultPage()->summaryText().contains(u"dry run"_s));
    QCOMPARE(orderCount(**m_company), 0);
    QCOMPARE(batchCount(**m_company), 0);
}

void TestImportWizard::rejectedOrders_areListed_andTheirRowsCanBeSaved()
{
    auto wizard = makeWizard({fixture(u"shopify-orders.csv"_s), fixture(u"shopify-damaged.csv"_s)});
    QVERIFY(wizard);
    QCOMPARE(wizard->filesPage()->fileList()->topLevelItemCount(), 2);
    QSignalSpy finished(wizard.get(), &ImportWizard::importFinished);
    clickNext(*wizard);
    // Several files: the preview shows one at a time.
    auto *file = wizard->findChild<QComboBox *>(u"previewFile"_s);
    QVERIFY(file->isVisible());
    wizard->previewPage()->setCurrentFile(1);
    QVERIFY(wizard->previewPage()->model()->rejectedCount() > 0);
    // A rejected order's problems in full, below the list.
    QCOMPARE(Test::cellText(*wizard->previewPage()->model(), 1, ImportPreviewModel::KeyColumn), u"#2002"_s);
    wizard->previewPage()->view()->selectRow(1);
    QVERIFY2(wizard->previewPage()->problemText().startsWith(u"Line 3, column “Total”: "_s),
             qPrintable(wizard->previewPage()->problemText()));
    clickNext(*wizard);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);

    ImportResultPage *result = wizard->resultPage();
    QCOMPARE(result->outcomeModel()->rowCount(), 2);
    const qint64 rejected = Test::cellText(*result->outcomeModel(), 1, ImportOutcomeModel::RejectedColumn).toLongLong();
    QVERIFY(rejected > 0);
    ImportProblemModel *problems = result->problemModel();
    QAbstractItemModelTester tester(problems, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(problems->rowCount() >= rejected);
    QCOMPARE(Test::cellText(*problems, 0, ImportProblemModel::FileColumn), u"shopify-damaged.csv"_s);
    QVERIFY(!Test::cellText(*problems, 0, ImportProblemModel::LineColumn).isEmpty());
    QVERIFY(!Test::cellText(*problems, 0, ImportProblemModel::MessageColumn).isEmpty());
    // The damaged file is selected: its rejected rows can be saved.
    QCOMPARE(result->outcomeView()->currentIndex().row(), 1);
    QVERIFY(result->saveRejectsButton()->isEnabled());
    result->outcomeView()->selectRow(0);
    QVERIFY(!result->saveRejectsButton()->isEnabled());

    const QString path = m_dir.filePath(u"rejected.csv"_s);
    QVERIFY(result->saveRejects(1, path).ok());
    QFile saved(path);
    QVERIFY(saved.open(QIODevice::ReadOnly));
    const QByteArray content = saved.readAll();
    QVERIFY(content.startsWith("Name,Email,Financial Status"));
    QVERIFY(content.contains("#2002"));
}

std::unique_ptr<ImportWizard> TestImportWizard::startBigImport()
{
    // An export big enough that the importer asks about progress more than once.
    QFile source(fixture(u"shopify-orders.csv"_s));
    if (!source.open(QIODevice::ReadOnly))
        return nullptr;
    const QList<QByteArray> lines = source.readAll().split('\n');
    QByteArray big = lines[0] + '\n';
    const QByteArray order = lines[1] + '\n' + lines[2] + '\n' + lines[3] + '\n';
    for (int i = 0; big.size() < 3 * 1024 * 1024; ++i)
        big += QByteArray(order).replace("#1001", QByteArray("#" + QByteArray::number(10000 + i)));
    const QString path = m_dir.filePath(u"big.csv"_s);
    writeFile(path, big);
    auto wizard = makeWizard({path});
    if (wizard) {
        clickNext(*wizard);
        clickNext(*wizard); // Import
    }
    return wizard;
}

void TestImportWizard::stoppingTheImport_leavesTheCompanyUnchanged()
{
    auto wizard = startBigImport();
    QVERIFY(wizard);
    QSignalSpy finished(wizard.get(), &ImportWizard::importFinished);
    QVERIFY(wizard->isRunning());
    QCOMPARE(wizard->button(QWizard::CancelButton)->text().remove(u'&'), u"Stop and Close"_s);
    // Stopped in the middle of the file, once the worker has read some of it.
    QSignalSpy progressed(wizard->resultPage()->job(), &ImportJob::progressed);
    QTRY_VERIFY_WITH_TIMEOUT(!progressed.isEmpty(), 30000);
    QSignalSpy rejectedSpy(wizard.get(), &QDialog::rejected);
    wizard->reject(); // Stop and Close: stops, then closes
    QVERIFY(wizard->isVisible());
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);
    QCOMPARE(finished.first().first().toBool(), false);
    QCOMPARE(rejectedSpy.count(), 1);
    QVERIFY(!wizard->isVisible());

    const ImportJob::Outcome &outcome = wizard->resultPage()->job()->outcomes().front();
    QVERIFY(outcome.started);
    QVERIFY(outcome.report && outcome.report->cancelled);
    QCOMPARE(orderCount(**m_company), 0);
    QCOMPARE(batchCount(**m_company), 0);
    QVERIFY(Test::cellText(*wizard->resultPage()->outcomeModel(), 0, ImportOutcomeModel::ResultColumn)
                .contains(u"nothing of this file was saved"_s));
}

// What the page shows once the job says a file is read through (the job's own test checks when
// it says so): no share of the work, no Stop, and the wizard's Cancel closes once it is saved.
void TestImportWizard::whileAFileIsSaved_theWindowSaysSo_andClosingWaitsForIt()
{
    auto wizard = startBigImport();
    QVERIFY(wizard);
    QSignalSpy finished(wizard.get(), &ImportWizard::importFinished);
    ImportResultPage *page = wizard->resultPage();
    QSignalSpy progressed(page->job(), &ImportJob::progressed);
    QTRY_VERIFY_WITH_TIMEOUT(!progressed.isEmpty(), 30000); // the file's start is shown
    QVERIFY(!page->isSaving());
    Q_EMIT page->job()->fileSaving(0);
    QVERIFY(page->isSaving());
    QCOMPARE(page->findChild<QLabel *>(u"runningFile"_s)->text(), u"Saving big.csv…"_s);
    QCOMPARE(page->progressBar()->maximum(), 0); // busy
    QVERIFY(!page->findChild<QPushButton *>(u"stop"_s)->isEnabled());
    QCOMPARE(wizard->button(QWizard::CancelButton)->text().remove(u'&'), u"Close When Saved"_s);

    wizard->reject();
    QCOMPARE(page->findChild<QLabel *>(u"runningFile"_s)->text(), u"Saving big.csv…"_s);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
    QVERIFY(!wizard->isVisible());
    QVERIFY(!page->isSaving());
}

void TestImportWizard::cancelledJob_commitsNothing()
{
    ImportOptions options;
    ImportJob job(m_company->path(), Test::TestCompany::actor(),
                  {{fixture(u"shopify-orders.csv"_s), options}, {fixture(u"shopify-crlf.csv"_s), options}});
    QSignalSpy finished(&job, &ImportJob::finished);
    job.cancel(); // before the worker reads a byte: nothing is started
    job.start();
    QVERIFY(job.isRunning());
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
    QVERIFY(job.isFinished());
    QVERIFY(!job.committedAny());
    QCOMPARE(job.outcomes().size(), size_t(2));
    QCOMPARE(orderCount(**m_company), 0);
    QCOMPARE(batchCount(**m_company), 0);
}

// The window shows "Saving" (and no Stop) once a file is read through, until the next one.
void TestImportWizard::job_saysWhenEachFileIsReadThrough_once()
{
    ImportOptions options;
    ImportJob job(m_company->path(), Test::TestCompany::actor(),
                  {{fixture(u"shopify-orders.csv"_s), options}, {fixture(u"shopify-crlf.csv"_s), options}});
    QStringList events;
    qint64 fileEnd = 0;
    connect(&job, &ImportJob::fileStarted, this, [&](int i) {
        events << u"start %1"_s.arg(i);
        fileEnd += QFileInfo(job.files()[size_t(i)].path).size();
    });
    connect(&job, &ImportJob::progressed, this, [&](qint64 done, qint64) {
        if (done == fileEnd && events.last().startsWith(u"start"_s))
            events << u"read"_s;
    });
    connect(&job, &ImportJob::fileSaving, this, [&](int i) { events << u"saving %1"_s.arg(i); });
    QSignalSpy finished(&job, &ImportJob::finished);
    job.start();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
    QCOMPARE(events, QStringList({u"start 0"_s, u"read"_s, u"saving 0"_s, u"start 1"_s, u"read"_s,
                                  u"saving 1"_s}));
    QCOMPARE(batchCount(**m_company), 2);
}

QTEST_MAIN(TestImportWizard)
#include "tst_importwizard.moc"
