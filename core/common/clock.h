// SPDX-FileCopyrightText: 2026 The Kontor authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

namespace Kontor {

/// Storage forms of time: timestamps as ISO 8601 UTC text, business dates as YYYY-MM-DD.
namespace Timestamps {

/// "2026-11-23T13:45:10.000Z": always with milliseconds, so text order is time order.
QString toStorage(const QDateTime &when);
QDateTime fromStorage(const QString &text);
QString dateToStorage(QDate date);
QDate dateFromStorage(const QString &text);
/// Now, in UTC, in storage form.
QString nowUtc();

} // namespace Timestamps
} // namespace Kontor
