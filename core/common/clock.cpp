// SPDX-FileCopyrightText: 2026 The Kontor authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "clock.h"

#include <QTimeZone>

namespace Kontor::Timestamps {

namespace {

// Writes value as width decimal digits, left-padded with zeros, and returns the end.
char *digits(char *out, int value, int width)
{
    for (int i = width - 1; i >= 0; --i) {
        out[i] = char('0' + value % 10);
        value /= 10;
    }
    return out + width;
}

// "2026-11-23" for the years 1–9999; written by hand, because every booking, movement and
// audit row stores a few, and Qt's formatter goes through a printf each time.
char *writeDate(char *out, QDate date)
{
    out = digits(out, date.year(), 4);
    *out++ = '-';
    out = digits(out, date.month(), 2);
    *out++ = '-';
    return digits(out, date.day(), 2);
}

bool plainYear(QDate date)
{
    return date.year() >= 1 && date.year() <= 9999;
}

} // namespace

QString toStorage(const QDateTime &when)
{
    // Always with milliseconds: fixed width, so text order is time order in SQL.
    const QDateTime utc = when.toUTC();
    const QDate date = utc.date();
    if (!utc.isValid() || !plainYear(date))
        return utc.toString(Qt::ISODateWithMs);
    const QTime time = utc.time();
    char text[24]; // 2026-11-23T13:45:10.000Z
    char *out = writeDate(text, date);
    *out++ = 'T';
    out = digits(out, time.hour(), 2);
    *out++ = ':';
    out = digits(out, time.minute(), 2);
    *out++ = ':';
    out = digits(out, time.second(), 2);
    *out++ = '.';
    out = digits(out, time.msec(), 3);
    *out++ = 'Z';
    return QString::fromLatin1(text, out - text);
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
    if (!date.isValid() || !plainYear(date))
        return date.toString(Qt::ISODate);
    char text[10];
    return QString::fromLatin1(text, writeDate(text, date) - text);
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
