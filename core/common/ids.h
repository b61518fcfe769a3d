// SPDX-FileCopyrightText: 2026 The Kontor authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHashFunctions>
#include <QMetaType>
#include <QtGlobal>

#include <compare>

namespace Kontor {

/// A row id that knows which table it belongs to: an OrderId is not an ArticleId.
template<class Tag>
class Id
{
public:
    constexpr Id() = default;
    constexpr explicit Id(qint64 value) : m_value(value) { }

    constexpr qint64 value() const { return m_value; }
    constexpr bool isValid() const { return m_value > 0; }

    friend constexpr auto operator<=>(Id, Id) = default;
    friend size_t qHash(Id id, size_t seed = 0) noexcept { return ::qHash(id.m_value, seed); }

private:
    qint64 m_value = 0;
};

using CustomerId = Id<struct CustomerTag>;
using OrderId = Id<struct OrderTag>;
using OrderLineId = Id<struct OrderLineTag>;
using ArticleId = Id<struct ArticleTag>;
using WarehouseId = Id<struct WarehouseTag>;
using StockMovementId = Id<struct StockMovementTag>;
using DepartmentId = Id<struct DepartmentTag>;
using EmployeeId = Id<struct EmployeeTag>;
using AccountId = Id<struct AccountTag>;
using JournalEntryId = Id<struct JournalEntryTag>;
using ImportBatchId = Id<struct ImportBatchTag>;
using UserId = Id<struct UserTag>;
using AuditEntryId = Id<struct AuditEntryTag>;

} // namespace Kontor
