// SPDX-FileCopyrightText: 2026 The Kontor authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/result.h"

#include <QTest>

using namespace Kontor;
using namespace Qt::StringLiterals;

class TestResult : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void toString_putsThePlaceInFront_data();
    void toString_putsThePlaceInFront();
    void result_holdsValueOrError();
};

void TestResult::toString_putsThePlaceInFront_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<qint64>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("text");

    QTest::newRow("message only") << QString() << qint64(0) << 0 << QString() << u"kaputt"_s;
    QTest::newRow("file and line")
        << u"orders.csv"_s << qint64(12) << 0 << QString() << u"orders.csv:12: kaputt"_s;
    QTest::newRow("line only") << QString() << qint64(12) << 0 << QString() << u"line 12: kaputt"_s;
    QTest::newRow("field") << u"orders.csv"_s << qint64(12) << 3 << u"Total"_s
                           << u"orders.csv:12, column 'Total': kaputt"_s;
    QTest::newRow("column number")
        << u"orders.csv"_s << qint64(12) << 3 << QString() << u"orders.csv:12, column 3: kaputt"_s;
}

void TestResult::toString_putsThePlaceInFront()
{
    QFETCH(QString, file);
    QFETCH(qint64, line);
    QFETCH(int, column);
    QFETCH(QString, field);
    QFETCH(QString, text);
    QCOMPARE((Error { u"kaputt"_s, file, line, column, field }.toString()), text);
}

void TestResult::result_holdsValueOrError()
{
    const Result<int> value(42);
    QVERIFY(value.ok());
    QCOMPARE(*value, 42);
    const Result<int> failed(makeError(u"nein"_s));
    QVERIFY(!failed.ok());
    QCOMPARE(failed.error().message, u"nein"_s);
    const Status fine;
    QVERIFY(fine.ok());
    const Status bad(makeError(u"nein"_s));
    QVERIFY(!bad.ok());
    QCOMPARE(bad.error().message, u"nein"_s);
}

QTEST_GUILESS_MAIN(TestResult)
#include "tst_result.moc"
