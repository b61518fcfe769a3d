// SPDX-FileCopyrightText: 2026 The Kontor authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli.h"

#include "common/actor.h"
#include "company/company.h"
#include "company/countries.h"
#include "demo/democompany.h"
#include "importing/importservice.h"
#include "maintenance/backups.h"
#include "maintenance/integritycheck.h"
#include "terminal.h"
#include "common/accesspolicy.h"
#include "users/userservice.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace Kontor::Cli {

namespace {

// Plural messages call QCoreApplication::translate() with their count, which lupdate reads.
QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("Kontor::Cli", text, disambiguation, n);
}

QString description()
{
    return tr("Kontor's command line: the same core as the desktop program, for automation.\n"
              "\n"
              "Commands:\n"
              "  init [--name NAME] [--country CODE] [--currency CODE] [--chart skr03|general]\n"
              "                                         set up a new, empty company (default DE,\n"
              "                                         in the country's currency)\n"
              "  demo [--orders N] [--seed S]           fill a new company with the demo web shop\n"
              "  info [--json]                          company name, schema and row counts\n"
              "  check                                  check file, references, ledger, stock, counters\n"
              "  import orders FILE... [--profile auto|shopify|woocommerce|FILE.json]\n"
              "         [--shop NAME] [--dry-run] [--all-or-nothing] [--rejects OUT.csv] [--json]\n"
              "                                         import shop order exports (CSV)\n"
              "  import history [--json]                the import batches, newest first\n"
              "  import undo BATCH                      take an import batch back\n"
              "  users list|roles [--json]              the users; the roles and their permissions\n"
              "  users add NAME [--role ROLE] [--full-name TEXT]\n"
              "                                         a new user; the first is the administrator\n"
              "  users disable|enable|reset-password NAME, users set-role NAME ROLE\n"
              "  users passwd                           change your own password\n"
              "  users define-role NAME PERMISSION...   a custom role (permissions: see users roles)\n"
              "  users rename-role NAME NEW, users delete-role NAME\n"
              "                                         rename a custom role, delete an unused one\n"
              "  backup [--out FILE]                    a copy of the company (else into its backups\n"
              "                                         folder)\n"
              "  restore FILE                           replace the company by a checked backup\n"
              "\n"
              "The company file is --db PATH, else $KONTOR_DB, else %1.\n"
              "A company with users opens with --user NAME (else $KONTOR_USER) and the password\n"
              "from $KONTOR_PASSWORD, else typed at the prompt. New passwords come from\n"
              "$KONTOR_NEW_PASSWORD, else the prompt.\n"
              "\n"
              "Exit codes:\n"
              "  0  success; for check: no problems; for import: every order went in\n"
              "  1  the command failed or check found problems (each is printed);\n"
              "     for import: some orders were rejected (each is printed)\n"
              "  2  usage error: unknown command or option, bad value\n"
              "  3  the company file could not be opened (missing, damaged, not a Kontor file,\n"
              "     or written by a newer Kontor); for import: nothing could be imported\n"
              "  4  refused: the login failed, or the user may not do this")
        .arg(QDir::toNativeSeparators(Database::defaultPath()));
}

struct Context
{
    QTextStream &out;
    QTextStream &err;
    QString dbPath;
    QString user;   ///< --user, else $KONTOR_USER
};

/// Says what failed; the exit code is 4 whenever the core's access policy refused.
int fail(const Context &c, const Error &error, int exitCode = Failed)
{
    c.err << tr("kontor-cli: %1").arg(error.toString()) << Qt::endl;
    return error.refused ? Refused : exitCode;
}

/// An open company and who acts in it.
struct Opened
{
    std::unique_ptr<Company> company;
    Actor actor;
    std::optional<Session> session;  ///< unset: the company has no users (yet)
    QString password;                ///< the one logged in with, for 'users passwd'
};

enum class PasswordChange { Required, Allowed };

/**
 * Opens the company and logs in: with --user and the password from $KONTOR_PASSWORD or the
 * prompt when the company has users; as the operating-system user while it has none. Returns
 * Success, or the exit code after saying why not.
 */
int openAs(const Context &c, Database::OpenMode mode, Opened &opened,
           PasswordChange change = PasswordChange::Required)
{
    auto company = Company::open(c.dbPath, mode);
    if (!company)
        return fail(c, company.error(), NoDatabase);
    opened.company = std::move(company).value();
    auto hasUsers = opened.company->users().hasUsers();
    if (!hasUsers)
        return fail(c, hasUsers.error(), NoDatabase);
    if (!*hasUsers) {
        if (!c.user.isEmpty())
            return fail(c, makeError(tr("the company has no users yet, so there is no %1 to log in "
                                        "as; 'users add NAME' makes its administrator.")
                                         .arg(c.user)),
                        Refused);
        opened.actor = Actor::fromOperatingSystem();
        return Success;
    }
    if (c.user.isEmpty())
        return fail(c, makeError(tr("the company is protected by logins: give --user NAME (or "
                                    "$KONTOR_USER), with the password in $KONTOR_PASSWORD or at "
                                    "the prompt.")),
                    Refused);
    const QString password = readSecret("KONTOR_PASSWORD", tr("Password for %1: ").arg(c.user), c.err);
    auto session = opened.company->users().logIn(c.user, password);
    if (!session)
        return fail(c, session.error(), Refused);
    if (session->user.mustChangePassword && change == PasswordChange::Required)
        return fail(c, makeError(tr("%1 must choose a new password first: kontor-cli --user %1 "
                                    "users passwd")
                                     .arg(session->user.name)),
                    Refused);
    opened.actor = session->actor();
    opened.session = std::move(session).value();
    opened.password = password;
    return Success;
}

int commandInit(const Context &c, const QString &name, const QString &country,
                const QString &currencyCode, const QString &chartCode)
{
    const Currency currency = Currency::fromCode(currencyCode);
    if (!currency.isValid()) {
        c.err << tr("kontor-cli: '%1' is not a currency code such as EUR.").arg(currencyCode) << Qt::endl;
        return UsageError;
    }
    if (!Countries::isKnown(country)) {
        c.err << tr("kontor-cli: '%1' is not a country Kontor knows; give one of %2.")
                     .arg(country, Countries::codes().join(u' '))
              << Qt::endl;
        return UsageError;
    }
    std::optional<Chart> chart;
    if (!chartCode.isEmpty()) {
        chart = Charts::fromCode(chartCode);
        if (!chart) {
            c.err << tr("kontor-cli: '%1' is not a chart of accounts; give skr03 or general.")
                         .arg(chartCode)
                  << Qt::endl;
            return UsageError;
        }
    }
    Opened o;
    if (int code = openAs(c, Database::OpenMode::CreateIfMissing, o); code != Success)
        return code;
    if (Status s = o.company->initialise(o.actor, {name, currency, country, chart}); !s)
        return fail(c, s.error());
    c.out << tr("Set up %1 in %2.").arg(name, QDir::toNativeSeparators(c.dbPath)) << Qt::endl;
    return Success;
}

int commandDemo(const Context &c, qint64 orders, quint32 seed)
{
    Opened o;
    if (int code = openAs(c, Database::OpenMode::CreateIfMissing, o); code != Success)
        return code;
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
    if (Status s = DemoCompany::generate(*o.company, o.actor, options); !s)
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
    Opened o;
    if (int code = openAs(c, Database::OpenMode::ExistingOnly, o); code != Success)
        return code;
    auto stats = o.company->statistics();
    if (!stats)
        return fail(c, stats.error());
    auto profile = o.company->profile();
    const QString name = profile ? profile->name : QString();
    const int schema = o.company->database().schemaVersion();
    if (json) {
        QJsonObject tables;
        for (const auto &[table, rows] : stats->tableRows)
            tables.insert(table, rows);
        QJsonObject root{{QStringLiteral("path"), QDir::toNativeSeparators(c.dbPath)},
                         {QStringLiteral("company"), name.isEmpty() ? QJsonValue() : QJsonValue(name)},
                         {QStringLiteral("currency"), profile ? QJsonValue(profile->baseCurrency.code()) : QJsonValue()},
                         {QStringLiteral("country"),
                          profile ? QJsonValue(profile->country) : QJsonValue()},
                         {QStringLiteral("chart"),
                          profile ? QJsonValue(Charts::code(*profile->chart)) : QJsonValue()},
                         {QStringLiteral("schema_version"), schema},
                         {QStringLiteral("tables"), tables}};
        c.out << QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Indented));
        c.out.flush();
        return Success;
    }
    c.out << tr("Company file: %1").arg(QDir::toNativeSeparators(c.dbPath)) << Qt::endl;
    c.out << tr("Company:      %1").arg(name.isEmpty() ? tr("(not set up; run init)") : name) << Qt::endl;
    if (profile) {
        c.out << tr("Country:      %1 (%2), books in %3")
                     .arg(Countries::name(profile->country), profile->country,
                          profile->baseCurrency.code())
              << Qt::endl;
        c.out << tr("Chart:        %1").arg(Charts::name(*profile->chart)) << Qt::endl;
    }
    c.out << tr("Schema:       %1").arg(schema) << Qt::endl;
    for (const auto &[table, rows] : stats->tableRows)
        c.out << QStringLiteral("  %1 %2").arg(table, -18).arg(rows, 12) << Qt::endl;
    return Success;
}

int commandCheck(const Context &c)
{
    Opened o;
    if (int code = openAs(c, Database::OpenMode::ExistingOnly, o); code != Success)
        return code;
    auto problems = IntegrityCheck::run(o.company->database());
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

struct ImportArguments
{
    QStringList files;
    QString profile;
    QString shop;
    QString rejects;
    bool dryRun = false;
    bool allOrNothing = false;
    bool json = false;
};

QJsonObject reportToJson(const ImportReport &r)
{
    QJsonArray errors;
    for (const ImportProblem &p : r.problems)
        errors.append(QJsonObject{{QStringLiteral("line"), p.line},
                                  {QStringLiteral("column"), p.column},
                                  {QStringLiteral("value"), p.value},
                                  {QStringLiteral("message"), p.message}});
    return QJsonObject{
        {QStringLiteral("file"), r.fileName},
        {QStringLiteral("profile"), r.profileId},
        {QStringLiteral("shop"), r.shop},
        {QStringLiteral("batch"), r.batch.isValid() ? QJsonValue(r.batch.value()) : QJsonValue()},
        {QStringLiteral("committed"), r.committed},
        {QStringLiteral("orders"), QJsonObject{{QStringLiteral("inserted"), r.inserted},
                                               {QStringLiteral("updated"), r.updated},
                                               {QStringLiteral("edited"), r.edited},
                                               {QStringLiteral("unchanged"), r.unchanged},
                                               {QStringLiteral("rejected"), r.rejected}}},
        {QStringLiteral("lines"), r.lines},
        {QStringLiteral("customers_created"), r.customersCreated},
        {QStringLiteral("articles_created"), r.articlesCreated},
        {QStringLiteral("errors"), errors}};
}

void printReport(const Context &c, const ImportReport &r, bool dryRun)
{
    c.out << tr("%1 (%2, shop %3): %4 inserted, %5 updated, %6 unchanged, %7 rejected; "
                "line items: %8; new customers: %9; new articles: %10.")
                 .arg(r.fileName, r.profileName, r.shop)
                 .arg(r.inserted)
                 .arg(r.updated)
                 .arg(r.unchanged)
                 .arg(r.rejected)
                 .arg(r.lines)
                 .arg(r.customersCreated)
                 .arg(r.articlesCreated)
          << Qt::endl;
    if (r.edited > 0)
        c.out << QStringLiteral("  ")
              << tr("%n of the updated orders had been edited in the shop (other lines or "
                    "amounts) and were booked anew.",
                    nullptr, int(r.edited))
              << Qt::endl;
    for (const ImportProblem &p : r.problems)
        c.out << QStringLiteral("  ") << p.toError().toString() << Qt::endl;
    if (r.numberTaken > 0)
        c.out << tr("%n of the rejected orders have the numbers of other orders of the shop %1. "
                    "If the file is another shop's, import it under that shop's own name: "
                    "--shop NAME.",
                    nullptr, int(r.numberTaken))
                     .arg(r.shop)
              << Qt::endl;
    if (dryRun)
        c.out << tr("Dry run: nothing was saved.") << Qt::endl;
    else if (!r.committed && r.rejected > 0)
        c.out << tr("All or nothing: nothing was saved, because orders were rejected.") << Qt::endl;
    else if (r.committed)
        c.out << tr("Saved as import batch %1.").arg(r.batch.value()) << Qt::endl;
}

int commandImportOrders(const Context &c, const ImportArguments &a)
{
    ImportOptions options;
    options.shop = a.shop;
    options.dryRun = a.dryRun;
    options.allOrNothing = a.allOrNothing;
    if (!a.profile.isEmpty() && a.profile != u"auto") {
        if (auto builtIn = ImportProfile::builtIn(a.profile)) {
            options.profile = *builtIn;
        } else if (a.profile.endsWith(u".json", Qt::CaseInsensitive)) {
            auto loaded = ImportProfile::load(a.profile);
            if (!loaded) {
                c.err << tr("kontor-cli: %1").arg(loaded.error().toString()) << Qt::endl;
                return UsageError;
            }
            options.profile = *loaded;
        } else {
            c.err << tr("kontor-cli: --profile takes auto, shopify, woocommerce or a profile file "
                        "(.json), not '%1'.")
                         .arg(a.profile)
                  << Qt::endl;
            return UsageError;
        }
    }
    Opened o;
    if (int code = openAs(c, Database::OpenMode::ExistingOnly, o); code != Success)
        return code;
    auto initialised = o.company->isInitialised();
    if (!initialised || !*initialised) {
        c.err << tr("kontor-cli: the company is not set up yet; run init first.") << Qt::endl;
        return NoDatabase;
    }
    // Said once for all the files (the core refuses each of them alike).
    if (Status s = AccessPolicy::require(o.actor, Permission::RunImports); !s)
        return fail(c, s.error());
    const Actor &actor = o.actor;
    QJsonArray reports;
    ImportReport rejects;
    int importedFiles = 0; // files read to the end, whether or not their orders were saved
    bool problems = false;
    for (const QString &file : a.files) {
        auto report = o.company->imports().importFile(actor, file, options);
        if (!report) {
            problems = true;
            c.err << tr("kontor-cli: %1").arg(report.error().toString()) << Qt::endl;
            if (a.json)
                reports.append(QJsonObject{{QStringLiteral("file"), QDir::toNativeSeparators(file)},
                                           {QStringLiteral("error"), report.error().toString()}});
            continue;
        }
        ++importedFiles;
        if (report->rejected > 0)
            problems = true;
        if (a.json)
            reports.append(reportToJson(*report));
        else
            printReport(c, *report, a.dryRun);
        if (report->rejected > 0) {
            if (rejects.rejectedRecords.isEmpty())
                rejects.rejectedRecords = report->rejectedRecords;
            else // the same header once: only the records of a further file
                rejects.rejectedRecords += report->rejectedRecords.mid(
                    report->rejectedRecords.indexOf('\n') + 1);
        }
    }
    if (!a.rejects.isEmpty() && !rejects.rejectedRecords.isEmpty()) {
        if (Status s = ImportService::saveRejects(rejects, a.rejects); !s) {
            c.err << tr("kontor-cli: %1").arg(s.error().toString()) << Qt::endl;
            problems = true;
        } else if (!a.json) {
            c.out << tr("The rejected orders' records are in %1.").arg(QDir::toNativeSeparators(a.rejects))
                  << Qt::endl;
        }
    }
    if (a.json) {
        const QJsonDocument doc = reports.size() == 1 ? QJsonDocument(reports.first().toObject())
                                                      : QJsonDocument(reports);
        c.out << QString::fromUtf8(doc.toJson(QJsonDocument::Indented));
        c.out.flush();
    }
    if (importedFiles == 0)
        return NoDatabase;
    return problems ? Failed : Success;
}

int commandImportHistory(const Context &c, bool json)
{
    Opened o;
    if (int code = openAs(c, Database::OpenMode::ExistingOnly, o); code != Success)
        return code;
    ImportService &imports = o.company->imports();
    auto batches = imports.history(o.actor);
    if (!batches)
        return fail(c, batches.error());
    QJsonArray list;
    for (const ImportBatch &b : *batches) {
        auto undoable = imports.canUndo(b.id);
        if (!undoable)
            return fail(c, undoable.error());
        if (json) {
            list.append(QJsonObject{
                {QStringLiteral("batch"), b.id.value()},
                {QStringLiteral("started_at"), b.startedAt.toString(Qt::ISODateWithMs)},
                {QStringLiteral("user"), b.userName},
                {QStringLiteral("shop"), b.shop},
                {QStringLiteral("file"), b.fileName},
                {QStringLiteral("profile"), b.profile},
                {QStringLiteral("orders"), QJsonObject{{QStringLiteral("inserted"), b.inserted},
                                                       {QStringLiteral("updated"), b.updated},
                                                       {QStringLiteral("unchanged"), b.unchanged},
                                                       {QStringLiteral("rejected"), b.rejected}}},
                {QStringLiteral("lines"), b.lines},
                {QStringLiteral("undone_at"), b.undoneAt.isValid()
                                                  ? QJsonValue(b.undoneAt.toString(Qt::ISODateWithMs))
                                                  : QJsonValue()},
                {QStringLiteral("undoable"), *undoable}});
            continue;
        }
        c.out << tr("%1  %2  %3  %4 (%5): %6 inserted, %7 updated, %8 unchanged, %9 rejected%10")
                     .arg(b.id.value(), 5)
                     .arg(b.startedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                          b.userName, b.fileName, b.shop)
                     .arg(b.inserted)
                     .arg(b.updated)
                     .arg(b.unchanged)
                     .arg(b.rejected)
                     .arg(b.undoneAt.isValid() ? tr(" — undone")
                          : *undoable          ? tr(" — can be undone")
                                               : QString())
              << Qt::endl;
    }
    if (json) {
        c.out << QString::fromUtf8(QJsonDocument(list).toJson(QJsonDocument::Indented));
        c.out.flush();
    }
    return Success;
}

int commandImportUndo(const Context &c, qint64 batch)
{
    Opened o;
    if (int code = openAs(c, Database::OpenMode::ExistingOnly, o); code != Success)
        return code;
    if (Status s = o.company->imports().undo(o.actor, ImportBatchId(batch)); !s)
        return fail(c, s.error());
    c.out << tr("Import batch %1 is undone: its bookings are reversed and its stock is back.").arg(batch)
          << Qt::endl;
    return Success;
}

int commandBackup(const Context &c, const QString &out)
{
    Opened o;
    if (int code = openAs(c, Database::OpenMode::ExistingOnly, o); code != Success)
        return code;
    Backups backups(o.company->database());
    QString path = out;
    if (out.isEmpty()) {
        auto taken = backups.takeNow(o.actor);
        if (!taken)
            return fail(c, taken.error());
        path = *taken;
    } else if (Status s = backups.saveCopy(o.actor, out); !s) {
        return fail(c, s.error());
    }
    c.out << tr("The backup is %1.").arg(QDir::toNativeSeparators(path)) << Qt::endl;
    return Success;
}

int commandRestore(const Context &c, const QString &backup)
{
    // Who replaces the company is who may open it now; a company file that is gone (the
    // disaster a backup is for) is replaced by whoever runs the command.
    Actor actor = Actor::fromOperatingSystem();
    if (QFileInfo::exists(c.dbPath)) {
        Opened o;
        if (int code = openAs(c, Database::OpenMode::ExistingOnly, o); code != Success)
            return code;
        actor = o.actor;
    } // closed again: a restore needs the company closed
    auto replaced = Backups::restore(actor, backup, c.dbPath);
    if (!replaced)
        return fail(c, replaced.error());
    c.out << tr("%1 is restored from %2.").arg(QDir::toNativeSeparators(c.dbPath), QDir::toNativeSeparators(backup))
          << Qt::endl;
    if (!replaced->isEmpty())
        c.out << tr("The company as it was is kept in %1.").arg(QDir::toNativeSeparators(*replaced)) << Qt::endl;
    return Success;
}

QString newPassword(const Context &c, const QString &userName)
{
    return readSecret("KONTOR_NEW_PASSWORD", tr("New password for %1: ").arg(userName), c.err);
}

QString roleOf(const QString &name)
{
    const auto role = builtInRole(name);
    return role ? roleDisplayName(*role) : name;
}

int commandUsersList(const Context &c, bool json)
{
    Opened o;
    if (int code = openAs(c, Database::OpenMode::ExistingOnly, o); code != Success)
        return code;
    auto users = o.company->users().users(o.actor);
    if (!users)
        return fail(c, users.error());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QJsonArray list;
    for (const User &u : *users) {
        const bool locked = u.lockedUntil.isValid() && u.lockedUntil > now;
        if (json) {
            list.append(QJsonObject{{QStringLiteral("name"), u.name},
                                    {QStringLiteral("full_name"), u.fullName},
                                    {QStringLiteral("role"), u.role},
                                    {QStringLiteral("disabled"), u.disabled},
                                    {QStringLiteral("locked"), locked},
                                    {QStringLiteral("must_change_password"), u.mustChangePassword}});
            continue;
        }
        QStringList notes;
        if (u.disabled)
            notes << tr("disabled");
        if (locked)
            notes << tr("locked until %1").arg(u.lockedUntil.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")));
        if (u.mustChangePassword)
            notes << tr("must change the password");
        c.out << QStringLiteral("%1  %2  %3%4")
                     .arg(u.name, -16)
                     .arg(roleOf(u.role), -14)
                     .arg(u.fullName)
                     .arg(notes.isEmpty() ? QString() : QStringLiteral(" (") + notes.join(QStringLiteral(", ")) + u')')
              << Qt::endl;
    }
    if (json) {
        c.out << QString::fromUtf8(QJsonDocument(list).toJson(QJsonDocument::Indented));
        c.out.flush();
    }
    return Success;
}

int commandUsersAdd(const Context &c, const QString &name, const QString &role, const QString &fullName)
{
    Opened o;
    if (int code = openAs(c, Database::OpenMode::ExistingOnly, o); code != Success)
        return code;
    UserService &users = o.company->users();
    const QString password = newPassword(c, name);
    if (!o.session) {
        // The company's first user: its administrator.
        if (!role.isEmpty() && role != u"administrator")
            return fail(c, makeError(tr("the company's first user is its administrator; leave "
                                        "out --role or give --role administrator.")),
                        UsageError);
        auto id = users.createAdministrator(o.actor, name, fullName, password);
        if (!id)
            return fail(c, id.error());
        c.out << tr("%1 is the company's administrator. From now on the company opens with a "
                    "login: kontor-cli --user %1 …")
                     .arg(normalisedUserName(name))
              << Qt::endl;
        return Success;
    }
    if (role.isEmpty())
        return fail(c, makeError(tr("users add needs --role ROLE (see 'users roles').")), UsageError);
    auto id = users.addUser(o.actor, {name, fullName, role, password});
    if (!id)
        return fail(c, id.error());
    c.out << tr("%1 can log in now, as %2, and must choose a new password at the first login.")
                 .arg(normalisedUserName(name), roleOf(role))
          << Qt::endl;
    return Success;
}

int commandUsersChange(const Context &c, const QString &what, const QString &name, const QString &role)
{
    Opened o;
    if (int code = openAs(c, Database::OpenMode::ExistingOnly, o, PasswordChange::Allowed);
        code != Success)
        return code;
    UserService &users = o.company->users();
    if (what == u"passwd") {
        if (!o.session)
            return fail(c, makeError(tr("the company has no users yet.")), Refused);
        Status s = users.changePassword(o.session->user.name, o.password,
                                        newPassword(c, o.session->user.name));
        if (!s)
            return fail(c, s.error());
        c.out << tr("The password of %1 is changed.").arg(o.session->user.name) << Qt::endl;
        return Success;
    }
    if (o.session && o.session->user.mustChangePassword)
        return fail(c, makeError(tr("%1 must choose a new password first: kontor-cli --user %1 "
                                    "users passwd")
                                     .arg(o.session->user.name)),
                    Refused);
    const QString who = normalisedUserName(name);
    Status s;
    QString done;
    if (what == u"disable" || what == u"enable") {
        s = users.setDisabled(o.actor, name, what == u"disable");
        done = what == u"disable" ? tr("%1 is disabled.").arg(who) : tr("%1 is enabled.").arg(who);
    } else if (what == u"reset-password") {
        s = users.resetPassword(o.actor, name, newPassword(c, name));
        done = tr("%1 has a new password and must change it at the next login.").arg(who);
    } else { // set-role
        s = users.setRole(o.actor, name, role);
        done = tr("%1 is %2 now.").arg(who, roleOf(role));
    }
    if (!s)
        return fail(c, s.error());
    c.out << done << Qt::endl;
    return Success;
}

int commandUsersDefineRole(const Context &c, const QString &name, const QStringList &keys)
{
    Role role{name, {}, false};
    for (const QString &key : keys) {
        const auto permission = permissionFromKey(key);
        if (!permission) {
            QStringList known;
            for (const PermissionInfo &info : permissionList())
                known << QLatin1StringView(info.key);
            c.err << tr("kontor-cli: '%1' is no permission; these are: %2.")
                         .arg(key, known.join(QStringLiteral(", ")))
                  << Qt::endl;
            return UsageError;
        }
        role.permissions.add(*permission);
    }
    Opened o;
    if (int code = openAs(c, Database::OpenMode::ExistingOnly, o); code != Success)
        return code;
    if (Status s = o.company->users().saveRole(o.actor, role); !s)
        return fail(c, s.error());
    c.out << QCoreApplication::translate("Kontor::Cli", "The role %1 has %n permission(s).", nullptr,
                                         int(keys.size()))
                 .arg(name.simplified())
          << Qt::endl;
    return Success;
}

int commandUsersRoleChange(const Context &c, const QString &what, const QString &name,
                           const QString &newName)
{
    Opened o;
    if (int code = openAs(c, Database::OpenMode::ExistingOnly, o); code != Success)
        return code;
    UserService &users = o.company->users();
    const bool renaming = what == u"rename-role";
    if (Status s = renaming ? users.renameRole(o.actor, name, newName)
                            : users.deleteRole(o.actor, name);
        !s)
        return fail(c, s.error());
    c.out << (renaming ? tr("The role %1 is called %2 now.").arg(name, newName.simplified())
                       : tr("The role %1 is deleted.").arg(name))
          << Qt::endl;
    return Success;
}

int commandUsersRoles(const Context &c, bool json)
{
    Opened o;
    if (int code = openAs(c, Database::OpenMode::ExistingOnly, o); code != Success)
        return code;
    auto roles = o.company->users().roles();
    if (!roles)
        return fail(c, roles.error());
    QJsonArray list;
    for (const Role &role : *roles) {
        if (json) {
            QJsonArray keys;
            for (const PermissionInfo &info : permissionList()) {
                if (role.permissions.has(info.permission))
                    keys.append(QLatin1StringView(info.key));
            }
            list.append(QJsonObject{{QStringLiteral("name"), role.name},
                                    {QStringLiteral("built_in"), role.builtIn},
                                    {QStringLiteral("permissions"), keys}});
            continue;
        }
        c.out << roleDisplayName(role) << (role.builtIn ? QString() : tr(" (custom)")) << u':' << Qt::endl;
        for (const PermissionInfo &info : permissionList()) {
            if (role.permissions.has(info.permission))
                c.out << QStringLiteral("  %1 %2").arg(QLatin1StringView(info.key), -20).arg(permissionName(info.permission))
                      << Qt::endl;
        }
    }
    if (json) {
        c.out << QString::fromUtf8(QJsonDocument(list).toJson(QJsonDocument::Indented));
        c.out.flush();
    }
    return Success;
}

} // namespace

int run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(description());
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(QStringLiteral("db"), tr("The company file."), tr("PATH"));
    const QCommandLineOption jsonOption(QStringLiteral("json"), tr("info, import: print JSON."));
    const QCommandLineOption ordersOption(QStringLiteral("orders"), tr("demo: how many orders (default 2000)."),
                                          tr("N"), QStringLiteral("2000"));
    const QCommandLineOption seedOption(QStringLiteral("seed"), tr("demo: the random seed."), tr("S"),
                                        QStringLiteral("20261123"));
    const QCommandLineOption nameOption(QStringLiteral("name"), tr("init: the company name."), tr("NAME"),
                                        tr("My Company"));
    const QCommandLineOption countryOption(QStringLiteral("country"),
                                           tr("init: the company's country (DE, AT, CH, ...)."),
                                           tr("CODE"), QStringLiteral("DE"));
    const QCommandLineOption currencyOption(
        QStringLiteral("currency"), tr("init: the base currency (default: the country's)."),
        tr("CODE"));
    const QCommandLineOption chartOption(
        QStringLiteral("chart"),
        tr("init: the chart of accounts, skr03 or general (default: SKR03 in Germany, the "
           "general chart elsewhere)."),
        tr("CHART"));
    const QCommandLineOption profileOption(
        QStringLiteral("profile"), tr("import: auto, shopify, woocommerce or a profile file."),
        tr("PROFILE"), QStringLiteral("auto"));
    const QCommandLineOption shopOption(QStringLiteral("shop"),
                                        tr("import: the shop's name (default: the profile's id)."),
                                        tr("NAME"));
    const QCommandLineOption dryRunOption(QStringLiteral("dry-run"),
                                          tr("import: check and count, save nothing."));
    const QCommandLineOption allOrNothingOption(
        QStringLiteral("all-or-nothing"), tr("import: save nothing of a file with a rejected order."));
    const QCommandLineOption rejectsOption(QStringLiteral("rejects"),
                                           tr("import: write the rejected orders' records here."),
                                           tr("OUT.csv"));
    const QCommandLineOption userOption(QStringLiteral("user"),
                                        tr("Log in as this user (else $KONTOR_USER)."), tr("NAME"));
    const QCommandLineOption roleOption(QStringLiteral("role"), tr("users add: the new user's role."),
                                        tr("ROLE"));
    const QCommandLineOption outOption(QStringLiteral("out"), tr("backup: the file to write."),
                                       tr("FILE"));
    const QCommandLineOption fullNameOption(QStringLiteral("full-name"),
                                            tr("users add: the new user's full name."), tr("TEXT"));
    parser.addOptions({dbOption, userOption, jsonOption, ordersOption, seedOption, nameOption,
                       countryOption, currencyOption, chartOption, profileOption, shopOption,
                       dryRunOption, allOrNothingOption, rejectsOption, roleOption, fullNameOption,
                       outOption});
    parser.addPositionalArgument(QStringLiteral("command"),
                                 tr("init, demo, info, check, import, users, backup or restore"));

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
    const QString user = parser.isSet(userOption) ? parser.value(userOption)
                                                  : qEnvironmentVariable("KONTOR_USER");
    const Context c{out, err, Database::resolvePath(parser.value(dbOption)), user};
    if (!positional.isEmpty() && positional.first() == u"users") {
        const QString what = positional.value(1);
        const bool json = parser.isSet(jsonOption);
        if (what == u"list" && positional.size() == 2)
            return commandUsersList(c, json);
        if (what == u"roles" && positional.size() == 2)
            return commandUsersRoles(c, json);
        if (what == u"add" && positional.size() == 3)
            return commandUsersAdd(c, positional[2], parser.value(roleOption), parser.value(fullNameOption));
        if (what == u"passwd" && positional.size() == 2)
            return commandUsersChange(c, what, QString(), QString());
        if ((what == u"disable" || what == u"enable" || what == u"reset-password")
            && positional.size() == 3)
            return commandUsersChange(c, what, positional[2], QString());
        if (what == u"set-role" && positional.size() == 4)
            return commandUsersChange(c, what, positional[2], positional[3]);
        if (what == u"define-role" && positional.size() >= 4)
            return commandUsersDefineRole(c, positional[2], positional.mid(3));
        if ((what == u"rename-role" && positional.size() == 4)
            || (what == u"delete-role" && positional.size() == 3))
            return commandUsersRoleChange(c, what, positional[2], positional.value(3));
        err << tr("kontor-cli: users takes 'list', 'roles', 'add NAME', 'passwd', 'disable NAME', "
                  "'enable NAME', 'reset-password NAME', 'set-role NAME ROLE', 'define-role NAME "
                  "PERMISSION...', 'rename-role NAME NEW' or 'delete-role NAME'.")
            << Qt::endl
            << tr("Try 'kontor-cli --help'.") << Qt::endl;
        return UsageError;
    }
    if (!positional.isEmpty() && positional.first() == u"import") {
        const QString what = positional.value(1);
        if (what == u"orders" && positional.size() > 2) {
            ImportArguments a;
            a.files = positional.mid(2);
            a.profile = parser.value(profileOption);
            a.shop = parser.value(shopOption);
            a.rejects = parser.value(rejectsOption);
            a.dryRun = parser.isSet(dryRunOption);
            a.allOrNothing = parser.isSet(allOrNothingOption);
            a.json = parser.isSet(jsonOption);
            return commandImportOrders(c, a);
        }
        if (what == u"history" && positional.size() == 2)
            return commandImportHistory(c, parser.isSet(jsonOption));
        bool ok = false;
        const qint64 batch = positional.value(2).toLongLong(&ok);
        if (what == u"undo" && positional.size() == 3 && ok && batch > 0)
            return commandImportUndo(c, batch);
        err << tr("kontor-cli: import takes 'orders FILE...', 'history' or 'undo BATCH'.") << Qt::endl
            << tr("Try 'kontor-cli --help'.") << Qt::endl;
        return UsageError;
    }
    if (positional.size() == 2 && positional.first() == u"restore")
        return commandRestore(c, positional[1]);
    if (positional.size() != 1) {
        err << (positional.isEmpty() ? tr("kontor-cli: no command given.")
                                     : tr("kontor-cli: one command at a time, not '%1'.").arg(positional.join(u' ')))
            << Qt::endl
            << tr("Try 'kontor-cli --help'.") << Qt::endl;
        return UsageError;
    }
    const QString command = positional.first();
    if (command == u"init")
        return commandInit(c, parser.value(nameOption), parser.value(countryOption),
                           parser.isSet(currencyOption)
                               ? parser.value(currencyOption)
                               : Countries::currency(parser.value(countryOption)).code(),
                           parser.value(chartOption));
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
    if (command == u"backup")
        return commandBackup(c, parser.value(outOption));
    err << tr("kontor-cli: unknown command '%1'.").arg(command) << Qt::endl
        << tr("Try 'kontor-cli --help'.") << Qt::endl;
    return UsageError;
}

} // namespace Kontor::Cli
