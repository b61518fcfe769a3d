// SPDX-FileCopyrightText: 2026 The Kontor authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ids.h"
#include "permission.h"

#include <QString>

namespace Kontor {

/// Who is acting. Every core write takes one and names it in the audit log.
struct Actor
{
    Actor() = default;
    explicit Actor(QString userName, ImportBatchId batch = {})
        : name(std::move(userName)), importBatch(batch) { }

    QString name;
    /// The logged-in user acting, or none: the operating-system user of a company that has no
    /// users yet, the demo and the tests act without logging in.
    UserId user;
    /// What the actor may do: the permissions of the logged-in user's role; everything for an
    /// actor that did not log in (a company without users is open to whoever opens its file).
    Permissions permissions = Permissions::all();
    /// The import run the actor is acting in, if one: the audit log names it.
    ImportBatchId importBatch;

    /// The user logged in to the operating system (USER / USERNAME), or "unknown".
    static Actor fromOperatingSystem();
};

} // namespace Kontor
