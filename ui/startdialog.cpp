// SPDX-FileCopyrightText: 2026 The Kontor authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "startdialog.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace Kontor::Ui {

StartDialog::StartDialog(const QString &path, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("New Company"));
    auto *layout = new QVBoxLayout(this);

    layout->addWidget(new QLabel(tr("Kontor will keep the new company in this file:"), this));
    auto *file = new QLabel(QDir::toNativeSeparators(path), this);
    file->setObjectName(QStringLiteral("path"));
    file->setTextFormat(Qt::PlainText);
    file->setTextInteractionFlags(Qt::TextSelectableByMouse);
    file->setContentsMargins(24, 0, 0, 0);
    layout->addWidget(file);
    layout->addSpacing(8);
    layout->addWidget(new QLabel(tr("What should it hold?"), this));

    m_empty = new QRadioButton(tr("An &empty company"), this);
    m_empty->setObjectName(QStringLiteral("emptyCompany"));
    layout->addWidget(m_empty);
    auto *nameRow = new QHBoxLayout;
    nameRow->setContentsMargins(24, 0, 0, 0);
    auto *nameLabel = new QLabel(tr("Company &name:"), this);
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("companyName"));
    nameLabel->setBuddy(m_name);
    nameRow->addWidget(nameLabel);
    nameRow->addWidget(m_name, 1);
    layout->addLayout(nameRow);

    m_demo = new QRadioButton(tr("A &demo company"), this);
    m_demo->setObjectName(QStringLiteral("demoCompany"));
    layout->addWidget(m_demo);
    auto *demoNote = new QLabel(tr("A small web shop with customers, articles, stock, staff, "
                                   "orders and their bookings, to try Kontor out."),
                                this);
    demoNote->setWordWrap(true);
    demoNote->setContentsMargins(24, 0, 0, 0);
    layout->addWidget(demoNote);
    layout->addStretch(1);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Create"));
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (isComplete())
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_empty, &QRadioButton::toggled, this, &StartDialog::updateState);
    connect(m_name, &QLineEdit::textChanged, this, &StartDialog::updateState);

    m_empty->setChecked(true);
    m_name->setFocus();
    updateState();
    setMinimumWidth(480);
}

StartDialog::~StartDialog() = default;

StartDialog::Choice StartDialog::choice() const
{
    return m_demo->isChecked() ? Choice::Demo : Choice::Empty;
}

void StartDialog::setChoice(Choice choice)
{
    (choice == Choice::Demo ? m_demo : m_empty)->setChecked(true);
}

QString StartDialog::companyName() const
{
    return choice() == Choice::Empty ? m_name->text().trimmed() : QString();
}

void StartDialog::setCompanyName(const QString &name)
{
    m_name->setText(name);
}

bool StartDialog::isComplete() const
{
    return choice() == Choice::Demo || !companyName().isEmpty();
}

void StartDialog::updateState()
{
    m_name->setEnabled(m_empty->isChecked());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(isComplete());
}

} // namespace Kontor::Ui
