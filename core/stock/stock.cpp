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

QString movementKindName(MovementKind kind)
{
    switch (kind) {
    case MovementKind::Receipt: return QCoreApplication::translate("Kontor::Stock", "Receipt");
    case MovementKind::Sale: return QCoreApplication::translate("Kontor::Stock", "Sale");
    case MovementKind::Return: return QCoreApplication::translate("Kontor::Stock", "Return");
    case MovementKind::Adjustment: return QCoreApplication::translate("Kontor::Stock", "Adjustment");
    case MovementKind::Transfer: return QCoreApplication::translate("Kontor::Stock", "Transfer");
    }
    Q_UNREACHABLE();
    return {};
}

QString unitName(const QString &unit)
{
    if (unit == u"pc")
        //: The unit of an article counted in pieces, abbreviated
        return QCoreApplication::translate("Kontor::Stock", "pc");
    return unit;
}

} // namespace Kontor
