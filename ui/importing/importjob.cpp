// SPDX-FileCopyrightText: 2026 The Kontor authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "importjob.h"

#include "company/company.h"

#include <QFileInfo>
#include <QThread>

namespace Kontor::Ui {

ImportJob::ImportJob(QString companyPath, Actor actor, std::vector<File> files, QObject *parent)
    : QObject(parent)
    , m_companyPath(std::move(companyPath))
    , m_actor(std::move(actor))
    , m_files(std::move(files))
{
    for (const File &file : m_files)
        m_bytesTotal += qMax(qint64(0), QFileInfo(file.path).size());
}

ImportJob::~ImportJob()
{
    if (m_thread) {
        m_cancel = true;
        m_thread->wait();
    }
}

void ImportJob::start()
{
    if (m_thread)
        return;
    m_outcomes.clear();
    for (const File &file : m_files)
        m_outcomes.push_back({file.path, false, std::nullopt, std::nullopt});
    m_running = true;
    m_thread.reset(QThread::create([this] { run(); }));
    m_thread->setObjectName(QStringLiteral("import"));
    // Queued to this object's thread: finished() is seen after the worker has written its last.
    connect(m_thread.get(), &QThread::finished, this, [this] {
        m_running = false;
        m_finished = true;
        Q_EMIT finished();
    }, Qt::QueuedConnection);
    m_thread->start();
}

void ImportJob::cancel()
{
    m_cancel = true;
}

bool ImportJob::committedAny() const
{
    for (const Outcome &outcome : m_outcomes) {
        if (outcome.report && outcome.report->committed)
            return true;
    }
    return false;
}

void ImportJob::run()
{
    // Open, import and close on this thread: the connection is this thread's alone.
    auto company = Company::open(m_companyPath, Database::OpenMode::ExistingOnly);
    if (!company) {
        m_companyError = company.error();
        return;
    }
    qint64 before = 0;
    for (size_t i = 0; i < m_files.size(); ++i) {
        if (m_cancel)
            break;
        const File &file = m_files[i];
        Outcome &outcome = m_outcomes[i];
        outcome.started = true;
        Q_EMIT fileStarted(int(i));
        const auto progress = [this, before, i](qint64 done, qint64 total) {
            Q_EMIT progressed(before + done, m_bytesTotal);
            if (done >= total) // said once, just before the file is saved
                Q_EMIT fileSaving(int(i));
            return !m_cancel;
        };
        auto report = (*company)->imports().importFile(m_actor, file.path, file.options, progress);
        if (report)
            outcome.report = std::move(report).value();
        else
            outcome.error = report.error();
        before += qMax(qint64(0), QFileInfo(file.path).size());
        Q_EMIT progressed(before, m_bytesTotal);
        if (outcome.report && outcome.report->cancelled)
            break;
    }
}

} // namespace Kontor::Ui
