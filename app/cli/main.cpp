// SPDX-FileCopyrightText: 2026 The Kontor authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli.h"

#include "common/translations.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Kontor"));
    QCoreApplication::setApplicationName(QStringLiteral("Kontor"));
    QCoreApplication::setApplicationVersion(QStringLiteral(KONTOR_VERSION));
    Kontor::installTranslations(app);
    QTextStream out(stdout);
    QTextStream err(stderr);
    return Kontor::Cli::run(QCoreApplication::arguments(), out, err);
}
