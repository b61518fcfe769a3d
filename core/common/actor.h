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
    /// What the actor may do: the permissions of the logged-in user's role (Session::actor());
    /// everything for the one who opens a company without users (unrestricted()); else nothing.
    Permissions permissions;
    /// The import run the actor is acting in, if one: the audit log names it.
    ImportBatchId importBatch;

    /// Someone who may do everything: whoever opens a company that has no users (its file is
    /// open to whoever can read it), the demo and the tests.
    static Actor unrestricted(QString name);
    /// The user logged in to the operating system (USER / USERNAME / LOGNAME, else the account
    /// of the process on Unix, else "unknown"), unrestricted: for a company without users only.
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
