// SPDX-FileCopyrightText: 2026 The Kontor authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "clock.h"

#include <QTimeZone>

namespace Kontor::Timestamps {

QString toStorage(const QDateTime &when)
{
    const QDateTime utc = when.toUTC();
    return utc.time().msec() ? utc.toString(Qt::ISODateWithMs) : utc.toString(Qt::ISODate);
}

QDateTime fromStorage(const QString &text)
{
    QDateTime when = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!when.isValid())
        when = QDateTime::fromString(text, Qt::ISODate);
    return when;
}

QString dateToStorage(QDate date)
{
    return date.toString(Qt::ISODate);
}

QDate dateFromStorage(const QString &text)
{
    return QDate::fromString(text, Qt::ISODate);
}

QString nowUtc()
{
    return toStorage(QDateTime::currentDateTimeUtc());
}

} // namespace Kontor::Timestamps
