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

class ImportService;
class OrderService;

/**
 * What a service hands on when it books the consequences of something the actor may do: an
 * order's sale, payment and stock movements; an import's customers and articles. Each service
 * checks the actor's permission at its door (AccessPolicy); the consequences inside need no
 * permission of their own (a clerk who enters an order books its sale without the permission
 * to post bookings by hand). Only the services that book consequences can make one.
 */
class Consequence
{
    friend class ImportService;
    friend class OrderService;
    Consequence() = default;
};

} // namespace Kontor
