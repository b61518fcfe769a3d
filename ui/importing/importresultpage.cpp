// SPDX-FileCopyrightText: 2026 The Kontor authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "importresultpage.h"

#include "importjob.h"
#include "importoutcomemodel.h"
#include "importproblemmodel.h"
#include "importsession.h"

#include "common/errors.h"
#include "common/tableview.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QVBoxLayout>

#include <utility>

namespace Kontor::Ui {

namespace {

constexpr int ProgressSteps = 1000;

QLabel *caption(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}

} // namespace

ImportResultPage::ImportResultPage(ImportSession &session, QString companyPath, Actor actor,
                                   QWidget *parent)
    : QWizardPage(parent)
    , m_session(session)
    , m_companyPath(std::move(companyPath))
    , m_actor(std::move(actor))
    , m_outcomes(new ImportOutcomeModel(this))
    , m_problems(new ImportProblemModel(this))
{
    setTitle(tr("Importing"));
    setFinalPage(true);
    auto *layout = new QVBoxLayout(this);
    m_stack = new QStackedWidget(this);
    layout->addWidget(m_stack);

    // While running: which file, how far, and a way out.
    auto *running = new QWidget(m_stack);
    auto *runningLayout = new QVBoxLayout(running);
    runningLayout->addStretch(1);
    m_fileLabel = new QLabel(running);
    m_fileLabel->setObjectName(QStringLiteral("runningFile"));
    m_fileLabel->setTextFormat(Qt::PlainText);
    runningLayout->addWidget(m_fileLabel);
    m_progress = new QProgressBar(running);
    m_progress->setObjectName(QStringLiteral("progress"));
    m_progress->setRange(0, ProgressSteps);
    m_progress->setTextVisible(true);
    runningLayout->addWidget(m_progress);
    auto *progressRow = new QHBoxLayout;
    m_bytes = new QLabel(running);
    m_bytes->setObjectName(QStringLiteral("bytes"));
    progressRow->addWidget(m_bytes, 1);
    m_stop = new QPushButton(tr("S&top Import"), running);
    m_stop->setObjectName(QStringLiteral("stop"));
    m_stop->setToolTip(tr("Nothing of the file being imported is saved; files imported before "
                          "it stay imported."));
    progressRow->addWidget(m_stop);
    runningLayout->addLayout(progressRow);
    auto *note = new QLabel(tr("You can keep working in Kontor's main window meanwhile."), running);
    note->setWordWrap(true);
    runningLayout->addWidget(note);
    runningLayout->addStretch(2);
    m_stack->addWidget(running);

    // Afterwards: the summary, each file, the problems.
    auto *done = new QWidget(m_stack);
    auto *doneLayout = new QVBoxLayout(done);
    doneLayout->setContentsMargins(0, 0, 0, 0);
    m_summary = new QLabel(done);
    m_summary->setObjectName(QStringLiteral("summary"));
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    doneLayout->addWidget(m_summary);
    auto *splitter = new QSplitter(Qt::Vertical, done);
    splitter->setChildrenCollapsible(false);
    auto *filesPane = new QWidget(splitter);
    auto *filesLayout = new QVBoxLayout(filesPane);
    filesLayout->setContentsMargins(0, 0, 0, 0);
    filesLayout->addWidget(caption(tr("Files"), filesPane));
    m_outcomeView = new TableView(filesPane);
    m_outcomeView->setObjectName(QStringLiteral("outcomes"));
    m_outcomeView->setModel(m_outcomes);
    filesLayout->addWidget(m_outcomeView);
    m_problemsPane = new QWidget(splitter);
    auto *problemsLayout = new QVBoxLayout(m_problemsPane);
    problemsLayout->setContentsMargins(0, 0, 0, 0);
    auto *problemsHeader = new QHBoxLayout;
    problemsHeader->addWidget(caption(tr("Problems"), m_problemsPane), 1);
    m_saveRejects = new QPushButton(tr("Save &Rejected Rows…"), m_problemsPane);
    m_saveRejects->setObjectName(QStringLiteral("saveRejects"));
    m_saveRejects->setToolTip(tr("Saves the rows of the rejected orders of the file selected "
                                 "above as a CSV file, to correct them and import that file."));
    problemsHeader->addWidget(m_saveRejects);
    problemsLayout->addLayout(problemsHeader);
    m_problemView = new TableView(m_problemsPane);
    m_problemView->setObjectName(QStringLiteral("problems"));
    m_problemView->setModel(m_problems);
    m_problemView->setStretchColumn(ImportProblemModel::MessageColumn);
    problemsLayout->addWidget(m_problemView);
    // The current problem in full: a cell has room for the start of it.
    m_problemDetail = new QLabel(m_problemsPane);
    m_problemDetail->setObjectName(QStringLiteral("problemDetail"));
    m_problemDetail->setTextFormat(Qt::PlainText);
    m_problemDetail->setWordWrap(true);
    m_problemDetail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    problemsLayout->addWidget(m_problemDetail);
    splitter->addWidget(filesPane);
    splitter->addWidget(m_problemsPane);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 3);
    doneLayout->addWidget(splitter, 1);
    m_stack->addWidget(done);

    connect(m_stop, &QPushButton::clicked, this, &ImportResultPage::stop);
    connect(m_saveRejects, &QPushButton::clicked, this, &ImportResultPage::askSaveRejects);
    connect(m_outcomeView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ImportResultPage::updateSaveRejects);
    connect(m_problemView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                const auto &problems = m_problems->problems();
                if (!current.isValid() || current.row() >= int(problems.size())) {
                    m_problemDetail->setText(tr("Choose a problem to read it in full."));
                    return;
                }
                m_problemDetail->setText(problems[size_t(current.row())].toError().toString());
            });
}

ImportResultPage::~ImportResultPage() = default;

void ImportResultPage::initializePage()
{
    if (m_job)
        return; // one run per wizard
    m_job = new ImportJob(m_companyPath, m_actor, m_session.jobFiles(), this);
    setTitle(m_session.dryRun() ? tr("Checking") : tr("Importing"));
    setSubTitle(m_session.dryRun() ? tr("Kontor reads and books every order, then takes it all "
                                        "back: nothing is saved.")
                                   : tr("Each file is saved whole when it has been read through."));
    m_stack->setCurrentIndex(0);
    connect(m_job, &ImportJob::fileStarted, this, &ImportResultPage::showFile);
    connect(m_job, &ImportJob::fileSaving, this, &ImportResultPage::showSaving);
    connect(m_job, &ImportJob::progressed, this, &ImportResultPage::showProgress);
    connect(m_job, &ImportJob::finished, this, &ImportResultPage::finish);
    showFile(0);
    showProgress(0, m_job->bytesTotal());
    m_job->start();
    Q_EMIT runningChanged(true);
}

bool ImportResultPage::isComplete() const
{
    return m_job && m_job->isFinished();
}

bool ImportResultPage::isRunning() const
{
    return m_job && m_job->isRunning();
}

bool ImportResultPage::isFinished() const
{
    return m_job && m_job->isFinished();
}

void ImportResultPage::stop()
{
    if (!isRunning())
        return;
    m_job->cancel();
    m_stop->setEnabled(false);
    if (!m_saving)
        m_fileLabel->setText(tr("Stopping…"));
}

QString ImportResultPage::fileNameOf(int index) const
{
    const auto &files = m_job->files();
    if (index < 0 || index >= int(files.size()))
        return QString();
    return QFileInfo(files[size_t(index)].path).fileName();
}

void ImportResultPage::showFile(int index)
{
    const QString name = fileNameOf(index);
    if (m_job->cancelRequested() || name.isEmpty())
        return;
    m_progress->setRange(0, ProgressSteps);
    m_stop->setEnabled(true);
    setSaving(false);
    if (m_job->files().size() == 1) {
        m_fileLabel->setText(tr("Reading %1…").arg(name));
    } else {
        //: %1 file name, %2 its number, %3 the number of files
        m_fileLabel->setText(tr("Reading %1 (file %2 of %3)…")
                                 .arg(name)
                                 .arg(index + 1)
                                 .arg(m_job->files().size()));
    }
}

void ImportResultPage::showSaving(int index)
{
    const QString name = fileNameOf(index);
    if (m_job->cancelRequested() || name.isEmpty())
        return;
    // No share of the work to show any more, and nothing left to stop: the file is read.
    m_fileLabel->setText(m_session.dryRun() ? tr("Taking back what %1 booked…").arg(name)
                                            : tr("Saving %1…").arg(name));
    m_progress->setRange(0, 0);
    m_stop->setEnabled(false);
    setSaving(true);
}

void ImportResultPage::setSaving(bool saving)
{
    if (std::exchange(m_saving, saving) != saving)
        Q_EMIT savingChanged(saving);
}

void ImportResultPage::showProgress(qint64 done, qint64 total)
{
    m_shownDone = done;
    m_shownTotal = total;
    m_progress->setValue(total > 0 ? int(done * ProgressSteps / total) : 0);
    const QLocale locale;
    //: Progress of an import: %1 bytes read, %2 bytes in all ("1.2 MB of 3.4 MB")
    m_bytes->setText(tr("%1 of %2").arg(locale.formattedDataSize(done, 1, QLocale::DataSizeTraditionalFormat),
                                        locale.formattedDataSize(total, 1, QLocale::DataSizeTraditionalFormat)));
}

void ImportResultPage::finish()
{
    setSaving(false);
    m_progress->setRange(0, ProgressSteps);
    m_progress->setValue(m_shownTotal > 0 ? int(m_shownDone * ProgressSteps / m_shownTotal) : 0);
    const auto &outcomes = m_job->outcomes();
    m_outcomes->setOutcomes(outcomes, m_job->files());
    std::vector<ImportProblem> problems;
    qint64 inserted = 0, updated = 0, edited = 0, unchanged = 0, rejected = 0, numberTaken = 0;
    bool stopped = false;
    for (const ImportJob::Outcome &outcome : outcomes) {
        if (outcome.error) {
            const Error &e = *outcome.error;
            problems.push_back({e.file.isEmpty() ? outcome.path : e.file, e.line, e.field,
                                QString(), e.message});
        }
        if (!outcome.started || (outcome.report && outcome.report->cancelled)) {
            stopped = true;
            continue;
        }
        if (!outcome.report)
            continue;
        const ImportReport &report = *outcome.report;
        inserted += report.inserted;
        updated += report.updated;
        edited += report.edited;
        unchanged += report.unchanged;
        rejected += report.rejected;
        numberTaken += report.numberTaken;
        problems.insert(problems.end(), report.problems.begin(), report.problems.end());
    }
    m_problems->setProblems(std::move(problems));

    QStringList text;
    const bool dryRun = m_session.dryRun();
    if (const auto &error = m_job->companyError()) {
        setTitle(tr("Import failed"));
        text.append(tr("Kontor could not open the company file for the import: %1")
                        .arg(error->toString()));
    } else {
        setTitle(stopped ? tr("Import stopped") : dryRun ? tr("Check finished") : tr("Import finished"));
        //: Counts of an import over all files
        text.append(tr("New orders: %1 · updated: %2 · unchanged: %3 · rejected: %4")
                        .arg(QLocale().toString(inserted), QLocale().toString(updated),
                             QLocale().toString(unchanged), QLocale().toString(rejected)));
        if (edited > 0)
            text.append(tr("%n of the updated orders had been edited in the shop (other lines "
                           "or amounts): their sale, cost of goods and stock were reversed and "
                           "booked again as the shop states them now, dated today.",
                           nullptr, int(edited)));
        if (stopped)
            text.append(tr("The import was stopped: the file being imported then was not saved, "
                           "and the files after it were not read."));
        if (dryRun)
            text.append(tr("This was a dry run: nothing was saved."));
        if (m_job->committedAny())
            text.append(tr("An import can be taken back under File › Import History."));
        if (rejected > 0)
            text.append(tr("The rejected orders are not in the books. Save their rows, correct "
                           "them in the shop or the file, and import them again."));
        if (numberTaken > 0)
            text.append(tr("%n of them have the numbers of other orders in the books of the "
                           "same shop. If a file is another shop's, import it again under that "
                           "shop's own name (Shop, on the first page).",
                           nullptr, int(numberTaken)));
    }
    setSubTitle(tr("What became of each file, and why orders were rejected."));
    m_summary->setText(text.join(u'\n'));
    m_problemsPane->setVisible(m_problems->rowCount() > 0);
    m_problemDetail->setText(tr("Choose a problem to read it in full."));

    // The first file with rejected rows is the one to save them of.
    int select = 0;
    for (int i = 0; i < int(outcomes.size()); ++i) {
        if (outcomes[size_t(i)].report && outcomes[size_t(i)].report->rejected > 0) {
            select = i;
            break;
        }
    }
    m_outcomeView->selectRow(select);
    m_outcomeView->resizeColumnsToContents();
    m_outcomeView->setColumnWidth(ImportOutcomeModel::ResultColumn,
                                  qMin(m_outcomeView->columnWidth(ImportOutcomeModel::ResultColumn), 360));
    // The file name gives way (its tooltip has it whole): the counts are what matters here.
    m_outcomeView->horizontalHeader()->setSectionResizeMode(ImportOutcomeModel::FileColumn,
                                                            QHeaderView::Stretch);
    m_problemView->resizeColumnsToContents();
    for (int column = 0; column < ImportProblemModel::MessageColumn; ++column)
        m_problemView->setColumnWidth(column, qMin(m_problemView->columnWidth(column) + 8, 200));
    m_problemView->horizontalHeader()->setSectionResizeMode(ImportProblemModel::MessageColumn,
                                                            QHeaderView::Stretch);
    m_stack->setCurrentIndex(1);
    updateSaveRejects();
    Q_EMIT completeChanged();
    Q_EMIT runningChanged(false);
    Q_EMIT runFinished(m_job->committedAny());
}

QString ImportResultPage::summaryText() const
{
    return m_summary->text();
}

void ImportResultPage::updateSaveRejects()
{
    const int row = m_outcomeView->currentIndex().row();
    const auto &outcomes = m_outcomes->outcomes();
    bool enabled = false;
    if (row >= 0 && row < int(outcomes.size())) {
        const auto &report = outcomes[size_t(row)].report;
        enabled = report && !report->cancelled && report->rejected > 0;
    }
    m_saveRejects->setEnabled(enabled);
}

Status ImportResultPage::saveRejects(int file, const QString &path) const
{
    const auto &outcomes = m_outcomes->outcomes();
    if (file < 0 || file >= int(outcomes.size()) || !outcomes[size_t(file)].report)
        return makeError(tr("There are no rejected rows to save."));
    return ImportService::saveRejects(*outcomes[size_t(file)].report, path);
}

void ImportResultPage::askSaveRejects()
{
    const int row = m_outcomeView->currentIndex().row();
    if (row < 0 || row >= int(m_outcomes->outcomes().size()))
        return;
    const QFileInfo source(m_outcomes->outcomes()[size_t(row)].path);
    //: Suggested file name for the rejected rows of an export: %1 the export's name without suffix
    const QString suggestion = source.dir().filePath(tr("%1 rejected.csv").arg(source.completeBaseName()));
    const QString path = QFileDialog::getSaveFileName(this, tr("Save Rejected Rows"), suggestion,
                                                      tr("CSV files (*.csv);;All files (*)"));
    if (path.isEmpty())
        return;
    if (Status saved = saveRejects(row, path); !saved)
        showError(this, tr("Save Rejected Rows"), saved.error());
}

} // namespace Kontor::Ui
