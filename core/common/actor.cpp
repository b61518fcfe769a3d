// SPDX-FileCopyrightText: 2026 The Kontor authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "actor.h"

namespace Kontor {

Actor Actor::unrestricted(QString name)
{
    Actor actor(std::move(name));
    actor.permissions = Permissions::all();
    return actor;
}

Actor Actor::fromOperatingSystem()
{
    for (const char *variable : {"USER", "USERNAME", "LOGNAME"}) {
        QString name = qEnvironmentVariable(variable);
        if (!name.isEmpty())
            return unrestricted(std::move(name));
    }
    return unrestricted(QStringLiteral("unknown"));
}

} // namespace Kontor
