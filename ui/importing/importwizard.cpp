// SPDX-FileCopyrightText: 2026 The Kontor authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "importwizard.h"

#include "importfilespage.h"
#include "importjob.h"
#include "importpreviewpage.h"
#include "importresultpage.h"
#include "importsession.h"

namespace Kontor::Ui {

ImportWizard::ImportWizard(const QString &companyPath, Currency baseCurrency, Actor actor,
                           QWidget *parent)
    : QWizard(parent)
    , m_session(new ImportSession(baseCurrency, this))
{
    setObjectName(QStringLiteral("importWizard"));
    setWindowTitle(tr("Import Orders"));
    setOption(QWizard::NoBackButtonOnLastPage);
    setOption(QWizard::NoCancelButtonOnLastPage, false);
    m_filesPage = new ImportFilesPage(*m_session, this);
    m_previewPage = new ImportPreviewPage(*m_session, this);
    m_resultPage = new ImportResultPage(*m_session, companyPath, std::move(actor), this);
    setPage(FilesPageId, m_filesPage);
    setPage(PreviewPageId, m_previewPage);
    setPage(ResultPageId, m_resultPage);
    setStartId(FilesPageId);

    connect(m_session, &ImportSession::optionsChanged, this, &ImportWizard::updateButtons);
    connect(m_resultPage, &ImportResultPage::runningChanged, this, [this](bool running) {
        updateButtons();
        Q_EMIT runningChanged(running);
    });
    connect(m_resultPage, &ImportResultPage::savingChanged, this, &ImportWizard::updateButtons);
    connect(m_resultPage, &ImportResultPage::runFinished, this, [this](bool committed) {
        Q_EMIT importFinished(committed);
        if (m_closeWhenStopped)
            QWizard::reject();
    });
    updateButtons();
    resize(1180, 700); // the preview's columns side by side
}

ImportWizard::~ImportWizard() = default;

void ImportWizard::addFiles(const QStringList &paths)
{
    m_session->addFiles(paths);
}

bool ImportWizard::isRunning() const
{
    return m_resultPage->isRunning();
}

bool ImportWizard::hasRun() const
{
    return m_resultPage->job() != nullptr;
}

void ImportWizard::reject()
{
    if (isRunning()) {
        m_closeWhenStopped = true;
        m_resultPage->stop();
        return;
    }
    QWizard::reject();
}

void ImportWizard::updateButtons()
{
    setButtonText(QWizard::CommitButton, m_session->dryRun() ? tr("&Check") : tr("&Import"));
    // The result is there to read: no Cancel once it is; Stop while the import runs.
    const bool running = isRunning();
    setOption(QWizard::NoCancelButtonOnLastPage, hasRun() && !running);
    // While a file is saved, it cannot be stopped any more: closing waits for it.
    setButtonText(QWizard::CancelButton, !running                  ? tr("Cancel")
                                         : m_resultPage->isSaving() ? tr("Close When Saved")
                                                                    : tr("Stop and Close"));
}

} // namespace Kontor::Ui
