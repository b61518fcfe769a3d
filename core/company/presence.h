// SPDX-FileCopyrightText: 2026 The Kontor authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/actor.h"
#include "common/result.h"

#include <QDateTime>
#include <QString>

#include <vector>

namespace Kontor {

class Database;

/// Another Kontor that has the same company file open.
struct OtherSession
{
    QString userName;
    QString host;
    QDateTime openedAt;  ///< UTC
};

/**
 * Who has the company open. A window announces itself when it opens the company, beats every
 * minute while it stays open and leaves when it closes; one that has not beaten for
 * staleAfterSeconds has ended without saying and no longer counts, nor does one of this
 * computer whose process has ended.
 */
class Presence
{
public:
    static constexpr int beatSeconds = 60;
    static constexpr int staleAfterSeconds = 3 * 60;

    explicit Presence(Database &db) : m_db(db) { }
    ~Presence();
    Q_DISABLE_COPY_MOVE(Presence)

    Status announce(const Actor &actor);
    Status beat();
    Status leave();
    /// The other sessions alive now, earliest first.
    Result<std::vector<OtherSession>> others();

private:
    Database &m_db;
    qint64 m_id = 0;
};

} // namespace Kontor
