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
    std::vector<Customer> one;
    one.push_back(std::move(customer));
    auto ids = insert(actor, std::move(one));
    if (!ids)
        return ids.error();
    return ids->front();
}

Result<std::vector<CustomerId>> CustomerService::create(const Actor &actor,
                                                        std::vector<Customer> customers,
                                                        Consequence)
{
    return insert(actor, std::move(customers));
}

Result<std::vector<CustomerId>> CustomerService::insert(const Actor &actor,
                                                        std::vector<Customer> customers)
{
    qsizetype unnumbered = 0;
    for (Customer &customer : customers) {
        customer.name = customer.name.simplified();
        if (customer.name.isEmpty())
            return makeError(tr("A customer needs a name."));
        if (customer.number.isEmpty())
            ++unnumbered;
    }
    if (customers.empty())
        return std::vector<CustomerId>();
    Transaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    if (unnumbered > 0) {
        auto numbers = m_numbers.next(QStringLiteral("customers"), int(unnumbered));
        if (!numbers)
            return numbers.error();
        qsizetype next = 0;
        for (Customer &customer : customers)
            if (customer.number.isEmpty())
                customer.number = numbers->at(next++);
    }
    auto ids = m_repository.insert(customers);
    if (!ids)
        return ids.error();
    std::vector<AuditLog::Record> records;
    records.reserve(customers.size());
    for (size_t i = 0; i < customers.size(); ++i)
        records.push_back({QStringLiteral("create"), QStringLiteral("customer"),
                           (*ids)[i].value(), customers[i].number + u' ' + customers[i].name});
    if (Status s = m_audit.record(actor, records); !s)
        return s.error();
    for (CustomerId id : *ids)
        m_db.afterCommit([this, id] { Q_EMIT customerCreated(id); });
    if (Status s = tx.commit(); !s)
        return s.error();
    return ids;
}

} // namespace Kontor
