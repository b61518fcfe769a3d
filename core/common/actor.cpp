// SPDX-FileCopyrightText: 2026 The Kontor authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "actor.h"

#ifdef Q_OS_UNIX
#include <pwd.h>
#include <unistd.h>
#endif

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
#ifdef Q_OS_UNIX
    // A container or a service runs without them; the account database still knows.
    if (const passwd *account = getpwuid(geteuid()); account && account->pw_name)
        return unrestricted(QString::fromLocal8Bit(account->pw_name));
#endif
    return unrestricted(QStringLiteral("unknown"));
}

} // namespace Kontor
