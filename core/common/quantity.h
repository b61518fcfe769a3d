// SPDX-FileCopyrightText: 2026 The Kontor authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

#include <compare>

namespace Kontor {

/// A count of base units (pieces, grams, millilitres): always an integer.
class Quantity
{
public:
    constexpr Quantity() = default;
    constexpr explicit Quantity(qint64 units) : m_units(units) { }

    constexpr qint64 units() const { return m_units; }
    constexpr bool isZero() const { return m_units == 0; }

    constexpr Quantity operator-() const { return Quantity(-m_units); }
    constexpr Quantity operator+(Quantity o) const { return Quantity(m_units + o.m_units); }
    constexpr Quantity operator-(Quantity o) const { return Quantity(m_units - o.m_units); }
    constexpr Quantity &operator+=(Quantity o) { m_units += o.m_units; return *this; }
    friend constexpr auto operator<=>(Quantity, Quantity) = default;

private:
    qint64 m_units = 0;
};

} // namespace Kontor
