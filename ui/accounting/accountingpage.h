// SPDX-FileCopyrightText: 2026 The Kontor authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/actor.h"
#include "common/pagewidget.h"

class QLabel;

namespace Kontor {
class AccountingService;
} // namespace Kontor

namespace Kontor::Ui {

class JournalEntryTableModel;
class JournalLineTableModel;
class TableView;

/// The journal: posted entries, with the lines of the current entry below them.
class AccountingPage final : public PageWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccountingPage)
public:
    AccountingPage(AccountingService &accounting, const Actor &actor, QWidget *parent = nullptr);
    ~AccountingPage() override;

    QString title() const override;
    QIcon icon() const override;
    QString statusText() const override;
    void refresh() override;
    TableView *mainView() const override { return m_entryView; }

    JournalEntryTableModel *entryModel() const { return m_entries; }
    JournalLineTableModel *lineModel() const { return m_lines; }
    TableView *entryView() const { return m_entryView; }

private:
    void showEntry(qint64 id);

    JournalEntryTableModel *m_entries = nullptr;
    JournalLineTableModel *m_lines = nullptr;
    TableView *m_entryView = nullptr;
    QLabel *m_caption = nullptr;
};

} // namespace Kontor::Ui
