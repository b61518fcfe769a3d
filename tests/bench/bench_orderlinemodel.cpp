// SPDX-FileCopyrightText: 2026 The Kontor authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The order-lines table model on a big company: how long the first page takes, a jump to the
// last row and to rows anywhere, a sort on an indexed column, a filter, and the resident memory.
//
//   bench_orderlinemodel [--db FILE] [--orders N]
//
// FILE (default: bench-orders-N.sqlite beside the executable) is made by `kontor-cli demo
// --orders N` (default 300000, about 900,000 lines) in a separate process when it is missing,
// so the memory figures here are the model's and the GUI library's alone.
// Targets (issue 2): first page and any jump < 50 ms, indexed sort or filter < 100 ms, < 80 MB.

#include "company/company.h"
#include "orders/orderlinetablemodel.h"
#include "orders/orderservice.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QTableView>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace Kontor;

namespace {

constexpr int visibleRows = 40;

// VmRSS / VmHWM of this process in MiB (Linux); -1 elsewhere.
double statusMiB(const char *field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray key = QByteArray(field) + ':';
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(key))
            return line.mid(key.size()).trimmed().split(' ').first().toDouble() / 1024.0;
    }
    return -1;
}

// Reads what a view shows: every cell of visibleRows rows from first.
void readRows(const QAbstractItemModel &model, int first)
{
    const int last = std::min(model.rowCount(), first + visibleRows);
    for (int row = std::max(0, first); row < last; ++row) {
        for (int column = 0; column < model.columnCount(); ++column)
            (void)model.data(model.index(row, column));
    }
}

double millisecondsOf(const std::function<void()> &work)
{
    QElapsedTimer timer;
    timer.start();
    work();
    return double(timer.nsecsElapsed()) / 1e6;
}

void print(const char *what, double ms, double target)
{
    std::printf("  %-44s %9.1f ms   (target < %3.0f ms) %s\n", what, ms, target,
                ms < target ? "ok" : "MISSED");
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption dbOption(QStringLiteral("db"), QStringLiteral("Company file."), QStringLiteral("FILE"));
    const QCommandLineOption ordersOption(QStringLiteral("orders"), QStringLiteral("Orders."),
                                          QStringLiteral("N"), QStringLiteral("300000"));
    parser.addOptions({dbOption, ordersOption});
    parser.addHelpOption();
    parser.process(app);
    const QString orders = parser.value(ordersOption);
    const QString path = parser.isSet(dbOption)
                             ? parser.value(dbOption)
                             : QCoreApplication::applicationDirPath() + QStringLiteral("/bench-orders-") + orders
                                   + QStringLiteral(".sqlite");

    if (!QFileInfo::exists(path)) {
        std::printf("Making the demo company with %s orders in %s …\n", qPrintable(orders), qPrintable(path));
        std::fflush(stdout);
        QElapsedTimer timer;
        timer.start();
        QProcess cli;
        cli.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        cli.start(QStringLiteral(KONTOR_CLI_PATH),
                  {QStringLiteral("--db"), path, QStringLiteral("demo"), QStringLiteral("--orders"), orders});
        if (!cli.waitForFinished(-1) || cli.exitCode() != 0) {
            std::fprintf(stderr, "kontor-cli demo failed\n");
            QFile::remove(path);
            return 1;
        }
        std::printf("  made in %.1f s\n", double(timer.elapsed()) / 1000.0);
    }

    const double baseline = statusMiB("VmRSS");
    auto opened = Company::open(path, Database::OpenMode::ExistingOnly);
    if (!opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.error().toString()));
        return 1;
    }
    Company &company = **opened;
    std::unique_ptr<Ui::OrderLineTableModel> model;
    QTableView view;
    view.resize(1200, 900);

    std::printf("Order-lines table model, %s\n", qPrintable(path));
    print("first page (count + 40 rows)", millisecondsOf([&] {
              model = std::make_unique<Ui::OrderLineTableModel>(company.orders(), Actor::unrestricted(QStringLiteral("bench")), Ui::PagedTableModelBase::Scope::Unscoped);
              readRows(*model, 0);
          }), 50);
    const int rows = model->rowCount();
    std::printf("  rows: %d\n", rows);
    print("jump to the last row", millisecondsOf([&] { readRows(*model, rows - visibleRows); }), 50);
    print("jump to the middle", millisecondsOf([&] { readRows(*model, rows / 2); }), 50);

    QRandomGenerator rng(42);
    std::vector<double> jumps;
    for (int i = 0; i < 25; ++i) {
        const int row = int(rng.bounded(quint32(rows)));
        jumps.push_back(millisecondsOf([&] { readRows(*model, row); }));
    }
    std::sort(jumps.begin(), jumps.end());
    print("25 jumps to random rows: median", jumps[jumps.size() / 2], 50);
    print("25 jumps to random rows: slowest", jumps.back(), 50);

    print("sort by SKU (indexed) + first page", millisecondsOf([&] {
              model->sort(Ui::OrderLineTableModel::SkuColumn, Qt::AscendingOrder);
              readRows(*model, 0);
          }), 100);
    print("  then jump to the middle", millisecondsOf([&] { readRows(*model, model->rowCount() / 2); }), 50);
    print("sort by total, descending + first page", millisecondsOf([&] {
              model->sort(Ui::OrderLineTableModel::GrossColumn, Qt::DescendingOrder);
              readRows(*model, 0);
          }), 100);
    print("  then jump to the last row", millisecondsOf([&] { readRows(*model, model->rowCount() - visibleRows); }), 50);
    model->sort(Ui::OrderLineTableModel::OrderColumn, Qt::AscendingOrder);

    int filtered = 0;
    print("filter: order number prefix 'A01234'", millisecondsOf([&] {
              model->setFilterText(QStringLiteral("A01234"));
              filtered = model->rowCount();
              readRows(*model, 0);
          }), 100);
    std::printf("  rows: %d\n", filtered);
    print("filter: SKU prefix 'tee-000' (case-insensitive)", millisecondsOf([&] {
              model->setFilterText(QStringLiteral("tee-000"));
              filtered = model->rowCount();
              readRows(*model, 0);
          }), 100);
    std::printf("  rows: %d\n", filtered);
    print("  then jump to the last row", millisecondsOf([&] { readRows(*model, filtered - visibleRows); }), 50);
    print("clear the filter", millisecondsOf([&] {
              model->setFilterText(QString());
              readRows(*model, 0);
          }), 100);

    // A view on the model, shown and scrolled end to end, as a clerk would.
    view.setModel(model.get());
    view.show();
    QCoreApplication::processEvents();
    print("view: show and paint the first screen", millisecondsOf([&] { view.repaint(); }), 50);
    print("view: scroll to the bottom and paint", millisecondsOf([&] {
              view.scrollToBottom();
              view.repaint();
          }), 50);

    const double rss = statusMiB("VmRSS");
    const double peak = statusMiB("VmHWM");
    std::printf("  resident memory: %.1f MiB now, %.1f MiB peak (%.1f MiB before opening) "
                "(target < 80) %s\n",
                rss, peak, baseline, peak < 80 ? "ok" : "MISSED");
    std::printf("  pages in memory: %d of at most %d\n", model->cachedPageCount(),
                Ui::PagedTableModelBase::MaxCachedPages);
    return 0;
}
