// SPDX-FileCopyrightText: 2026 The Kontor authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QStringList>

class QTextStream;

namespace Kontor::Cli {

/// Exit codes of kontor-cli, documented in --help.
enum ExitCode {
    Success = 0,
    Failed = 1,        ///< the command ran and found problems or could not finish
    UsageError = 2,    ///< unknown command or option, bad value
    NoDatabase = 3,    ///< the company file could not be opened
    Refused = 4,       ///< the login failed, or the user lacks the permission
};

/// Runs kontor-cli with its arguments (the program name first); returns the exit code.
int run(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace Kontor::Cli
