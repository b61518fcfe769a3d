// SPDX-FileCopyrightText: 2026 The Kontor authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "customer.h"

#include "common/result.h"
#include "persistence/listquery.h"

#include <optional>
#include <vector>

namespace Kontor {

class Database;

/// All SQL about customers.
class CustomerRepository
{
public:
    /// Sort keys of the customer list.
    enum Sort { ByNumber, ByName, ByCity, ByEmail };

    explicit CustomerRepository(Database &db);

    /// Several customers with few statements; their ids in the same order.
    Result<std::vector<CustomerId>> insert(const std::vector<Customer> &customers);
    Result<std::optional<Customer>> find(CustomerId id);
    /// The customer with this e-mail address (compared case-insensitively), if any.
    Result<std::optional<CustomerId>> findByEmail(const QString &email);
    /// A customer without an e-mail address, by the same name and phone number.
    Result<std::optional<CustomerId>> findByNameAndPhone(const QString &name, const QString &phone);

    /// Gives the customers written before schema 4 the sort keys of their names and cities.
    Status fillSortKeys();

    /// Filter text: word prefixes of number, name, e-mail or city.
    Result<qint64> count(const ListFilter &filter);
    Result<std::vector<Customer>> page(const ListFilter &filter, const ListSort &sort,
                                       qint64 offset, int limit);

private:
    Database &m_db;
    ListQuery m_list;
};

} // namespace Kontor
