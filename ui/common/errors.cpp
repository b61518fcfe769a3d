// SPDX-FileCopyrightText: 2026 The Kontor authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "errors.h"

#include <QMessageBox>

namespace Kontor::Ui {

void showError(QWidget *parent, const QString &title, const Error &error)
{
    showError(parent, title, error.toString());
}

void showError(QWidget *parent, const QString &title, const QString &message)
{
    QMessageBox box(QMessageBox::Warning, title, message, QMessageBox::Ok, parent);
    box.setTextFormat(Qt::PlainText);
    box.exec();
}

} // namespace Kontor::Ui
