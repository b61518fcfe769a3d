// SPDX-FileCopyrightText: 2026 The Kontor authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "accountingpage.h"

#include "journalentrytablemodel.h"
#include "journallinetablemodel.h"

#include "common/tableview.h"

#include <QLabel>
#include <QSplitter>
#include <QStyle>
#include <QVBoxLayout>

namespace Kontor::Ui {

AccountingPage::AccountingPage(AccountingService &accounting, const Actor &actor, QWidget *parent)
    : PageWidget(parent)
    , m_entries(new JournalEntryTableModel(accounting, actor, this))
    , m_lines(new JournalLineTableModel(accounting, actor, this))
{
    auto *layout = new QVBoxLayout(this);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    auto *top = new QWidget(splitter);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    m_entryView = addTable(topLayout, m_entries, tr("Filter by entry number or reference"));
    m_entryView->setStretchColumn(JournalEntryTableModel::DescriptionColumn);
    m_entryView->setSelectsFirstRow(true);

    auto *bottom = new QWidget(splitter);
    auto *bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    m_caption = addCaption(bottomLayout);
    auto *linesView = new TableView(bottom);
    linesView->setModel(m_lines);
    linesView->setStretchColumn(JournalLineTableModel::AccountNameColumn);
    bottomLayout->addWidget(linesView, 1);
    splitter->addWidget(top);
    splitter->addWidget(bottom);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    layout->addWidget(splitter);

    connect(m_entryView, &TableView::currentIdChanged, this, &AccountingPage::showEntry);
    connect(m_lines, &JournalLineTableModel::loadFailed, this, &PageWidget::errorOccurred,
            Qt::QueuedConnection);
    showEntry(0);
}

AccountingPage::~AccountingPage() = default;

QString AccountingPage::title() const
{
    return tr("Accounting");
}

QIcon AccountingPage::icon() const
{
    return style()->standardIcon(QStyle::SP_FileDialogListView);
}

QString AccountingPage::statusText() const
{
    return tr("%Ln journal entry(s)", nullptr, m_entries->rowCount());
}

void AccountingPage::refresh()
{
    m_entries->refresh();
}

void AccountingPage::showEntry(qint64 id)
{
    m_lines->setEntry(JournalEntryId(id));
    const QModelIndex current = m_entryView->currentIndex();
    if (id <= 0 || !current.isValid()) {
        m_caption->setText(tr("Select an entry to see its lines."));
        return;
    }
    const auto cell = [&](int column) { return current.siblingAtColumn(column).data().toString(); };
    //: Caption of a journal entry's lines: %1 entry number, %2 booking date, %3 description
    m_caption->setText(tr("Entry %1 · %2 · %3")
                           .arg(cell(JournalEntryTableModel::NumberColumn),
                                cell(JournalEntryTableModel::DateColumn),
                                cell(JournalEntryTableModel::DescriptionColumn)));
}

} // namespace Kontor::Ui
