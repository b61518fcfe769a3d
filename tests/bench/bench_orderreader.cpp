// SPDX-FileCopyrightText: 2026 The Kontor authors
// SPDX-License-Identifier: GPL-3.0-or-later

// Reads a generated Shopify orders export (the 79-column layout, orders of one to four lines,
// continuation rows with blank order fields, a note now and then) through OrderReader with the
// built-in Shopify profile, twice: every order read field by field, and every order reported
// Unchanged by the known-fingerprint function (the re-import path). Prints lines/s of each,
// beside the bare CsvReader for comparison.
//
//   bench_orderreader [lines (default 200000)] [file (default: a temporary file, removed after)]
//
// An existing file is read as it is, not generated. Build with the release preset.

#include "importing/orderreader.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QTemporaryDir>

#include <cstdio>
#include <ctime>

using namespace Kontor;

namespace {

const char *const columns[] = {
    "Name", "Email", "Financial Status", "Paid at", "Fulfillment Status", "Fulfilled at",
    "Accepts Marketing", "Currency", "Subtotal", "Shipping", "Taxes", "Total", "Discount Code",
    "Discount Amount", "Shipping Method", "Created at", "Lineitem quantity", "Lineitem name",
    "Lineitem price", "Lineitem compare at price", "Lineitem sku", "Lineitem requires shipping",
    "Lineitem taxable", "Lineitem fulfillment status", "Billing Name", "Billing Street",
    "Billing Address1", "Billing Address2", "Billing Company", "Billing City", "Billing Zip",
    "Billing Province", "Billing Country", "Billing Phone", "Shipping Name", "Shipping Street",
    "Shipping Address1", "Shipping Address2", "Shipping Company", "Shipping City",
    "Shipping Zip", "Shipping Province", "Shipping Country", "Shipping Phone", "Notes",
    "Note Attributes", "Cancelled at", "Payment Method", "Payment Reference", "Refunded Amount",
    "Vendor", "Outstanding Balance", "Employee", "Location", "Device ID", "Id", "Tags",
    "Risk Level", "Source", "Lineitem discount", "Tax 1 Name", "Tax 1 Value", "Tax 2 Name",
    "Tax 2 Value", "Tax 3 Name", "Tax 3 Value", "Tax 4 Name", "Tax 4 Value", "Tax 5 Name",
    "Tax 5 Value", "Phone", "Receipt Number", "Duties", "Billing Province Name",
    "Shipping Province Name", "Payment ID", "Payment Terms Name", "Next Payment Due At",
    "Payment References"};
constexpr int columnCount = int(sizeof(columns) / sizeof(columns[0]));

int column(QByteArrayView name)
{
    static const QHash<QByteArray, int> index = [] {
        QHash<QByteArray, int> map;
        for (int i = 0; i < columnCount; ++i)
            map.insert(QByteArray(columns[i]), i);
        return map;
    }();
    const int found = index.value(name.toByteArray(), -1);
    if (found < 0)
        qFatal("no column %s", name.data());
    return found;
}

QByteArray money(qint64 cents)
{
    return QByteArray::number(cents / 100) + '.' + QByteArray::number(cents % 100).rightJustified(2, '0');
}

/// Writes orders until the file has lines lines; returns the number of physical lines.
qint64 generate(QFile &file, qint64 lines)
{
    QByteArray header;
    for (int i = 0; i < columnCount; ++i)
        header += (i ? "," : "") + QByteArray(columns[i]);
    file.write(header + '\n');
    const char *const products[] = {"Becher - Weiß", "\"T-Shirt \"\"Kontor\"\" - Blue / L\"",
                                    "\"Tee, grün\"", "Poster 50x70"};
    qint64 written = 0;
    QByteArray out;
    std::vector<QByteArray> cells(columnCount);
    for (int order = 1; written < lines; ++order) {
        const int items = 1 + (order * 7) % 4;
        qint64 subtotal = 0;
        for (int i = 0; i < items; ++i)
            subtotal += 500 + (order * 31 + i * 17) % 19500;
        const QByteArray date = "2024-" + QByteArray::number(1 + order % 12).rightJustified(2, '0') + '-'
            + QByteArray::number(1 + order % 28).rightJustified(2, '0') + ' '
            + QByteArray::number(order % 24).rightJustified(2, '0') + ":"
            + QByteArray::number(order % 60).rightJustified(2, '0') + ":"
            + QByteArray::number((order * 7) % 60).rightJustified(2, '0') + " +0100";
        for (int i = 0; i < items && written < lines; ++i) {
            for (QByteArray &cell : cells)
                cell.clear();
            const qint64 price = 500 + (order * 31 + i * 17) % 19500;
            cells[column("Name")] = "#" + QByteArray::number(1000 + order);
            cells[column("Email")] = "customer" + QByteArray::number(order % 5000) + "@example.com";
            cells[column("Created at")] = date;
            cells[column("Lineitem quantity")] = "1";
            cells[column("Lineitem name")] = products[(order + i) % 4];
            cells[column("Lineitem price")] = money(price);
            cells[column("Lineitem sku")] = "SKU-" + QByteArray::number(price % 300);
            cells[column("Lineitem requires shipping")] = "true";
            cells[column("Lineitem taxable")] = "true";
            cells[column("Lineitem fulfillment status")] = "fulfilled";
            cells[column("Vendor")] = "Kontor";
            cells[column("Lineitem discount")] = "0.00";
            if (i == 0) {
                const qint64 shipping = (order % 3) * 490;
                const qint64 tax = (subtotal + shipping) * 19 / 119;
                cells[column("Financial Status")] = "paid";
                cells[column("Paid at")] = date;
                cells[column("Fulfillment Status")] = "fulfilled";
                cells[column("Accepts Marketing")] = "no";
                cells[column("Currency")] = "EUR";
                cells[column("Subtotal")] = money(subtotal);
                cells[column("Shipping")] = money(shipping);
                cells[column("Taxes")] = money(tax);
                cells[column("Total")] = money(subtotal + shipping);
                cells[column("Discount Code")] = "\"\"";
                cells[column("Discount Amount")] = "0.00";
                cells[column("Shipping Method")] = "DHL Paket";
                for (const char *side : {"Billing", "Shipping"}) {
                    const QByteArray s(side);
                    auto col = [&](const char *suffix) { return column(QByteArray(s + suffix)); };
                    cells[col(" Name")] = "Anna Müller";
                    cells[col(" Street")] = "\"Königsbrücker Str. 5, Hinterhaus\"";
                    cells[col(" Address1")] = "Königsbrücker Str. 5";
                    cells[col(" City")] = "Dresden";
                    cells[col(" Zip")] = "'01097";
                    cells[col(" Country")] = "DE";
                    cells[col(" Phone")] = "'+49 351 1234567";
                }
                if (order % 10 == 0)
                    cells[column("Notes")] = "\"Bitte beim Nachbarn abgeben,\nHinterhaus\"";
                cells[column("Payment Method")] = "Shopify Payments";
                cells[column("Payment Reference")] = "c" + QByteArray::number(order) + ".1";
                cells[column("Refunded Amount")] = "0.00";
                cells[column("Id")] = QByteArray::number(5172051345658LL + order);
                cells[column("Risk Level")] = "Low";
                cells[column("Source")] = "web";
                cells[column("Tax 1 Name")] = "DE MwSt 19%";
                cells[column("Tax 1 Value")] = money(tax);
                cells[column("Payment ID")] = "#" + QByteArray::number(1000 + order) + ".1";
            }
            for (int c = 0; c < columnCount; ++c) {
                if (c)
                    out += ',';
                out += cells[c];
            }
            out += '\n';
            ++written;
        }
        if (out.size() > (1 << 20)) {
            file.write(out);
            out.clear();
        }
    }
    file.write(out);
    return written;
}

struct Run
{
    qint64 orders = 0;
    qint64 lines = 0;
    qint64 rejected = 0;
    double cpuSeconds = 0;
    double wallSeconds = 0;
};

Run readOrders(const QString &path, const ImportProfile &profile, bool unchanged)
{
    Run run;
    QElapsedTimer wall;
    wall.start();
    const std::clock_t cpu = std::clock();
    auto reader = OrderReader::open(path, profile, Currency::eur());
    if (!reader.ok())
        qFatal("%s", qPrintable(reader.error().toString()));
    if (unchanged)
        reader.value()->setKnownFingerprint([](const QString &, quint64) { return true; });
    ImportedOrder order;
    std::vector<ImportProblem> problems;
    for (;;) {
        const auto outcome = reader.value()->next(order, problems);
        if (outcome == OrderReader::Outcome::End || outcome == OrderReader::Outcome::Failed)
            break;
        ++run.orders;
        run.lines += qint64(order.lines.size());
        run.rejected += outcome == OrderReader::Outcome::Rejected ? 1 : 0;
    }
    run.cpuSeconds = double(std::clock() - cpu) / CLOCKS_PER_SEC;
    run.wallSeconds = double(wall.nsecsElapsed()) / 1e9;
    return run;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const qint64 lines = argc > 1 ? QByteArray(argv[1]).toLongLong() : 200000;
    QTemporaryDir dir;
    QString path = argc > 2 ? QString::fromLocal8Bit(argv[2]) : dir.filePath(QStringLiteral("orders.csv"));
    if (!QFile::exists(path)) {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            qFatal("cannot write %s", qPrintable(path));
        generate(file, lines);
    }
    const auto profile = ImportProfile::builtIn(u"shopify");
    if (!profile)
        qFatal("no built-in Shopify profile");
    std::printf("%s: %.1f MB\n", qPrintable(path), double(QFile(path).size()) / 1e6);

    for (int round = 0; round < 3; ++round) {
        {
            QElapsedTimer wall;
            wall.start();
            const std::clock_t cpu = std::clock();
            auto csv = CsvReader::open(path);
            CsvRecord record;
            qint64 records = 0;
            while (csv.value()->next(record))
                ++records;
            const double seconds = double(std::clock() - cpu) / CLOCKS_PER_SEC;
            std::printf("CsvReader alone : %8lld records  %.3f s CPU (%.3f s wall)  %9.0f lines/s\n",
                        records, seconds, double(wall.nsecsElapsed()) / 1e9, double(records) / seconds);
        }
        for (bool unchanged : {false, true}) {
            const Run run = readOrders(path, *profile, unchanged);
            std::printf("%s: %8lld orders %lld lines %lld rejected  %.3f s CPU (%.3f s wall)  "
                        "%9.0f lines/s\n",
                        unchanged ? "Unchanged path  " : "Full parse      ", run.orders, run.lines,
                        run.rejected, run.cpuSeconds, run.wallSeconds,
                        double(run.lines) / run.cpuSeconds);
        }
    }
    return 0;
}
