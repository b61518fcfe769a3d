// SPDX-FileCopyrightText: 2026 The Kontor authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "testsql.h"

#include "persistence/database.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

using namespace Kontor;
using namespace Kontor::Test;
using namespace Qt::StringLiterals;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
    bool finished = false;

    QString describe() const
    {
        return u"exit %1\n--- stdout\n%2--- stderr\n%3"_s.arg(exitCode).arg(out, err);
    }
};

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void help_documentsCommandsAndExitCodes();
    void version_exitsZero();
    void usageError_exitsTwoAndCreatesNothing_data();
    void usageError_exitsTwoAndCreatesNothing();
    void infoAndCheck_ofMissingFile_exitThreeAndCreateNothing();
    void infoAndCheck_ofNewerSchema_exitThreeAndLeaveFileUnchanged();
    void infoAndCheck_ofFileThatIsNoCompany_exitThree();
    void demo_thenInfoJson_reportsTheOrders();
    void info_printsNameSchemaAndRowCounts();
    void check_ofDemoCompany_exitsZero();
    void check_ofCorruptedStockLevel_exitsOneNamingTheSku();
    void check_ofEditedAuditRow_exitsOneNamingTheRow();
    void init_twice_failsTheSecondTime();
    void demo_intoCompanyWithOrders_exitsOne();
    void dbOption_winsOverEnvironment();
    void withoutDbOrEnvironment_usesTheDefaultFileOfTheUser();

private:
    Run cli(const QStringList &arguments, const QString &environmentDb = QString());
    QString path(const QString &name = u"company.sqlite"_s) const { return m_dir->filePath(name); }

    std::optional<QTemporaryDir> m_dir;
};

void TestCli::init()
{
    QVERIFY(QFileInfo::exists(QStringLiteral(KONTOR_CLI_PATH)));
    m_dir.emplace();
    QVERIFY(m_dir->isValid());
}

void TestCli::cleanup()
{
    m_dir.reset();
}

Run TestCli::cli(const QStringList &arguments, const QString &environmentDb)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(u"KONTOR_DB"_s);
    if (!environmentDb.isEmpty())
        environment.insert(u"KONTOR_DB"_s, environmentDb);
    // The user's own default company file is never touched: home is the test's folder.
    const QString home = m_dir->filePath(u"home"_s);
    QDir().mkpath(home);
    environment.insert(u"HOME"_s, home);
    environment.insert(u"XDG_DATA_HOME"_s, home + u"/.local/share"_s);
    environment.insert(u"LC_ALL"_s, u"C.UTF-8"_s);
    environment.insert(u"LANGUAGE"_s, u"en"_s);
    process.setProcessEnvironment(environment);
    process.setWorkingDirectory(m_dir->path());
    process.start(QStringLiteral(KONTOR_CLI_PATH), arguments);
    Run run;
    if (!process.waitForStarted(10000))
        return run;
    run.finished = process.waitForFinished(120000) && process.exitStatus() == QProcess::NormalExit;
    run.exitCode = process.exitCode();
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

void TestCli::help_documentsCommandsAndExitCodes()
{
    const Run run = cli({ u"--help"_s });
    QVERIFY2(run.finished, qPrintable(run.describe()));
    QCOMPARE(run.exitCode, 0);
    for (const QString &expected : { u"Exit codes"_s, u"  0 "_s, u"  1 "_s, u"  2 "_s, u"  3 "_s,
             u"init"_s, u"demo"_s, u"info"_s, u"check"_s, u"--db"_s, u"KONTOR_DB"_s, u"--json"_s })
        QVERIFY2(run.out.contains(expected), qPrintable(expected + u" missing:\n"_s + run.out));
}

void TestCli::version_exitsZero()
{
    const Run run = cli({ u"--version"_s });
    QVERIFY2(run.finished && run.exitCode == 0, qPrintable(run.describe()));
    QVERIFY(!run.out.trimmed().isEmpty());
}

void TestCli::usageError_exitsTwoAndCreatesNothing_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("no command") << QStringList {};
    QTest::newRow("unknown command") << QStringList { u"frobnicate"_s };
    QTest::newRow("two commands") << QStringList { u"info"_s, u"check"_s };
    QTest::newRow("unknown option") << QStringList { u"info"_s, u"--frobnicate"_s };
    QTest::newRow("orders not a number") << QStringList { u"demo"_s, u"--orders"_s, u"many"_s };
    QTest::newRow("negative orders") << QStringList { u"demo"_s, u"--orders"_s, u"-5"_s };
    QTest::newRow("seed not a number") << QStringList { u"demo"_s, u"--seed"_s, u"x"_s };
    QTest::newRow("currency not a code") << QStringList { u"init"_s, u"--currency"_s, u"EURO"_s };
    QTest::newRow("unknown country") << QStringList { u"init"_s, u"--country"_s, u"Deutschland"_s };
    QTest::newRow("unknown chart") << QStringList { u"init"_s, u"--chart"_s, u"skr04"_s };
    QTest::newRow("option without value") << QStringList { u"info"_s, u"--db"_s };
}

void TestCli::usageError_exitsTwoAndCreatesNothing()
{
    QFETCH(QStringList, arguments);
    if (!arguments.contains(u"--db"_s))
        arguments << u"--db"_s << path();
    const Run run = cli(arguments);
    QVERIFY2(run.finished, qPrintable(run.describe()));
    QVERIFY2(run.exitCode == 2, qPrintable(run.describe()));
    QVERIFY2(!run.err.trimmed().isEmpty(), qPrintable(run.describe()));
    QVERIFY(!QFileInfo::exists(path()));
}

void TestCli::infoAndCheck_ofMissingFile_exitThreeAndCreateNothing()
{
    const QString missing = m_dir->filePath(u"nowhere/missing.sqlite"_s);
    for (const QString &command : { u"info"_s, u"check"_s }) {
        const Run run = cli({ command, u"--db"_s, missing });
        QVERIFY2(run.finished && run.exitCode == 3, qPrintable(run.describe()));
        QVERIFY2(run.err.contains(u"missing.sqlite"_s), qPrintable(run.describe()));
        QVERIFY(!QFileInfo::exists(missing));
        QVERIFY(!QFileInfo::exists(m_dir->filePath(u"nowhere"_s)));
    }
}

void TestCli::infoAndCheck_ofNewerSchema_exitThreeAndLeaveFileUnchanged()
{
    QCOMPARE(cli({ u"init"_s, u"--db"_s, path() }).exitCode, 0);
    {
        RawDatabase raw(path());
        QCOMPARE(raw.exec(u"PRAGMA user_version = %1"_s.arg(Database::latestSchemaVersion() + 1)),
            QString());
    }
    const QByteArray before = fileDigest(path());
    for (const QString &command : { u"info"_s, u"check"_s, u"demo"_s, u"init"_s }) {
        const Run run = cli({ command, u"--db"_s, path() });
        QVERIFY2(run.finished && run.exitCode == 3, qPrintable(command + u": "_s + run.describe()));
        QVERIFY2(run.err.contains(u"newer Kontor"_s), qPrintable(run.describe()));
    }
    QCOMPARE(fileDigest(path()), before);
}

void TestCli::infoAndCheck_ofFileThatIsNoCompany_exitThree()
{
    {
        QFile text(path(u"notes.txt"_s));
        QVERIFY(text.open(QIODevice::WriteOnly));
        text.write("Einkaufsliste: Tee, Tassen\n");
    }
    for (const QString &command : { u"info"_s, u"check"_s }) {
        const Run run = cli({ command, u"--db"_s, path(u"notes.txt"_s) });
        QVERIFY2(run.finished && run.exitCode == 3, qPrintable(run.describe()));
    }
}

void TestCli::demo_thenInfoJson_reportsTheOrders()
{
    const Run demo = cli({ u"demo"_s, u"--orders"_s, u"50"_s, u"--db"_s, path() });
    QVERIFY2(demo.finished && demo.exitCode == 0, qPrintable(demo.describe()));

    const Run info = cli({ u"info"_s, u"--json"_s, u"--db"_s, path() });
    QVERIFY2(info.finished && info.exitCode == 0, qPrintable(info.describe()));
    QJsonParseError error;
    const QJsonDocument json = QJsonDocument::fromJson(info.out.toUtf8(), &error);
    QVERIFY2(error.error == QJsonParseError::NoError,
        qPrintable(error.errorString() + u'\n' + info.out));
    QVERIFY(json.isObject());
    const QJsonObject root = json.object();
    QCOMPARE(root.value(u"tables"_s).toObject().value(u"orders"_s).toInteger(), qint64(50));
    QVERIFY(root.value(u"tables"_s).toObject().value(u"order_lines"_s).toInteger() >= 50);
    QCOMPARE(root.value(u"schema_version"_s).toInt(), Database::latestSchemaVersion());
    QCOMPARE(root.value(u"currency"_s).toString(), u"EUR"_s);
    QCOMPARE(root.value(u"country"_s).toString(), u"DE"_s);
    QCOMPARE(root.value(u"chart"_s).toString(), u"skr03"_s);
    QVERIFY(!root.value(u"company"_s).toString().isEmpty());
    QCOMPARE(QFileInfo(root.value(u"path"_s).toString()).canonicalFilePath(),
        QFileInfo(path()).canonicalFilePath());
}

void TestCli::info_printsNameSchemaAndRowCounts()
{
    // A Swiss company keeps its books in francs unless told otherwise.
    QCOMPARE(cli({ u"init"_s, u"--name"_s, u"Kaffeerösterei Süd"_s, u"--country"_s, u"ch"_s,
                   u"--db"_s, path() })
                 .exitCode,
             0);
    const Run run = cli({ u"info"_s, u"--db"_s, path() });
    QVERIFY2(run.finished && run.exitCode == 0, qPrintable(run.describe()));
    QVERIFY2(run.out.contains(u"Kaffeerösterei Süd"_s), qPrintable(run.out));
    QVERIFY2(run.out.contains(u"Switzerland (CH), books in CHF"_s), qPrintable(run.out));
    QVERIFY2(run.out.contains(u"Chart:        General chart (any country)"_s),
             qPrintable(run.out));
    QVERIFY2(
        run.out.contains(QString::number(Database::latestSchemaVersion())), qPrintable(run.out));
    QVERIFY2(run.out.contains(u"orders"_s), qPrintable(run.out));
}

void TestCli::check_ofDemoCompany_exitsZero()
{
    QCOMPARE(cli({ u"demo"_s, u"--orders"_s, u"50"_s, u"--db"_s, path() }).exitCode, 0);
    const Run run = cli({ u"check"_s, u"--db"_s, path() });
    QVERIFY2(run.finished && run.exitCode == 0, qPrintable(run.describe()));
    QVERIFY(!run.out.trimmed().isEmpty());
}

void TestCli::check_ofCorruptedStockLevel_exitsOneNamingTheSku()
{
    QCOMPARE(cli({ u"demo"_s, u"--orders"_s, u"50"_s, u"--db"_s, path() }).exitCode, 0);
    {
        RawDatabase raw(path());
        QCOMPARE(raw.exec(u"UPDATE stock_levels SET quantity = quantity + 3 WHERE article_id = "
                          "(SELECT id FROM articles WHERE sku = 'TEE-0003') AND warehouse_id = "
                          "(SELECT id FROM warehouses WHERE code = 'MAIN')"_s),
            QString());
        QCOMPARE(raw.value(u"SELECT changes()"_s).toInt(), 1);
    }
    const Run run = cli({ u"check"_s, u"--db"_s, path() });
    QVERIFY2(run.finished && run.exitCode == 1, qPrintable(run.describe()));
    QVERIFY2(run.out.contains(u"TEE-0003"_s), qPrintable(run.describe()));
    QCOMPARE(run.out.trimmed().split(u'\n').size(), 1); // exactly one problem, one line
    QVERIFY2(run.err.contains(u"1 problem"_s), qPrintable(run.describe()));
}

void TestCli::check_ofEditedAuditRow_exitsOneNamingTheRow()
{
    QCOMPARE(cli({ u"demo"_s, u"--orders"_s, u"20"_s, u"--db"_s, path() }).exitCode, 0);
    {
        RawDatabase raw(path());
        QCOMPARE(raw.exec(u"DROP TRIGGER audit_log_no_update"_s), QString());
        QCOMPARE(raw.exec(u"UPDATE audit_log SET user_name = 'nobody' WHERE id = 17"_s), QString());
    }
    const Run run = cli({ u"check"_s, u"--db"_s, path() });
    QVERIFY2(run.finished && run.exitCode == 1, qPrintable(run.describe()));
    QVERIFY2(run.out.contains(u"audit row 17"_s), qPrintable(run.describe()));
}

void TestCli::init_twice_failsTheSecondTime()
{
    const Run first = cli({ u"init"_s, u"--name"_s, u"Erste GmbH"_s, u"--db"_s, path() });
    QVERIFY2(first.finished && first.exitCode == 0, qPrintable(first.describe()));
    const Run second = cli({ u"init"_s, u"--name"_s, u"Zweite GmbH"_s, u"--db"_s, path() });
    QVERIFY2(second.finished && second.exitCode == 1, qPrintable(second.describe()));
    QVERIFY(!second.err.trimmed().isEmpty());
    const Run info = cli({ u"info"_s, u"--json"_s, u"--db"_s, path() });
    QCOMPARE(QJsonDocument::fromJson(info.out.toUtf8()).object().value(u"company"_s).toString(),
        u"Erste GmbH"_s);
}

void TestCli::demo_intoCompanyWithOrders_exitsOne()
{
    QCOMPARE(cli({ u"demo"_s, u"--orders"_s, u"20"_s, u"--db"_s, path() }).exitCode, 0);
    const Run again = cli({ u"demo"_s, u"--orders"_s, u"20"_s, u"--db"_s, path() });
    QVERIFY2(again.finished && again.exitCode == 1, qPrintable(again.describe()));
    const Run info = cli({ u"info"_s, u"--json"_s, u"--db"_s, path() });
    QCOMPARE(QJsonDocument::fromJson(info.out.toUtf8())
                 .object()
                 .value(u"tables"_s)
                 .toObject()
                 .value(u"orders"_s)
                 .toInteger(),
        qint64(20));
}

void TestCli::dbOption_winsOverEnvironment()
{
    const QString fromOption = path(u"option.sqlite"_s);
    const QString fromEnvironment = path(u"environment.sqlite"_s);
    QCOMPARE(
        cli({ u"init"_s, u"--name"_s, u"Aus der Option"_s, u"--db"_s, fromOption }).exitCode, 0);
    QCOMPARE(cli({ u"init"_s, u"--name"_s, u"Aus der Umgebung"_s }, fromEnvironment).exitCode, 0);
    QVERIFY(QFileInfo::exists(fromEnvironment));

    const Run both = cli({ u"info"_s, u"--json"_s, u"--db"_s, fromOption }, fromEnvironment);
    QVERIFY2(both.exitCode == 0, qPrintable(both.describe()));
    QCOMPARE(QJsonDocument::fromJson(both.out.toUtf8()).object().value(u"company"_s).toString(),
        u"Aus der Option"_s);
    const Run environmentOnly = cli({ u"info"_s, u"--json"_s }, fromEnvironment);
    QVERIFY2(environmentOnly.exitCode == 0, qPrintable(environmentOnly.describe()));
    QCOMPARE(QJsonDocument::fromJson(environmentOnly.out.toUtf8())
                 .object()
                 .value(u"company"_s)
                 .toString(),
        u"Aus der Umgebung"_s);
}

void TestCli::withoutDbOrEnvironment_usesTheDefaultFileOfTheUser()
{
    const Run missing = cli({ u"info"_s });
    QVERIFY2(missing.exitCode == 3, qPrintable(missing.describe()));
    const Run init = cli({ u"init"_s, u"--name"_s, u"Standard GmbH"_s });
    QVERIFY2(init.exitCode == 0, qPrintable(init.describe()));
    QStringList made;
    QDirIterator it(m_dir->filePath(u"home"_s), { u"*.sqlite"_s }, QDir::Files | QDir::Hidden,
        QDirIterator::Subdirectories);
    while (it.hasNext())
        made << it.next();
    QCOMPARE(made.size(), 1);
    QCOMPARE(QFileInfo(made.front()).fileName(), u"kontor.sqlite"_s);
    const Run info = cli({ u"info"_s, u"--json"_s });
    QCOMPARE(QJsonDocument::fromJson(info.out.toUtf8()).object().value(u"company"_s).toString(),
        u"Standard GmbH"_s);
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
