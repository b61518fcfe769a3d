// SPDX-FileCopyrightText: 2026 The Kontor authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "personnelpage.h"

#include "employeedetailwidget.h"
#include "employeetablemodel.h"

#include "common/tableview.h"

#include <QScrollArea>
#include <QSplitter>
#include <QStyle>
#include <QVBoxLayout>

namespace Kontor::Ui {

PersonnelPage::PersonnelPage(PersonnelService &personnel, const Actor &actor, QWidget *parent)
    : PageWidget(parent)
    , m_employees(new EmployeeTableModel(personnel, actor, this))
{
    auto *layout = new QVBoxLayout(this);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    auto *list = new QWidget(splitter);
    auto *listLayout = new QVBoxLayout(list);
    listLayout->setContentsMargins(0, 0, 0, 0);
    m_employeeView = addTable(listLayout, m_employees,
                              tr("Filter by number, name, job title or city"));
    m_employeeView->setStretchColumn(EmployeeTableModel::JobTitleColumn);
    m_employeeView->setSelectsFirstRow(true);
    auto *scroll = new QScrollArea(splitter);
    scroll->setWidgetResizable(true);
    m_detail = new EmployeeDetailWidget(personnel, actor, scroll);
    scroll->setWidget(m_detail);
    splitter->addWidget(list);
    splitter->addWidget(scroll);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    layout->addWidget(splitter);

    connect(m_employeeView, &TableView::currentIdChanged, this,
            [this](qint64 id) { m_detail->setEmployee(EmployeeId(id)); });
    connect(m_detail, &EmployeeDetailWidget::loadFailed, this, &PageWidget::errorOccurred,
            Qt::QueuedConnection);
}

PersonnelPage::~PersonnelPage() = default;

QString PersonnelPage::title() const
{
    return tr("Personnel");
}

QIcon PersonnelPage::icon() const
{
    return style()->standardIcon(QStyle::SP_DirHomeIcon);
}

QString PersonnelPage::statusText() const
{
    return tr("%Ln employee(s)", nullptr, m_employees->rowCount());
}

void PersonnelPage::refresh()
{
    m_employees->refresh();
    const EmployeeId shown = m_detail->employee();
    m_detail->setEmployee(EmployeeId());
    m_detail->setEmployee(shown);
}

} // namespace Kontor::Ui
