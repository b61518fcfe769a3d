// SPDX-FileCopyrightText: 2026 The Kontor authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "result.h"

#include <QCoreApplication>

namespace Kontor {

QString Error::toString() const
{
    if (file.isEmpty() && line == 0)
        return message;
    QString place = file;
    if (line > 0)
        place = place.isEmpty() ? QCoreApplication::translate("Kontor::Error", "line %1").arg(line)
                                : place + u':' + QString::number(line);
    if (!field.isEmpty())
        place = QCoreApplication::translate("Kontor::Error", "%1, column '%2'").arg(place, field);
    else if (column > 0)
        place = QCoreApplication::translate("Kontor::Error", "%1, column %2").arg(place).arg(column);
    return place + QStringLiteral(": ") + message;
}

} // namespace Kontor
