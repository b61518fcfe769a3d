// SPDX-FileCopyrightText: 2026 The Kontor authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "startdialog.h"

#include "common/sortkey.h"
#include "company/countries.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

#include <algorithm>

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
    auto *form = new QFormLayout;
    form->setContentsMargins(24, 0, 0, 0);
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("companyName"));
    form->addRow(tr("Company &name:"), m_name);
    m_country = new QComboBox(this);
    m_country->setObjectName(QStringLiteral("country"));
    m_country->setToolTip(tr("Also the language of the company's booking texts and audit log: "
                             "German for Germany, Austria, Switzerland, Liechtenstein and "
                             "Luxembourg, English elsewhere."));
    QStringList countries = Countries::codes();
    std::sort(countries.begin(), countries.end(), [](const QString &a, const QString &b) {
        return sortKey(Countries::name(a)) < sortKey(Countries::name(b));
    });
    for (const QString &code : std::as_const(countries))
        m_country->addItem(Countries::name(code), code);
    form->addRow(tr("Coun&try:"), m_country);
    m_currency = new QComboBox(this);
    m_currency->setObjectName(QStringLiteral("currency"));
    m_currency->addItems(Countries::currencies());
    form->addRow(tr("C&urrency:"), m_currency);
    m_chart = new QComboBox(this);
    m_chart->setObjectName(QStringLiteral("chart"));
    m_chart->setToolTip(tr("The accounts the books are kept in. SKR03 has an account for each "
                           "German VAT rate; the general chart books every rate to one sales "
                           "and one tax account, each order keeping its rates."));
    for (Chart chart : Charts::all())
        m_chart->addItem(Charts::name(chart), QVariant::fromValue(int(chart)));
    form->addRow(tr("C&hart of accounts:"), m_chart);
    layout->addLayout(form);
    // The system's country if Kontor knows it; the currency and the chart follow the country.
    const QString here = QLocale::territoryToCode(QLocale().territory());
    m_country->setCurrentIndex(
        m_country->findData(Countries::isKnown(here) ? here : QStringLiteral("DE")));
    const auto followCountry = [this] {
        const QString country = m_country->currentData().toString();
        m_currency->setCurrentText(Countries::currency(country).code());
        m_chart->setCurrentIndex(m_chart->findData(int(Charts::forCountry(country))));
    };
    followCountry();
    connect(m_country, &QComboBox::currentIndexChanged, this, followCountry);

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

CompanyProfile StartDialog::profile() const
{
    return {companyName(), Currency::fromCode(m_currency->currentText()),
            m_country->currentData().toString(), Chart(m_chart->currentData().toInt())};
}

bool StartDialog::isComplete() const
{
    return choice() == Choice::Demo || !companyName().isEmpty();
}

void StartDialog::updateState()
{
    for (QWidget *field : {static_cast<QWidget *>(m_name), static_cast<QWidget *>(m_country),
                           static_cast<QWidget *>(m_currency), static_cast<QWidget *>(m_chart)})
        field->setEnabled(m_empty->isChecked());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(isComplete());
}

} // namespace Kontor::Ui
