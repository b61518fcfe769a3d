// SPDX-FileCopyrightText: 2026 The Kontor authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "company.h"

#include "countries.h"
#include "numberseries.h"

#include "accounting/accountingservice.h"
#include "audit/auditlog.h"
#include "common/booktexts.h"
#include "common/clock.h"
#include "customers/customerservice.h"
#include "importing/importbatch.h"
#include "importing/importservice.h"
#include "orders/orderservice.h"
#include "persistence/sql.h"
#include "persistence/transaction.h"
#include "personnel/personnelservice.h"
#include "stock/stockservice.h"
#include "users/userservice.h"

#include <algorithm>

namespace Kontor {

namespace {

// Tables whose row counts `info` reports, in schema order. Fixed names, never user input.
constexpr const char16_t *countedTables[] = {
    u"customers",   u"orders",   u"order_lines", u"articles",        u"warehouses",
    u"stock_movements", u"stock_levels", u"departments", u"employees", u"accounts",
    u"journal_entries", u"journal_lines", u"audit_log"};

} // namespace

Company::Company(std::unique_ptr<Database> db)
    : m_db(std::move(db))
    , m_texts(std::make_unique<BookTexts>())
    , m_audit(std::make_unique<AuditLog>(*m_db))
    , m_numbers(std::make_unique<NumberSeries>(*m_db))
    , m_customerRepository(std::make_unique<CustomerRepository>(*m_db))
    , m_stockRepository(std::make_unique<StockRepository>(*m_db))
    , m_orderRepository(std::make_unique<OrderRepository>(*m_db))
    , m_personnelRepository(std::make_unique<PersonnelRepository>(*m_db))
    , m_accountingRepository(std::make_unique<AccountingRepository>(*m_db))
    , m_customers(std::make_unique<CustomerService>(*m_db, *m_customerRepository, *m_numbers, *m_audit))
    , m_stock(std::make_unique<StockService>(*m_db, *m_stockRepository, *m_audit, *m_texts))
    , m_accounting(std::make_unique<AccountingService>(*m_db, *m_accountingRepository, *m_numbers,
                                                       *m_audit, *m_texts))
    , m_orders(std::make_unique<OrderService>(*m_db, *m_orderRepository, *m_stock, *m_accounting,
                                              *m_numbers, *m_audit, *m_texts))
    , m_personnel(std::make_unique<PersonnelService>(*m_db, *m_personnelRepository, *m_numbers, *m_audit))
    , m_importBatches(std::make_unique<ImportBatchRepository>(*m_db))
    , m_imports(std::make_unique<ImportService>(*m_db, *m_importBatches, *m_orders, *m_customers,
                                                *m_stock, *m_texts))
    , m_userRepository(std::make_unique<UserRepository>(*m_db))
    , m_users(std::make_unique<UserService>(*m_db, *m_userRepository, *m_audit, *m_texts))
{
}

Company::~Company()
{
    // Services and repositories hold prepared statements of the connection: they go first.
    m_users.reset();
    m_userRepository.reset();
    m_imports.reset();
    m_importBatches.reset();
    m_personnel.reset();
    m_orders.reset();
    m_accounting.reset();
    m_stock.reset();
    m_customers.reset();
    m_accountingRepository.reset();
    m_personnelRepository.reset();
    m_orderRepository.reset();
    m_stockRepository.reset();
    m_customerRepository.reset();
    m_numbers.reset();
    m_audit.reset();
    m_db.reset();
}

Result<std::unique_ptr<Company>> Company::open(const QString &path, Database::OpenMode mode)
{
    auto db = Database::open(path, mode);
    if (!db)
        return db.error();
    std::unique_ptr<Company> company(new Company(std::move(db).value()));
    // A company from before the audit chain: its older rows get their hashes once.
    if (Status s = company->m_audit->chainOlderRows(); !s)
        return s.error();
    // A company from before schema 4: its names get their sort keys once.
    if (Status s = company->fillSortKeys(); !s)
        return s.error();
    auto initialised = company->isInitialised();
    if (!initialised)
        return initialised.error();
    if (!*initialised)
        return company;
    auto profile = company->profile();
    if (!profile)
        return profile.error();
    // Orders ship from the first warehouse set up (MAIN, made by initialise()).
    auto warehouses = company->m_stockRepository->warehouses();
    if (!warehouses)
        return warehouses.error();
    const auto byId = [](const Warehouse &a, const Warehouse &b) { return a.id < b.id; };
    WarehouseId main;
    if (!warehouses->empty())
        main = std::min_element(warehouses->begin(), warehouses->end(), byId)->id;
    company->useProfile(*profile, main);
    return company;
}

void Company::useProfile(const CompanyProfile &profile, WarehouseId warehouse)
{
    m_texts->setLanguage(Countries::language(profile.country));
    OrderPostingSetup setup =
        Charts::postingSetup(profile.chart.value_or(Charts::forCountry(profile.country)));
    setup.warehouse = warehouse;
    m_orders->setPostingSetup(setup);
    m_imports->setDefaultCurrency(profile.baseCurrency);
    m_imports->setDefaultCountry(profile.country);
}

Status Company::fillSortKeys()
{
    Transaction tx(*m_db);
    if (!tx.ok())
        return tx.error();
    Status filled = m_customerRepository->fillSortKeys();
    if (filled)
        filled = m_stockRepository->fillSortKeys();
    if (filled)
        filled = m_personnelRepository->fillSortKeys();
    return filled ? tx.commit() : filled;
}

Result<bool> Company::isInitialised()
{
    QSqlQuery &q = m_db->prepared(QStringLiteral("SELECT count(*) FROM company"));
    if (Status s = Sql::exec(q); !s)
        return s.error();
    const bool initialised = q.next() && q.value(0).toLongLong() > 0;
    q.finish();
    return initialised;
}

Status Company::initialise(const Actor &actor, const CompanyProfile &profile)
{
    if (profile.name.trimmed().isEmpty())
        return makeError(tr("The company needs a name."));
    if (!profile.baseCurrency.isValid())
        return makeError(tr("The company needs a currency."));
    if (!Countries::isKnown(profile.country))
        return makeError(tr("Kontor does not know the country “%1”; give its two-letter code, such "
                            "as DE, AT or CH.")
                             .arg(profile.country));
    const QString country = profile.country.trimmed().toUpper();
    const CompanyProfile setUp{profile.name.trimmed(), profile.baseCurrency, country,
                               profile.chart.value_or(Charts::forCountry(country))};
    auto initialised = isInitialised();
    if (!initialised)
        return initialised.error();
    if (*initialised)
        return makeError(tr("This company file has been set up already."));

    // Its records are written in its language from the first one on.
    m_texts->setLanguage(Countries::language(country));
    Transaction tx(*m_db);
    if (!tx.ok())
        return tx.error();
    QSqlQuery &q = m_db->prepared(QStringLiteral(
        "INSERT INTO company (id, name, base_currency, country, chart, created_at) "
        "VALUES (1, ?, ?, ?, ?, ?)"));
    q.addBindValue(setUp.name);
    q.addBindValue(setUp.baseCurrency.code());
    q.addBindValue(setUp.country);
    q.addBindValue(Charts::code(*setUp.chart));
    q.addBindValue(Timestamps::nowUtc());
    if (Status s = Sql::exec(q); !s)
        return s;
    if (Status s = m_audit->record(actor, QStringLiteral("create"), QStringLiteral("company"), 1,
                                   setUp.name);
        !s)
        return s;

    const struct
    {
        const char16_t *name;
        const char16_t *prefix;
        int width;
    } series[] = {{u"customers", u"K", 6}, {u"orders", u"A", 7}, {u"employees", u"P", 4},
                  {u"journal", u"B", 8}};
    for (const auto &s : series) {
        if (Status status = m_numbers->define(QString::fromUtf16(s.name), QString::fromUtf16(s.prefix), s.width);
            !status)
            return status;
    }
    for (const Account &account : Charts::accounts(*setUp.chart, *m_texts)) {
        if (auto id = m_accounting->createAccount(actor, account); !id)
            return id.error();
    }
    auto warehouse = m_stock->createWarehouse(
        actor, {WarehouseId(), QStringLiteral("MAIN"),
                m_texts->translate("Kontor::Company", "Main warehouse")});
    if (!warehouse)
        return warehouse.error();
    if (Status s = tx.commit(); !s)
        return s;
    useProfile(setUp, *warehouse);
    return {};
}

Result<CompanyProfile> Company::profile()
{
    QSqlQuery &q = m_db->prepared(
        QStringLiteral("SELECT name, base_currency, country, chart FROM company WHERE id = 1"));
    if (Status s = Sql::exec(q); !s)
        return s.error();
    if (!q.next()) {
        q.finish();
        return makeError(tr("This company file has not been set up yet."));
    }
    CompanyProfile p{q.value(0).toString(), Currency::fromCode(q.value(1).toString()),
                     q.value(2).toString(), Charts::fromCode(q.value(3).toString())};
    q.finish();
    if (!p.chart) // the schema's CHECK lets no other in
        return makeError(tr("This company file names an unknown chart of accounts."));
    return p;
}

Result<CompanyStatistics> Company::statistics()
{
    CompanyStatistics stats;
    for (const char16_t *table : countedTables) {
        const QString name = QString::fromUtf16(table);
        QSqlQuery &q = m_db->prepared(QStringLiteral("SELECT count(*) FROM ") + name);
        if (Status s = Sql::exec(q); !s)
            return s.error();
        const qint64 rows = q.next() ? q.value(0).toLongLong() : 0;
        q.finish();
        stats.tableRows.emplace_back(name, rows);
    }
    return stats;
}

} // namespace Kontor
