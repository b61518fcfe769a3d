// SPDX-FileCopyrightText: 2026 The Kontor authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "testcompany.h"
#include "testsql.h"

#include "persistence/sql.h"

#include <QRegularExpression>
#include <QSqlError>
#include <QTest>

using namespace Kontor;
using namespace Kontor::Test;
using namespace Qt::StringLiterals;

class TestSql : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void splitStatements_endsStatementsOnlyAtTopLevelSemicolons_data();
    void splitStatements_endsStatementsOnlyAtTopLevelSemicolons();
    void splitStatements_ofRealMigrations_givesStatementsSqliteAccepts();

    void prefixUpperBound_boundsExactlyTheTextsWithThePrefix_data();
    void prefixUpperBound_boundsExactlyTheTextsWithThePrefix();

    void ftsPrefixQuery_makesEveryWordAQuotedPrefix_data();
    void ftsPrefixQuery_makesEveryWordAQuotedPrefix();

    void errorFrom_namesTheCauseInWords_data();
    void errorFrom_namesTheCauseInWords();
    void exec_ofRefusedStatement_givesReadableError();
};

void TestSql::splitStatements_endsStatementsOnlyAtTopLevelSemicolons_data()
{
    QTest::addColumn<QString>("script");
    QTest::addColumn<QStringList>("statements");

    QTest::newRow("two statements")
        << u"SELECT 1; SELECT 2;"_s << QStringList { u"SELECT 1"_s, u"SELECT 2"_s };
    QTest::newRow("last without semicolon")
        << u"SELECT 1;\nSELECT 2\n"_s << QStringList { u"SELECT 1"_s, u"SELECT 2"_s };
    QTest::newRow("empty statements dropped")
        << u";;  ;\nSELECT 1;;"_s << QStringList { u"SELECT 1"_s };
    QTest::newRow("nothing") << u"  \n "_s << QStringList {};
    QTest::newRow("semicolon in string")
        << u"INSERT INTO t VALUES ('a;b'); SELECT 2;"_s
        << QStringList { u"INSERT INTO t VALUES ('a;b')"_s, u"SELECT 2"_s };
    QTest::newRow("doubled quote in string")
        << u"SELECT 'it''s; fine'; SELECT 2"_s
        << QStringList { u"SELECT 'it''s; fine'"_s, u"SELECT 2"_s };
    QTest::newRow("semicolon in quoted identifier")
        << u"CREATE TABLE \"a;b\" (x); SELECT 2"_s
        << QStringList { u"CREATE TABLE \"a;b\" (x)"_s, u"SELECT 2"_s };
    QTest::newRow("dashes in string")
        << u"SELECT '--not a comment;'; SELECT 2"_s
        << QStringList { u"SELECT '--not a comment;'"_s, u"SELECT 2"_s };
    QTest::newRow("line comment with semicolon")
        << u"-- first; still a comment\nSELECT 1; -- done;\n"_s << QStringList { u"SELECT 1"_s };
    QTest::newRow("comment inside statement")
        << u"SELECT 1 -- one; two\n + 1;"_s << QStringList { u"SELECT 1 + 1"_s };
    QTest::newRow("block comment with semicolon") << u"/* setup; part one */ SELECT 1; SELECT 2;"_s
                                                  << QStringList { u"SELECT 1"_s, u"SELECT 2"_s };
    QTest::newRow("trigger body")
        << u"CREATE TRIGGER t AFTER INSERT ON a BEGIN INSERT INTO b VALUES (1); UPDATE c SET x = 1; END;\nSELECT 2;"_s
        << QStringList {
               u"CREATE TRIGGER t AFTER INSERT ON a BEGIN INSERT INTO b VALUES (1); UPDATE c SET x = 1; END"_s,
               u"SELECT 2"_s
           };
    QTest::newRow("temporary trigger, lower case")
        << u"create temp trigger t before delete on a begin select raise(abort, 'no; never'); end; select 2"_s
        << QStringList {
               u"create temp trigger t before delete on a begin select raise(abort, 'no; never'); end"_s,
               u"select 2"_s
           };
    QTest::newRow("block comment inside trigger")
        << u"CREATE TRIGGER t AFTER INSERT ON a BEGIN /* never; ever */ DELETE FROM b; END; SELECT 2"_s
        << QStringList { u"CREATE TRIGGER t AFTER INSERT ON a BEGIN DELETE FROM b; END"_s,
               u"SELECT 2"_s };
    QTest::newRow("trigger after comment")
        << u"-- keeps b in step\nCREATE TRIGGER t AFTER INSERT ON a BEGIN DELETE FROM b; END;"_s
        << QStringList { u"CREATE TRIGGER t AFTER INSERT ON a BEGIN DELETE FROM b; END"_s };
    QTest::newRow("trigger with END in a string")
        << u"CREATE TRIGGER t AFTER INSERT ON a BEGIN SELECT 'THE END'; SELECT 2; END; SELECT 3"_s
        << QStringList {
               u"CREATE TRIGGER t AFTER INSERT ON a BEGIN SELECT 'THE END'; SELECT 2; END"_s,
               u"SELECT 3"_s
           };
    QTest::newRow("trigger with CASE … END")
        << u"CREATE TRIGGER t AFTER INSERT ON a BEGIN UPDATE b SET x = CASE WHEN NEW.y THEN 1 ELSE 0 END; END; SELECT 2"_s
        << QStringList {
               u"CREATE TRIGGER t AFTER INSERT ON a BEGIN UPDATE b SET x = CASE WHEN NEW.y THEN 1 ELSE 0 END; END"_s,
               u"SELECT 2"_s
           };
    QTest::newRow("column named backend")
        << u"CREATE TRIGGER t AFTER INSERT ON a BEGIN UPDATE b SET backend = 1; END;"_s
        << QStringList {
               u"CREATE TRIGGER t AFTER INSERT ON a BEGIN UPDATE b SET backend = 1; END"_s
           };
}

void TestSql::splitStatements_endsStatementsOnlyAtTopLevelSemicolons()
{
    QFETCH(QString, script);
    QFETCH(QStringList, statements);

    // Whether comments are kept and how blanks are left does not matter to SQLite.
    static const QRegularExpression blockComment(
        u"/\\*.*?\\*/"_s, QRegularExpression::DotMatchesEverythingOption);
    QStringList split = Sql::splitStatements(script);
    for (QString &statement : split)
        statement = statement.remove(blockComment).simplified();
    QCOMPARE(split, statements);
}

void TestSql::splitStatements_ofRealMigrations_givesStatementsSqliteAccepts()
{
    // Every statement of every migration runs on its own in a fresh database.
    TestCompany company(TestCompany::Setup::Empty);
    const int latest = Database::latestSchemaVersion();
    QVERIFY(latest >= 1);
    RawDatabase raw(company.folder() + u"/raw.sqlite"_s);
    for (int version = 1; version <= latest; ++version) {
        QFile file(u":/kontor/sql/%1.sql"_s.arg(version, 4, 10, QChar(u'0')));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QStringList statements = Sql::splitStatements(QString::fromUtf8(file.readAll()));
        QVERIFY(!statements.isEmpty());
        for (const QString &statement : statements) {
            QVERIFY2(!statement.endsWith(u';'), qPrintable(statement));
            const QString error = raw.exec(statement);
            QVERIFY2(error.isEmpty(), qPrintable(statement + u"\n→ "_s + error));
        }
    }
}

void TestSql::prefixUpperBound_boundsExactlyTheTextsWithThePrefix_data()
{
    QTest::addColumn<QString>("prefix");
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("inside");

    QTest::newRow("itself") << u"TEE"_s << u"TEE"_s << true;
    QTest::newRow("longer") << u"TEE"_s << u"TEE-0001"_s << true;
    QTest::newRow("umlaut after") << u"A"_s << u"Aü"_s << true;
    QTest::newRow("emoji after") << u"A"_s << u"A😀"_s << true;
    QTest::newRow("next letter") << u"TEE"_s << u"TEF"_s << false;
    QTest::newRow("shorter") << u"TEE"_s << u"TE"_s << false;
    QTest::newRow("other case") << u"TEE"_s << u"tee-1"_s << false;
    QTest::newRow("umlaut prefix") << u"Mü"_s << u"Müller"_s << true;
    QTest::newRow("umlaut prefix, other") << u"Mü"_s << u"Mv"_s << false;
}

void TestSql::prefixUpperBound_boundsExactlyTheTextsWithThePrefix()
{
    QFETCH(QString, prefix);
    QFETCH(QString, text);
    QFETCH(bool, inside);

    // Compared by SQLite itself, in its binary (UTF-8) order.
    TestCompany company(TestCompany::Setup::Empty);
    const QVariant result = selectValue(company->database().connection(),
        u"SELECT ? >= ? AND ? < ?"_s, { text, prefix, text, Sql::prefixUpperBound(prefix) });
    QCOMPARE(result.toBool(), inside);
}

void TestSql::ftsPrefixQuery_makesEveryWordAQuotedPrefix_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("query");

    QTest::newRow("one word") << u"mül"_s << u"\"mül\"*"_s;
    QTest::newRow("two words") << u"  Anna   Müller "_s << u"\"Anna\"* \"Müller\"*"_s;
    QTest::newRow("operators dropped")
        << u"a\"b*c^d:e(f)g+h-i"_s
        << u"\"a\"* \"b\"* \"c\"* \"d\"* \"e\"* \"f\"* \"g\"* \"h\"* \"i\"*"_s;
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("operators only") << u"\"*-"_s << QString();
}

void TestSql::ftsPrefixQuery_makesEveryWordAQuotedPrefix()
{
    QFETCH(QString, text);
    QFETCH(QString, query);
    QCOMPARE(Sql::ftsPrefixQuery(text), query);
}

void TestSql::errorFrom_namesTheCauseInWords_data()
{
    QTest::addColumn<QString>("nativeCode");
    QTest::addColumn<QString>("expected");

    QTest::newRow("full") << u"13"_s << u"disk is full"_s;
    QTest::newRow("read-only") << u"8"_s << u"read-only"_s;
    QTest::newRow("busy") << u"5"_s << u"busy"_s;
    QTest::newRow("locked") << u"6"_s << u"busy"_s;
    QTest::newRow("corrupt") << u"11"_s << u"damaged"_s;
    QTest::newRow("not a database") << u"26"_s << u"not a company file"_s;
    QTest::newRow("constraint, extended code") << u"2067"_s << u"refused the change"_s;
    QTest::newRow("other") << u"1"_s << u"Database error"_s;
}

void TestSql::errorFrom_namesTheCauseInWords()
{
    QFETCH(QString, nativeCode);
    QFETCH(QString, expected);

    const QSqlError error(
        u"driver says"_s, u"sqlite says"_s, QSqlError::StatementError, nativeCode);
    const Error e = Sql::errorFrom(error);
    QVERIFY2(e.message.contains(expected), qPrintable(e.message));
}

void TestSql::exec_ofRefusedStatement_givesReadableError()
{
    TestCompany company(TestCompany::Setup::Initialised);
    const Status s = Sql::exec(company->database().connection(),
        u"INSERT INTO warehouses (code, name) VALUES ('MAIN', 'again')"_s);
    QVERIFY(!s.ok());
    QVERIFY2(s.error().message.contains(u"refused the change"_s), qPrintable(s.error().message));
    QVERIFY2(s.error().message.contains(u"UNIQUE"_s), qPrintable(s.error().message));
}

QTEST_GUILESS_MAIN(TestSql)
#include "tst_sql.moc"
