// SPDX-FileCopyrightText: 2026 The Kontor authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/actor.h"
#include "common/ids.h"
#include "common/money.h"
#include "common/result.h"
#include "company/charts.h"
#include "persistence/database.h"

#include <QCoreApplication>
#include <QString>

#include <memory>
#include <optional>
#include <utility>
#include <vector>

namespace Kontor {

class AccountingRepository;
class AccountingService;
class AuditLog;
class BookTexts;
class CustomerRepository;
class CustomerService;
class ImportBatchRepository;
class ImportService;
class NumberSeries;
class OrderRepository;
class OrderService;
class PersonnelRepository;
class PersonnelService;
class StockRepository;
class StockService;
class UserRepository;
class UserService;

/// The company's master data, one row per file.
struct CompanyProfile
{
    QString name;
    Currency baseCurrency = Currency::eur();
    QString country = QStringLiteral("DE"); ///< ISO 3166 alpha-2, one of Countries::codes()
    /// The chart of accounts; when setting up, empty gives the country's
    /// (Charts::forCountry). Set in a profile read from the company.
    std::optional<Chart> chart = std::nullopt;
};

/// Row counts of the main tables, for `kontor-cli info` and the About box.
struct CompanyStatistics
{
    std::vector<std::pair<QString, qint64>> tableRows; ///< table name → rows, in schema order
};

/**
 * One open company file with its repositories and services, wired once. The GUI's and the
 * CLI's main() each build one and hand its parts to whoever needs them; nothing is global.
 * Repositories and services refer to the Database, so they are destroyed before it.
 */
class Company
{
    Q_DECLARE_TR_FUNCTIONS(Kontor::Company)
public:
    static Result<std::unique_ptr<Company>> open(const QString &path,
                                                 Database::OpenMode mode = Database::OpenMode::CreateIfMissing);
    ~Company();
    Q_DISABLE_COPY_MOVE(Company)

    Database &database() { return *m_db; }
    AuditLog &audit() { return *m_audit; }
    NumberSeries &numbers() { return *m_numbers; }
    CustomerService &customers() { return *m_customers; }
    StockService &stock() { return *m_stock; }
    OrderService &orders() { return *m_orders; }
    PersonnelService &personnel() { return *m_personnel; }
    AccountingService &accounting() { return *m_accounting; }
    ImportService &imports() { return *m_imports; }
    UserService &users() { return *m_users; }
    /// The texts the company's records are written in (its language, not the user's).
    const BookTexts &bookTexts() const { return *m_texts; }

    /// Whether the company has been set up (its profile, number series and chart of accounts).
    Result<bool> isInitialised();
    /// Sets up a new, empty company: profile, number series, a main warehouse and the chart of
    /// accounts of the profile, or of its country. Refused when already set up.
    Status initialise(const Actor &actor, const CompanyProfile &profile);
    Result<CompanyProfile> profile();
    Result<CompanyStatistics> statistics();

private:
    explicit Company(std::unique_ptr<Database> db);
    /// Names written before schema 4 get their sort keys, in one transaction.
    Status fillSortKeys();
    /// The services work in the company's language, chart and defaults; orders ship from
    /// warehouse.
    void useProfile(const CompanyProfile &profile, WarehouseId warehouse);

    std::unique_ptr<Database> m_db;
    std::unique_ptr<BookTexts> m_texts;
    std::unique_ptr<AuditLog> m_audit;
    std::unique_ptr<NumberSeries> m_numbers;
    std::unique_ptr<CustomerRepository> m_customerRepository;
    std::unique_ptr<StockRepository> m_stockRepository;
    std::unique_ptr<OrderRepository> m_orderRepository;
    std::unique_ptr<PersonnelRepository> m_personnelRepository;
    std::unique_ptr<AccountingRepository> m_accountingRepository;
    std::unique_ptr<CustomerService> m_customers;
    std::unique_ptr<StockService> m_stock;
    std::unique_ptr<AccountingService> m_accounting;
    std::unique_ptr<OrderService> m_orders;
    std::unique_ptr<PersonnelService> m_personnel;
    std::unique_ptr<ImportBatchRepository> m_importBatches;
    std::unique_ptr<ImportService> m_imports;
    std::unique_ptr<UserRepository> m_userRepository;
    std::unique_ptr<UserService> m_users;
};

} // namespace Kontor
