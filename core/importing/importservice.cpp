// SPDX-FileCopyrightText: 2026 The Kontor authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "importservice.h"

#include "orderreader.h"

#include "common/accesspolicy.h"
#include "common/booktexts.h"
#include "customers/customerservice.h"
#include "orders/orderservice.h"
#include "persistence/database.h"
#include "persistence/transaction.h"
#include "stock/stockservice.h"

#include <QFileInfo>
#include <QSaveFile>

namespace Kontor {

namespace {

constexpr qint64 rateDenominator = 10000;

Money lineGross(const ImportedLine &line, Currency currency)
{
    if (!line.unitPrice)
        return Money::zero(currency);
    return *line.unitPrice * line.quantity.units() - line.discount;
}

// Kontor's own status of an order, from what the shop says about its money and shipping.
OrderStatus statusOf(const ImportedOrder &o)
{
    if (o.cancelled)
        return OrderStatus::Cancelled;
    if (o.financialStatus == FinancialStatus::Refunded)
        return OrderStatus::Refunded;
    const bool shipped = o.fulfilmentStatus == QLatin1StringView("fulfilled");
    if (isPaid(o.financialStatus))
        return shipped ? OrderStatus::Completed : OrderStatus::Paid;
    return shipped ? OrderStatus::Shipped : OrderStatus::Open;
}

/**
 * Whether an order of the file is stored with the same fingerprint (and so is unchanged). The
 * first orders are looked up one by one; when the rest of the file holds more orders than a
 * third of the company's, the shop's fingerprints are read in one pass instead, which costs
 * less than a lookup per order.
 */
class KnownOrders
{
public:
    KnownOrders(OrderRepository &orders, const QString &shop, const OrderReader &file)
        : m_orders(orders)
        , m_shop(shop)
        , m_file(file)
    {
    }

    Result<bool> unchanged(const QString &key, quint64 fingerprint)
    {
        if (m_loaded) {
            const auto it = m_loaded->constFind(keyHash(key));
            return it != m_loaded->cend() && *it == fingerprint;
        }
        if (++m_lookups == lookupsBeforeDeciding) {
            if (auto loaded = loadWhenCheaper(); !loaded)
                return loaded.error();
            if (m_loaded)
                return unchanged(key, fingerprint);
        }
        auto stored = m_orders.fingerprintOf(m_shop, key);
        if (!stored)
            return stored.error();
        return stored->has_value() && !(*stored)->withdrawn
               && (*stored)->fingerprint == fingerprint;
    }

private:
    static constexpr qint64 lookupsBeforeDeciding = 512;

    // Keys are told apart by a 64-bit hash: two keys would have to share it and the order's
    // fingerprint as well for an order to be taken as unchanged wrongly.
    static quint64 keyHash(QStringView key)
    {
        return sourceFingerprint(QByteArrayView(reinterpret_cast<const char *>(key.utf16()),
                                                key.size() * qsizetype(sizeof(char16_t))));
    }

    Status loadWhenCheaper()
    {
        const qint64 read = m_file.bytesRead();
        if (read <= 0)
            return {};
        const double remainingOrders = double(m_lookups) * double(m_file.bytesTotal() - read)
                                       / double(read);
        auto stored = m_orders.count({});
        if (!stored)
            return stored.error();
        if (remainingOrders * 3 < double(*stored))
            return {};
        QHash<quint64, quint64> loaded;
        loaded.reserve(*stored);
        if (Status s = m_orders.forEachFingerprint(
                m_shop, [&](QStringView key, quint64 fingerprint) {
                    loaded.insert(keyHash(key), fingerprint);
                });
            !s)
            return s;
        m_loaded = std::move(loaded);
        return {};
    }

    OrderRepository &m_orders;
    const QString m_shop;
    const OrderReader &m_file;
    qint64 m_lookups = 0;
    std::optional<QHash<quint64, quint64>> m_loaded;
};

// How many new orders the first pass of a run writes together.
constexpr size_t ordersWrittenTogether = 256;

} // namespace

/// What one run keeps between orders: the batch, the actor naming it, the articles found.
struct ImportService::Run
{
    Actor actor;
    ImportBatch batch;
    QDate today;
    QString shop;
    QHash<QString, ArticleId> articles;     // by SKU; only what committed with its order
    QHash<QString, ArticleId> newArticles;  // created for the order being imported
    // Customers to create with the waiting orders, in one go, by e-mail (or name and phone).
    std::vector<Customer> newCustomers;
    QHash<QString, qsizetype> newCustomerKeys;
    qsizetype customerToCreate = -1;        // of the order being imported, in newCustomers
};

ImportService::ImportService(Database &db, ImportBatchRepository &batches, OrderService &orders,
                             CustomerService &customers, StockService &stock,
                             const BookTexts &texts, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_batches(batches)
    , m_orders(orders)
    , m_customers(customers)
    , m_stock(stock)
    , m_texts(texts)
{
}

Result<CustomerId> ImportService::customerFor(const ImportedOrder &imported, Run &run)
{
    // The same customer: the same e-mail address; without one, the same name and phone.
    const bool byPhone = imported.email.isEmpty() && !imported.customerName.trimmed().isEmpty()
                         && !imported.phone.trimmed().isEmpty();
    QString key;
    if (!imported.email.isEmpty() || byPhone) {
        auto found = byPhone ? m_customers.repository().findByNameAndPhone(imported.customerName,
                                                                           imported.phone)
                             : m_customers.repository().findByEmail(imported.email);
        if (!found)
            return found.error();
        if (found->has_value())
            return **found;
        key = byPhone ? imported.customerName.simplified() + u'\n' + imported.phone.trimmed()
                      : imported.email.trimmed().toLower();
        if (const auto it = run.newCustomerKeys.constFind(key); it != run.newCustomerKeys.cend()) {
            run.customerToCreate = *it;
            return CustomerId();
        }
    }
    // A new customer, created with the orders waiting to be written (customerToCreate).
    Customer customer;
    customer.name = imported.customerName.simplified();
    if (customer.name.isEmpty())
        customer.name = imported.email;
    if (customer.name.isEmpty())
        customer.name = m_texts.translate("Kontor::ImportService", "Customer of order %1")
                            .arg(imported.key);
    customer.email = imported.email;
    customer.phone = imported.phone.trimmed();
    customer.street = imported.street;
    customer.postcode = imported.zip;
    customer.city = imported.city;
    customer.country = imported.country.isEmpty() ? m_defaultCountry : imported.country;
    run.customerToCreate = qsizetype(run.newCustomers.size());
    run.newCustomers.push_back(std::move(customer));
    if (!key.isEmpty())
        run.newCustomerKeys.insert(key, run.customerToCreate);
    return CustomerId();
}

Result<ArticleId> ImportService::articleFor(const Actor &actor, const ImportedOrder &imported,
                                            const ImportedLine &line, Run &run)
{
    if (const auto it = run.articles.constFind(line.sku); it != run.articles.cend())
        return *it;
    if (const auto it = run.newArticles.constFind(line.sku); it != run.newArticles.cend())
        return *it;
    auto found = m_stock.repository().findArticleBySku(line.sku);
    if (!found)
        return found.error();
    if (found->has_value()) {
        run.articles.insert(line.sku, **found);
        return **found;
    }
    // An SKU Kontor does not know: created from the line, for someone to look at.
    Article article;
    article.sku = line.sku;
    article.name = line.name.isEmpty() ? line.sku : line.name;
    article.salesPrice = line.unitPrice && !line.unitPrice->isNegative()
                             ? *line.unitPrice
                             : Money::zero(imported.currency);
    article.purchasePrice = Money::zero(imported.currency);
    article.vatRate = line.vatRate.value_or(0);
    article.stockTracked = line.requiresShipping;
    article.needsReview = true;
    auto id = m_stock.createArticle(actor, article, Consequence());
    if (!id)
        return id.error();
    run.newArticles.insert(line.sku, *id);
    return id;
}

namespace {

// The order as the export states it: its state, amounts and lines, without the customer and
// the articles, which importing it finds or creates.
Order statedOrder(const ImportedOrder &imported, const QString &shop)
{
    const Currency currency = imported.currency;
    Order order;
    order.shop = shop;
    order.externalId = imported.key;
    order.shopOrderId = imported.shopOrderId;
    order.orderedAt = imported.createdAt;
    order.currency = currency;
    order.pricesIncludeTax = imported.pricesIncludeTax;
    order.status = statusOf(imported);
    order.financialStatus = financialStatusKey(imported.financialStatus);
    order.fulfilment = imported.fulfilmentStatus;
    order.discount = imported.discount;
    order.refunded = imported.refunded;
    order.total = imported.total;
    order.tax = imported.taxes;
    order.paymentMethod = imported.paymentMethod;
    order.paymentReference = imported.paymentReference;
    order.note = imported.note;
    order.fingerprint = imported.fingerprint;
    order.paid = paidAmount(imported);
    if (isPaid(imported.financialStatus) || !order.paid.isZero())
        order.paidAt = imported.paidAt.isValid() ? imported.paidAt : imported.createdAt;
    if (imported.cancelled)
        order.cancelledAt = imported.cancelledAt.isValid() ? imported.cancelledAt : imported.createdAt;

    // Taxes per rate as the shop reports them; without a breakdown, at the lines' one rate.
    for (const ImportedTax &tax : imported.taxLines) {
        if (tax.amount.isZero())
            continue;
        auto it = std::find_if(order.taxes.begin(), order.taxes.end(),
                               [&](const TaxAmount &t) { return t.rate == tax.rate; });
        if (it == order.taxes.end())
            order.taxes.push_back({tax.rate, tax.amount});
        else
            it->amount += tax.amount;
    }
    std::optional<int> lineRate;
    bool oneLineRate = true;
    for (const ImportedLine &line : imported.lines) {
        if (!line.vatRate || line.isTip)
            continue;
        if (lineRate && *lineRate != *line.vatRate)
            oneLineRate = false;
        lineRate = line.vatRate;
    }
    if (order.taxes.empty() && !order.tax.isZero() && lineRate && oneLineRate)
        order.taxes.push_back({*lineRate, order.tax});
    int mainRate = 0;
    Money mainTax = Money::zero(currency);
    for (const TaxAmount &tax : order.taxes) {
        if (tax.rate >= 0 && tax.amount > mainTax) {
            mainRate = tax.rate;
            mainTax = tax.amount;
        }
    }

    // Lines; tips are kept as lines but are no revenue.
    Money tip = Money::zero(currency);
    Money goods = Money::zero(currency);
    for (const ImportedLine &in : imported.lines) {
        OrderLine line;
        line.sku = in.sku;
        line.description = in.name.isEmpty() ? in.sku : in.name;
        line.quantity = in.quantity;
        line.unitPrice = in.unitPrice.value_or(Money::zero(currency));
        line.discount = in.discount;
        line.vatRate = in.isTip || !in.taxable ? 0 : in.vatRate.value_or(mainRate);
        line.gross = lineGross(in, currency);
        if (in.isTip) {
            tip += line.gross;
        } else if (in.unitPrice) {
            goods += *in.unitPrice * in.quantity.units();
        }
        // Net and tax of the line, for the order's view; the books use the order's totals.
        if (order.pricesIncludeTax) {
            const auto net = line.gross.scaled(rateDenominator, rateDenominator + line.vatRate,
                                               Rounding::HalfUp);
            line.net = net.value_or(line.gross);
            line.tax = line.gross - line.net;
        } else {
            const auto tax = line.gross.scaled(line.vatRate, rateDenominator, Rounding::HalfUp);
            line.net = line.gross;
            line.tax = tax.value_or(Money::zero(currency));
            line.gross = line.net + line.tax;
        }
        order.lines.push_back(std::move(line));
    }
    order.tip = tip;

    // A discount the subtotal does not show went to the shipping (a free-shipping code).
    order.shipping = imported.shipping;
    if (imported.subtotal && !imported.discount.isZero()) {
        const Money onGoods = goods - *imported.subtotal;
        const Money onShipping = imported.discount - onGoods;
        if (onShipping.minorUnits() > 0 && onShipping <= imported.shipping)
            order.shipping = imported.shipping - onShipping;
    }
    order.net = order.total - order.tax - order.tip;
    return order;
}

} // namespace

Result<Order> ImportService::toOrder(const Actor &actor, const ImportedOrder &imported, Run &run,
                                     std::vector<ImportProblem> &problems)
{
    Order order = statedOrder(imported, run.shop);
    for (size_t i = 0; i < imported.lines.size(); ++i) {
        const ImportedLine &in = imported.lines[i];
        if (in.sku.isEmpty() || in.isTip)
            continue;
        auto article = articleFor(actor, imported, in, run);
        if (!article) {
            problems.push_back({imported.fileName, in.fileLine, QString(), in.sku,
                                article.error().message});
            return article.error();
        }
        order.lines[i].article = *article;
    }
    auto customer = customerFor(imported, run);
    if (!customer) {
        problems.push_back({imported.fileName, imported.firstLine, QString(), imported.email,
                            customer.error().message});
        return customer.error();
    }
    order.customer = *customer;
    return order;
}

Result<ImportChange> ImportService::plan(const Actor &actor, const QString &shop,
                                          const ImportedOrder &order)
{
    if (Status s = AccessPolicy::require(actor, Permission::RunImports); !s)
        return s.error();
    auto known = m_orders.repository().fingerprintOf(shop, order.key);
    if (!known)
        return known.error();
    if (!known->has_value() || (*known)->withdrawn)
        return ImportChange::New;
    if ((*known)->fingerprint == order.fingerprint)
        return ImportChange::Unchanged;
    auto stored = m_orders.repository().find((*known)->id);
    if (!stored)
        return stored.error();
    if (!stored->has_value())
        return ImportChange::New;
    Order incoming = statedOrder(order, shop);
    return OrderService::changeOf(**stored, incoming);
}

Result<ImportReport> ImportService::importFile(const Actor &actor, const QString &path,
                                               const ImportOptions &options,
                                               const Progress &progress)
{
    if (Status s = AccessPolicy::require(actor, Permission::RunImports); !s)
        return s.error();
    // Orders go in without a savepoint each, which would cost SQLite a copy of every page an
    // order touches. An order refused before it wrote anything (the usual case: the checks come
    // first) is simply left out; one refused half-written cannot be taken out alone, so the run
    // starts again with a savepoint per order.
    bool startAgain = false;
    qint64 reached = 0; // of the file, when the first pass stopped
    const Progress first = [&](qint64 done, qint64 total) {
        reached = done;
        return !progress || progress(done, total);
    };
    auto report = importOnce(actor, path, options, first, Transaction::Attempt, &startAgain);
    if (!startAgain)
        return report;
    // The progress shown goes on from where it stood: the second pass fills the rest of it.
    const Progress second = [&](qint64 done, qint64 total) {
        const qint64 thousandths = total > 0 ? done * 1000 / total : 0;
        return !progress || progress(reached + (total - reached) * thousandths / 1000, total);
    };
    return importOnce(actor, path, options, second, Transaction::Savepoint, &startAgain);
}

Result<ImportReport> ImportService::importOnce(const Actor &actor, const QString &path,
                                               const ImportOptions &options,
                                               const Progress &progress,
                                               Transaction::Mode perOrder, bool *startAgain)
{
    *startAgain = false;
    auto reader = OrderReader::open(path, options.profile, m_defaultCurrency);
    if (!reader)
        return reader.error();
    OrderReader &in = **reader;

    ImportReport report;
    report.fileName = QFileInfo(path).fileName();
    report.profileId = in.profile().id;
    report.profileName = in.profile().name;
    report.shop = options.shop.trimmed().isEmpty() ? in.profile().id : options.shop.trimmed();
    report.rejectedRecords = in.headerSource() + '\n';

    Transaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    // The run announces itself when it commits (batchFinished), not each of its rows.
    std::optional<Database::BulkChanges> bulk(std::in_place, m_db);
    Run run;
    run.shop = report.shop;
    run.today = QDate::currentDate();
    run.batch.startedAt = QDateTime::currentDateTimeUtc();
    run.batch.userName = actor.name;
    run.batch.shop = report.shop;
    run.batch.fileName = report.fileName;
    run.batch.profile = report.profileId;
    auto batchId = m_batches.insert(run.batch);
    if (!batchId)
        return batchId.error();
    run.batch.id = *batchId;
    run.actor = actor;
    run.actor.importBatch = *batchId;

    auto linesBefore = m_orders.repository().countLines({});
    if (!linesBefore)
        return linesBefore.error();
    // The line items written so far, and how many it takes to set the list indexes aside.
    qint64 linesWritten = 0;
    const qint64 deferAfter = std::max(options.deferIndexesAfterLines, *linesBefore);
    bool indexesAside = false;

    KnownOrders known(m_orders.repository(), report.shop, in);
    std::optional<Error> lookupError;
    in.setKnownFingerprint([&](const QString &key, quint64 fingerprint) {
        auto unchanged = known.unchanged(key, fingerprint);
        if (!unchanged) {
            lookupError = unchanged.error();
            return false;
        }
        return *unchanged;
    });

    ImportedOrder imported;
    std::vector<ImportProblem> problems;
    qint64 nextProgress = 0;
    // error: why the books refuse the order; none when the reader's problems say why.
    const auto reject = [&](qint64 firstLine, const QString &key, const QByteArray &source,
                            const Error &error) {
        if (problems.empty())
            problems.push_back({in.fileName(), firstLine, QString(), key, error.message});
        ++report.rejected;
        report.numberTaken += error.numberTaken ? 1 : 0;
        report.problems.insert(report.problems.end(), problems.begin(), problems.end());
        report.rejectedRecords += source;
    };
    // Orders made ready (their articles in place, their new customers noted) wait here to be
    // written together, which takes far fewer statements. With a savepoint per order, each goes
    // alone.
    const bool alone = perOrder != Transaction::Attempt;
    struct Waiting
    {
        qint64 firstLine = 0;
        QString key;
        QByteArray source;
        bool wroteBefore = false; // its customer or an article was created for it
        qsizetype newCustomer = -1; // its customer, to be created: in run.newCustomers
    };
    std::vector<Waiting> waiting;
    std::vector<Order> waitingOrders;
    enum class Written { Yes, Refused, StartAgain, Failed };
    Error refusal; // why writing the waiting orders did not succeed
    const auto refused = [&](Transaction &attempt, const Error &error) {
        attempt.rollback();
        refusal = error;
        return refusal.storageFailure ? Written::Failed
               : alone                ? Written::Refused
                                      : Written::StartAgain;
    };
    const auto writeWaiting = [&] {
        if (waiting.empty())
            return Written::Yes;
        Transaction attempt(m_db, Transaction::Attempt);
        if (!attempt.ok()) {
            refusal = attempt.error();
            return Written::Failed;
        }
        if (!run.newCustomers.empty()) {
            run.newCustomerKeys.clear();
            auto created = m_customers.create(run.actor, std::exchange(run.newCustomers, {}),
                                              Consequence());
            if (!created)
                return refused(attempt, created.error());
            for (size_t i = 0; i < waiting.size(); ++i)
                if (waiting[i].newCustomer >= 0)
                    waitingOrders[i].customer = created->at(size_t(waiting[i].newCustomer));
        }
        for (const Order &order : waitingOrders)
            linesWritten += qint64(order.lines.size());
        auto results = m_orders.importOrders(run.actor, std::exchange(waitingOrders, {}),
                                             run.batch.id, run.today);
        Status status = results ? Status() : Status(results.error());
        std::vector<OrderId> inserted;
        qint64 updated = 0, edited = 0, unchanged = 0;
        for (size_t i = 0; status && i < results->size(); ++i) {
            const Result<OrderImport> &done = (*results)[i];
            if (!done) {
                // An order alone is rejected with its savepoint; in a group, one whose
                // customer or article was created for it cannot be taken out alone.
                if (alone || waiting[i].wroteBefore) {
                    status = done.error();
                    break;
                }
                problems.clear();
                reject(waiting[i].firstLine, waiting[i].key, waiting[i].source, done.error());
            } else if (done->action == ImportChange::New) {
                inserted.push_back(done->id);
            } else if (done->previous) {
                const bool rebooked = done->action == ImportChange::Edited;
                status = m_batches.recordUpdated(run.batch.id, {*done->previous, rebooked});
                ++updated;
                edited += rebooked ? 1 : 0;
            } else {
                ++unchanged;
            }
        }
        if (status)
            status = m_batches.recordInserted(run.batch.id, inserted);
        if (status)
            status = attempt.commit();
        if (!status)
            return refused(attempt, status.error());
        waiting.clear();
        report.inserted += qint64(inserted.size());
        report.updated += updated;
        report.edited += edited;
        report.unchanged += unchanged;
        return Written::Yes;
    };
    for (;;) {
        problems.clear();
        const OrderReader::Outcome outcome = in.next(imported, problems);
        if (lookupError)
            return *lookupError;
        if (outcome == OrderReader::Outcome::End)
            break;
        if (outcome == OrderReader::Outcome::Failed)
            return *in.error();
        // The end of the file is reported once, when the run is about to save (below).
        if (progress && in.bytesRead() >= nextProgress && in.bytesRead() < in.bytesTotal()) {
            if (!progress(in.bytesRead(), in.bytesTotal())) {
                report.cancelled = true;
                return report; // tx rolls back
            }
            nextProgress = in.bytesRead() + 256 * 1024;
        }
        report.lines += qint64(imported.lines.size());
        if (outcome == OrderReader::Outcome::Unchanged) {
            ++report.unchanged;
            continue;
        }
        if (outcome == OrderReader::Outcome::Rejected) {
            reject(imported.firstLine, imported.key, imported.source, Error());
            continue;
        }
        // One order: all of it, or none of it.
        Transaction orderTx(m_db, perOrder);
        if (!orderTx.ok())
            return orderTx.error();
        run.newArticles.clear();
        run.customerToCreate = -1;
        const size_t customersBefore = run.newCustomers.size();
        auto order = toOrder(run.actor, imported, run, problems);
        if (!order) {
            orderTx.rollback();
            if (order.error().storageFailure)
                return order.error(); // the database itself failed: nothing of the run is kept
            if (!alone && !orderTx.leftNoTrace()) {
                *startAgain = true;
                return report; // tx rolls back
            }
            reject(imported.firstLine, imported.key, imported.source, order.error());
            continue;
        }
        const bool newCustomer = run.newCustomers.size() > customersBefore;
        waiting.push_back({imported.firstLine, imported.key, imported.source,
                           newCustomer || !run.newArticles.empty(), run.customerToCreate});
        waitingOrders.push_back(std::move(order).value());
        if (alone) {
            const Written written = writeWaiting();
            if (written == Written::Failed)
                return refusal;
            if (written == Written::Refused) {
                orderTx.rollback();
                waiting.clear();
                reject(imported.firstLine, imported.key, imported.source, refusal);
                continue;
            }
        }
        if (Status s = orderTx.commit(); !s)
            return s.error();
        run.batch.customersCreated += newCustomer ? 1 : 0;
        run.batch.articlesCreated += run.newArticles.size();
        run.articles.insert(run.newArticles);
        if (waiting.size() >= ordersWrittenTogether) {
            const Written written = writeWaiting();
            if (written == Written::Failed)
                return refusal;
            if (written == Written::StartAgain) {
                *startAgain = true;
                return report; // tx rolls back
            }
        }
        if (!indexesAside && linesWritten > deferAfter && waiting.empty()) {
            // Only a matter of speed: when they cannot be set aside, they are kept up.
            (void)m_db.deferListIndexes();
            indexesAside = true;
        }
    }
    if (const Written written = writeWaiting(); written != Written::Yes) {
        if (written == Written::Failed)
            return refusal;
        *startAgain = true;
        return report; // tx rolls back
    }
    if (progress && !progress(in.bytesRead(), in.bytesTotal())) {
        report.cancelled = true;
        return report; // tx rolls back
    }
    report.customersCreated = run.batch.customersCreated;
    report.articlesCreated = run.batch.articlesCreated;

    if (options.dryRun || (options.allOrNothing && report.rejected > 0))
        return report; // tx rolls back
    run.batch.inserted = report.inserted;
    run.batch.updated = report.updated;
    run.batch.unchanged = report.unchanged;
    run.batch.rejected = report.rejected;
    run.batch.lines = report.lines;
    run.batch.finishedAt = QDateTime::currentDateTimeUtc();
    if (Status s = m_batches.finish(run.batch); !s)
        return s.error();
    bulk.reset();
    m_db.afterCommit([this, id = run.batch.id] { Q_EMIT batchFinished(id); });
    if (Status s = tx.commit(); !s)
        return s.error();
    report.batch = run.batch.id;
    report.committed = true;
    return report;
}

Result<std::vector<ImportBatch>> ImportService::history(const Actor &actor)
{
    return AccessPolicy::readIf(actor, Permission::RunImports, [this] { return m_batches.all(); });
}

Result<bool> ImportService::canUndo(ImportBatchId id)
{
    auto batch = m_batches.find(id);
    if (!batch)
        return batch.error();
    if (!batch->has_value() || (*batch)->undoneAt.isValid())
        return false;
    auto later = m_batches.touchedLater(id);
    if (!later)
        return later.error();
    return !*later;
}

Status ImportService::undo(const Actor &actor, ImportBatchId id)
{
    if (Status s = AccessPolicy::require(actor, Permission::RunImports); !s)
        return s;
    Transaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    auto batch = m_batches.find(id);
    if (!batch)
        return batch.error();
    if (!batch->has_value())
        return makeError(tr("There is no import batch %1.").arg(id.value()));
    if ((*batch)->undoneAt.isValid())
        return makeError(tr("Import batch %1 has been undone already.").arg(id.value()));
    auto later = m_batches.touchedLater(id);
    if (!later)
        return later.error();
    if (*later)
        return makeError(tr("Import batch %1 cannot be undone: a later import changed some of its "
                            "orders. Undo that one first.")
                             .arg(id.value()));
    auto inserted = m_batches.insertedBy(id);
    if (!inserted)
        return inserted.error();
    auto previous = m_batches.previousStatesOf(id);
    if (!previous)
        return previous.error();
    std::vector<PreviousOrder> restored;
    for (const auto &[before, edited] : *previous) {
        auto current = m_orders.repository().find(before.id);
        if (!current)
            return current.error();
        if (!current->has_value())
            continue;
        Order order = *current.value();
        order.status = before.status;
        order.financialStatus = before.financialStatus;
        order.fulfilment = before.fulfilment;
        order.refunded = before.refunded;
        order.paid = before.paid;
        order.paidAt = before.paidAt;
        order.cancelledAt = before.cancelledAt;
        order.fingerprint = before.fingerprint;
        order.importBatch = before.importBatch;
        if (edited) {
            order.customer = before.customer;
            order.pricesIncludeTax = before.pricesIncludeTax;
            order.net = before.net;
            order.tax = before.tax;
            order.shipping = before.shipping;
            order.total = before.total;
            order.discount = before.discount;
            order.tip = before.tip;
            order.taxes = before.taxes;
            order.paymentMethod = before.paymentMethod;
            order.paymentReference = before.paymentReference;
            order.note = before.note;
            order.lines = before.lines;
        }
        restored.push_back({std::move(order), edited});
    }
    // Announced once, as a whole, like the run it takes back.
    std::optional<Database::BulkChanges> bulk(std::in_place, m_db);
    if (Status s = m_orders.undoImport(actor, id, *inserted, restored, QDate::currentDate()); !s)
        return s;
    if (Status s = m_batches.markUndone(id, actor.name); !s)
        return s;
    bulk.reset();
    m_db.afterCommit([this, id] { Q_EMIT batchUndone(id); });
    return tx.commit();
}

Status ImportService::saveRejects(const ImportReport &report, const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return makeError(tr("Cannot write %1: %2").arg(path, file.errorString()));
    file.write(report.rejectedRecords);
    if (!file.commit())
        return makeError(tr("Cannot write %1: %2").arg(path, file.errorString()));
    return {};
}

} // namespace Kontor
