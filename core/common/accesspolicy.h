// SPDX-FileCopyrightText: 2026 The Kontor authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/actor.h"
#include "common/result.h"

namespace Kontor::AccessPolicy {

/// The one place that decides whether an actor may do something. Services call it first;
/// a refusal is an Error the user can read ("karl may not do this; it needs the permission
/// “Post and reverse bookings”. Ask an administrator.").
Status require(const Actor &actor, Permission permission);

/// What read() returns, when actor has permission; else the refusal.
template<class Read>
auto readIf(const Actor &actor, Permission permission, Read &&read) -> decltype(read())
{
    if (Status allowed = require(actor, permission); !allowed)
        return allowed.error();
    return read();
}

} // namespace Kontor::AccessPolicy
