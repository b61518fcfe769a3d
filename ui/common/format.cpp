// SPDX-FileCopyrightText: 2026 The Kontor authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "format.h"

#include <QLocale>

namespace Kontor::Ui {

namespace {

// whole + fraction / 100 without floating point: 38 and 50 → "38,5", 19 and 0 → "19".
QString hundredths(const QLocale &locale, int value)
{
    const int whole = value / 100;
    int fraction = qAbs(value % 100);
    QString text = locale.toString(whole);
    if (value < 0 && whole == 0)
        text.prepend(locale.negativeSign());
    if (fraction == 0)
        return text;
    QString digits = QString::number(fraction).rightJustified(2, u'0');
    if (digits.endsWith(u'0'))
        digits.chop(1);
    return text + locale.decimalPoint() + digits;
}

} // namespace

QString Format::money(Money amount)
{
    if (!amount.currency().isValid())
        return {};
    return amount.format(QLocale());
}

QString Format::moneyOrBlank(Money amount)
{
    return amount.isZero() ? QString() : money(amount);
}

QString Format::date(QDate date)
{
    return date.isValid() ? QLocale().toString(date, QLocale::ShortFormat) : QString();
}

QString Format::dateTime(const QDateTime &when)
{
    return when.isValid() ? QLocale().toString(when.toLocalTime(), QLocale::ShortFormat) : QString();
}

QString Format::quantity(Quantity quantity)
{
    return QLocale().toString(quantity.units());
}

QString Format::percent(int basisPoints)
{
    //: A percentage; %1 is the number. German writes "19 %", English "19%".
    return tr("%1%").arg(hundredths(QLocale(), basisPoints));
}

QString Format::percentOrBlank(std::optional<int> basisPoints)
{
    return basisPoints ? percent(*basisPoints) : QString();
}

QString Format::hours(int minutes)
{
    // Exact to the minute would need 1/60; two decimals of an hour are what payroll shows.
    const qint64 hundredthsOfHour = (qint64(minutes) * 100 + (minutes >= 0 ? 30 : -30)) / 60;
    return hundredths(QLocale(), int(hundredthsOfHour));
}

} // namespace Kontor::Ui
