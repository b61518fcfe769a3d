// SPDX-FileCopyrightText: 2026 The Kontor authors
// SPDX-License-Identifier: GPL-3.0-or-later

// Reads a generated Shopify-like order export (79 columns, ~500 bytes a line, quoted fields with
// commas and doubled quotes, a multi-line note now and then, some UTF-8) with CsvReader and
// prints MB/s and lines/s.
//
//   bench_csvreader [lines (default 1000000)] [file (default: a temporary file, removed after)]
//
// An existing file is read as it is, not generated. Build with the release preset.

#include "importing/csvreader.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>

#include <cstdio>
#include <ctime>

using namespace Kontor;

namespace {

QByteArray header()
{
    QByteArray line = "Name,Email,Financial Status,Paid at,Fulfillment Status,Fulfilled at,"
                      "Accepts Marketing,Currency,Subtotal,Shipping,Taxes,Total,Discount Code,"
                      "Discount Amount,Shipping Method,Created at,Lineitem quantity,Lineitem name,"
                      "Lineitem price,Lineitem compare at price,Lineitem sku,"
                      "Lineitem requires shipping,Lineitem taxable,Lineitem fulfillment status";
    for (int column = 25; column <= 79; ++column)
        line += ",Column " + QByteArray::number(column);
    return line + '\n';
}

/// One order: a first row with the order fields and continuation rows with line fields only.
void appendOrder(QByteArray &out, int order, int lines, qint64 &physicalLines)
{
    const QByteArray name = "#" + QByteArray::number(1000 + order);
    for (int i = 0; i < lines; ++i) {
        const bool first = i == 0;
        out += name;
        out += ",kunde" + QByteArray::number(order % 9973) + "@example.com,";
        if (first) {
            out += "paid,2021-05-13 11:01:13 +0200,fulfilled,2021-05-14 09:00:00 +0200,yes,EUR,"
                   "93.00,15.00,14.85,108.00,\"CYBERCASA, TRANSFER10\",15.00,"
                   "\"Courier Door to Door Delivery - Economy\",";
        } else {
            out += ",,,,,,,,,,,,,";
        }
        out += "2021-05-13 11:01:13 +0200,2,\"Bag \"\"Large\"\" - Blue, Cotton™\",32.99,39.99,"
               "SKU-" + QByteArray::number(order * 7 + i) + ",true,true,fulfilled,";
        if (first) {
            out += "Jürgen Müller,\"Hauptstraße 5, Hinterhaus\",Hauptstraße 5,Hinterhaus,\"\","
                   "Köln,'50667,NW,DE,+49 221 1234567,"
                   "Jürgen Müller,\"Hauptstraße 5, Hinterhaus\",Hauptstraße 5,Hinterhaus,\"\","
                   "Köln,'50667,NW,DE,+49 221 1234567,";
            if (order % 5 == 0) {
                out += "\"Please leave at the door\nand ring twice\",\"utm_source: google\n"
                       "utm_medium: cpc\",";
                physicalLines += 2;
            } else {
                out += "\"\",\"\",";
            }
            out += ",Stripe,c20865200029871.1,0.00,Kontor Goods,0.00,,,,5172051345658,"
                   "\"summer, sale, vip\",Low,web,0.00,VAT 19%,14.85,,,,,,,,,+4922112345,,,"
                   "Nordrhein-Westfalen,Nordrhein-Westfalen,rOBgAu2SmbXY27n2swWr65lZx,,,"
                   "rOBgAu2SmbXY27n2swWr65lZx\n";
        } else {
            out += ",,,,,,,,,,,,,,,,,,,,,,,,,Kontor Goods,,,,,,,,,0.00,,,,,,,,,,,,,,,,,,\n";
        }
        ++physicalLines;
    }
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = app.arguments();
    const qint64 wantedLines = arguments.size() > 1 ? arguments.at(1).toLongLong() : 1000000;
    QTemporaryDir dir;
    const QString path = arguments.size() > 2 ? arguments.at(2)
                                              : dir.filePath(QStringLiteral("orders.csv"));

    if (!QFile::exists(path)) {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly)) {
            std::fprintf(stderr, "cannot write %s\n", qPrintable(path));
            return 1;
        }
        QByteArray chunk = header();
        qint64 lines = 1;
        for (int order = 0; lines < wantedLines; ++order) {
            appendOrder(chunk, order, 1 + order % 3, lines);
            if (chunk.size() > (4 << 20)) {
                file.write(chunk);
                chunk.clear();
            }
        }
        file.write(chunk);
    }

    auto opened = CsvReader::open(path);
    if (!opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.error().toString()));
        return 1;
    }
    CsvReader &reader = *opened.value();
    CsvRecord record;
    QElapsedTimer timer;
    timer.start();
    const std::clock_t cpuStart = std::clock();
    qint64 records = 0;
    qint64 fieldBytes = 0;
    qint64 lastLine = 0;
    while (reader.next(record)) {
        ++records;
        for (int i = 0; i < record.size(); ++i)
            fieldBytes += record.field(i).size();
        lastLine = record.lastLine();
    }
    const qint64 ns = timer.nsecsElapsed();
    const double cpuSeconds = double(std::clock() - cpuStart) / CLOCKS_PER_SEC;
    if (reader.error()) {
        std::fprintf(stderr, "%s\n", qPrintable(reader.error()->toString()));
        return 1;
    }
    const double seconds = double(ns) / 1e9;
    const double megabytes = double(reader.bytesTotal()) / 1e6;
    std::printf("%s: %.1f MB, %lld records, %lld lines, %lld field bytes\n", qPrintable(path),
                megabytes, static_cast<long long>(records), static_cast<long long>(lastLine),
                static_cast<long long>(fieldBytes));
    std::printf("read in %.3f s: %.0f MB/s, %.2f M records/s, %.2f M lines/s\n", seconds,
                megabytes / seconds, double(records) / seconds / 1e6,
                double(lastLine) / seconds / 1e6);
    // On a busy machine the wall clock says little; the process's CPU time says what it cost.
    std::printf("CPU time %.3f s: %.0f MB/s, %.2f M records/s, %.2f M lines/s\n", cpuSeconds,
                megabytes / cpuSeconds, double(records) / cpuSeconds / 1e6,
                double(lastLine) / cpuSeconds / 1e6);
    return 0;
}
