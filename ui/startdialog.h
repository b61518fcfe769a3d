// SPDX-FileCopyrightText: 2026 The Kontor authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "company/company.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLineEdit;
class QRadioButton;

namespace Kontor::Ui {

/**
 * Asks what a new company file should hold: an empty company under a name the user gives, in
 * a country (the system's, if Kontor knows it) and a currency (the country's, unless the user
 * picks another), or a demo company to try Kontor out. Shown on first start and by
 * File › New Company….
 * The dialog only asks; the application creates the company.
 */
class StartDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StartDialog)
public:
    enum class Choice { Empty, Demo };

    /// path: the file the company will be created in (shown to the user).
    explicit StartDialog(const QString &path, QWidget *parent = nullptr);
    ~StartDialog() override;

    Choice choice() const;
    void setChoice(Choice choice);
    /// For Choice::Empty: the name the user typed, trimmed; empty for Choice::Demo.
    QString companyName() const;
    void setCompanyName(const QString &name);
    /// For Choice::Empty: the company as the user described it.
    CompanyProfile profile() const;

    /// Whether the dialog can be accepted as filled in (an empty company needs a name).
    bool isComplete() const;

private:
    void updateState();

    QRadioButton *m_empty = nullptr;
    QRadioButton *m_demo = nullptr;
    QLineEdit *m_name = nullptr;
    QComboBox *m_country = nullptr;
    QComboBox *m_currency = nullptr;
    QComboBox *m_chart = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace Kontor::Ui
