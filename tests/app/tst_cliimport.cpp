// SPDX-FileCopyrightText: 2026 The Kontor authors
// SPDX-License-Identifier: GPL-3.0-or-later
// `kontor-cli import` as a user runs it: the real binary in a child process.
#include "testsql.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

using namespace Kontor::Test;
using namespace Qt::StringLiterals;

namespace {

struct Run
{
    bool finished = false;
    int exitCode = -1;
    QString out;
    QString err;
    QString describe() const
    {
        return u"exit %1\nstdout:\n%2\nstderr:\n%3"_s.arg(exitCode).arg(out, err);
    }
};

const QString header = u"Name,Email,Financial Status,Paid at,Fulfillment Status,Currency,Subtotal,"
                       "Shipping,Taxes,Total,Discount Amount,Created at,Lineitem quantity,"
                       "Lineitem name,Lineitem price,Lineitem sku,Lineitem requires shipping,"
                       "Lineitem taxable,Lineitem discount,Billing Name,Notes,Cancelled at,"
                       "Refunded Amount,Vendor,Id,Tax 1 Name,Tax 1 Value,Duties"_s;

// A Shopify export of orders numbered from first, each with two lines and a multi-line note;
// the order editedOrder as the shop edited it, with two cups instead of one.
QByteArray shopifyOrders(int first, int count, const QString &badTotalOf = QString(),
                         const QString &editedOrder = QString())
{
    QByteArray csv = header.toUtf8() + '\n';
    for (int n = first; n < first + count; ++n) {
        const QString name = u"#%1"_s.arg(n);
        const bool edited = name == editedOrder;
        const QString total = name == badTotalOf ? u"\"19,9O\""_s
                              : edited           ? u"\"24.90\""_s
                                                 : u"\"19.90\""_s;
        const QString tax = edited ? u"3.98"_s : u"3.18"_s;
        csv += u"%1,k%2@example.de,paid,2026-03-01 10:01:00 +0100,unfulfilled,EUR,%4,4.90,%5,"
               "%3,0.00,2026-03-01 10:00:00 +0100,1,Grüner Tee,10.00,TEE-1,true,true,0.00,"
               "Jürgen Müller,\"Bitte klingeln,\nDanke\",,0.00,Laden,%2,VAT 19%,%5,\n"_s
                   .arg(name)
                   .arg(n)
                   .arg(total, edited ? u"20.00"_s : u"15.00"_s, tax)
                   .toUtf8();
        csv += u"%1,k%2@example.de,,,,,,,,,,2026-03-01 10:00:00 +0100,%3,Tasse,5.00,CUP-1,true,"
               "true,0.00,,,,,Laden,,,,\n"_s.arg(name)
                   .arg(n)
                   .arg(edited ? 2 : 1)
                   .toUtf8();
    }
    return csv;
}

} // namespace

class TestCliImport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void import_printsTheJsonReport_andExitsZero();
    void import_withRejectedOrder_exitsOneAndWritesTheRejects();
    void import_ofAnotherShopsExport_underTheSameName_saysToNameTheShop();
    void import_allOrNothing_andDryRun_saveNothing();
    void import_ofUnreadableOrNonOrderFile_exitsThree();
    void import_withBadOptions_exitsTwo();
    void history_andUndo_takeTheBatchBack();
    void import_killedMidRun_leavesTheCompanyAsItWas();

private:
    Run cli(const QStringList &arguments);
    QProcess *startCli(const QStringList &arguments);
    QString path(const QString &name) const { return m_dir->filePath(name); }
    QString write(const QString &name, const QByteArray &content) const;

    std::optional<QTemporaryDir> m_dir;
    QString m_db;
};

void TestCliImport::init()
{
    QVERIFY(QFileInfo::exists(QStringLiteral(KONTOR_CLI_PATH)));
    m_dir.emplace();
    QVERIFY(m_dir->isValid());
    m_db = path(u"company.sqlite"_s);
    const Run initialised = cli({u"init"_s, u"--name"_s, u"Lindenhof"_s, u"--db"_s, m_db});
    QVERIFY2(initialised.exitCode == 0, qPrintable(initialised.describe()));
}

void TestCliImport::cleanup()
{
    m_dir.reset();
}

QProcess *TestCliImport::startCli(const QStringList &arguments)
{
    auto *process = new QProcess(this);
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(u"KONTOR_DB"_s);
    environment.insert(u"HOME"_s, m_dir->path());
    environment.insert(u"LC_ALL"_s, u"C.UTF-8"_s);
    environment.insert(u"LANGUAGE"_s, u"en"_s);
    process->setProcessEnvironment(environment);
    process->setWorkingDirectory(m_dir->path());
    process->start(QStringLiteral(KONTOR_CLI_PATH), arguments);
    return process;
}

Run TestCliImport::cli(const QStringList &arguments)
{
    QProcess *process = startCli(arguments);
    Run run;
    if (process->waitForStarted(10000)) {
        run.finished = process->waitForFinished(120000) && process->exitStatus() == QProcess::NormalExit;
        run.exitCode = process->exitCode();
        run.out = QString::fromUtf8(process->readAllStandardOutput());
        run.err = QString::fromUtf8(process->readAllStandardError());
    }
    delete process;
    return run;
}

QString TestCliImport::write(const QString &name, const QByteArray &content) const
{
    QFile file(path(name));
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
        qFatal("cannot write %s", qPrintable(file.fileName()));
    return file.fileName();
}

void TestCliImport::import_printsTheJsonReport_andExitsZero()
{
    const QString file = write(u"orders.csv"_s, shopifyOrders(1001, 3));
    const Run run = cli({u"import"_s, u"orders"_s, file, u"--json"_s, u"--db"_s, m_db});
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    const QJsonObject report = QJsonDocument::fromJson(run.out.toUtf8()).object();
    QCOMPARE(report.value(u"file"_s).toString(), u"orders.csv"_s);
    QCOMPARE(report.value(u"profile"_s).toString(), u"shopify"_s);
    const QJsonObject orders = report.value(u"orders"_s).toObject();
    QCOMPARE(orders.value(u"inserted"_s).toInt(), 3);
    QCOMPARE(orders.value(u"updated"_s).toInt(), 0);
    QCOMPARE(orders.value(u"unchanged"_s).toInt(), 0);
    QCOMPARE(orders.value(u"rejected"_s).toInt(), 0);
    QCOMPARE(report.value(u"lines"_s).toInt(), 6);
    QCOMPARE(report.value(u"customers_created"_s).toInt(), 3);
    QCOMPARE(report.value(u"articles_created"_s).toInt(), 2);
    QVERIFY(report.value(u"errors"_s).toArray().isEmpty());

    const Run again = cli({u"import"_s, u"orders"_s, file, u"--json"_s, u"--db"_s, m_db});
    QVERIFY2(again.exitCode == 0, qPrintable(again.describe()));
    QCOMPARE(QJsonDocument::fromJson(again.out.toUtf8())
                 .object().value(u"orders"_s).toObject().value(u"unchanged"_s).toInt(), 3);
    const Run check = cli({u"check"_s, u"--db"_s, m_db});
    QVERIFY2(check.exitCode == 0, qPrintable(check.describe()));

    // The shop edited #1002: it is updated, booked anew, and the report says so.
    const QString edited = write(u"edited.csv"_s, shopifyOrders(1001, 3, {}, u"#1002"_s));
    const Run rebooked = cli({u"import"_s, u"orders"_s, edited, u"--json"_s, u"--db"_s, m_db});
    QVERIFY2(rebooked.exitCode == 0, qPrintable(rebooked.describe()));
    const QJsonObject counts =
        QJsonDocument::fromJson(rebooked.out.toUtf8()).object().value(u"orders"_s).toObject();
    QCOMPARE(counts.value(u"updated"_s).toInt(), 1);
    QCOMPARE(counts.value(u"edited"_s).toInt(), 1);
    QCOMPARE(counts.value(u"unchanged"_s).toInt(), 2);
    const Run text = cli({u"import"_s, u"orders"_s, edited, u"--db"_s, m_db});
    QVERIFY2(text.exitCode == 0 && text.out.contains(u"0 updated, 3 unchanged"_s),
             qPrintable(text.describe()));
    QVERIFY2(cli({u"check"_s, u"--db"_s, m_db}).exitCode == 0, "check after the edit");
}

void TestCliImport::import_withRejectedOrder_exitsOneAndWritesTheRejects()
{
    const QString file = write(u"orders.csv"_s, shopifyOrders(1001, 3, u"#1002"_s));
    const QString rejects = path(u"rejects.csv"_s);
    const Run run = cli({u"import"_s, u"orders"_s, file, u"--json"_s, u"--rejects"_s, rejects,
                         u"--db"_s, m_db});
    QVERIFY2(run.exitCode == 1, qPrintable(run.describe()));
    const QJsonObject report = QJsonDocument::fromJson(run.out.toUtf8()).object();
    QCOMPARE(report.value(u"orders"_s).toObject().value(u"inserted"_s).toInt(), 2);
    QCOMPARE(report.value(u"orders"_s).toObject().value(u"rejected"_s).toInt(), 1);
    const QJsonArray errors = report.value(u"errors"_s).toArray();
    QCOMPARE(errors.size(), 1);
    const QJsonObject error = errors.first().toObject();
    QCOMPARE(error.value(u"line"_s).toInt(), 5); // header, #1001 on lines 2–4 (its note has two)
    QCOMPARE(error.value(u"column"_s).toString(), u"Total"_s);
    QCOMPARE(error.value(u"value"_s).toString(), u"19,9O"_s);
    QVERIFY(!error.value(u"message"_s).toString().isEmpty());

    QFile saved(rejects);
    QVERIFY(saved.open(QIODevice::ReadOnly));
    const QByteArray content = saved.readAll();
    QVERIFY(content.startsWith(QByteArray(header.toUtf8() + '\n')));
    QVERIFY(content.contains("#1002,k1002@example.de,paid"));
    QVERIFY(!content.contains("#1001"));
    // Fixed and imported again, the rejected order goes in and nothing else changes.
    QByteArray fixed = content;
    fixed.replace("19,9O", "19.90");
    const Run again = cli({u"import"_s, u"orders"_s, write(u"fixed.csv"_s, fixed), u"--json"_s,
                           u"--db"_s, m_db});
    QVERIFY2(again.exitCode == 0, qPrintable(again.describe()));
    QCOMPARE(QJsonDocument::fromJson(again.out.toUtf8())
                 .object().value(u"orders"_s).toObject().value(u"inserted"_s).toInt(), 1);
}

void TestCliImport::import_ofAnotherShopsExport_underTheSameName_saysToNameTheShop()
{
    const Run first = cli({u"import"_s, u"orders"_s, write(u"a.csv"_s, shopifyOrders(1001, 3)),
                           u"--db"_s, m_db});
    QVERIFY2(first.exitCode == 0, qPrintable(first.describe()));
    // Another shop's orders with the same numbers, day and amounts, but their own Shopify ids.
    QByteArray other = shopifyOrders(1001, 3);
    for (int n = 1001; n <= 1003; ++n)
        other.replace(QByteArray(",Laden," + QByteArray::number(n) + ','),
                      QByteArray(",Laden,7" + QByteArray::number(n) + ','));
    const QString otherFile = write(u"b.csv"_s, other);
    const Run refused = cli({u"import"_s, u"orders"_s, otherFile, u"--db"_s, m_db});
    QVERIFY2(refused.exitCode == 1, qPrintable(refused.describe()));
    QVERIFY2(refused.out.contains(u"0 inserted, 0 updated, 0 unchanged, 3 rejected"_s)
                 && refused.out.contains(u"3 of the rejected orders have the numbers of other "
                                         "orders of the shop shopify"_s)
                 && refused.out.contains(u"--shop NAME"_s),
             qPrintable(refused.describe()));
    const Run named = cli({u"import"_s, u"orders"_s, otherFile, u"--shop"_s, u"laden-b"_s,
                           u"--json"_s, u"--db"_s, m_db});
    QVERIFY2(named.exitCode == 0, qPrintable(named.describe()));
    QCOMPARE(QJsonDocument::fromJson(named.out.toUtf8())
                 .object().value(u"orders"_s).toObject().value(u"inserted"_s).toInt(), 3);
}

void TestCliImport::import_allOrNothing_andDryRun_saveNothing()
{
    const QString bad = write(u"bad.csv"_s, shopifyOrders(1001, 3, u"#1003"_s));
    const Run strict = cli({u"import"_s, u"orders"_s, bad, u"--all-or-nothing"_s, u"--db"_s, m_db});
    QVERIFY2(strict.exitCode == 1, qPrintable(strict.describe()));
    QVERIFY(strict.out.contains(u"nothing was saved"_s));
    const Run dry = cli({u"import"_s, u"orders"_s, write(u"good.csv"_s, shopifyOrders(1001, 3)),
                         u"--dry-run"_s, u"--json"_s, u"--db"_s, m_db});
    QVERIFY2(dry.exitCode == 0, qPrintable(dry.describe()));
    QCOMPARE(QJsonDocument::fromJson(dry.out.toUtf8())
                 .object().value(u"orders"_s).toObject().value(u"inserted"_s).toInt(), 3);
    const Run info = cli({u"info"_s, u"--json"_s, u"--db"_s, m_db});
    QCOMPARE(QJsonDocument::fromJson(info.out.toUtf8())
                 .object().value(u"tables"_s).toObject().value(u"orders"_s).toInt(), 0);
}

void TestCliImport::import_ofUnreadableOrNonOrderFile_exitsThree()
{
    const Run missing = cli({u"import"_s, u"orders"_s, path(u"nowhere.csv"_s), u"--db"_s, m_db});
    QVERIFY2(missing.exitCode == 3, qPrintable(missing.describe()));
    QVERIFY(missing.err.contains(u"nowhere.csv"_s));
    const QString other = write(u"other.csv"_s, "Artikel;Menge\nTee;3\n");
    const Run unknown = cli({u"import"_s, u"orders"_s, other, u"--db"_s, m_db});
    QVERIFY2(unknown.exitCode == 3, qPrintable(unknown.describe()));
    QVERIFY(unknown.err.contains(u"other.csv"_s));
}

void TestCliImport::import_withBadOptions_exitsTwo()
{
    const QString file = write(u"orders.csv"_s, shopifyOrders(1001, 1));
    for (const QStringList &arguments :
         {QStringList{u"import"_s, u"orders"_s}, QStringList{u"import"_s, u"customers"_s, file},
          QStringList{u"import"_s, u"orders"_s, file, u"--profile"_s, u"magento"_s},
          QStringList{u"import"_s, u"undo"_s, u"x"_s}}) {
        const Run run = cli(arguments + QStringList{u"--db"_s, m_db});
        QVERIFY2(run.exitCode == 2, qPrintable(arguments.join(u' ') + u'\n' + run.describe()));
    }
}

void TestCliImport::history_andUndo_takeTheBatchBack()
{
    const QString file = write(u"orders.csv"_s, shopifyOrders(1001, 2));
    QCOMPARE(cli({u"import"_s, u"orders"_s, file, u"--db"_s, m_db}).exitCode, 0);
    const Run history = cli({u"import"_s, u"history"_s, u"--json"_s, u"--db"_s, m_db});
    QVERIFY2(history.exitCode == 0, qPrintable(history.describe()));
    const QJsonArray batches = QJsonDocument::fromJson(history.out.toUtf8()).array();
    QCOMPARE(batches.size(), 1);
    const QJsonObject batch = batches.first().toObject();
    QCOMPARE(batch.value(u"file"_s).toString(), u"orders.csv"_s);
    QCOMPARE(batch.value(u"undoable"_s).toBool(), true);
    const QString id = QString::number(batch.value(u"batch"_s).toInteger());
    const Run undo = cli({u"import"_s, u"undo"_s, id, u"--db"_s, m_db});
    QVERIFY2(undo.exitCode == 0, qPrintable(undo.describe()));
    const Run twice = cli({u"import"_s, u"undo"_s, id, u"--db"_s, m_db});
    QVERIFY2(twice.exitCode == 1, qPrintable(twice.describe()));
    const Run check = cli({u"check"_s, u"--db"_s, m_db});
    QVERIFY2(check.exitCode == 0, qPrintable(check.describe()));
}

void TestCliImport::import_killedMidRun_leavesTheCompanyAsItWas()
{
    // Some orders in the books first, then a big file whose import is killed half-way.
    QCOMPARE(cli({u"import"_s, u"orders"_s, write(u"first.csv"_s, shopifyOrders(1, 5)), u"--db"_s, m_db})
                 .exitCode, 0);
    DatabaseSnapshot before;
    {
        RawDatabase raw(m_db);
        QVERIFY(raw.isOpen());
        before = snapshot(raw.connection());
    }
    const QString big = write(u"big.csv"_s, shopifyOrders(100000, 40000));
    QProcess *process = startCli({u"import"_s, u"orders"_s, big, u"--db"_s, m_db});
    QVERIFY(process->waitForStarted(10000));
    // Killed once it is well into the file: the write-ahead log has grown (which takes its
    // time under the sanitizers, on a busy machine).
    const QString wal = m_db + u"-wal"_s;
    QTRY_VERIFY_WITH_TIMEOUT(QFileInfo(wal).size() > 2 * 1024 * 1024
                                 || process->state() == QProcess::NotRunning, 300000);
    QVERIFY2(process->state() == QProcess::Running, "the import ended before it could be killed");
    process->kill();
    QVERIFY(process->waitForFinished(10000));
    QCOMPARE(process->exitStatus(), QProcess::CrashExit);
    delete process;

    {
        RawDatabase raw(m_db);
        QVERIFY(raw.isOpen());
        QCOMPARE(describeChanges(before, snapshot(raw.connection())), QString());
    }
    const Run check = cli({u"check"_s, u"--db"_s, m_db});
    QVERIFY2(check.exitCode == 0, qPrintable(check.describe()));
    // And the same file imported again completes the run.
    const QString small = write(u"small.csv"_s, shopifyOrders(100000, 50));
    const Run again = cli({u"import"_s, u"orders"_s, small, u"--json"_s, u"--db"_s, m_db});
    QVERIFY2(again.exitCode == 0, qPrintable(again.describe()));
    QCOMPARE(QJsonDocument::fromJson(again.out.toUtf8())
                 .object().value(u"orders"_s).toObject().value(u"inserted"_s).toInt(), 50);
}

QTEST_GUILESS_MAIN(TestCliImport)
#include "tst_cliimport.moc"
