// SPDX-FileCopyrightText: 2026 The Kontor authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace Kontor {

void installTranslations(QCoreApplication &app, const QLocale &locale)
{
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    // English needs its catalogue too, for plural forms ("1 order", "2 orders"); a language
    // Kontor does not speak yet falls back to it.
    auto *kontor = new QTranslator(&app);
    if (kontor->load(locale, QStringLiteral("kontor"), QStringLiteral("_"), QStringLiteral(":/i18n"))
        || kontor->load(QStringLiteral(":/i18n/kontor_en.qm")))
        QCoreApplication::installTranslator(kontor);
    else
        delete kontor;
}

} // namespace Kontor
