// SPDX-FileCopyrightText: 2026 The Kontor authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/actor.h"

#include "common/money.h"

#include <QWizard>

namespace Kontor::Ui {

class ImportFilesPage;
class ImportPreviewPage;
class ImportResultPage;
class ImportSession;

/**
 * Imports a shop's order exports: choose the files (each is recognised by its columns), check
 * the first orders and the column mapping (and correct and save it as a profile), then import
 * on a worker thread with its own connection to the company file, and see what became of every
 * file. It is not modal: the main window stays usable while an import runs.
 */
class ImportWizard final : public QWizard
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportWizard)
public:
    enum PageId { FilesPageId, PreviewPageId, ResultPageId };

    /// companyPath: the company file the import goes into (the worker opens it itself);
    /// baseCurrency: the company's, for exports that do not name a currency.
    /// actor: who imports (the logged-in user).
    ImportWizard(const QString &companyPath, Currency baseCurrency, Actor actor,
                 QWidget *parent = nullptr);
    /// Stops a running import and waits for it.
    ~ImportWizard() override;

    ImportSession &session() const { return *m_session; }
    void addFiles(const QStringList &paths);

    ImportFilesPage *filesPage() const { return m_filesPage; }
    ImportPreviewPage *previewPage() const { return m_previewPage; }
    ImportResultPage *resultPage() const { return m_resultPage; }

    bool isRunning() const;
    /// Whether the import has run (the wizard then only shows its result).
    bool hasRun() const;

    /// Cancel, Escape and closing the window: a running import is stopped first and the
    /// wizard closes once it has ended.
    void reject() override;

Q_SIGNALS:
    void runningChanged(bool running);
    /// An import is over; committed: orders were saved, and lists showing them are out of date.
    void importFinished(bool committed);

private:
    void updateButtons();

    ImportSession *m_session = nullptr;
    ImportFilesPage *m_filesPage = nullptr;
    ImportPreviewPage *m_previewPage = nullptr;
    ImportResultPage *m_resultPage = nullptr;
    bool m_closeWhenStopped = false;
};

} // namespace Kontor::Ui
