// SPDX-FileCopyrightText: 2026 The Kontor authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include <QString>
#include <QStringList>

namespace Kontor {

class Database;

/// Gapless numbers per series ("orders" → A-000001): taken inside the caller's transaction,
/// so a rolled-back write gives its number back.
class NumberSeries
{
public:
    explicit NumberSeries(Database &db) : m_db(db) { }

    Status define(const QString &series, const QString &prefix, int width);
    Result<QString> next(const QString &series);
    /// The next count numbers of the series, in order.
    Result<QStringList> next(const QString &series, int count);

private:
    Database &m_db;
};

} // namespace Kontor
