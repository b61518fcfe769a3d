// SPDX-FileCopyrightText: 2026 The Kontor authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/actor.h"
#include "common/result.h"

namespace Kontor::AccessPolicy {

/// The one place that decides whether an actor may do something. Services call it first;
/// a refusal is an Error the user can read ("Anna (clerk) may not post and reverse bookings.").
Status require(const Actor &actor, Permission permission);

} // namespace Kontor::AccessPolicy
