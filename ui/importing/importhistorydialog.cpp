// SPDX-FileCopyrightText: 2026 The Kontor authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "importhistorydialog.h"

#include "importbatchtablemodel.h"

#include "common/errors.h"
#include "common/format.h"
#include "common/tableview.h"
#include "importing/importservice.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace Kontor::Ui {

ImportHistoryDialog::ImportHistoryDialog(ImportService &imports, Actor actor, QWidget *parent)
    : QDialog(parent)
    , m_imports(imports)
    , m_actor(std::move(actor))
    , m_model(new ImportBatchTableModel(imports, m_actor, this))
{
    setObjectName(QStringLiteral("importHistory"));
    setWindowTitle(tr("Import History"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Every imported file, newest first. Undoing an import withdraws "
                                "the orders it added, reverses its bookings and stock movements "
                                "and restores the orders it changed to their earlier state. An import "
                                "whose orders a later import changed can only be undone after "
                                "that one."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    m_view = new TableView(this);
    m_view->setObjectName(QStringLiteral("batches"));
    m_view->setModel(m_model);
    m_view->setStretchColumn(ImportBatchTableModel::StateColumn);
    m_view->setSelectsFirstRow(true);
    layout->addWidget(m_view, 1);

    m_note = new QLabel(this);
    m_note->setObjectName(QStringLiteral("historyNote"));
    m_note->setWordWrap(true);
    m_note->hide();
    layout->addWidget(m_note);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_undo = buttons->addButton(tr("&Undo Import…"), QDialogButtonBox::ActionRole);
    m_undo->setObjectName(QStringLiteral("undo"));
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_undo, &QPushButton::clicked, this, &ImportHistoryDialog::undoCurrent);
    connect(m_view, &TableView::currentIdChanged, this, &ImportHistoryDialog::updateButtons);
    connect(m_model, &ImportBatchTableModel::loadFailed, this,
            [this](const QString &message) { showError(this, tr("Import History"), message); },
            Qt::QueuedConnection);

    reload();
    resize(1100, 480);
}

ImportHistoryDialog::~ImportHistoryDialog() = default;

void ImportHistoryDialog::reload()
{
    m_model->reload();
    m_view->resizeColumnsToContents();
    m_view->horizontalHeader()->setSectionResizeMode(ImportBatchTableModel::StateColumn,
                                                     QHeaderView::Stretch);
    updateButtons();
}

void ImportHistoryDialog::setImportRunning(bool running)
{
    m_importRunning = running;
    m_note->setText(running ? tr("An import is running. Imports can be undone once it has "
                                 "finished.")
                            : QString());
    m_note->setVisible(running);
    if (!running)
        reload();
    else
        updateButtons();
}

void ImportHistoryDialog::updateButtons()
{
    const int row = m_view->currentIndex().row();
    m_undo->setEnabled(!m_importRunning && m_model->canUndo(row));
}

void ImportHistoryDialog::undoCurrent()
{
    const int row = m_view->currentIndex().row();
    const ImportBatch *found = m_model->batchAt(row);
    if (!found || !m_model->canUndo(row) || m_importRunning)
        return;
    const ImportBatch batch = *found;
    const QLocale locale;
    QMessageBox ask(QMessageBox::Question, tr("Undo Import"),
                    tr("Undo import batch %1 (file %2, shop %3), imported %4 by %5?")
                        .arg(QString::number(batch.id.value()), batch.fileName, batch.shop,
                             Format::dateTime(batch.startedAt), batch.userName),
                    QMessageBox::NoButton, this);
    ask.setInformativeText(
        tr("New orders to withdraw: %1. Updated orders to set back: %2. Their bookings and stock "
           "movements are reversed with today's date; nothing is deleted.")
            .arg(locale.toString(batch.inserted), locale.toString(batch.updated)));
    QPushButton *undo = ask.addButton(tr("&Undo Import"), QMessageBox::DestructiveRole);
    ask.addButton(QMessageBox::Cancel);
    ask.setDefaultButton(QMessageBox::Cancel);
    ask.exec();
    if (ask.clickedButton() != undo)
        return;

    QApplication::setOverrideCursor(Qt::WaitCursor);
    const Status undone = m_imports.undo(m_actor, batch.id);
    QApplication::restoreOverrideCursor();
    reload();
    if (!undone) {
        showError(this, tr("Undo Import"), undone.error());
        return;
    }
    if (const int again = m_model->rowOf(batch.id); again >= 0)
        m_view->selectRow(again);
    Q_EMIT batchUndone(batch.id);
}

} // namespace Kontor::Ui
