// SPDX-FileCopyrightText: 2026 The Kontor authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "accesspolicy.h"

#include <QCoreApplication>

namespace Kontor::AccessPolicy {

Status require(const Actor &actor, Permission permission)
{
    if (actor.permissions.has(permission))
        return {};
    Error refusal = makeError(QCoreApplication::translate("Kontor::AccessPolicy",
                                                          "%1 may not do this; it needs the "
                                                          "permission “%2”. Ask an administrator.")
                                  .arg(actor.name, permissionName(permission)));
    refusal.refused = true;
    return refusal;
}

} // namespace Kontor::AccessPolicy
