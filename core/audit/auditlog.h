// SPDX-FileCopyrightText: 2026 The Kontor authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/actor.h"
#include "common/result.h"

#include <QString>

namespace Kontor {

class Database;

/// The append-only record of who changed what. Services write to it inside their own
/// transaction, so a change and its audit row are committed or rolled back together.
class AuditLog
{
public:
    explicit AuditLog(Database &db) : m_db(db) { }

    Status record(const Actor &actor, const QString &action, const QString &recordType,
                  qint64 recordId, const QString &summary);

private:
    Database &m_db;
};

} // namespace Kontor
