// SPDX-FileCopyrightText: 2026 The Kontor authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/ids.h"

#include <QDateTime>
#include <QString>

namespace Kontor {

struct Customer
{
    CustomerId id;
    QString number;     ///< assigned on creation when empty
    QString name;
    QString email;
    QString phone;
    QString street;
    QString postcode;
    QString city;
    QString country = QStringLiteral("DE");
    QDateTime createdAt;
};

} // namespace Kontor
