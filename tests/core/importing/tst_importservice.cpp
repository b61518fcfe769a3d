// SPDX-FileCopyrightText: 2026 The Kontor authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "importing/importservice.h"
#include "importing/orderreader.h"

#include "orders/orderrepository.h"
#include "orders/orderservice.h"
#include "persistence/database.h"
#include "testcompany.h"
#include "testresult.h"
#include "testsql.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace Kontor;
using namespace Kontor::Test;
using namespace Qt::StringLiterals;

namespace {

// The 79 columns of Shopify's newest orders export (FORMATS.md §1.5).
const QStringList shopifyHeader = u"Name,Email,Financial Status,Paid at,Fulfillment Status,Fulfilled at,"
    "Accepts Marketing,Currency,Subtotal,Shipping,Taxes,Total,Discount Code,Discount Amount,"
    "Shipping Method,Created at,Lineitem quantity,Lineitem name,Lineitem price,"
    "Lineitem compare at price,Lineitem sku,Lineitem requires shipping,Lineitem taxable,"
    "Lineitem fulfillment status,Billing Name,Billing Street,Billing Address1,Billing Address2,"
    "Billing Company,Billing City,Billing Zip,Billing Province,Billing Country,Billing Phone,"
    "Shipping Name,Shipping Street,Shipping Address1,Shipping Address2,Shipping Company,"
    "Shipping City,Shipping Zip,Shipping Province,Shipping Country,Shipping Phone,Notes,"
    "Note Attributes,Cancelled at,Payment Method,Payment Reference,Refunded Amount,Vendor,"
    "Outstanding Balance,Employee,Location,Device ID,Id,Tags,Risk Level,Source,Lineitem discount,"
    "Tax 1 Name,Tax 1 Value,Tax 2 Name,Tax 2 Value,Tax 3 Name,Tax 3 Value,Tax 4 Name,Tax 4 Value,"
    "Tax 5 Name,Tax 5 Value,Phone,Receipt Number,Duties,Billing Province Name,"
    "Shipping Province Name,Payment ID,Payment Terms Name,Next Payment Due At,Payment References"_s
                                      .split(u',');

using Row = QHash<QString, QString>;

QString csvField(const QString &value)
{
    if (!value.contains(u',') && !value.contains(u'"') && !value.contains(u'\n'))
        return value;
    return u'"' + QString(value).replace(u"\""_s, u"\"\""_s) + u'"';
}

/// A Shopify orders export written the way Shopify writes it: order fields on the first row of
/// an order only, one row per line item.
class ShopifyExport
{
public:
    /// first: the order's fields; lines: each line's own fields (Name and Created at are added).
    void add(const Row &first, const QList<Row> &lines)
    {
        for (qsizetype i = 0; i < lines.size(); ++i) {
            Row row = i == 0 ? first : Row{};
            row.insert(lines[i]);
            row[u"Name"_s] = first.value(u"Name"_s);
            row[u"Email"_s] = first.value(u"Email"_s);
            row[u"Created at"_s] = first.value(u"Created at"_s);
            m_rows.append(row);
        }
    }
    QString write(const QString &folder, const QString &name) const
    {
        QStringList lines{shopifyHeader.join(u',')};
        for (const Row &row : m_rows) {
            QStringList fields;
            for (const QString &column : shopifyHeader)
                fields.append(csvField(row.value(column)));
            lines.append(fields.join(u','));
        }
        const QString path = folder + u'/' + name;
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            qFatal("cannot write %s", qPrintable(path));
        file.write((lines.join(u'\n') + u'\n').toUtf8());
        return path;
    }

private:
    QList<Row> m_rows;
};

Row line(const QString &name, const QString &sku, int quantity, const QString &price)
{
    return {{u"Lineitem name"_s, name}, {u"Lineitem sku"_s, sku},
            {u"Lineitem quantity"_s, QString::number(quantity)}, {u"Lineitem price"_s, price},
            {u"Lineitem requires shipping"_s, u"true"_s}, {u"Lineitem taxable"_s, u"true"_s},
            {u"Lineitem discount"_s, u"0.00"_s}};
}

Row tip(const QString &amount)
{
    Row row = line(u"Tip"_s, QString(), 1, amount);
    row[u"Lineitem requires shipping"_s] = u"false"_s;
    row[u"Lineitem taxable"_s] = u"false"_s;
    return row;
}

Row order(const QString &name, const QString &status, const QString &currency,
          const QString &subtotal, const QString &shipping, const QString &taxes,
          const QString &total)
{
    return {{u"Name"_s, name},
            {u"Email"_s, name.mid(1) + u"@kunde.example"_s},
            {u"Financial Status"_s, status},
            {u"Currency"_s, currency},
            {u"Subtotal"_s, subtotal},
            {u"Shipping"_s, shipping},
            {u"Taxes"_s, taxes},
            {u"Total"_s, total},
            {u"Discount Amount"_s, u"0.00"_s},
            {u"Refunded Amount"_s, u"0.00"_s},
            {u"Created at"_s, u"2026-03-01 10:00:00 +0100"_s},
            {u"Billing Name"_s, u"Kundin "_s + name.mid(1)},
            {u"Billing Country"_s, u"DE"_s},
            {u"Fulfillment Status"_s, u"unfulfilled"_s},
            {u"Payment Method"_s, u"Shopify Payments"_s}};
}

Row with(Row row, const Row &changes)
{
    row.insert(changes);
    return row;
}

// The first export: five orders that cover the kinds of booking.
Row order1001()
{
    return with(order(u"#1001"_s, u"paid"_s, u"EUR"_s, u"25.00"_s, u"4.90"_s, u"4.77"_s, u"29.90"_s),
                {{u"Paid at"_s, u"2026-03-01 10:05:00 +0100"_s},
                 {u"Tax 1 Name"_s, u"VAT 19%"_s}, {u"Tax 1 Value"_s, u"4.77"_s}});
}
Row order1002(const QString &status = u"partially_refunded"_s, const QString &refunded = u"20.00"_s)
{
    return with(order(u"#1002"_s, status, u"USD"_s, u"100.00"_s, u"10.00"_s, u"7.25"_s, u"117.25"_s),
                {{u"Paid at"_s, u"2026-03-01 11:00:00 -0800"_s}, {u"Refunded Amount"_s, refunded},
                 {u"Created at"_s, u"2026-03-01 10:59:00 -0800"_s},
                 {u"Tax 1 Name"_s, u"California State Tax 7.25%"_s}, {u"Tax 1 Value"_s, u"7.25"_s}});
}
Row order1003()
{
    return with(order(u"#1003"_s, u"voided"_s, u"EUR"_s, u"10.00"_s, u"0.00"_s, u"1.60"_s, u"10.00"_s),
                {{u"Cancelled at"_s, u"2026-03-02 09:00:00 +0100"_s},
                 {u"Tax 1 Name"_s, u"VAT 19%"_s}, {u"Tax 1 Value"_s, u"1.60"_s}});
}
Row order1004()
{
    return with(order(u"#1004"_s, u"paid"_s, u"USD"_s, u"50.00"_s, u"0.00"_s, u"0.00"_s, u"55.00"_s),
                {{u"Paid at"_s, u"2026-03-01 12:00:00 -0800"_s}});
}
Row order1005()
{
    return with(order(u"#1005"_s, u"paid"_s, u"EUR"_s, u"10.00"_s, u"4.90"_s, u"1.60"_s, u"10.00"_s),
                {{u"Paid at"_s, u"2026-03-03 10:00:00 +0100"_s}, {u"Discount Code"_s, u"FREESHIP"_s},
                 {u"Discount Amount"_s, u"4.90"_s},
                 {u"Tax 1 Name"_s, u"VAT 19%"_s}, {u"Tax 1 Value"_s, u"1.60"_s}});
}

// #1003 to #1005 as the first export has them; no later export changes them.
void addLastOrders(ShopifyExport &file)
{
    file.add(order1003(), {line(u"Tee A"_s, u"TEE-A"_s, 1, u"10.00"_s)});
    file.add(order1004(), {line(u"Mug"_s, u"MUG"_s, 1, u"50.00"_s), tip(u"5.00"_s)});
    file.add(order1005(), {line(u"Cup"_s, u"CUP"_s, 2, u"5.00"_s)});
}

// The first export's orders but #1001, as they are.
void addFirstExportBut1001(ShopifyExport &file)
{
    file.add(order1002(), {line(u"Mug"_s, u"MUG"_s, 1, u"100.00"_s)});
    addLastOrders(file);
}

void addFirstExport(ShopifyExport &file, const Row &first1001, const Row &first1002)
{
    file.add(first1001, {line(u"Tee A"_s, u"TEE-A"_s, 2, u"10.00"_s),
                         line(u"Cup"_s, u"CUP"_s, 1, u"5.00"_s)});
    file.add(first1002, {line(u"Mug"_s, u"MUG"_s, 1, u"100.00"_s)});
    addLastOrders(file);
}

// The next morning's export: #1001 refunded in full and cancelled, restocked; #1002 refunded
// further; a new order #1006.
void addNewerExport(ShopifyExport &file)
{
    addFirstExport(file,
                   with(order1001(), {{u"Financial Status"_s, u"refunded"_s},
                                      {u"Refunded Amount"_s, u"29.90"_s},
                                      {u"Cancelled at"_s, u"2026-03-05 08:00:00 +0100"_s},
                                      {u"Fulfillment Status"_s, u"restocked"_s}}),
                   order1002(u"partially_refunded"_s, u"50.00"_s));
    file.add(with(order(u"#1006"_s, u"pending"_s, u"EUR"_s, u"5.00"_s, u"0.00"_s, u"0.80"_s, u"5.00"_s),
                  {{u"Tax 1 Name"_s, u"VAT 19%"_s}, {u"Tax 1 Value"_s, u"0.80"_s}}),
             {line(u"Cup"_s, u"CUP"_s, 1, u"5.00"_s)});
}

// The export after #1001 and #1002 were edited in the shop: #1001 three tees and no cup,
// #1002 two mugs instead of one (with its 20.00 refunded before); the others as they were.
Row edited1001()
{
    return with(order1001(), {{u"Subtotal"_s, u"30.00"_s}, {u"Taxes"_s, u"5.57"_s},
                              {u"Total"_s, u"34.90"_s}, {u"Tax 1 Value"_s, u"5.57"_s}});
}
void addEditedExport(ShopifyExport &file)
{
    file.add(edited1001(), {line(u"Tee A"_s, u"TEE-A"_s, 3, u"10.00"_s)});
    file.add(with(order1002(), {{u"Subtotal"_s, u"200.00"_s}, {u"Taxes"_s, u"14.50"_s},
                                {u"Total"_s, u"224.50"_s}, {u"Tax 1 Value"_s, u"14.50"_s}}),
             {line(u"Mug"_s, u"MUG"_s, 2, u"100.00"_s)});
    addLastOrders(file);
}

// What a company's books and stock come to: every account's balance per currency and every
// article's stock, as "account currency balance" and "SKU level", the zeros left out.
QStringList booksOf(Company &company)
{
    QStringList books;
    QSqlQuery q(company.database().connection());
    const bool read = q.exec(
        u"SELECT a.number || ' ' || e.currency || ' ' || sum(jl.debit - jl.credit) "
        "FROM journal_lines jl JOIN journal_entries e ON e.id = jl.entry_id "
        "JOIN accounts a ON a.id = jl.account_id WHERE e.posted = 1 "
        "GROUP BY a.number, e.currency HAVING sum(jl.debit - jl.credit) <> 0 "
        "UNION ALL SELECT a.sku || ' ' || sum(l.quantity) FROM stock_levels l "
        "JOIN articles a ON a.id = l.article_id GROUP BY a.sku HAVING sum(l.quantity) <> 0 "
        "ORDER BY 1"_s);
    if (!read)
        qFatal("cannot read the books: %s", qPrintable(q.lastError().text()));
    while (q.next())
        books.append(q.value(0).toString());
    return books;
}

} // namespace

class TestImportService : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestCompany> shop;
    QString firstPath;
    QString newerPath;

    ImportReport import(const QString &path, ImportOptions options = {})
    {
        if (!options.profile)
            options.profile = ImportProfile::builtIn(u"shopify");
        auto report = shop->company().imports().importFile(TestCompany::actor(), path, options);
        if (!report)
            qFatal("import failed: %s", qPrintable(report.error().toString()));
        return *report;
    }
    QVariant value(const QString &sql, const QVariantList &values = {})
    {
        return selectValue(shop->company().database().connection(), sql, values);
    }
    /// Debits minus credits on an account, in minor units of currency.
    qint64 balance(const QString &account, const QString &currency)
    {
        return value(u"SELECT coalesce(sum(jl.debit - jl.credit), 0) FROM journal_lines jl "
                     "JOIN journal_entries e ON e.id = jl.entry_id JOIN accounts a ON a.id = jl.account_id "
                     "WHERE e.posted = 1 AND a.number = ? AND e.currency = ?"_s,
                     {account, currency})
            .toLongLong();
    }
    qint64 stockOf(const QString &sku)
    {
        return value(u"SELECT coalesce(sum(l.quantity), 0) FROM stock_levels l JOIN articles a "
                     "ON a.id = l.article_id WHERE a.sku = ?"_s, {sku})
            .toLongLong();
    }
    /// The books of a new company that imports the first export's orders but #1001, then the
    /// #1001 of path: what importing path over the first export has to end in.
    static QStringList freshBooksWith1001Of(const QString &path)
    {
        TestCompany fresh;
        ImportOptions shopify;
        shopify.profile = ImportProfile::builtIn(u"shopify");
        ShopifyExport others;
        addFirstExportBut1001(others);
        for (const QString &file : {others.write(fresh.folder(), u"others.csv"_s), path}) {
            auto report = fresh->imports().importFile(TestCompany::actor(), file, shopify);
            if (!report || report->rejected != 0)
                qFatal("the fresh company's import of %s failed", qPrintable(file));
        }
        return booksOf(*fresh);
    }
    QString orderState(const QString &name)
    {
        return value(u"SELECT status || ' ' || coalesce(financial_status, '') || ' ' || refunded "
                     "|| ' ' || withdrawn FROM orders WHERE external_id = ?"_s, {name})
            .toString();
    }

private Q_SLOTS:
    void init()
    {
        shop = std::make_unique<TestCompany>(TestCompany::Setup::Initialised);
        ShopifyExport first;
        addFirstExport(first, order1001(), order1002());
        firstPath = first.write(shop->folder(), u"orders-1.csv"_s);
        ShopifyExport newer;
        addNewerExport(newer);
        newerPath = newer.write(shop->folder(), u"orders-2.csv"_s);
    }
    void cleanup() { shop.reset(); }

    void firstImport_insertsEveryOrderAndBooksTheShopsTotals()
    {
        const ImportReport report = import(firstPath);
        QVERIFY(report.committed);
        QCOMPARE(report.inserted, 5);
        QCOMPARE(report.updated, 0);
        QCOMPARE(report.rejected, 0);
        QCOMPARE(report.lines, 7);
        QCOMPARE(report.customersCreated, 5);
        QCOMPARE(report.articlesCreated, 3); // TEE-A, CUP, MUG; the tip is no article
        QVERIFY(report.problems.empty());

        // Totals per currency are the shop's.
        QCOMPARE(value(u"SELECT sum(total) FROM orders WHERE currency = 'EUR'"_s).toLongLong(), 2990 + 1000 + 1000);
        QCOMPARE(value(u"SELECT sum(total) FROM orders WHERE currency = 'USD'"_s).toLongLong(), 11725 + 5500);

        // EUR: #1001 and #1005 paid (39.90 in the bank), #1003 voided and cancelled (its sale
        // reversed). Revenue 19 %: 21.01 + 4.12 shipping + 8.40; VAT 4.77 + 1.60.
        QCOMPARE(balance(u"1200"_s, u"EUR"_s), 3990);
        QCOMPARE(balance(u"1400"_s, u"EUR"_s), 0);
        QCOMPARE(balance(u"8400"_s, u"EUR"_s), -(2101 + 412 + 840));
        QCOMPARE(balance(u"1776"_s, u"EUR"_s), -(477 + 160));
        // USD: #1002 tax on top at 7.25 % (another rate: the "other" accounts), shipping
        // untaxed, 20.00 refunded (VAT share 1.24); #1004 with a 5.00 tip passed on.
        QCOMPARE(balance(u"1200"_s, u"USD"_s), 11725 - 2000 + 5500);
        QCOMPARE(balance(u"1400"_s, u"USD"_s), 0);
        QCOMPARE(balance(u"8200"_s, u"USD"_s), -10000);
        QCOMPARE(balance(u"8120"_s, u"USD"_s), -(1000 + 5000));
        QCOMPARE(balance(u"1770"_s, u"USD"_s), -(725 - 124));
        QCOMPARE(balance(u"8700"_s, u"USD"_s), 2000 - 124);
        QCOMPARE(balance(u"1590"_s, u"USD"_s), -500);
        // Every entry balances (the database refuses anything else) and names the batch.
        QCOMPARE(value(u"SELECT count(*) FROM journal_entries WHERE import_batch_id IS NULL"_s).toInt(), 0);
        QCOMPARE(value(u"SELECT count(DISTINCT import_batch_id) FROM audit_log WHERE action = 'import'"_s).toInt(), 1);

        // Stock: TEE-A 2 out (#1001), 1 out and back (#1003); CUP 1 + 2; MUG 1 + 1.
        QCOMPARE(stockOf(u"TEE-A"_s), -2);
        QCOMPARE(stockOf(u"CUP"_s), -3);
        QCOMPARE(stockOf(u"MUG"_s), -2);
        QCOMPARE(value(u"SELECT count(*) FROM articles WHERE needs_review = 1"_s).toInt(), 3);
        QCOMPARE(orderState(u"#1003"_s), u"cancelled voided 0 0"_s);
    }

    void reimport_ofTheSameFile_changesNothing()
    {
        import(firstPath);
        const DatabaseSnapshot before = snapshot(shop->company().database().connection());
        const ImportReport again = import(firstPath);
        QCOMPARE(again.inserted, 0);
        QCOMPARE(again.updated, 0);
        QCOMPARE(again.unchanged, 5);
        QCOMPARE(again.lines, 7);
        DatabaseSnapshot after = snapshot(shop->company().database().connection());
        // Only the run itself is recorded: one more import batch.
        QCOMPARE(after.value(u"rows:import_batches"_s), before.value(u"rows:import_batches"_s) + 1);
        after[u"rows:import_batches"_s] = before.value(u"rows:import_batches"_s);
        QCOMPARE(describeChanges(before, after), QString());
    }

    void newerExport_booksEachChangeExactlyOnce()
    {
        import(firstPath);
        const ImportReport newer = import(newerPath);
        QCOMPARE(newer.inserted, 1);
        QCOMPARE(newer.updated, 2);
        QCOMPARE(newer.unchanged, 3);
        // #1001 cancelled and refunded in full: sale reversed, stock back, money returned.
        QCOMPARE(orderState(u"#1001"_s), u"cancelled refunded 2990 0"_s);
        QCOMPARE(balance(u"1200"_s, u"EUR"_s), 1000);
        QCOMPARE(balance(u"1400"_s, u"EUR"_s), 500); // #1006 pending
        QCOMPARE(balance(u"8400"_s, u"EUR"_s), -(840 + 420));
        QCOMPARE(stockOf(u"TEE-A"_s), 0);
        QCOMPARE(stockOf(u"CUP"_s), -3); // #1001's one back, #1006's one out
        // #1002 refunded 30.00 more, VAT share 3.09 − 1.24.
        QCOMPARE(balance(u"1200"_s, u"USD"_s), 11725 - 5000 + 5500);
        QCOMPARE(balance(u"1770"_s, u"USD"_s), -(725 - 309));
        QCOMPARE(balance(u"8700"_s, u"USD"_s), 5000 - 309);

        // The same newer export again, and once more: nothing is booked twice.
        const DatabaseSnapshot before = snapshot(shop->company().database().connection());
        const ImportReport again = import(newerPath);
        QCOMPARE(again.unchanged, 6);
        QCOMPARE(again.updated + again.inserted, 0);
        DatabaseSnapshot after = snapshot(shop->company().database().connection());
        after[u"rows:import_batches"_s] = before.value(u"rows:import_batches"_s);
        QCOMPARE(describeChanges(before, after), QString());
    }

    void undo_ofTheNewerBatch_restoresTheStateBefore()
    {
        const ImportReport first = import(firstPath);
        const qint64 bank = balance(u"1200"_s, u"EUR"_s);
        const QString state1001 = orderState(u"#1001"_s);
        const ImportReport newer = import(newerPath);
        ImportService &imports = shop->company().imports();

        // The first batch cannot be undone while the newer one stands on its orders.
        QCOMPARE(*imports.canUndo(first.batch), false);
        QVERIFY(!imports.undo(TestCompany::actor(), first.batch));
        QCOMPARE(*imports.canUndo(newer.batch), true);
        KONTOR_VERIFY_OK(imports.undo(TestCompany::actor(), newer.batch));
        QCOMPARE(*imports.canUndo(newer.batch), false);

        QCOMPARE(orderState(u"#1001"_s), state1001);
        QCOMPARE(orderState(u"#1006"_s), u"cancelled pending 0 1"_s);
        QCOMPARE(balance(u"1200"_s, u"EUR"_s), bank);
        QCOMPARE(balance(u"1400"_s, u"EUR"_s), 0);
        QCOMPARE(stockOf(u"TEE-A"_s), -2);
        QCOMPARE(stockOf(u"CUP"_s), -3);
        QCOMPARE(balance(u"1200"_s, u"USD"_s), 11725 - 2000 + 5500);

        // Then the first batch too: everything reversed, nothing left in the books or the stock.
        KONTOR_VERIFY_OK(imports.undo(TestCompany::actor(), first.batch));
        for (const QString &account : {u"1200"_s, u"1400"_s, u"8400"_s, u"1776"_s, u"8200"_s, u"1590"_s})
            for (const QString &currency : {u"EUR"_s, u"USD"_s})
                QCOMPARE(balance(account, currency), 0);
        QCOMPARE(stockOf(u"TEE-A"_s), 0);
        QCOMPARE(stockOf(u"MUG"_s), 0);

        // And the newer export imported after all that books it all again, once.
        const ImportReport again = import(newerPath);
        QCOMPARE(again.inserted, 6);
        QCOMPARE(orderState(u"#1001"_s), u"cancelled refunded 2990 0"_s);
        QCOMPARE(balance(u"1200"_s, u"EUR"_s), 1000);
        QCOMPARE(stockOf(u"TEE-A"_s), 0);
    }

    /// A refund takes back the revenue of each VAT rate in proportion, as it takes back the VAT:
    /// the refund lines keep their rate, so that what was sold at each rate stays known.
    void refund_ofAnOrderAtTwoRates_takesBackTheRevenueOfEachRate()
    {
        const auto write = [&](const QString &name, const QString &status,
                               const QString &refunded) {
            ShopifyExport file; // 2 × 10.70 at 7 % and 23.80 at 19 %, tax included
            file.add(with(order(u"#3001"_s, status, u"EUR"_s, u"45.20"_s, u"0.00"_s, u"5.20"_s,
                                u"45.20"_s),
                          {{u"Paid at"_s, u"2026-03-01 10:05:00 +0100"_s},
                           {u"Refunded Amount"_s, refunded},
                           {u"Tax 1 Name"_s, u"VAT 19%"_s}, {u"Tax 1 Value"_s, u"3.80"_s},
                           {u"Tax 2 Name"_s, u"VAT 7%"_s}, {u"Tax 2 Value"_s, u"1.40"_s}}),
                     {line(u"Tea"_s, u"TEA"_s, 2, u"10.70"_s),
                      line(u"Mug"_s, u"MUG"_s, 1, u"23.80"_s)});
            return file.write(shop->folder(), name);
        };
        const auto refundedByRate = [&] {
            return value(u"SELECT group_concat(a.number || '@' || coalesce(jl.vat_rate, '-') || "
                         "' ' || (jl.debit - jl.credit), ', ') FROM journal_lines jl "
                         "JOIN journal_entries e ON e.id = jl.entry_id JOIN accounts a ON "
                         "a.id = jl.account_id WHERE e.purpose = 'refund' AND a.number <> '1200' "
                         "ORDER BY e.id, jl.id"_s)
                .toString();
        };
        const auto sales = [&](const QString &account) { return balance(account, u"EUR"_s); };

        // Half refunded: half of each rate's revenue and VAT.
        import(write(u"half.csv"_s, u"partially_refunded"_s, u"22.60"_s));
        QCOMPARE(refundedByRate(),
                 u"8700@700 1000, 1771@700 70, 8700@1900 1000, 1776@1900 190"_s);
        // 30.00 in all: the 7.40 more split alike, the cent of rounding on the first of the
        // two rates with the most revenue.
        import(write(u"more.csv"_s, u"partially_refunded"_s, u"30.00"_s));
        QCOMPARE(refundedByRate(),
                 u"8700@700 1000, 1771@700 70, 8700@1900 1000, 1776@1900 190, "
                 "8700@700 328, 1771@700 23, 8700@1900 327, 1776@1900 62"_s);
        QCOMPARE(sales(u"8300"_s) + sales(u"8400"_s) + sales(u"8700"_s), -(4000 - 2655));
        QCOMPARE(sales(u"1771"_s) + sales(u"1776"_s), -(520 - 345));
        QCOMPARE(sales(u"1200"_s), 4520 - 3000);
    }

    /// A partly paid order books what arrived (its total less what is outstanding); a newer
    /// export books what arrived since, once; an undo takes it back. An export that does not
    /// say what is outstanding books no payment, where before the whole total was booked.
    void partlyPaidOrder_booksWhatArrived_andANewerExportTheRestOnce()
    {
        const auto write = [&](const QString &name, const QString &status,
                               const QString &outstanding) {
            ShopifyExport file;
            file.add(with(order(u"#2001"_s, status, u"EUR"_s, u"100.00"_s, u"0.00"_s, u"0.00"_s,
                                u"100.00"_s),
                          {{u"Paid at"_s, u"2026-03-02 09:00:00 +0100"_s},
                           {u"Outstanding Balance"_s, outstanding}}),
                     {line(u"Lamp"_s, u"LAMP"_s, 1, u"100.00"_s)});
            file.add(with(order(u"#2002"_s, u"partially_paid"_s, u"EUR"_s, u"50.00"_s, u"0.00"_s,
                                u"0.00"_s, u"50.00"_s),
                          {{u"Paid at"_s, u"2026-03-02 09:30:00 +0100"_s}}),
                     {line(u"Cup"_s, u"CUP"_s, 5, u"10.00"_s)});
            return file.write(shop->folder(), name);
        };
        const QString first = write(u"first.csv"_s, u"partially_paid"_s, u"70.00"_s);
        const QString second = write(u"second.csv"_s, u"partially_paid"_s, u"40.00"_s);
        const QString third = write(u"third.csv"_s, u"paid"_s, u"0.00"_s);
        const auto paid = [&](const QString &name) {
            return value(u"SELECT paid FROM orders WHERE external_id = ?"_s, {name}).toLongLong();
        };
        const auto payments = [&] {
            return value(u"SELECT group_concat(debit - credit, ' ') FROM (SELECT jl.debit, "
                         "jl.credit FROM journal_lines jl JOIN journal_entries e ON e.id = "
                         "jl.entry_id JOIN accounts a ON a.id = jl.account_id WHERE e.posted = 1 "
                         "AND a.number = '1200' ORDER BY e.id)"_s)
                .toString();
        };

        const ImportReport report1 = import(first);
        QCOMPARE(report1.inserted, 2);
        QCOMPARE(paid(u"#2001"_s), 3000);
        QCOMPARE(paid(u"#2002"_s), 0); // the export does not say how much arrived
        QCOMPARE(balance(u"1200"_s, u"EUR"_s), 3000);
        QCOMPARE(balance(u"1400"_s, u"EUR"_s), 7000 + 5000);
        QCOMPARE(orderState(u"#2001"_s), u"open partially_paid 0 0"_s); // not paid: still open
        QCOMPARE(value(u"SELECT e.booking_date FROM journal_entries e JOIN orders o ON "
                       "o.id = e.order_id WHERE o.external_id = '#2001' AND e.purpose = "
                       "'payment'"_s).toString(),
                 u"2026-03-02"_s);

        const ImportReport report2 = import(second);
        QCOMPARE(report2.updated, 1);
        QCOMPARE(report2.unchanged, 1);
        QCOMPARE(paid(u"#2001"_s), 6000);
        QCOMPARE(payments(), u"3000 3000"_s);

        const ImportReport report3 = import(third);
        QCOMPARE(report3.updated, 1);
        QCOMPARE(paid(u"#2001"_s), 10000);
        QCOMPARE(payments(), u"3000 3000 4000"_s);
        QCOMPARE(balance(u"1400"_s, u"EUR"_s), 5000);
        QCOMPARE(orderState(u"#2001"_s), u"paid paid 0 0"_s);

        // Again: nothing is paid twice.
        QCOMPARE(import(third).unchanged, 2);
        QCOMPARE(payments(), u"3000 3000 4000"_s);

        // What the three runs booked is what a company that imports the last export books.
        TestCompany fresh(TestCompany::Setup::Initialised);
        ImportOptions shopify;
        shopify.profile = ImportProfile::builtIn(u"shopify");
        KONTOR_VERIFY_OK(fresh->imports().importFile(TestCompany::actor(), third, shopify));
        QCOMPARE(booksOf(shop->company()), booksOf(*fresh));

        // Undone batch by batch, back to what each run found.
        ImportService &imports = shop->company().imports();
        KONTOR_VERIFY_OK(imports.undo(TestCompany::actor(), report3.batch));
        QCOMPARE(paid(u"#2001"_s), 6000);
        QCOMPARE(balance(u"1200"_s, u"EUR"_s), 6000);
        QCOMPARE(orderState(u"#2001"_s), u"open partially_paid 0 0"_s);
        KONTOR_VERIFY_OK(imports.undo(TestCompany::actor(), report2.batch));
        QCOMPARE(paid(u"#2001"_s), 3000);
        QCOMPARE(balance(u"1200"_s, u"EUR"_s), 3000);
        QCOMPARE(balance(u"1400"_s, u"EUR"_s), 7000 + 5000);
        // And the rest once more, from there.
        QCOMPARE(import(third).updated, 1);
        QCOMPARE(booksOf(shop->company()), booksOf(*fresh));
    }

    /// Shopify's balance still due counts whatever the status: a partly refunded order that was
    /// not paid in full books what was paid, and its receivable stays open for the rest.
    void partlyRefundedOrder_withABalanceDue_booksWhatWasPaid()
    {
        ShopifyExport file;
        file.add(with(order(u"#2101"_s, u"partially_refunded"_s, u"EUR"_s, u"100.00"_s,
                            u"0.00"_s, u"0.00"_s, u"100.00"_s),
                      {{u"Paid at"_s, u"2026-03-02 09:00:00 +0100"_s},
                       {u"Refunded Amount"_s, u"1.54"_s}, {u"Outstanding Balance"_s, u"28.23"_s}}),
                 {line(u"Lamp"_s, u"LAMP"_s, 1, u"100.00"_s)});
        file.add(with(order(u"#2102"_s, u"partially_refunded"_s, u"EUR"_s, u"10.00"_s,
                            u"0.00"_s, u"0.00"_s, u"10.00"_s),
                      {{u"Paid at"_s, u"2026-03-02 09:00:00 +0100"_s},
                       {u"Refunded Amount"_s, u"2.00"_s}, {u"Outstanding Balance"_s, u"-0.85"_s}}),
                 {line(u"Cup"_s, u"CUP"_s, 1, u"10.00"_s)});
        QCOMPARE(import(file.write(shop->folder(), u"due.csv"_s)).inserted, 2);
        QCOMPARE(value(u"SELECT group_concat(paid, ' ') FROM (SELECT paid FROM orders "
                       "ORDER BY external_id)"_s).toString(),
                 u"7177 1000"_s); // a balance the shop owes is no payment of the customer's
        QCOMPARE(balance(u"1200"_s, u"EUR"_s), 7177 - 154 + 1000 - 200);
        QCOMPARE(balance(u"1400"_s, u"EUR"_s), 2823);
    }

    /// An export that no longer says an order was paid (a status word the shop changed, a
    /// layout without the columns) takes no payment back: Kontor keeps what it booked. An order
    /// paid in full stays so when the shop edits it, and the difference is booked as paid.
    void newerExport_thatNoLongerSaysAnOrderWasPaid_keepsItsPayment()
    {
        import(firstPath);
        const auto paid = [&] {
            return value(u"SELECT paid FROM orders WHERE external_id = '#1001'"_s).toLongLong();
        };
        const Row unpaid{{u"Financial Status"_s, u"pending"_s}, {u"Paid at"_s, QString()}};
        ShopifyExport pending;
        addFirstExport(pending, with(order1001(), unpaid), order1002());
        const ImportReport report = import(pending.write(shop->folder(), u"pending.csv"_s));
        QCOMPARE(report.updated, 1); // the shop's status word
        QCOMPARE(paid(), 2990);
        QCOMPARE(balance(u"1200"_s, u"EUR"_s), 3990);

        ShopifyExport edited;
        edited.add(with(edited1001(), unpaid), {line(u"Tee A"_s, u"TEE-A"_s, 3, u"10.00"_s)});
        addFirstExportBut1001(edited);
        QCOMPARE(import(edited.write(shop->folder(), u"edited.csv"_s)).edited, 1);
        QCOMPARE(paid(), 3490);
        QCOMPARE(balance(u"1200"_s, u"EUR"_s), 3990 + 500);
        QCOMPARE(balance(u"1400"_s, u"EUR"_s), 0);
    }

    /// A batch recorded before Kontor kept paid amounts (schema 7) kept none: its undo takes an
    /// order that was paid then as paid in full, and one that was not as unpaid.
    void undo_ofABatchFromBeforePaidAmounts_takesPaidAsTheTotal()
    {
        import(firstPath);
        ShopifyExport paidNow;
        addFirstExport(paidNow, order1001(), order1002());
        paidNow.add(with(order(u"#1006"_s, u"pending"_s, u"EUR"_s, u"5.00"_s, u"0.00"_s,
                               u"0.80"_s, u"5.00"_s),
                         {{u"Tax 1 Name"_s, u"VAT 19%"_s}, {u"Tax 1 Value"_s, u"0.80"_s}}),
                    {line(u"Cup"_s, u"CUP"_s, 1, u"5.00"_s)});
        import(paidNow.write(shop->folder(), u"with-1006.csv"_s));
        const QStringList booksBefore = booksOf(shop->company());
        ShopifyExport later; // #1002 refunded further, #1006 paid
        addFirstExport(later, order1001(), order1002(u"partially_refunded"_s, u"50.00"_s));
        later.add(with(order(u"#1006"_s, u"paid"_s, u"EUR"_s, u"5.00"_s, u"0.00"_s, u"0.80"_s,
                             u"5.00"_s),
                       {{u"Paid at"_s, u"2026-03-04 10:00:00 +0100"_s},
                        {u"Tax 1 Name"_s, u"VAT 19%"_s}, {u"Tax 1 Value"_s, u"0.80"_s}}),
                  {line(u"Cup"_s, u"CUP"_s, 1, u"5.00"_s)});
        const ImportReport report = import(later.write(shop->folder(), u"1006-paid.csv"_s));
        QCOMPARE(report.updated, 2);
        QCOMPARE(execSql(shop->company().database().connection(),
                         u"UPDATE import_batch_orders SET previous_paid = NULL "
                         "WHERE batch_id = ?"_s, {report.batch.value()}),
                 QString());

        KONTOR_VERIFY_OK(shop->company().imports().undo(TestCompany::actor(), report.batch));
        const auto paid = [&](const QString &name) {
            return value(u"SELECT paid FROM orders WHERE external_id = ?"_s, {name}).toLongLong();
        };
        QCOMPARE(paid(u"#1002"_s), 11725);
        QCOMPARE(paid(u"#1006"_s), 0);
        QCOMPARE(booksOf(shop->company()), booksBefore);
    }

    /// An undo takes a batch back in groups (entries, movements, orders): with more of each than
    /// one group holds, every booking and every movement is still taken back, once.
    void undo_ofABatchLargerThanItsGroups_takesBackEverything()
    {
        ShopifyExport file;
        const int orders = 700; // 1,400 movements, as many entries: several groups of 512
        for (int n = 1; n <= orders; ++n)
            file.add(order(u"#"_s + QString::number(n), u"paid"_s, u"EUR"_s, u"30.00"_s,
                           u"0.00"_s, u"0.00"_s, u"30.00"_s),
                     {line(u"Cup"_s, u"CUP"_s, 2, u"10.00"_s),
                      line(u"Tee A"_s, u"TEE-A"_s, 1, u"10.00"_s)});
        const QString path = file.write(shop->folder(), u"large.csv"_s);
        const ImportReport report = import(path);
        QCOMPARE(report.inserted, orders);
        QCOMPARE(stockOf(u"CUP"_s), -2 * orders);
        QCOMPARE(balance(u"1200"_s, u"EUR"_s), orders * 3000);

        KONTOR_VERIFY_OK(shop->company().imports().undo(TestCompany::actor(), report.batch));
        for (const QString &account : {u"1200"_s, u"1400"_s, u"8400"_s, u"1776"_s, u"3200"_s,
                                       u"3980"_s})
            QCOMPARE(balance(account, u"EUR"_s), 0);
        QCOMPARE(stockOf(u"CUP"_s), 0);
        QCOMPARE(stockOf(u"TEE-A"_s), 0);
        QCOMPARE(value(u"SELECT count(*) FROM journal_entries WHERE reverses_id IS NOT NULL"_s)
                     .toInt(),
                 value(u"SELECT count(*) FROM journal_entries WHERE import_batch_id = ?"_s,
                       {report.batch.value()}).toInt());
        QCOMPARE(value(u"SELECT count(*) FROM stock_movements WHERE import_batch_id IS NULL "
                       "AND kind = 'return'"_s).toInt(),
                 2 * orders);
        QCOMPARE(value(u"SELECT count(*) FROM orders "
                       "WHERE withdrawn = 1 AND status = 'cancelled'"_s).toInt(),
                 orders);
        QCOMPARE(value(u"SELECT count(*) FROM audit_log a JOIN orders o ON o.id = a.record_id "
                       "WHERE a.action = 'withdraw' AND a.summary = o.number"_s).toInt(),
                 orders);
        QCOMPARE(import(path).inserted, orders);
        QCOMPARE(stockOf(u"CUP"_s), -2 * orders);
    }

    /// A run that writes more line items than the company held (a shop's history) sets the
    /// indexes of lists aside while it writes and builds them at its end: the company is the
    /// same as one whose import kept them up entry by entry, and its lists sort alike.
    void largeRun_buildsTheListIndexesAtItsEnd_intoTheSameCompany()
    {
        ShopifyExport file;
        const int orders = 300;
        for (int n = 1; n <= orders; ++n) {
            const QString price = QString::number(n * 37 % 200 + 1) + u".00"_s;
            const QString sku = u"SKU-"_s + QString::number(n * 7 % 23);
            file.add(order(u"#"_s + QString::number(n), u"paid"_s, u"EUR"_s, price, u"0.00"_s,
                           u"0.00"_s, price),
                     {line(u"Article "_s + sku, sku, 1, price)});
        }
        const QString path = file.write(shop->folder(), u"history.csv"_s);
        const auto indexes = [](TestCompany &company) {
            return indexDefinitions(company->database().connection());
        };
        const QVariantList before = indexes(*shop);
        QVERIFY(before.size() > Database::listIndexes().size());

        // While the run writes, the list indexes are set aside (the progress shows it), and
        // another connection (the window's, while a worker imports) goes on reading a sorted
        // list as it stood before the run.
        auto window = shop->company().database().openAnother();
        KONTOR_VERIFY_OK(window);
        QSqlQuery &list = (*window)->prepared(u"SELECT count(*) FROM (SELECT id FROM orders "
                                              "ORDER BY total LIMIT 1000)"_s);
        const auto listed = [&list] {
            const qint64 rows = list.exec() && list.next() ? list.value(0).toLongLong() : -1;
            list.finish();
            return rows;
        };
        ImportOptions aside;
        aside.deferIndexesAfterLines = 100;
        aside.profile = ImportProfile::builtIn(u"shopify");
        bool seenAside = false;
        const auto watch = [&](qint64, qint64) {
            const bool setAside = value(u"SELECT count(*) FROM sqlite_master WHERE name = ?"_s,
                                        {Database::listIndexes().constFirst()}).toInt() == 0;
            seenAside = seenAside || setAside;
            return listed() == 0;
        };
        // ... and a run that is rolled back leaves them as they were.
        ImportOptions dryRun = aside;
        dryRun.dryRun = true;
        ImportService &imports = shop->company().imports();
        auto tried = imports.importFile(TestCompany::actor(), path, dryRun, watch);
        KONTOR_VERIFY_OK(tried);
        QVERIFY(seenAside);
        QVERIFY(!tried->committed);
        QCOMPARE(indexes(*shop), before);

        seenAside = false;
        auto report = imports.importFile(TestCompany::actor(), path, aside, watch);
        KONTOR_VERIFY_OK(report);
        QVERIFY(seenAside);
        QCOMPARE(report->inserted, orders);
        QCOMPARE(indexes(*shop), before);
        QCOMPARE(listed(), orders);
        // Every index holds exactly the rows of its table.
        QCOMPARE(value(u"PRAGMA integrity_check"_s).toString(), u"ok"_s);

        // The same file into a company that kept its indexes up all along.
        TestCompany kept;
        ImportOptions keptUp;
        keptUp.profile = ImportProfile::builtIn(u"shopify");
        auto keptReport = kept.company().imports().importFile(TestCompany::actor(), path, keptUp);
        KONTOR_VERIFY_OK(keptReport);
        const QSqlDatabase here = shop->company().database().connection();
        const QSqlDatabase there = kept->database().connection();
        QCOMPARE(describeChanges(snapshot(there), snapshot(here)), QString());
        for (const QString &sorted :
             {u"SELECT id FROM orders ORDER BY total, id"_s,
              u"SELECT id FROM orders ORDER BY customer_id, id"_s,
              u"SELECT id FROM order_lines ORDER BY sku, order_id, line_no"_s,
              u"SELECT id FROM order_lines ORDER BY gross_amount, id"_s,
              u"SELECT id FROM customers ORDER BY name, id"_s,
              u"SELECT id FROM stock_movements ORDER BY article_id, occurred_at, id"_s}) {
            QCOMPARE(selectColumn(here, sorted), selectColumn(there, sorted));
        }
    }

    void badOrder_isRejectedWholeAndTheOthersGoIn()
    {
        ShopifyExport file;
        addFirstExport(file, order1001(), order1002());
        file.add(with(order1005(), {{u"Name"_s, u"#1007"_s}, {u"Total"_s, u"12.3.4"_s}}),
                 {line(u"Cup"_s, u"CUP"_s, 1, u"5.00"_s), line(u"Tee A"_s, u"TEE-A"_s, 1, u"10.00"_s)});
        const QString path = file.write(shop->folder(), u"broken.csv"_s);

        const ImportReport report = import(path);
        QCOMPARE(report.inserted, 5);
        QCOMPARE(report.rejected, 1);
        QVERIFY(!report.problems.empty());
        const ImportProblem &problem = report.problems.front();
        QCOMPARE(problem.line, 9); // header, 7 rows of the five orders, then #1007
        QCOMPARE(problem.column, u"Total"_s);
        QCOMPARE(problem.value, u"12.3.4"_s);
        QVERIFY(!problem.message.isEmpty());
        QCOMPARE(value(u"SELECT count(*) FROM orders WHERE external_id = '#1007'"_s).toInt(), 0);

        // The rejects file holds the header and both records of #1007, as they were.
        const QString rejects = shop->folder() + u"/rejects.csv"_s;
        KONTOR_VERIFY_OK(ImportService::saveRejects(report, rejects));
        QFile saved(rejects);
        QVERIFY(saved.open(QIODevice::ReadOnly));
        const QList<QByteArray> records = saved.readAll().split('\n');
        QCOMPARE(records.size(), 4); // header, two records, the final line break
        QVERIFY(records[0].startsWith("Name,Email,Financial Status"));
        QVERIFY(records[1].startsWith("#1007,"));
        QVERIFY(records[1].contains("12.3.4"));
        QVERIFY(records[2].startsWith("#1007,"));
    }

    /// An order the order service refuses after its customer and articles were written is
    /// taken back whole, in the middle of the orders written with it, which all stay in once.
    void orderRefusedWhileBeingWritten_isRejectedWhole_andItsNeighboursGoInOnce()
    {
        ShopifyExport file;
        for (int n = 1; n <= 40; ++n) {
            Row first = order(u"#"_s + QString::number(n), u"paid"_s, u"EUR"_s, u"10.00"_s,
                              u"0.00"_s, u"0.00"_s, u"10.00"_s);
            // The reader takes a negative refund; the order service refuses it.
            if (n == 20)
                first = with(first, {{u"Refunded Amount"_s, u"-5.00"_s}});
            // #10 brings an article Kontor does not know; #20 and #30 use it again.
            const QString sku = n == 10 || n == 20 || n == 30 ? u"NEU-1"_s : u"CUP"_s;
            file.add(first, {line(u"Cup"_s, sku, 1, u"10.00"_s)});
        }
        const QString path = file.write(shop->folder(), u"refused.csv"_s);

        const ImportReport report = import(path);
        QCOMPARE(report.inserted, 39);
        QCOMPARE(report.rejected, 1);
        QCOMPARE(report.problems.size(), size_t(1));
        QCOMPARE(report.problems.front().line, 21);
        QVERIFY2(report.problems.front().message.contains(u"negative refunded amount"_s),
                 qPrintable(report.problems.front().message));
        QCOMPARE(report.customersCreated, 39);
        QCOMPARE(report.articlesCreated, 2); // CUP and NEU-1
        QCOMPARE(value(u"SELECT count(*) FROM orders WHERE external_id = '#20'"_s).toInt(), 0);
        QCOMPARE(value(u"SELECT count(*) FROM customers WHERE email = '20@kunde.example'"_s).toInt(), 0);
        QCOMPARE(value(u"SELECT count(*) FROM customers"_s).toInt(), 39);
        QCOMPARE(value(u"SELECT count(*) FROM articles WHERE sku = 'NEU-1'"_s).toInt(), 1);
        QCOMPARE(value(u"SELECT count(*) FROM order_lines l JOIN articles a ON a.id = l.article_id "
                       "WHERE a.sku = 'NEU-1'"_s).toInt(), 2);
        QCOMPARE(value(u"SELECT count(*) FROM import_batch_orders WHERE batch_id = ?"_s,
                       {report.batch.value()}).toInt(), 39);
        QCOMPARE(balance(u"1200"_s, u"EUR"_s), 39 * 1000);
        QCOMPARE(import(path).unchanged, 39);
    }

    /// New orders are written together. When the database refuses one of them at the very end
    /// of writing its group (here: its audit row), nothing of the group stays half-written: the
    /// run starts again, the refused order alone is rejected, and every other order of the file,
    /// before, in and after that group, is in the books exactly once.
    void orderRefusedByTheDatabaseInItsGroup_isRejectedAlone_andEveryOtherGoesInOnce()
    {
        ShopifyExport file;
        const int orders = 600; // more than one group
        for (int n = 1; n <= orders; ++n)
            file.add(order(u"#"_s + QString::number(n), u"paid"_s, u"EUR"_s, u"10.00"_s,
                           u"0.00"_s, u"0.00"_s, u"10.00"_s),
                     {line(u"Cup"_s, u"CUP"_s, 1, u"10.00"_s)});
        const QString path = file.write(shop->folder(), u"refused-late.csv"_s);
        QCOMPARE(execSql(shop->company().database().connection(),
                         u"CREATE TEMP TRIGGER refuse_order_300 BEFORE INSERT ON main.audit_log "
                         "WHEN NEW.action = 'import' AND NEW.summary LIKE '% #300 %' "
                         "BEGIN SELECT RAISE(ABORT, 'no order 300 today'); END"_s),
                 QString());

        const ImportReport report = import(path);
        QCOMPARE(report.inserted, orders - 1);
        QCOMPARE(report.rejected, 1);
        QCOMPARE(report.problems.size(), size_t(1));
        QCOMPARE(report.problems.front().line, 301);
        QVERIFY2(report.problems.front().message.contains(u"no order 300 today"_s),
                 qPrintable(report.problems.front().message));
        QCOMPARE(report.customersCreated, orders - 1);
        QCOMPARE(value(u"SELECT count(*) FROM orders"_s).toInt(), orders - 1);
        QCOMPARE(value(u"SELECT count(*) FROM orders WHERE external_id = '#300'"_s).toInt(), 0);
        QCOMPARE(value(u"SELECT count(DISTINCT order_id) || ' ' || count(*) FROM stock_movements"_s)
                     .toString(),
                 u"%1 %1"_s.arg(orders - 1));
        QCOMPARE(value(u"SELECT count(*) FROM audit_log WHERE action = 'import'"_s).toInt(),
                 orders - 1);
        QCOMPARE(value(u"SELECT count(*) FROM import_batch_orders WHERE batch_id = ?"_s,
                       {report.batch.value()}).toInt(), orders - 1);
        QCOMPARE(balance(u"1200"_s, u"EUR"_s), (orders - 1) * 1000);
        QCOMPARE(stockOf(u"CUP"_s), -(orders - 1));
        // The order numbers follow the file.
        QCOMPARE(value(u"SELECT count(*) FROM orders a JOIN orders b ON b.id = a.id + 1 "
                       "WHERE b.number <= a.number"_s).toInt(), 0);
        QCOMPARE(import(path).unchanged, orders - 1);
    }

    /// When an order refused half-written makes the run start again, the progress it reports
    /// still only goes forward, to the end of the file, which it reports once: when the run
    /// is about to save (the window then says so).
    void runStartedAgain_reportsProgressThatOnlyGoesForward()
    {
        ShopifyExport file;
        const QString note = QString(u"Bitte klingeln. "_s).repeated(800); // ~13 KB per order
        for (int n = 1; n <= 60; ++n) {
            Row first = with(order(u"#"_s + QString::number(n), u"paid"_s, u"EUR"_s, u"10.00"_s,
                                   u"0.00"_s, u"0.00"_s, u"10.00"_s),
                             {{u"Notes"_s, note}});
            if (n == 50) // refused after its new customer was written
                first = with(first, {{u"Refunded Amount"_s, u"-5.00"_s}});
            file.add(first, {line(u"Cup"_s, u"CUP"_s, 1, u"10.00"_s)});
        }
        const QString path = file.write(shop->folder(), u"long.csv"_s);
        ImportOptions options;
        options.profile = ImportProfile::builtIn(u"shopify");
        std::vector<std::pair<qint64, qint64>> seen;
        auto report = shop->company().imports().importFile(
            TestCompany::actor(), path, options, [&](qint64 done, qint64 total) {
                seen.emplace_back(done, total);
                return true;
            });
        KONTOR_VERIFY_OK(report);
        QCOMPARE(report->inserted, 59);
        QCOMPARE(report->rejected, 1);
        QVERIFY2(seen.size() > 4, "the file is read in several steps");
        const qint64 total = QFileInfo(path).size();
        for (size_t i = 0; i < seen.size(); ++i) {
            QCOMPARE(seen[i].second, total);
            if (i > 0)
                QVERIFY2(seen[i].first >= seen[i - 1].first,
                         qPrintable(u"progress went back from %1 to %2"_s.arg(seen[i - 1].first)
                                        .arg(seen[i].first)));
        }
        QCOMPARE(seen.back().first, total);
        QCOMPARE(std::count(seen.begin(), seen.end(), std::pair(total, total)), 1);
    }

    void allOrNothing_withARejectedOrder_savesNothing()
    {
        ShopifyExport file;
        addFirstExport(file, order1001(), order1002());
        file.add(with(order1005(), {{u"Name"_s, u"#1007"_s}, {u"Created at"_s, u"yesterday"_s}}),
                 {line(u"Cup"_s, u"CUP"_s, 1, u"5.00"_s)});
        const QString path = file.write(shop->folder(), u"broken.csv"_s);
        const DatabaseSnapshot before = snapshot(shop->company().database().connection());
        ImportOptions options;
        options.allOrNothing = true;
        const ImportReport report = import(path, options);
        QVERIFY(!report.committed);
        QCOMPARE(report.rejected, 1);
        QCOMPARE(report.inserted, 5); // what would have gone in
        QCOMPARE(describeChanges(before, snapshot(shop->company().database().connection())), QString());
    }

    void dryRun_countsButSavesNothing()
    {
        const DatabaseSnapshot before = snapshot(shop->company().database().connection());
        ImportOptions options;
        options.dryRun = true;
        const ImportReport report = import(firstPath, options);
        QVERIFY(!report.committed);
        QCOMPARE(report.inserted, 5);
        QCOMPARE(describeChanges(before, snapshot(shop->company().database().connection())), QString());
    }

    void cancel_fromTheProgressCallback_savesNothing()
    {
        const DatabaseSnapshot before = snapshot(shop->company().database().connection());
        ImportOptions options;
        options.profile = ImportProfile::builtIn(u"shopify");
        auto report = shop->company().imports().importFile(
            TestCompany::actor(), firstPath, options, [](qint64, qint64) { return false; });
        QVERIFY(report);
        QVERIFY(report->cancelled);
        QVERIFY(!report->committed);
        QCOMPARE(describeChanges(before, snapshot(shop->company().database().connection())), QString());
    }

    /// The end of the file is reported once, when the run is about to save, also when the
    /// first order read is the last one. Stop pressed then still saves nothing.
    void cancel_whenTheFileIsReadThrough_savesNothing()
    {
        ShopifyExport file;
        file.add(order1001(), {line(u"Cup"_s, u"CUP"_s, 1, u"10.00"_s)});
        const QString path = file.write(shop->folder(), u"one.csv"_s);
        const DatabaseSnapshot before = snapshot(shop->company().database().connection());
        ImportOptions options;
        options.profile = ImportProfile::builtIn(u"shopify");
        options.dryRun = true;
        int ends = 0;
        const auto run = [&](bool stopAtTheEnd) {
            ends = 0;
            return shop->company().imports().importFile(
                TestCompany::actor(), path, options, [&](qint64 done, qint64 total) {
                    ends += done == total ? 1 : 0;
                    return !stopAtTheEnd || done < total;
                });
        };
        auto report = run(false);
        KONTOR_VERIFY_OK(report);
        QCOMPARE(ends, 1);
        QVERIFY(!report->cancelled);

        options.dryRun = false;
        report = run(true);
        KONTOR_VERIFY_OK(report);
        QCOMPARE(ends, 1);
        QVERIFY(report->cancelled);
        QVERIFY(!report->committed);
        QCOMPARE(describeChanges(before, snapshot(shop->company().database().connection())), QString());
    }

    void realExport_importsWithExactCountsAndTotals_andAgainChangesNothing_data();
    void realExport_importsWithExactCountsAndTotals_andAgainChangesNothing();

    void customer_withoutEmail_isFoundByNameAndPhone()
    {
        ShopifyExport file;
        const Row noEmail{{u"Email"_s, QString()}, {u"Billing Name"_s, u"Rahim Uddin"_s},
                          {u"Billing Phone"_s, u"+8801711000000"_s}};
        file.add(with(order1004(), noEmail), {line(u"Mug"_s, u"MUG"_s, 1, u"50.00"_s), tip(u"5.00"_s)});
        file.add(with(order1004(), with(noEmail, {{u"Name"_s, u"#1008"_s}})),
                 {line(u"Mug"_s, u"MUG"_s, 1, u"50.00"_s), tip(u"5.00"_s)});
        file.add(with(order1004(), with(noEmail, {{u"Name"_s, u"#1009"_s},
                                                  {u"Billing Phone"_s, u"+8801711999999"_s}})),
                 {line(u"Mug"_s, u"MUG"_s, 1, u"50.00"_s), tip(u"5.00"_s)});
        const ImportReport report = import(file.write(shop->folder(), u"cod.csv"_s));
        QCOMPARE(report.inserted, 3);
        QCOMPARE(report.customersCreated, 2);
        QCOMPARE(value(u"SELECT count(DISTINCT customer_id) FROM orders"_s).toInt(), 2);
    }

    // A long export: past its first few hundred orders the importer reads the shop's stored
    // fingerprints in one pass instead of one lookup per order. Another shop's orders with the
    // same numbers are not taken as known, changes before and after that point are booked, and
    // so are they again after an undo.
    void longExport_findsEveryChangeBeforeAndAfterReadingTheFingerprintsAtOnce()
    {
        const auto write = [&](const QString &name, const QSet<int> &refunded) {
            ShopifyExport file;
            for (int n = 1; n <= 1600; ++n) {
                Row first = order(u"#"_s + QString::number(n), u"paid"_s, u"EUR"_s, u"10.00"_s,
                                  u"0.00"_s, u"0.00"_s, u"10.00"_s);
                if (refunded.contains(n))
                    first = with(first, {{u"Financial Status"_s, u"partially_refunded"_s},
                                         {u"Refunded Amount"_s, u"4.00"_s}});
                file.add(first, {line(u"Cup"_s, u"CUP"_s, 1, u"10.00"_s)});
            }
            return file.write(shop->folder(), name);
        };
        const QString first = write(u"long-1.csv"_s, {});
        const QString newer = write(u"long-2.csv"_s, {7, 1500});
        ImportOptions other;
        other.shop = u"laden-b"_s;
        QCOMPARE(import(first, other).inserted, 1600);
        QCOMPARE(import(first).inserted, 1600); // the same numbers, but of another shop
        const ImportReport again = import(first);
        QCOMPARE(again.unchanged, 1600);
        QCOMPARE(again.updated + again.inserted + again.rejected, 0);

        const ImportReport changed = import(newer);
        QCOMPARE(changed.updated, 2);
        QCOMPARE(changed.unchanged, 1598);
        QCOMPARE(balance(u"8700"_s, u"EUR"_s), 2 * 400);
        QVERIFY(shop->company().imports().undo(TestCompany::actor(), changed.batch));
        QCOMPARE(orderState(u"#1500"_s), u"paid paid 0 0"_s);
        QCOMPARE(import(newer).updated, 2);
    }

    /// A shop rounds each tax to the cent; the net that rounded tax stands for is off by a few
    /// cents more at low rates (a cent of tax is 14 cents of net at 7 %). That rounding is
    /// revenue at the order's rate, not tax-free revenue (which a VAT return declares).
    void taxRounding_staysWithItsRate_andIsNoTaxFreeRevenue_data()
    {
        QTest::addColumn<QString>("price");
        QTest::addColumn<QString>("shipping");
        QTest::addColumn<QString>("tax");
        QTest::addColumn<QString>("taxName");
        QTest::addColumn<QString>("revenueAccount");
        QTest::addColumn<qint64>("revenue");
        // 10.00 at 7 %: tax 0.65; 0.65 / 7 % = 9.29, but the net is 9.35.
        QTest::newRow("7 %") << u"10.00"_s << u"0.00"_s << u"0.65"_s << u"VAT 7%"_s << u"8300"_s
                             << qint64(935);
        // 20.00 and 4.90 shipping at 19 %: tax 3.98; 3.98 / 19 % = 20.95, the net is 20.92.
        QTest::newRow("19 %, shipping") << u"20.00"_s << u"4.90"_s << u"3.98"_s << u"VAT 19%"_s
                                        << u"8400"_s << qint64(2092);
    }
    void taxRounding_staysWithItsRate_andIsNoTaxFreeRevenue()
    {
        QFETCH(QString, price);
        QFETCH(QString, shipping);
        QFETCH(QString, tax);
        QFETCH(QString, taxName);
        QFETCH(QString, revenueAccount);
        QFETCH(qint64, revenue);
        const Money gross = *Money::parse(price, Currency::eur())
                          + *Money::parse(shipping, Currency::eur());
        ShopifyExport file;
        file.add(with(order(u"#2001"_s, u"paid"_s, u"EUR"_s, price, shipping, tax,
                            gross.toPlainString()),
                      {{u"Tax 1 Name"_s, taxName}, {u"Tax 1 Value"_s, tax}}),
                 {line(u"Buch"_s, u"BUCH-1"_s, 1, price)});
        QCOMPARE(import(file.write(shop->folder(), u"rounding.csv"_s)).inserted, 1);
        QCOMPARE(balance(revenueAccount, u"EUR"_s), -revenue);
        QCOMPARE(balance(u"8120"_s, u"EUR"_s), 0);
        QCOMPARE(balance(u"8200"_s, u"EUR"_s), 0);
    }

    /// A shop that charges no tax on its shipping: the tax stands for the goods alone, and the
    /// shipping is booked as shipping, untaxed, not as goods at the main rate. A shop that
    /// taxes it has it at its main rate. Either way each line keeps the rate it is booked at.
    void shipping_isBookedAtTheRateTheShopTaxedIt_data()
    {
        QTest::addColumn<QString>("tax");
        QTest::addColumn<QStringList>("sale"); // "account rate credit memo", in order
        // 20.00 at 19 % (tax 3.19) and 4.90 shipping without tax.
        QTest::newRow("untaxed shipping")
            << u"3.19"_s
            << QStringList{u"1400 - 0 "_s, u"8400 1900 1681 "_s, u"1776 1900 319 "_s,
                           u"8120 0 490 Versandkosten"_s};
        // The same with the shipping taxed too: 3.19 + 0.78.
        QTest::newRow("taxed shipping")
            << u"3.97"_s
            << QStringList{u"1400 - 0 "_s, u"8400 1900 1681 "_s, u"1776 1900 397 "_s,
                           u"8400 1900 412 Versandkosten"_s};
    }
    void shipping_isBookedAtTheRateTheShopTaxedIt()
    {
        QFETCH(QString, tax);
        QFETCH(QStringList, sale);
        ShopifyExport file;
        file.add(with(order(u"#2101"_s, u"pending"_s, u"EUR"_s, u"20.00"_s, u"4.90"_s, tax,
                            u"24.90"_s),
                      {{u"Tax 1 Name"_s, u"VAT 19%"_s}, {u"Tax 1 Value"_s, tax}}),
                 {line(u"Buch"_s, u"BUCH-1"_s, 1, u"20.00"_s)});
        QCOMPARE(import(file.write(shop->folder(), u"shipping.csv"_s)).inserted, 1);
        QSqlQuery q(shop->company().database().connection());
        QVERIFY(q.exec(u"SELECT a.number || ' ' || coalesce(jl.vat_rate, '-') || ' ' || jl.credit "
                       "|| ' ' || coalesce(jl.memo, '') FROM journal_lines jl "
                       "JOIN journal_entries e ON e.id = jl.entry_id "
                       "JOIN accounts a ON a.id = jl.account_id "
                       "WHERE e.purpose = 'sale' ORDER BY jl.line_no"_s));
        QStringList lines;
        while (q.next())
            lines << q.value(0).toString();
        QCOMPARE(lines, sale);
    }

    /// An export without a breakdown of its taxes: the sale books the tax at an unknown rate
    /// (the "other" VAT account), and a refund takes back its share of that tax there.
    void refund_ofAnOrderWithoutTaxBreakdown_takesBackItsShareOfTheTax()
    {
        ShopifyExport file;
        file.add(order(u"#3001"_s, u"paid"_s, u"EUR"_s, u"25.00"_s, u"4.90"_s, u"4.77"_s,
                       u"29.90"_s),
                 {line(u"Tee A"_s, u"TEE-A"_s, 2, u"10.00"_s),
                  line(u"Cup"_s, u"CUP"_s, 1, u"5.00"_s)});
        ShopifyExport refunded;
        refunded.add(with(order(u"#3001"_s, u"partially_refunded"_s, u"EUR"_s, u"25.00"_s,
                                u"4.90"_s, u"4.77"_s, u"29.90"_s),
                          {{u"Refunded Amount"_s, u"10.00"_s}}),
                     {line(u"Tee A"_s, u"TEE-A"_s, 2, u"10.00"_s),
                      line(u"Cup"_s, u"CUP"_s, 1, u"5.00"_s)});
        QCOMPARE(import(file.write(shop->folder(), u"untaxed.csv"_s)).inserted, 1);
        QCOMPARE(balance(u"1770"_s, u"EUR"_s), -477);
        QCOMPARE(import(refunded.write(shop->folder(), u"refunded.csv"_s)).updated, 1);
        // 10.00 of 29.90 refunded: 1.60 of the 4.77 tax, the rest of the refund net.
        QCOMPARE(balance(u"1770"_s, u"EUR"_s), -(477 - 160));
        QCOMPARE(balance(u"8700"_s, u"EUR"_s), 1000 - 160);
    }

    /// A shop that edits an order after it was imported (lines added, removed, changed) has
    /// it booked anew: the books and the stock end where importing the shop's export into a
    /// new company ends, once however often the export comes again, and an undo gives the
    /// order its lines back.
    void editedOrder_isBookedAnewOnce_asAFreshImportWould_andUndoGivesItsLinesBack()
    {
        const ImportReport first = import(firstPath);
        const QStringList booksBefore = booksOf(shop->company());
        const auto linesOf = [&](const QString &name) {
            return value(u"SELECT group_concat(sku || ' x' || quantity, ', ') FROM (SELECT "
                         "l.sku, l.quantity FROM order_lines l JOIN orders o ON o.id = l.order_id "
                         "WHERE o.external_id = ? ORDER BY l.line_no)"_s, {name}).toString();
        };
        QCOMPARE(linesOf(u"#1001"_s), u"TEE-A x2, CUP x1"_s);
        ShopifyExport editedFile;
        addEditedExport(editedFile);
        const QString editedPath = editedFile.write(shop->folder(), u"edited.csv"_s);

        const ImportReport edited = import(editedPath);
        QCOMPARE(edited.rejected, 0);
        QCOMPARE(edited.updated, 2);
        QCOMPARE(edited.edited, 2);
        QCOMPARE(edited.unchanged, 3);
        QCOMPARE(linesOf(u"#1001"_s), u"TEE-A x3"_s);
        QCOMPARE(value(u"SELECT total FROM orders WHERE external_id = '#1002'"_s).toLongLong(),
                 22450);
        // #1001: 5.00 more paid, the sale at 34.90 (net 29.33 of it); #1002: 107.25 more paid,
        // and its 20.00 refund with the VAT share of the new total (1.29 instead of 1.24).
        QCOMPARE(balance(u"1200"_s, u"EUR"_s), 3990 + 500);
        QCOMPARE(balance(u"1200"_s, u"USD"_s), 22450 - 2000 + 5500);
        QCOMPARE(balance(u"1770"_s, u"USD"_s), -(1450 - 129));
        QCOMPARE(stockOf(u"TEE-A"_s), -3);
        QCOMPARE(stockOf(u"CUP"_s), -2);
        QCOMPARE(stockOf(u"MUG"_s), -3);
        // What changed is booked on the day Kontor learnt it.
        QCOMPARE(value(u"SELECT count(*) FROM journal_entries WHERE import_batch_id = ? "
                       "AND booking_date <> ?"_s,
                       {edited.batch.value(), QDate::currentDate().toString(Qt::ISODate)})
                     .toInt(),
                 0);

        TestCompany fresh;
        ImportOptions shopify;
        shopify.profile = ImportProfile::builtIn(u"shopify");
        QVERIFY(fresh->imports().importFile(TestCompany::actor(), editedPath, shopify));
        QCOMPARE(booksOf(shop->company()), booksOf(*fresh));

        // The same export again changes nothing.
        const DatabaseSnapshot before = snapshot(shop->company().database().connection());
        const ImportReport again = import(editedPath);
        QCOMPARE(again.unchanged, 5);
        QCOMPARE(again.updated + again.edited + again.inserted + again.rejected, 0);
        DatabaseSnapshot after = snapshot(shop->company().database().connection());
        after[u"rows:import_batches"_s] = before.value(u"rows:import_batches"_s);
        QCOMPARE(describeChanges(before, after), QString());

        // Undone, the orders have their lines and amounts back, and the books are as before.
        KONTOR_VERIFY_OK(shop->company().imports().undo(TestCompany::actor(), edited.batch));
        QCOMPARE(linesOf(u"#1001"_s), u"TEE-A x2, CUP x1"_s);
        QCOMPARE(value(u"SELECT total FROM orders WHERE external_id = '#1002'"_s).toLongLong(),
                 11725);
        QCOMPARE(booksOf(shop->company()), booksBefore);
        QCOMPARE(*shop->company().imports().canUndo(first.batch), true);
        // And the edited export once more books the edit once more.
        QCOMPARE(import(editedPath).edited, 2);
        QCOMPARE(booksOf(shop->company()), booksOf(*fresh));
    }

    /// An edit that comes with a cancellation, or with a restock and a further refund, is
    /// booked anew and then settled: the books end as a fresh import of the export ends.
    void editedOrder_settledInTheSameExport_endsAsAFreshImportWould_data()
    {
        QTest::addColumn<QString>("status");
        QTest::addColumn<QString>("refunded");
        QTest::addColumn<QString>("cancelledAt");
        QTest::addColumn<QString>("fulfilment");
        QTest::newRow("cancelled") << u"refunded"_s << u"34.90"_s
                                   << u"2026-03-05 08:00:00 +0100"_s << u"restocked"_s;
        QTest::newRow("restocked, refunded") << u"partially_refunded"_s << u"10.00"_s
                                             << QString() << u"restocked"_s;
        QTest::newRow("refunded further") << u"partially_refunded"_s << u"12.50"_s << QString()
                                          << u"fulfilled"_s;
    }
    void editedOrder_settledInTheSameExport_endsAsAFreshImportWould()
    {
        QFETCH(QString, status);
        QFETCH(QString, refunded);
        QFETCH(QString, cancelledAt);
        QFETCH(QString, fulfilment);
        import(firstPath);
        ShopifyExport file;
        file.add(with(edited1001(), {{u"Financial Status"_s, status},
                                     {u"Refunded Amount"_s, refunded},
                                     {u"Cancelled at"_s, cancelledAt},
                                     {u"Fulfillment Status"_s, fulfilment}}),
                 {line(u"Tee A"_s, u"TEE-A"_s, 3, u"10.00"_s)});
        const QString path = file.write(shop->folder(), u"settled.csv"_s);
        const ImportReport report = import(path);
        QCOMPARE(report.edited, 1);
        QCOMPARE(report.rejected, 0);

        QCOMPARE(booksOf(shop->company()), freshBooksWith1001Of(path));
        QCOMPARE(import(path).unchanged, 1);
    }

    /// An order whose goods came back (restocked) and which the shop then edits keeps its
    /// stock where it is: neither the old lines nor the new ones leave the warehouse again.
    void editedOrder_restockedBefore_movesNoStock_andEndsAsAFreshImportWould()
    {
        const Row restocked{{u"Fulfillment Status"_s, u"restocked"_s}};
        ShopifyExport first;
        addFirstExport(first, with(order1001(), restocked), order1002());
        import(first.write(shop->folder(), u"restocked.csv"_s));
        QCOMPARE(stockOf(u"TEE-A"_s), 0); // #1001's two tees and #1003's one back in stock
        ShopifyExport edited;
        edited.add(with(edited1001(), restocked), {line(u"Tee A"_s, u"TEE-A"_s, 3, u"10.00"_s)});
        const QString path = edited.write(shop->folder(), u"edited-restocked.csv"_s);
        const ImportReport report = import(path);
        QCOMPARE(report.edited, 1);
        QCOMPARE(stockOf(u"TEE-A"_s), 0);
        QCOMPARE(stockOf(u"CUP"_s), -2); // #1005's two; #1001's cup came back with its tees
        QCOMPARE(booksOf(shop->company()), freshBooksWith1001Of(path));
    }

    /// Before an import runs, the preview asks what it would do with each order: new,
    /// unchanged, changed or edited in the shop, or why the books would refuse it.
    void generalChart_booksWhatSkr03Books_inItsOwnAccounts()
    {
        // A company outside Germany keeps the general chart: one sales and one tax account for
        // every rate. Its books after the first and the newer export (payments, refunds, a
        // cancellation, a tip, two currencies) are SKR03's, account for account.
        import(firstPath);
        import(newerPath);
        TestCompany general(TestCompany::Setup::Empty);
        KONTOR_VERIFY_OK(general->initialise(
            TestCompany::actor(), {u"Shop Inc."_s, Currency::fromCode(u"USD"_s), u"US"_s}));
        ImportOptions shopify;
        shopify.profile = ImportProfile::builtIn(u"shopify");
        for (const QString &path : {firstPath, newerPath}) {
            const auto report = general->imports().importFile(TestCompany::actor(), path, shopify);
            KONTOR_VERIFY_OK(report);
            QCOMPARE(report->rejected, 0);
        }

        const QHash<QString, QString> generalOf = {
            {u"1200"_s, u"1010"_s}, {u"1400"_s, u"1100"_s}, {u"3980"_s, u"1200"_s},
            {u"1590"_s, u"2300"_s}, {u"1770"_s, u"2100"_s}, {u"1771"_s, u"2100"_s},
            {u"1776"_s, u"2100"_s}, {u"8200"_s, u"4000"_s}, {u"8300"_s, u"4000"_s},
            {u"8400"_s, u"4000"_s}, {u"8120"_s, u"4100"_s}, {u"8700"_s, u"4900"_s},
            {u"3200"_s, u"5000"_s}};
        QMap<QString, qint64> expected; // "account currency" → balance; "sku" → stock
        for (const QString &row : booksOf(shop->company())) {
            const QStringList parts = row.split(u' ');
            if (parts.size() == 3) {
                QVERIFY2(generalOf.contains(parts[0]), qPrintable(row));
                expected[generalOf[parts[0]] + u' ' + parts[1]] += parts[2].toLongLong();
            } else {
                expected[parts[0]] += parts[1].toLongLong();
            }
        }
        QStringList expectedBooks;
        for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
            if (it.value() != 0)
                expectedBooks << it.key() + u' ' + QString::number(it.value());
        }
        expectedBooks.sort();
        QVERIFY(expectedBooks.size() >= 10);
        QCOMPARE(booksOf(*general), expectedBooks);

        // Revenue and tax per rate stay in the books, although the general chart has one
        // account for each: every line keeps the rate it was booked at.
        const auto perRate = [](Company &company, const QString &accounts) {
            return selectValue(
                       company.database().connection(),
                       u"SELECT group_concat(x, ', ') FROM (SELECT e.currency || ' ' || "
                       "coalesce(jl.vat_rate, '-') || ' ' || sum(jl.debit - jl.credit) AS x "
                       "FROM journal_lines jl JOIN journal_entries e ON e.id = jl.entry_id "
                       "JOIN accounts a ON a.id = jl.account_id WHERE a.number IN (%1) "
                       "GROUP BY e.currency, jl.vat_rate ORDER BY e.currency, jl.vat_rate)"_s
                           .arg(accounts))
                .toString();
        };
        const QString taxes = perRate(shop->company(), u"'1770', '1771', '1776'"_s);
        // 19 % in euros, and the American order's 7.25 %, for which SKR03 has no account.
        QVERIFY2(taxes.contains(u"EUR 1900 "_s) && taxes.contains(u"USD 725 "_s),
                 qPrintable(taxes));
        QCOMPARE(perRate(*general, u"'2100'"_s), taxes);
        QCOMPARE(perRate(*general, u"'4000', '4100'"_s),
                 perRate(shop->company(), u"'8120', '8200', '8300', '8400'"_s));
    }

    void plan_tellsWhatTheImportWouldDoWithEachOrder()
    {
        import(firstPath);
        ShopifyExport editedFile;
        addEditedExport(editedFile);
        const auto plans = [&](const QString &path, const QString &shopName = u"shopify"_s) {
            QMap<QString, QString> byOrder;
            auto reader = OrderReader::open(path, ImportProfile::builtIn(u"shopify"),
                                            Currency::eur());
            if (!reader)
                qFatal("cannot read %s", qPrintable(path));
            ImportedOrder order;
            std::vector<ImportProblem> problems;
            while ((*reader)->next(order, problems) == OrderReader::Outcome::Order) {
                const auto plan = shop->company().imports().plan(TestCompany::actor(), shopName,
                                                                 order);
                byOrder[order.key] = plan ? QString::number(int(*plan)) : plan.error().message;
            }
            return byOrder;
        };
        const QString n = QString::number(int(ImportChange::New));
        const QString same = QString::number(int(ImportChange::Unchanged));
        const QString changed = QString::number(int(ImportChange::Updated));
        const QString edited = QString::number(int(ImportChange::Edited));
        QCOMPARE(plans(firstPath), (QMap<QString, QString>{{u"#1001"_s, same}, {u"#1002"_s, same},
                                                           {u"#1003"_s, same}, {u"#1004"_s, same},
                                                           {u"#1005"_s, same}}));
        QCOMPARE(plans(newerPath), (QMap<QString, QString>{{u"#1001"_s, changed},
                                                           {u"#1002"_s, changed},
                                                           {u"#1003"_s, same}, {u"#1004"_s, same},
                                                           {u"#1005"_s, same}, {u"#1006"_s, n}}));
        const QMap<QString, QString> editedPlans =
            plans(editedFile.write(shop->folder(), u"edited.csv"_s));
        QCOMPARE(editedPlans.value(u"#1001"_s), edited);
        QCOMPARE(editedPlans.value(u"#1002"_s), edited);
        QCOMPARE(editedPlans.value(u"#1005"_s), same);
        // Under another shop's name every order is new.
        QCOMPARE(plans(firstPath, u"laden-b"_s).values(), QStringList(5, n));

        // What the import then does is what the preview said.
        const ImportReport report = import(newerPath);
        QCOMPARE(report.inserted, 1);
        QCOMPARE(report.updated, 2);
        QCOMPARE(report.unchanged, 3);

        // One the books would refuse says why: #1001, cancelled now, with other lines.
        ShopifyExport refused;
        refused.add(with(order1001(), {{u"Cancelled at"_s, u"2026-03-05 08:00:00 +0100"_s},
                                       {u"Financial Status"_s, u"refunded"_s},
                                       {u"Refunded Amount"_s, u"29.90"_s}}),
                    {line(u"Tee A"_s, u"TEE-A"_s, 1, u"10.00"_s),
                     line(u"Cup"_s, u"CUP"_s, 3, u"5.00"_s)});
        QVERIFY(plans(refused.write(shop->folder(), u"refused.csv"_s))
                    .value(u"#1001"_s).contains(u"was cancelled"_s));
    }

    /// An order whose day or currency differs is not an edit but another order with the same
    /// number (another shop's, imported under this shop's name); an edit of a cancelled order
    /// is not booked either. Both are rejected, and the order in the books stays as it was.
    void changedOrder_thatIsNoEdit_isRejected_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("column");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("reason");
        QTest::newRow("another day") << u"#1001"_s << u"Created at"_s
                                     << u"2025-11-02 09:00:00 +0100"_s << u"another order"_s;
        QTest::newRow("another currency") << u"#1001"_s << u"Currency"_s << u"CHF"_s
                                          << u"another order"_s;
        QTest::newRow("cancelled before") << u"#1003"_s << QString() << QString()
                                          << u"was cancelled"_s;
        // Amounts as the user's locale writes them.
        const Currency usd = Currency::fromCode(u"USD");
        QTest::newRow("refund taken back") << u"#1002"_s << QString() << QString()
            << u"went down from %1 to %2"_s.arg(Money(2000, usd).format(QLocale()),
                                                Money(1000, usd).format(QLocale()));
    }
    void changedOrder_thatIsNoEdit_isRejected()
    {
        QFETCH(QString, name);
        QFETCH(QString, column);
        QFETCH(QString, value);
        QFETCH(QString, reason);
        import(firstPath);
        const QString stateBefore = orderState(name);
        const QStringList booksBefore = booksOf(shop->company());
        // Other lines than in the books: #1001 with three cups, #1003 with two tees.
        ShopifyExport file;
        if (name == u"#1001") {
            file.add(with(order1001(), {{u"Subtotal"_s, u"35.00"_s}, {u"Taxes"_s, u"6.37"_s},
                                        {u"Total"_s, u"39.90"_s}, {u"Tax 1 Value"_s, u"6.37"_s},
                                        {column, value}}),
                     {line(u"Tee A"_s, u"TEE-A"_s, 2, u"10.00"_s),
                      line(u"Cup"_s, u"CUP"_s, 3, u"5.00"_s)});
        } else if (name == u"#1002") {
            file.add(order1002(u"partially_refunded"_s, u"10.00"_s),
                     {line(u"Mug"_s, u"MUG"_s, 1, u"100.00"_s)});
        } else {
            file.add(with(order1003(), {{u"Subtotal"_s, u"20.00"_s}, {u"Taxes"_s, u"3.19"_s},
                                        {u"Total"_s, u"20.00"_s}, {u"Tax 1 Value"_s, u"3.19"_s}}),
                     {line(u"Tee A"_s, u"TEE-A"_s, 2, u"10.00"_s)});
        }
        const ImportReport report = import(file.write(shop->folder(), u"changed.csv"_s));
        QCOMPARE(report.rejected, 1);
        QCOMPARE(report.problems.size(), size_t(1));
        QVERIFY2(report.problems.front().message.contains(reason),
                 qPrintable(report.problems.front().message));
        QCOMPARE(orderState(name), stateBefore);
        QCOMPARE(booksOf(shop->company()), booksBefore);
    }

    void anotherShopsOrder_withTheSameNumberDayAndCurrency_isToldApartByTheShopSystemsId()
    {
        const QString idA = u"5172051345658"_s, idB = u"12133307351371"_s;
        ShopifyExport a;
        a.add(with(order1001(), {{u"Id"_s, idA}}),
              {line(u"Tee A"_s, u"TEE-A"_s, 2, u"10.00"_s),
               line(u"Cup"_s, u"CUP"_s, 1, u"5.00"_s)});
        QCOMPARE(import(a.write(shop->folder(), u"a.csv"_s)).inserted, 1);
        QCOMPARE(value(u"SELECT shop_order_id FROM orders WHERE external_id = '#1001'"_s), idA);
        const QString stateBefore = orderState(u"#1001"_s);
        const QStringList booksBefore = booksOf(shop->company());

        // Another shop's #1001 of the same day, in the same currency, with other lines: without
        // the ids it would be taken for an edit of the first one and booked over it.
        ShopifyExport b;
        b.add(with(edited1001(), {{u"Id"_s, idB}}), {line(u"Tee A"_s, u"TEE-A"_s, 3, u"10.00"_s)});
        const ImportReport other = import(b.write(shop->folder(), u"b.csv"_s));
        QCOMPARE(other.rejected, 1);
        QCOMPARE(other.updated, 0);
        QCOMPARE(other.problems.size(), size_t(1));
        const QString message = other.problems.front().message;
        QVERIFY2(message.contains(idA) && message.contains(idB)
                     && message.contains(u"another shop"_s),
                 qPrintable(message));
        QCOMPARE(orderState(u"#1001"_s), stateBefore);
        QCOMPARE(booksOf(shop->company()), booksBefore);

        // The shop's own edit of it (the same id) is booked anew, as ever.
        ShopifyExport edited;
        edited.add(with(edited1001(), {{u"Id"_s, idA}}),
                   {line(u"Tee A"_s, u"TEE-A"_s, 3, u"10.00"_s)});
        const ImportReport own = import(edited.write(shop->folder(), u"a2.csv"_s));
        QCOMPARE(own.rejected, 0);
        QCOMPARE(own.edited, 1);
        QCOMPARE(value(u"SELECT total FROM orders WHERE external_id = '#1001'"_s).toLongLong(),
                 3490);
    }

    void orderImportedWithoutTheShopSystemsId_learnsItFromTheNextExportThatChangesIt()
    {
        import(firstPath); // the Id column is empty, as in exports before Kontor read it
        QVERIFY(value(u"SELECT shop_order_id FROM orders WHERE external_id = '#1001'"_s).isNull());
        const QString idA = u"5172051345658"_s;

        // The same orders, now with #1001's id: nothing for the books, but the id is kept.
        ShopifyExport withId;
        addFirstExport(withId, with(order1001(), {{u"Id"_s, idA}}), order1002());
        const ImportReport learnt = import(withId.write(shop->folder(), u"with-id.csv"_s));
        QCOMPARE(learnt.rejected, 0);
        QCOMPARE(learnt.updated, 0);
        QCOMPARE(value(u"SELECT shop_order_id FROM orders WHERE external_id = '#1001'"_s), idA);

        // A spreadsheet wrote the id as 5,17205E+12: its digits are lost, so it tells nothing
        // and the id stays. An export without the id keeps it too.
        for (const QString &damaged : {u"5,17205E+12"_s, QString()}) {
            ShopifyExport file;
            const Row first1001 =
                with(order1001(), {{u"Id"_s, damaged}, {u"Notes"_s, u"Gift"_s + damaged}});
            addFirstExport(file, first1001, order1002());
            const ImportReport report = import(file.write(shop->folder(), u"damaged.csv"_s));
            QCOMPARE(report.rejected, 0);
            QCOMPARE(value(u"SELECT shop_order_id FROM orders WHERE external_id = '#1001'"_s), idA);
        }

        // Another shop's #1001 is now refused, whatever its day and currency.
        ShopifyExport other;
        other.add(with(edited1001(), {{u"Id"_s, u"12133307351371"_s}}),
                  {line(u"Tee A"_s, u"TEE-A"_s, 3, u"10.00"_s)});
        QCOMPARE(import(other.write(shop->folder(), u"other.csv"_s)).rejected, 1);
    }

    void shopName_keepsTwoShopsOrdersApart()
    {
        ImportOptions a, b;
        a.shop = u"laden-a"_s;
        b.shop = u"laden-b"_s;
        QCOMPARE(import(firstPath, a).inserted, 5);
        QCOMPARE(import(firstPath, b).inserted, 5);
        QCOMPARE(import(firstPath, a).unchanged, 5);
    }
};

void TestImportService::realExport_importsWithExactCountsAndTotals_andAgainChangesNothing_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("profile");     // a built-in's id, or a profile file in tests/data
    QTest::addColumn<QString>("currency");
    QTest::addColumn<qint64>("orders");
    QTest::addColumn<qint64>("lines");
    QTest::addColumn<qint64>("total");        // minor units, all orders
    QTest::addColumn<qint64>("refunded");
    QTest::addColumn<qint64>("cancelled");
    // Counted independently with Python's csv module and Decimal.
    QTest::newRow("Shopify 71 columns, EUR") << u"shopify/myrepo-eur-2021-71col.csv"_s << u"shopify"_s
        << u"EUR"_s << qint64(39) << qint64(39) << qint64(24558) << qint64(0) << qint64(0);
    QTest::newRow("Shopify 75 columns, ZAR") << u"shopify/kidsliving-zar-2021-75col.csv"_s << u"shopify"_s
        << u"ZAR"_s << qint64(50) << qint64(101) << qint64(14769900) << qint64(0) << qint64(2);
    QTest::newRow("Shopify 73 columns, USD, refunds") << u"shopify/customer-vip-usd-2019-2022-73col.csv"_s
        << u"shopify"_s << u"USD"_s << qint64(409) << qint64(811) << qint64(7449844)
        << qint64(1133630) << qint64(20);
    QTest::newRow("Shopify 79 columns, CRLF, BDT") << u"shopify/shopifyparsing-bdt-2026-crlf.csv"_s
        << u"shopify"_s << u"BDT"_s << qint64(57) << qint64(57) << qint64(12992500) << qint64(0) << qint64(0);
    QTest::newRow("Shopify after a spreadsheet, BRL") << u"shopify-resaved/teste-brl-excel-semicolon.csv"_s
        << u"shopify"_s << u"BRL"_s << qint64(3) << qint64(3) << qint64(18741) << qint64(0) << qint64(0);
    QTest::newRow("WooCommerce, ZAR") << u"woocommerce/algolplus-zar-2025-11-12.csv"_s
        << u"woocommerce"_s << u"ZAR"_s << qint64(336) << qint64(576) << qint64(17109700) << qint64(0)
        << qint64(0);
    QTest::newRow("Tiendanube, custom profile") << u"tiendanube/ventas-ars-2025-11-cp1252-semicolon.csv"_s
        << u"tiendanube.json"_s << u"ARS"_s << qint64(303) << qint64(623) << qint64(1567503260)
        << qint64(0) << qint64(0);
    QTest::newRow("Temu, custom profile") << u"temu/temu-de-2025-11-bestellungen.csv"_s
        << u"temu.json"_s << u"EUR"_s << qint64(4) << qint64(4) << qint64(8924) << qint64(0) << qint64(0);
}

void TestImportService::realExport_importsWithExactCountsAndTotals_andAgainChangesNothing()
{
    QFETCH(QString, file);
    QFETCH(QString, profile);
    QFETCH(QString, currency);
    QFETCH(qint64, orders);
    QFETCH(qint64, lines);
    QFETCH(qint64, total);
    QFETCH(qint64, refunded);
    QFETCH(qint64, cancelled);
    const QString source = qEnvironmentVariable("KONTOR_SOURCE_DIR");
    const QString storefront = QDir::cleanPath(source + u"/../shared/data/storefront"_s);
    if (source.isEmpty() || !QFileInfo::exists(storefront + u'/' + file))
        QSKIP("The real storefront exports are not here.");

    // A company in the export's currency: exports without a currency column are in it.
    shop.reset();
    shop = std::make_unique<TestCompany>(TestCompany::Setup::Empty);
    KONTOR_VERIFY_OK(shop->company().initialise(
        TestCompany::actor(), {u"Testladen"_s, Currency::fromCode(currency), u"DE"_s}));
    ImportOptions options;
    if (profile.endsWith(u".json"_s)) {
        auto loaded = ImportProfile::load(source + u"/tests/data/profiles/"_s + profile);
        KONTOR_VERIFY_OK(loaded);
        options.profile = *loaded;
    } else {
        options.profile = ImportProfile::builtIn(profile);
    }
    const ImportReport report = import(storefront + u'/' + file, options);
    QVERIFY(report.committed);
    QCOMPARE(report.inserted, orders);
    QCOMPARE(report.rejected, 0);
    QCOMPARE(report.lines, lines);
    QCOMPARE(value(u"SELECT count(*) FROM orders"_s).toLongLong(), orders);
    QCOMPARE(value(u"SELECT count(*) FROM order_lines"_s).toLongLong(), lines);
    QCOMPARE(value(u"SELECT sum(total) FROM orders WHERE currency = ?"_s, {currency}).toLongLong(), total);
    QCOMPARE(value(u"SELECT sum(refunded) FROM orders WHERE currency = ?"_s, {currency}).toLongLong(), refunded);
    QCOMPARE(value(u"SELECT count(*) FROM orders WHERE cancelled_at IS NOT NULL"_s).toLongLong(), cancelled);
    // The books agree with the orders: the bank got every paid order's total and paid out
    // every refund; nothing is owed on a cancelled order that was refunded in full.
    const qint64 paidIn = value(u"SELECT coalesce(sum(total - refunded), 0) FROM orders "
                                "WHERE paid_at IS NOT NULL AND currency = ?"_s, {currency}).toLongLong();
    QCOMPARE(balance(u"1200"_s, currency), paidIn);
    const qint64 owed = value(u"SELECT coalesce(sum(CASE WHEN cancelled_at IS NULL THEN total ELSE 0 END "
                              "- CASE WHEN paid_at IS NOT NULL THEN total ELSE 0 END "
                              "+ CASE WHEN cancelled_at IS NOT NULL THEN refunded ELSE 0 END), 0) "
                              "FROM orders WHERE currency = ?"_s, {currency}).toLongLong();
    QCOMPARE(balance(u"1400"_s, currency), owed);

    const DatabaseSnapshot before = snapshot(shop->company().database().connection());
    const ImportReport again = import(storefront + u'/' + file, options);
    QCOMPARE(again.unchanged, orders);
    QCOMPARE(again.inserted + again.updated + again.rejected, 0);
    DatabaseSnapshot after = snapshot(shop->company().database().connection());
    after[u"rows:import_batches"_s] = before.value(u"rows:import_batches"_s);
    QCOMPARE(describeChanges(before, after), QString());
}

QTEST_GUILESS_MAIN(TestImportService)
#include "tst_importservice.moc"
