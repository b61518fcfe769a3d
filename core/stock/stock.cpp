// SPDX-FileCopyrightText: 2026 The Kontor authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "stock.h"

namespace Kontor {

QString movementKindKey(MovementKind kind)
{
    switch (kind) {
    case MovementKind::Receipt: return QStringLiteral("receipt");
    case MovementKind::Sale: return QStringLiteral("sale");
    case MovementKind::Return: return QStringLiteral("return");
    case MovementKind::Adjustment: return QStringLiteral("adjustment");
    case MovementKind::Transfer: return QStringLiteral("transfer");
    }
    Q_UNREACHABLE();
    return {};
}

MovementKind movementKindFromKey(const QString &key)
{
    for (MovementKind kind : {MovementKind::Receipt, MovementKind::Sale, MovementKind::Return,
                              MovementKind::Adjustment, MovementKind::Transfer})
        if (movementKindKey(kind) == key)
            return kind;
    return MovementKind::Adjustment;
}

const char *movementKindSource(MovementKind kind)
{
    switch (kind) {
    case MovementKind::Receipt: return QT_TRANSLATE_NOOP("Kontor::Stock", "Receipt");
    case MovementKind::Sale: return QT_TRANSLATE_NOOP("Kontor::Stock", "Sale");
    case MovementKind::Return: return QT_TRANSLATE_NOOP("Kontor::Stock", "Return");
    case MovementKind::Adjustment: return QT_TRANSLATE_NOOP("Kontor::Stock", "Adjustment");
    case MovementKind::Transfer: return QT_TRANSLATE_NOOP("Kontor::Stock", "Transfer");
    }
    Q_UNREACHABLE();
    return "";
}

QString movementKindName(MovementKind kind)
{
    return QCoreApplication::translate("Kontor::Stock", movementKindSource(kind));
}

QString unitName(const QString &unit)
{
    if (unit == u"pc")
        //: The unit of an article counted in pieces, abbreviated
        return QCoreApplication::translate("Kontor::Stock", "pc");
    return unit;
}

} // namespace Kontor
