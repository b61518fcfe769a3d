// SPDX-FileCopyrightText: 2026 The Kontor authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/actor.h"

#include "common/result.h"

#include <QWizardPage>

class QLabel;
class QProgressBar;
class QPushButton;
class QStackedWidget;

namespace Kontor::Ui {

class ImportJob;
class ImportOutcomeModel;
class ImportProblemModel;
class ImportSession;
class TableView;

/**
 * The wizard's last page: runs the import on a worker thread with a progress bar and a Stop
 * button, then tells what it did with each file and lists the problems, with the rejected rows
 * to save for correcting.
 */
class ImportResultPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportResultPage)
public:
    ImportResultPage(ImportSession &session, QString companyPath, Actor actor,
                     QWidget *parent = nullptr);
    ~ImportResultPage() override;

    /// Starts the import.
    void initializePage() override;
    bool isComplete() const override;

    bool isRunning() const;
    bool isFinished() const;
    /// Whether the file being imported is read through and being saved.
    bool isSaving() const { return m_saving; }
    /// Asks a running import to stop: the file being imported is not saved, unless it is being
    /// saved already; the files after it are not read.
    void stop();
    ImportJob *job() const { return m_job; }

    ImportOutcomeModel *outcomeModel() const { return m_outcomes; }
    ImportProblemModel *problemModel() const { return m_problems; }
    TableView *outcomeView() const { return m_outcomeView; }
    QProgressBar *progressBar() const { return m_progress; }
    QPushButton *saveRejectsButton() const { return m_saveRejects; }
    /// The summary over all files shown when the run is over.
    QString summaryText() const;
    /// Writes the rejected records of a file of the run (an outcomeModel() row) to path.
    Status saveRejects(int file, const QString &path) const;

Q_SIGNALS:
    void runningChanged(bool running);
    void savingChanged(bool saving);
    /// The run is over; committed: something was saved to the company.
    void runFinished(bool committed);

private:
    /// The name of the run's file of that index; empty when there is none.
    QString fileNameOf(int index) const;
    void showFile(int index);
    void showSaving(int index);
    void setSaving(bool saving);
    void showProgress(qint64 done, qint64 total);
    void finish();
    void updateSaveRejects();
    void askSaveRejects();

    ImportSession &m_session;
    const QString m_companyPath;
    const Actor m_actor;
    ImportJob *m_job = nullptr;
    QStackedWidget *m_stack = nullptr;
    QLabel *m_fileLabel = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_bytes = nullptr;
    QPushButton *m_stop = nullptr;
    bool m_saving = false;
    qint64 m_shownDone = 0;  // of the bytes, as last shown (the bar is busy while saving)
    qint64 m_shownTotal = 0;
    QLabel *m_summary = nullptr;
    ImportOutcomeModel *m_outcomes = nullptr;
    TableView *m_outcomeView = nullptr;
    ImportProblemModel *m_problems = nullptr;
    TableView *m_problemView = nullptr;
    QLabel *m_problemDetail = nullptr;
    QWidget *m_problemsPane = nullptr;
    QPushButton *m_saveRejects = nullptr;
};

} // namespace Kontor::Ui
