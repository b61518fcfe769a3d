// SPDX-FileCopyrightText: 2026 The Kontor authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importbatch.h"
#include "importedorder.h"
#include "importprofile.h"

#include "common/actor.h"
#include "persistence/transaction.h"

#include <QHash>
#include <QObject>

#include <functional>
#include <optional>

namespace Kontor {

class BookTexts;
class CustomerService;
class Database;
class OrderService;
class StockService;
struct Order;

struct ImportOptions
{
    QString shop;                           ///< the orders' shop; empty: the profile's id
    std::optional<ImportProfile> profile;   ///< unset: detected from the header
    bool dryRun = false;                    ///< read and book everything, then roll back
    bool allOrNothing = false;              ///< one rejected order and nothing is imported
    /// A run that writes more line items than this, and more than the company held before,
    /// builds the indexes of lists and reports once at its end instead of entry by entry (a
    /// shop's history imported at once): see Database::deferListIndexes().
    qint64 deferIndexesAfterLines = 20000;
};

/// What one run over one file did, or would have done (dry run, all-or-nothing).
struct ImportReport
{
    QString fileName;
    QString profileId;
    QString profileName;
    QString shop;
    ImportBatchId batch;                    ///< invalid when nothing was committed
    bool committed = false;
    bool cancelled = false;
    qint64 inserted = 0;
    qint64 updated = 0;
    qint64 edited = 0;                      ///< of the updated: edited in the shop, booked anew
    qint64 unchanged = 0;
    qint64 rejected = 0;
    qint64 numberTaken = 0;                 ///< of the rejected: their number is another order's
    qint64 lines = 0;                       ///< line items read, of all orders
    qint64 customersCreated = 0;
    qint64 articlesCreated = 0;
    std::vector<ImportProblem> problems;
    /// The header and the records of every rejected order, as read: a CSV to fix and import.
    QByteArray rejectedRecords;
};

/**
 * The importer: reads a shop's order export through a profile and brings each order into the
 * books through the order, customer and stock services — new orders inserted and booked,
 * known ones brought up to date, unchanged ones skipped. One transaction per file: a run that
 * is interrupted leaves the company as it was. An order that cannot be read or booked is
 * rejected whole and the others go in, unless the run is all-or-nothing.
 */
class ImportService final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportService)
public:
    ImportService(Database &db, ImportBatchRepository &batches, OrderService &orders,
                  CustomerService &customers, StockService &stock, const BookTexts &texts,
                  QObject *parent = nullptr);

    ImportBatchRepository &batches() { return m_batches; }
    /// Every import run, newest first, for a reader who may run imports.
    Result<std::vector<ImportBatch>> history(const Actor &actor);
    /// The currency of exports that do not say (the company's base currency).
    void setDefaultCurrency(Currency currency) { m_defaultCurrency = currency; }
    void setDefaultCountry(const QString &country) { m_defaultCountry = country; }

    /// Called now and then with the bytes read and the file's size; returning false cancels
    /// the run, which then commits nothing. Once the file is read through (done == total), the
    /// run writes its last orders and saves them: after a shop's whole history that can take
    /// a while, while the indexes of lists are built again.
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    /// Fails only when nothing can be imported: the file is unreadable or not an orders export,
    /// or the database refuses. Rejected orders are in the report.
    Result<ImportReport> importFile(const Actor &actor, const QString &path,
                                    const ImportOptions &options, const Progress &progress = {});

    /// What importing order, read from an export, under shop would do, as far as the books
    /// tell before the import runs; or why the order would be refused against the one in the
    /// books. For a preview, by a reader who may run imports.
    Result<ImportChange> plan(const Actor &actor, const QString &shop,
                               const ImportedOrder &order);

    /// Whether a batch can be undone: it stands, and no later batch changed its orders.
    Result<bool> canUndo(ImportBatchId batch);
    Status undo(const Actor &actor, ImportBatchId batch);

    static Status saveRejects(const ImportReport &report, const QString &path);

Q_SIGNALS:
    /// A run committed, or was undone: announced once for all the rows it changed.
    void batchFinished(Kontor::ImportBatchId batch);
    void batchUndone(Kontor::ImportBatchId batch);

private:
    struct Run;
    Result<ImportReport> importOnce(const Actor &actor, const QString &path,
                                    const ImportOptions &options, const Progress &progress,
                                    Transaction::Mode perOrder, bool *startAgain);
    Result<Order> toOrder(const Actor &actor, const ImportedOrder &imported, Run &run,
                          std::vector<ImportProblem> &problems);
    /// The customer of an order; an invalid id when one is to be created with the waiting
    /// orders (run.customerToCreate).
    Result<CustomerId> customerFor(const ImportedOrder &imported, Run &run);
    Result<ArticleId> articleFor(const Actor &actor, const ImportedOrder &imported,
                                 const ImportedLine &line, Run &run);

    Database &m_db;
    ImportBatchRepository &m_batches;
    OrderService &m_orders;
    CustomerService &m_customers;
    StockService &m_stock;
    const BookTexts &m_texts;
    Currency m_defaultCurrency = Currency::eur();
    QString m_defaultCountry = QStringLiteral("DE");
};

} // namespace Kontor
