// SPDX-FileCopyrightText: 2026 The Kontor authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "customerrepository.h"

#include "common/clock.h"
#include "persistence/database.h"
#include "persistence/sql.h"

namespace Kontor {

namespace {

const QString columns = QStringLiteral("c.id, c.number, c.name, c.email, c.phone, c.street, "
                                       "c.postcode, c.city, c.country, c.created_at");

Customer readCustomer(const QSqlQuery &q)
{
    Customer c;
    c.id = CustomerId(q.value(0).toLongLong());
    c.number = q.value(1).toString();
    c.name = q.value(2).toString();
    c.email = q.value(3).toString();
    c.phone = q.value(4).toString();
    c.street = q.value(5).toString();
    c.postcode = q.value(6).toString();
    c.city = q.value(7).toString();
    c.country = q.value(8).toString();
    c.createdAt = Timestamps::fromStorage(q.value(9).toString());
    return c;
}

} // namespace

CustomerRepository::CustomerRepository(Database &db)
    : m_db(db)
    , m_list(db,
          { QStringLiteral("c.id"), columns, QStringLiteral("customers c"),
              QStringLiteral("customers c"),
              { { QStringLiteral("c.number"), true }, { QStringLiteral("c.name_key"), false },
                  { QStringLiteral("c.city_key"), false }, { QStringLiteral("c.email"), false } },
              QString(), [](const ListFilter &filter) {
                  QList<Condition> conditions;
                  const QString match = Sql::ftsPrefixQuery(filter.text);
                  if (!match.isEmpty())
                      conditions << Condition { QStringLiteral("c.id IN (SELECT rowid FROM "
                                                               "customers_search WHERE "
                                                               "customers_search MATCH ?)"),
                          { match } };
                  return conditions;
              } })
{ }

Result<std::vector<CustomerId>> CustomerRepository::insert(const std::vector<Customer> &customers)
{
    const QString now = Timestamps::nowUtc();
    auto rowids = m_db.insertRows(
        QStringLiteral("customers"),
        {QStringLiteral("number"), QStringLiteral("name"), QStringLiteral("email"),
         QStringLiteral("phone"), QStringLiteral("street"), QStringLiteral("postcode"),
         QStringLiteral("city"), QStringLiteral("country"), QStringLiteral("created_at"),
         QStringLiteral("name_key"), QStringLiteral("city_key")},
        qsizetype(customers.size()), [&](BoundValues &q, qsizetype i) {
            const Customer &c = customers[size_t(i)];
            q.add(c.number);
            q.add(c.name);
            q.add(Sql::nullIfEmpty(c.email.trimmed().toLower()));
            q.add(Sql::nullIfEmpty(c.phone));
            q.add(Sql::nullIfEmpty(c.street));
            q.add(Sql::nullIfEmpty(c.postcode));
            q.add(Sql::nullIfEmpty(c.city));
            q.add(c.country);
            q.add(c.createdAt.isValid() ? Timestamps::toStorage(c.createdAt) : now);
            q.add(Sql::sortKeyOf(c.name));
            q.add(Sql::sortKeyOf(c.city));
        });
    if (!rowids)
        return rowids.error();
    return std::vector<CustomerId>(rowids->begin(), rowids->end());
}

Result<std::optional<Customer>> CustomerRepository::find(CustomerId id)
{
    QSqlQuery &q = m_db.prepared(
        QStringLiteral("SELECT ") + columns + QStringLiteral(" FROM customers c WHERE c.id = ?"));
    q.addBindValue(id.value());
    return Sql::fetchOptional<Customer>(q, readCustomer);
}

Result<std::optional<CustomerId>> CustomerRepository::findByEmail(const QString &email)
{
    QSqlQuery &q
        = m_db.prepared(QStringLiteral("SELECT id FROM customers WHERE email = ? LIMIT 1"));
    q.addBindValue(email.trimmed().toLower());
    return Sql::fetchOptional<CustomerId>(
        q, [](const QSqlQuery &row) { return CustomerId(row.value(0).toLongLong()); });
}

Result<std::optional<CustomerId>> CustomerRepository::findByNameAndPhone(const QString &name,
                                                                        const QString &phone)
{
    QSqlQuery &q = m_db.prepared(QStringLiteral(
        "SELECT id FROM customers WHERE name = ? AND phone = ? AND email IS NULL LIMIT 1"));
    q.addBindValue(name.simplified());
    q.addBindValue(phone.trimmed());
    return Sql::fetchOptional<CustomerId>(
        q, [](const QSqlQuery &row) { return CustomerId(row.value(0).toLongLong()); });
}

Status CustomerRepository::fillSortKeys()
{
    return Sql::fillSortKeys(m_db.connection(), QStringLiteral("customers"),
                             {{QStringLiteral("name_key"), QStringLiteral("name")},
                              {QStringLiteral("city_key"), QStringLiteral("city")}});
}

Result<qint64> CustomerRepository::count(const ListFilter &filter)
{
    return m_list.count(filter);
}

Result<std::vector<Customer>> CustomerRepository::page(
    const ListFilter &filter, const ListSort &sort, qint64 offset, int limit)
{
    return m_list.page<Customer>(filter, sort, offset, limit, readCustomer);
}

} // namespace Kontor
