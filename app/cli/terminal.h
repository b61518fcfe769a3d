// SPDX-FileCopyrightText: 2026 The Kontor authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QTextStream;

namespace Kontor::Cli {

/// A secret for the command line: from the environment variable when it is set, else typed at
/// the terminal without echo after the prompt (written to err), else the next line of the
/// standard input (a pipe). Empty when there is none.
QString readSecret(const char *environmentVariable, const QString &prompt, QTextStream &err);

} // namespace Kontor::Cli
