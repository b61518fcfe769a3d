// SPDX-FileCopyrightText: 2026 The Kontor authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "customerrepository.h"

#include "common/actor.h"

#include <QObject>

namespace Kontor {

class AuditLog;
class NumberSeries;

/// The rules about customers; every write is audited in its own transaction.
class CustomerService final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CustomerService)
public:
    CustomerService(Database &db, CustomerRepository &repository, NumberSeries &numbers,
                    AuditLog &audit, QObject *parent = nullptr);

    /// For the core's own services and the tests: reads and writes without a permission check.
    /// The GUI and the command line go through the methods that take an Actor.
    CustomerRepository &repository() { return m_repository; }

    /// Needs the permission to enter customers, unless an import creates one as a consequence.
    Result<CustomerId> create(const Actor &actor, Customer customer);
    /// Several at once, with few statements (an import's new customers); ids in their order.
    Result<std::vector<CustomerId>> create(const Actor &actor, std::vector<Customer> customers,
                                           Consequence);

Q_SIGNALS:
    void customerCreated(Kontor::CustomerId id);

private:
    Result<std::vector<CustomerId>> insert(const Actor &actor, std::vector<Customer> customers);

    Database &m_db;
    CustomerRepository &m_repository;
    NumberSeries &m_numbers;
    AuditLog &m_audit;
};

} // namespace Kontor
