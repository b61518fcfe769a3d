// SPDX-FileCopyrightText: 2026 The Kontor authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli.h"

#include "common/actor.h"
#include "company/company.h"
#include "demo/democompany.h"
#include "maintenance/integritycheck.h"

#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace Kontor::Cli {

namespace {

// Plural messages call QCoreApplication::translate() with their count, which lupdate reads.
QString tr(const char *text)
{
    return QCoreApplication::translate("Kontor::Cli", text);
}

QString description()
{
    return tr("Kontor's command line: the same core as the desktop program, for automation.\n"
              "\n"
              "Commands:\n"
              "  init [--name NAME] [--currency CODE]   set up a new, empty company\n"
              "  demo [--orders N] [--seed S]           fill a new company with the demo web shop\n"
              "  info [--json]                          company name, schema and row counts\n"
              "  check                                  check file, references, ledger, stock, counters\n"
              "\n"
              "The company file is --db PATH, else $KONTOR_DB, else %1.\n"
              "\n"
              "Exit codes:\n"
              "  0  success; for check: no problems\n"
              "  1  the command failed or check found problems (each is printed)\n"
              "  2  usage error: unknown command or option, bad value\n"
              "  3  the company file could not be opened (missing, damaged, not a Kontor file,\n"
              "     or written by a newer Kontor)")
        .arg(QDir::toNativeSeparators(Database::defaultPath()));
}

struct Context
{
    QTextStream &out;
    QTextStream &err;
    QString dbPath;
};

Result<std::unique_ptr<Company>> openCompany(const Context &c, Database::OpenMode mode)
{
    return Company::open(c.dbPath, mode);
}

int failOpen(const Context &c, const Error &error)
{
    c.err << tr("kontor-cli: %1").arg(error.toString()) << Qt::endl;
    return NoDatabase;
}

int fail(const Context &c, const Error &error)
{
    c.err << tr("kontor-cli: %1").arg(error.toString()) << Qt::endl;
    return Failed;
}

int commandInit(const Context &c, const QString &name, const QString &currencyCode)
{
    const Currency currency = Currency::fromCode(currencyCode);
    if (!currency.isValid()) {
        c.err << tr("kontor-cli: '%1' is not a currency code such as EUR.").arg(currencyCode) << Qt::endl;
        return UsageError;
    }
    auto company = openCompany(c, Database::OpenMode::CreateIfMissing);
    if (!company)
        return failOpen(c, company.error());
    if (Status s = (*company)->initialise(Actor::fromOperatingSystem(), {name, currency}); !s)
        return fail(c, s.error());
    c.out << tr("Set up %1 in %2.").arg(name, QDir::toNativeSeparators(c.dbPath)) << Qt::endl;
    return Success;
}

int commandDemo(const Context &c, qint64 orders, quint32 seed)
{
    auto company = openCompany(c, Database::OpenMode::CreateIfMissing);
    if (!company)
        return failOpen(c, company.error());
    DemoOptions options;
    options.orders = orders;
    options.seed = seed;
    QElapsedTimer timer;
    timer.start();
    qint64 lastReport = 0;
    options.progress = [&](qint64 done, qint64 total) {
        if (timer.elapsed() - lastReport >= 2000 || done == total) {
            lastReport = timer.elapsed();
            c.err << tr("%1 of %2 orders…").arg(done).arg(total) << Qt::endl;
        }
        return true;
    };
    if (Status s = DemoCompany::generate(**company, Actor::fromOperatingSystem(), options); !s)
        return fail(c, s.error());
    const int count = orders > INT_MAX ? INT_MAX : int(orders);
    c.out << QCoreApplication::translate("Kontor::Cli", "The demo company with %n order(s) is in %1 (%2 s).",
                                       nullptr, count)
                 .arg(QDir::toNativeSeparators(c.dbPath))
                 .arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1)
          << Qt::endl;
    return Success;
}

int commandInfo(const Context &c, bool json)
{
    auto company = openCompany(c, Database::OpenMode::ExistingOnly);
    if (!company)
        return failOpen(c, company.error());
    auto stats = (*company)->statistics();
    if (!stats)
        return fail(c, stats.error());
    auto profile = (*company)->profile();
    const QString name = profile ? profile->name : QString();
    const int schema = (*company)->database().schemaVersion();
    if (json) {
        QJsonObject tables;
        for (const auto &[table, rows] : stats->tableRows)
            tables.insert(table, rows);
        QJsonObject root{{QStringLiteral("path"), QDir::toNativeSeparators(c.dbPath)},
                         {QStringLiteral("company"), name.isEmpty() ? QJsonValue() : QJsonValue(name)},
                         {QStringLiteral("currency"), profile ? QJsonValue(profile->baseCurrency.code()) : QJsonValue()},
                         {QStringLiteral("schema_version"), schema},
                         {QStringLiteral("tables"), tables}};
        c.out << QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Indented));
        c.out.flush();
        return Success;
    }
    c.out << tr("Company file: %1").arg(QDir::toNativeSeparators(c.dbPath)) << Qt::endl;
    c.out << tr("Company:      %1").arg(name.isEmpty() ? tr("(not set up; run init)") : name) << Qt::endl;
    c.out << tr("Schema:       %1").arg(schema) << Qt::endl;
    for (const auto &[table, rows] : stats->tableRows)
        c.out << QStringLiteral("  %1 %2").arg(table, -18).arg(rows, 12) << Qt::endl;
    return Success;
}

int commandCheck(const Context &c)
{
    auto company = openCompany(c, Database::OpenMode::ExistingOnly);
    if (!company)
        return failOpen(c, company.error());
    auto problems = IntegrityCheck::run((*company)->database());
    if (!problems)
        return fail(c, problems.error());
    if (problems->empty()) {
        c.out << tr("No problems found: file, references, ledger, stock and row counters are consistent.") << Qt::endl;
        return Success;
    }
    for (const IntegrityProblem &p : *problems)
        c.out << QStringLiteral("%1: %2").arg(IntegrityCheck::areaName(p.area), p.message) << Qt::endl;
    c.err << QCoreApplication::translate("Kontor::Cli", "kontor-cli: check found %n problem(s).", nullptr,
                                     int(problems->size())) << Qt::endl;
    return Failed;
}

} // namespace

int run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(description());
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(QStringLiteral("db"), tr("The company file."), tr("PATH"));
    const QCommandLineOption jsonOption(QStringLiteral("json"), tr("info: print JSON."));
    const QCommandLineOption ordersOption(QStringLiteral("orders"), tr("demo: how many orders (default 2000)."),
                                          tr("N"), QStringLiteral("2000"));
    const QCommandLineOption seedOption(QStringLiteral("seed"), tr("demo: the random seed."), tr("S"),
                                        QStringLiteral("20261123"));
    const QCommandLineOption nameOption(QStringLiteral("name"), tr("init: the company name."), tr("NAME"),
                                        tr("My Company"));
    const QCommandLineOption currencyOption(QStringLiteral("currency"), tr("init: the base currency."),
                                            tr("CODE"), QStringLiteral("EUR"));
    parser.addOptions({dbOption, jsonOption, ordersOption, seedOption, nameOption, currencyOption});
    parser.addPositionalArgument(QStringLiteral("command"), tr("init, demo, info or check"));

    if (!parser.parse(arguments)) {
        err << tr("kontor-cli: %1").arg(parser.errorText()) << Qt::endl
            << tr("Try 'kontor-cli --help'.") << Qt::endl;
        return UsageError;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out << parser.helpText();
        out.flush();
        return Success;
    }
    if (parser.isSet(QStringLiteral("version"))) {
        out << QCoreApplication::applicationName() << u' ' << QCoreApplication::applicationVersion() << Qt::endl;
        return Success;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1) {
        err << (positional.isEmpty() ? tr("kontor-cli: no command given.")
                                     : tr("kontor-cli: one command at a time, not '%1'.").arg(positional.join(u' ')))
            << Qt::endl
            << tr("Try 'kontor-cli --help'.") << Qt::endl;
        return UsageError;
    }
    const Context c{out, err, Database::resolvePath(parser.value(dbOption))};
    const QString command = positional.first();
    if (command == u"init")
        return commandInit(c, parser.value(nameOption), parser.value(currencyOption));
    if (command == u"demo") {
        bool ordersOk = false, seedOk = false;
        const qint64 orders = parser.value(ordersOption).toLongLong(&ordersOk);
        const quint32 seed = parser.value(seedOption).toUInt(&seedOk);
        if (!ordersOk || orders < 0 || orders > 10000000 || !seedOk) {
            err << tr("kontor-cli: --orders takes a number from 0 to 10000000, --seed a whole number.")
                << Qt::endl;
            return UsageError;
        }
        return commandDemo(c, orders, seed);
    }
    if (command == u"info")
        return commandInfo(c, parser.isSet(jsonOption));
    if (command == u"check")
        return commandCheck(c);
    err << tr("kontor-cli: unknown command '%1'.").arg(command) << Qt::endl
        << tr("Try 'kontor-cli --help'.") << Qt::endl;
    return UsageError;
}

} // namespace Kontor::Cli
