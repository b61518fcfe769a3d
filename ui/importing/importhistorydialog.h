// SPDX-FileCopyrightText: 2026 The Kontor authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/actor.h"
#include "common/ids.h"
#include "common/result.h"

#include <QDialog>

class QLabel;
class QPushButton;

namespace Kontor {
class ImportService;
} // namespace Kontor

namespace Kontor::Ui {

class ImportBatchTableModel;
class TableView;

/**
 * The import history: every import batch, newest first, with what it did and whether it can
 * still be taken back. Undo asks first, then reverses the batch's bookings and stock movements
 * through the import service.
 */
class ImportHistoryDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportHistoryDialog)
public:
    /// actor: who undoes batches (the logged-in user).
    ImportHistoryDialog(ImportService &imports, Actor actor, QWidget *parent = nullptr);
    ~ImportHistoryDialog() override;

    ImportBatchTableModel *model() const { return m_model; }
    TableView *view() const { return m_view; }
    QPushButton *undoButton() const { return m_undo; }

    /// Reads the batches again, keeping the current one.
    void reload();
    /// While an import runs, no batch is undone: it would wait for the import's transaction.
    void setImportRunning(bool running);
    /// Asks whether to undo the current batch, and does.
    void undoCurrent();

Q_SIGNALS:
    void batchUndone(Kontor::ImportBatchId batch);

private:
    void updateButtons();

    ImportService &m_imports;
    const Actor m_actor;
    ImportBatchTableModel *m_model = nullptr;
    TableView *m_view = nullptr;
    QLabel *m_note = nullptr;
    QPushButton *m_undo = nullptr;
    bool m_importRunning = false;
};

} // namespace Kontor::Ui
