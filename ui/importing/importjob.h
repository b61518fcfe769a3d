// SPDX-FileCopyrightText: 2026 The Kontor authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/actor.h"
#include "common/result.h"
#include "importing/importservice.h"

#include <QObject>

#include <atomic>
#include <memory>
#include <optional>
#include <vector>

class QThread;

namespace Kontor::Ui {

/**
 * Imports files into a company on a worker thread, so that the window stays usable. The worker
 * opens its own connection to the company file (a connection belongs to the thread that opened
 * it), imports the files one after the other, each in one transaction, and closes it again.
 * The main window's connection keeps reading meanwhile (the file is in WAL mode).
 *
 * cancel() stops at the next progress report: the file being imported is rolled back whole,
 * files done before it stay imported, later ones are not started.
 */
class ImportJob final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportJob)
public:
    struct File
    {
        QString path;
        ImportOptions options;
    };
    /// What became of one file.
    struct Outcome
    {
        QString path;
        bool started = false;               ///< false: cancelled or failed before its turn
        std::optional<ImportReport> report; ///< set when the file was read through
        std::optional<Error> error;         ///< set when nothing of the file could be imported
    };

    ImportJob(QString companyPath, Actor actor, std::vector<File> files, QObject *parent = nullptr);
    /// Cancels a run and waits for the worker to end.
    ~ImportJob() override;

    void start();
    /// Asks the worker to stop; finished() follows.
    void cancel();
    bool isRunning() const { return m_running; }
    bool isFinished() const { return m_finished; }
    bool cancelRequested() const { return m_cancel.load(); }

    /// Sizes of all files together: the total of progressed().
    qint64 bytesTotal() const { return m_bytesTotal; }
    const std::vector<File> &files() const { return m_files; }
    /// Valid once finished(): one per file, in order.
    const std::vector<Outcome> &outcomes() const { return m_outcomes; }
    /// Set once finished() when the company file itself could not be opened.
    const std::optional<Error> &companyError() const { return m_companyError; }
    /// Whether a file's import was committed (not a dry run, not all-or-nothing refused).
    bool committedAny() const;

Q_SIGNALS:
    void fileStarted(int index);
    /// The file is read through; what is left is saving it (or taking a dry run back).
    void fileSaving(int index);
    /// Bytes of all files read so far, of bytesTotal().
    void progressed(qint64 done, qint64 total);
    /// The worker has ended; outcomes() are complete.
    void finished();

private:
    void run(); // on the worker thread

    const QString m_companyPath;
    const Actor m_actor;
    const std::vector<File> m_files;
    qint64 m_bytesTotal = 0;
    std::vector<Outcome> m_outcomes;
    std::optional<Error> m_companyError;
    std::unique_ptr<QThread> m_thread;
    std::atomic<bool> m_cancel{false};
    bool m_running = false;
    bool m_finished = false;
};

} // namespace Kontor::Ui
