// SPDX-FileCopyrightText: 2026 The Kontor authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "customerservice.h"

#include "audit/auditlog.h"
#include "common/accesspolicy.h"
#include "company/numberseries.h"
#include "persistence/database.h"
#include "persistence/transaction.h"

namespace Kontor {

CustomerService::CustomerService(Database &db, CustomerRepository &repository,
                                 NumberSeries &numbers, AuditLog &audit, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_repository(repository)
    , m_numbers(numbers)
    , m_audit(audit)
{
}

Result<CustomerId> CustomerService::create(const Actor &actor, Customer customer)
{
    if (Status s = AccessPolicy::require(actor, Permission::EditCustomers); !s)
        return s.error();
    return insert(actor, std::move(customer));
}

Result<CustomerId> CustomerService::create(const Actor &actor, Customer customer, Consequence)
{
    return insert(actor, std::move(customer));
}

Result<CustomerId> CustomerService::insert(const Actor &actor, Customer customer)
{
    customer.name = customer.name.simplified();
    if (customer.name.isEmpty())
        return makeError(tr("A customer needs a name."));
    Transaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    if (customer.number.isEmpty()) {
        auto number = m_numbers.next(QStringLiteral("customers"));
        if (!number)
            return number.error();
        customer.number = *number;
    }
    auto id = m_repository.insert(customer);
    if (!id)
        return id.error();
    if (Status s = m_audit.record(actor, QStringLiteral("create"), QStringLiteral("customer"),
                                  id->value(), customer.number + u' ' + customer.name);
        !s)
        return s.error();
    m_db.afterCommit([this, changed = *id] { Q_EMIT customerCreated(changed); });
    if (Status s = tx.commit(); !s)
        return s.error();
    return id;
}

} // namespace Kontor
