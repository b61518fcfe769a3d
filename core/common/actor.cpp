// SPDX-FileCopyrightText: 2026 The Kontor authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "actor.h"

namespace Kontor {

Actor Actor::fromOperatingSystem()
{
    for (const char *variable : {"USER", "USERNAME", "LOGNAME"}) {
        QString name = qEnvironmentVariable(variable);
        if (!name.isEmpty())
            return Actor{name, {}};
    }
    return Actor{QStringLiteral("unknown"), {}};
}

} // namespace Kontor
