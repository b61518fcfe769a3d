// SPDX-FileCopyrightText: 2026 The Kontor authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <Qt>

namespace Kontor::Ui {

/// Item data roles shared by every Kontor table model.
enum Role : int {
    /// The row's database id as qint64 (0 when the row is not loaded).
    IdRole = Qt::UserRole + 1,
    /// The cell's raw value: minor units for money, base units for quantities, QDate/QDateTime
    /// for dates, the key for enumerations — what the column sorts by, never formatted.
    SortRole,
};

} // namespace Kontor::Ui
