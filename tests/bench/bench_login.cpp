// SPDX-FileCopyrightText: 2026 The Kontor authors
// SPDX-License-Identifier: GPL-3.0-or-later

// Logging in as a user does it: a company with one user, then N logins through UserService
// (Argon2id verification, the lock-out bookkeeping and the audit row). Prints the hash's
// parameters, the time of hashing a new password, and the fastest, median and slowest login.
// Target (issue 4): logging in costs well under a second.
//
//   bench_login [--logins N]

#include "company/company.h"
#include "users/userservice.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace Kontor;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption loginsOption(QStringLiteral("logins"), QStringLiteral("How many logins."),
                                          QStringLiteral("N"), QStringLiteral("10"));
    parser.addOption(loginsOption);
    parser.addHelpOption();
    parser.process(app);
    const int logins = std::max(1, parser.value(loginsOption).toInt());

    QTemporaryDir dir;
    auto company = Company::open(dir.filePath(QStringLiteral("company.sqlite")));
    if (!company) {
        std::fprintf(stderr, "%s\n", qPrintable(company.error().message));
        return 1;
    }
    UserService &users = (*company)->users();
    const QString password = QStringLiteral("Kaffee und Kuchen um vier");
    QElapsedTimer timer;
    timer.start();
    if (!users.createAdministrator(Actor::unrestricted(QStringLiteral("bench")), QStringLiteral("chefin"), {}, password)) {
        std::fprintf(stderr, "cannot create the user\n");
        return 1;
    }
    const double created = double(timer.nsecsElapsed()) / 1e6;
    std::vector<double> ms;
    for (int i = 0; i < logins; ++i) {
        timer.restart();
        if (!users.logIn(QStringLiteral("chefin"), password)) {
            std::fprintf(stderr, "the login failed\n");
            return 1;
        }
        ms.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(ms.begin(), ms.end());
    std::printf("Argon2id (libsodium crypto_pwhash_str): %llu passes over %zu MiB, 1 lane\n",
                PasswordHasher::standard.operations, PasswordHasher::standard.memoryBytes >> 20);
    std::printf("creating the user (hash, insert, audit): %.0f ms\n", created);
    std::printf("%d logins: fastest %.0f ms, median %.0f ms, slowest %.0f ms   target < 1000 ms: %s\n",
                logins, ms.front(), ms[ms.size() / 2], ms.back(), ms.back() < 1000 ? "met" : "MISSED");
    return 0;
}
