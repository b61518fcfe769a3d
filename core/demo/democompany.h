// SPDX-FileCopyrightText: 2026 The Kontor authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/actor.h"
#include "common/result.h"

#include <QCoreApplication>

#include <functional>

namespace Kontor {

class Company;

struct DemoOptions
{
    qint64 orders = 2000;
    quint32 seed = 20261123;
    /// Called now and then with (orders written, orders wanted); return false to stop.
    std::function<bool(qint64, qint64)> progress;
};

/**
 * Fills a new company with a believable small German web shop, the same for the same seed:
 * customers, articles in two warehouses with their receipts, employees in departments, and
 * orders with lines, each booked by the real services (stock out, receivable, revenue, VAT,
 * cost of goods, payments) exactly as a real order would be.
 */
class DemoCompany
{
    Q_DECLARE_TR_FUNCTIONS(Kontor::DemoCompany)
public:
    static Status generate(Company &company, const Actor &actor, const DemoOptions &options);
};

} // namespace Kontor
