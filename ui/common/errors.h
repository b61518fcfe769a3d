// SPDX-FileCopyrightText: 2026 The Kontor authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include <QString>

class QWidget;

namespace Kontor::Ui {

/// Tells the user about a core Error in a modal warning; title says what was being done
/// ("Open company"), the text is the Error's message with its place.
void showError(QWidget *parent, const QString &title, const Error &error);
/// The same for an error that is already text (e.g. from a model's loadFailed()).
void showError(QWidget *parent, const QString &title, const QString &message);

} // namespace Kontor::Ui
