// SPDX-FileCopyrightText: 2026 The Kontor authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "orderrepository.h"

#include "accounting/journal.h"

#include "common/actor.h"
#include "common/listsource.h"
#include "stock/stock.h"

#include <QDate>
#include <QHash>
#include <QObject>

#include <optional>
#include <vector>

namespace Kontor {

class AccountingService;
class AuditLog;
class BookTexts;
class NumberSeries;
class StockService;

/// Warehouse that stock lines are taken from, and the accounts (by number) an order posts to:
/// those of the company's chart (Charts::postingSetup).
struct OrderPostingSetup
{
    WarehouseId warehouse;
    QString receivableAccount;
    QString bankAccount;
    QString inventoryAccount;
    QString costOfGoodsAccount;
    int shippingVatRate = 0; ///< of an order entered in Kontor; an imported one states its own
    /// VAT rate (basis points) → revenue account and output VAT account.
    QHash<int, QString> revenueAccounts;
    QHash<int, QString> vatAccounts;
    /// Imported orders: revenue and VAT at rates the maps above do not name (foreign shops).
    QString otherRevenueAccount;
    QString otherVatAccount;
    /// Whether every order, not only an imported one, books a rate the maps do not name to
    /// the two accounts above: a chart without accounts per rate.
    bool otherForEveryRate = false;
    QString refundsAccount;
    QString tipsAccount;
};

struct OrderImport
{
    ImportChange action = ImportChange::Unchanged; ///< what importing the order did
    OrderId id;
    /// The order as it was before, when action is Updated or Edited (for undo).
    std::optional<Order> previous;
};

/**
 * The rules about orders. Creating an order checks that its amounts add up, takes stock lines
 * out of stock and posts the order (receivable, revenue per VAT rate, VAT, cost of goods) —
 * and, when it is paid, the payment — all in one transaction with its audit rows.
 */
class OrderService final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OrderService)
public:
    OrderService(Database &db, OrderRepository &repository, StockService &stock,
                 AccountingService &accounting, NumberSeries &numbers, AuditLog &audit,
                 const BookTexts &texts, QObject *parent = nullptr);

    /// For the core's own services and the tests: reads and writes without a permission check.
    /// The GUI and the command line go through the methods that take an Actor.
    OrderRepository &repository() { return m_repository; }
    /// All orders and all order lines (filter scope: an order), for a reader who may see orders.
    ListSource<Order> orders(const Actor &actor);
    ListSource<OrderLine> orderLines(const Actor &actor);
    void setPostingSetup(const OrderPostingSetup &setup) { m_setup = setup; }
    const OrderPostingSetup &postingSetup() const { return m_setup; }

    /// Fills each line's net, tax and gross from quantity, unit price, discount and VAT rate,
    /// and the order's totals from its lines and its (gross) shipping at shippingVatRate.
    static Result<void> computeAmounts(Order &order, int shippingVatRate);

    Result<OrderId> create(const Actor &actor, Order order);

    /**
     * Brings orders from a shop export into the books, in their order, each as the shop states
     * it: its totals, taxes per rate, tip, refunds, payment (paidAt valid), cancellation
     * (cancelledAt valid) and fulfilment. The first time, an order is written and booked (stock
     * out, sale, cost of goods, payment, refunds, cancellation). Later, only what changed is
     * booked, exactly once: a payment, a refund delta, a cancellation (sale and refunds
     * reversed, stock back), a restock. An order the shop edited (other lines or amounts) is
     * booked anew: see rebookEdited(). One whose day or currency changed is another order
     * with the same number and is refused. Everything booked names batch; today is the
     * booking date of changes learnt now.
     *
     * The new orders (the bulk of a shop's history imported the first time) are written and
     * booked together, with far fewer statements; known ones go alone. Gives per order what
     * importing it did, or why it was refused having written nothing. Fails as a whole when an
     * order was refused after writing or the database failed: the caller then rolls back what
     * the call wrote.
     */
    /// What importing incoming (the shop's order as it stands now) changes about stored (the
    /// same order in the books; never New), or why it would be refused: another order with the same
    /// number (another id in the shop system, or another day or currency), a cancellation or a
    /// refund taken back, an edit of a cancelled order. Keeps in incoming the payment and the
    /// shop system's id Kontor knows when the export no longer states them.
    static Result<ImportChange> changeOf(const Order &stored, Order &incoming);

    Result<std::vector<Result<OrderImport>>> importOrders(const Actor &actor,
                                                          std::vector<Order> orders,
                                                          ImportBatchId batch, QDate today);
    /// Takes an import batch back: reverses every entry it posted and every stock movement it
    /// caused, marks the orders it inserted as withdrawn and gives the orders it changed their
    /// state before (previous, from the batch's records), and an edited one its lines.
    Status undoImport(const Actor &actor, ImportBatchId batch, const std::vector<OrderId> &inserted,
                      const std::vector<PreviousOrder> &previous, QDate today);

private:
    struct SaleAmounts;
    /// The entries an order books are gathered, then posted together (fewer statements).
    using Postings = std::vector<JournalEntry>;
    Status post(const Actor &actor, Postings &entries);
    Status saleEntry(const Order &order, const SaleAmounts &amounts, ImportBatchId batch,
                     Postings &out);
    Result<SaleAmounts> importedSaleAmounts(const Order &order) const;
    /// One order of importOrders, alone.
    Result<OrderImport> importOrder(const Actor &actor, Order order, ImportBatchId batch,
                                    QDate today);
    using Movements = std::vector<StockMovement>;
    /// Articles as read once, for the orders of one call (many orders, few articles).
    using Articles = QHash<ArticleId, std::optional<Article>>;
    /// The checks every imported order passes; numbers its lines and names its batch.
    static Status checkImported(Order &order, ImportBatchId batch);
    static QString importSummary(const Order &order);
    /// What an import changed about a known order, for the audit log (in the books' language).
    QString updateSummary(const Order &before, const Order &after, bool edited) const;
    /// Writes new imported orders (checked, not in the books yet) and their bookings together.
    Status insertImported(const Actor &actor, const std::vector<Order *> &orders,
                          ImportBatchId batch);
    /// What a new imported order books first: its stock out, sale, cost of goods, payment when
    /// paid, and its refunds unless it is cancelled (the cancellation settles those).
    Status newImportBookings(const Order &order, ImportBatchId batch, Articles &articles,
                             Movements &movements, Postings &entries);
    Status bookImportChanges(const Actor &actor, const Order *before, const Order &after,
                             ImportBatchId batch, QDate today);
    /**
     * An order the shop edited after it was imported (lines added, removed or changed, other
     * amounts) is booked anew, as a first import of the export would book it, dated today:
     * its sale, cost of goods and refunds so far are reversed and booked again on the new
     * amounts, its stock goes back and the new lines go out, and a payment already booked is
     * made up by the difference of the totals. What else changed (paid, refunded further,
     * cancelled, restocked) is booked after that as for any order. Writes the new lines.
     */
    Status rebookEdited(const Actor &actor, const Order &before, const Order &after,
                        ImportBatchId batch, QDate today);
    /// Takes what the order booked for its goods and their price out of effect on date: the
    /// sale, the cost of goods and the refunds (a cancellation, an edit).
    Status reverseSale(const Actor &actor, OrderId order, ImportBatchId batch, QDate date);
    /// What bookImportChanges books once the order's first bookings or its payment (entries,
    /// not posted yet) are in: a cancellation, a refund, a restock.
    Status settleImportChanges(const Actor &actor, const Order *before, const Order &after,
                               ImportBatchId batch, QDate today, Postings entries);
    /// The articles of the orders' lines not in articles yet, read with few statements.
    Status readArticles(const std::vector<Order *> &orders, Articles &articles);
    /// The stock movements that ship the order's stock lines, and their cost.
    Status stockOut(const Order &order, ImportBatchId batch, Articles &articles, Movements &out,
                    std::optional<Money> *cost);
    Status putStockBack(const Actor &actor, const Order &order, ImportBatchId batch, QDate date);
    Status refundEntry(const Order &order, Money from, Money to, ImportBatchId batch, QDate date,
                       Postings &out);
    Result<AccountId> account(const QString &number);
    /// The account of a number looked up in the posting setup, or why there is none.
    Result<AccountId> account(const Result<QString> &number);
    /// Writes a new order, with the next order number when it has none; sets its id.
    Result<OrderId> insertNumbered(Order &order);
    Status orderSaleEntry(const Order &order, Postings &out);
    Status costOfGoodsEntry(const Order &order, Money cost, ImportBatchId batch, Postings &out);
    /// A payment of the order, on date: what arrived (or, negative, what the shop says was
    /// taken back) since the last one booked. Nothing for zero.
    Status paymentEntry(const Order &order, Money paid, QDate date, ImportBatchId batch,
                        Postings &out);
    /// The accounts for a VAT rate; with orElseOther, the posting setup's "other" accounts for
    /// rates it does not name (imports from abroad), else an error.
    Result<QString> revenueAccount(int vatRate, bool orElseOther = false) const;
    Result<QString> vatAccount(int vatRate, bool orElseOther = false) const;

public:
Q_SIGNALS:
    void orderCreated(Kontor::OrderId id);
    /// An import changed an existing order (status, refunds, cancellation) or withdrew it.
    void orderChanged(Kontor::OrderId id);

private:
    Database &m_db;
    OrderRepository &m_repository;
    StockService &m_stock;
    AccountingService &m_accounting;
    NumberSeries &m_numbers;
    AuditLog &m_audit;
    const BookTexts &m_texts;
    OrderPostingSetup m_setup;
};

} // namespace Kontor
