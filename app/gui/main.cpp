// SPDX-FileCopyrightText: 2026 The Kontor authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "application.h"

#include "common/translations.h"
#include "persistence/database.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QSettings>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Kontor"));
    QApplication::setApplicationName(QStringLiteral("Kontor"));
    QApplication::setApplicationVersion(QStringLiteral(KONTOR_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("org.kontor.Kontor"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/kontor/icons/kontor.png")));
    Kontor::installTranslations(app);

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("main", "Kontor, the back office of a small shop."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(QStringLiteral("db"),
                                      QCoreApplication::translate("main", "The company file to open."),
                                      QCoreApplication::translate("main", "PATH"));
    parser.addOption(dbOption);
    parser.process(app);

    // --db, then KONTOR_DB, then the company last open, then the default file.
    QString path = parser.value(dbOption);
    if (path.isEmpty() && qEnvironmentVariableIsEmpty("KONTOR_DB"))
        path = QSettings().value(QStringLiteral("lastDatabase")).toString();
    path = Kontor::Database::resolvePath(path);

    Kontor::App::Application application;
    if (!application.start(path))
        return 1;
    return QApplication::exec();
}
