// SPDX-FileCopyrightText: 2026 The Kontor authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ids.h"

#include <QString>

namespace Kontor {

/// Who is acting. Every core write takes one and names it in the audit log.
/// For now the operating-system user; logins and roles come with the users domain.
struct Actor
{
    Actor() = default;
    explicit Actor(QString userName, ImportBatchId batch = {})
        : name(std::move(userName)), importBatch(batch) { }

    QString name;
    /// The import run the actor is acting in, if one: the audit log names it.
    ImportBatchId importBatch;

    /// The user logged in to the operating system (USER / USERNAME), or "unknown".
    static Actor fromOperatingSystem();
};

} // namespace Kontor
