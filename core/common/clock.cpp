// SPDX-FileCopyrightText: 2026 The Kontor authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "clock.h"

#include <QTimeZone>

namespace Kontor::Timestamps {

QString toStorage(const QDateTime &when)
{
    // Always with milliseconds: fixed width, so text order is time order in SQL.
    return when.toUTC().toString(Qt::ISODateWithMs);
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
