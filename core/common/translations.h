// SPDX-FileCopyrightText: 2026 The Kontor authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>

class QCoreApplication;

namespace Kontor {

/// Installs Kontor's and Qt's own translations for locale (the system's by default) into app.
/// A language without a translation falls back to English.
void installTranslations(QCoreApplication &app, const QLocale &locale = QLocale());

} // namespace Kontor
