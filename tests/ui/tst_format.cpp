// SPDX-FileCopyrightText: 2026 The Kontor authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/format.h"

#include <QLocale>
#include <QTest>

using namespace Kontor;
using namespace Kontor::Ui;

class TestFormat : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup() { QLocale::setDefault(QLocale::c()); }

    void percent_writesBasisPointsInTheLocale_data();
    void percent_writesBasisPointsInTheLocale();
    void hours_roundsMinutesToHundredths_data();
    void hours_roundsMinutesToHundredths();
    void money_isGroupedWithCurrency_andEmptyWithoutOne();
    void quantity_isGrouped();
    void invalidDates_areBlank();
};

void TestFormat::percent_writesBasisPointsInTheLocale_data()
{
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<int>("basisPoints");
    QTest::addColumn<QString>("expected");
    const QLocale english(QLocale::English, QLocale::UnitedStates);
    const QLocale german(QLocale::German, QLocale::Germany);
    QTest::newRow("19 %") << english << 1900 << QStringLiteral("19%");
    QTest::newRow("7 %") << english << 700 << QStringLiteral("7%");
    QTest::newRow("0 %") << english << 0 << QStringLiteral("0%");
    QTest::newRow("5.5 %") << english << 550 << QStringLiteral("5.5%");
    QTest::newRow("12.25 %") << english << 1225 << QStringLiteral("12.25%");
    QTest::newRow("0.05 %") << english << 5 << QStringLiteral("0.05%");
    QTest::newRow("-0.5 %") << english << -50 << QStringLiteral("-0.5%");
    QTest::newRow("German 5,5 %") << german << 550 << QStringLiteral("5,5%");
    QTest::newRow("German 1.000 %") << german << 100000 << QStringLiteral("1.000%");
}

void TestFormat::percent_writesBasisPointsInTheLocale()
{
    QFETCH(QLocale, locale);
    QFETCH(int, basisPoints);
    QFETCH(QString, expected);
    QLocale::setDefault(locale);
    QCOMPARE(Format::percent(basisPoints), expected);
}

void TestFormat::hours_roundsMinutesToHundredths_data()
{
    QTest::addColumn<int>("minutes");
    QTest::addColumn<QString>("expected");
    QTest::newRow("40 h") << 2400 << QStringLiteral("40");
    QTest::newRow("38.5 h") << 2310 << QStringLiteral("38.5");
    QTest::newRow("20 min") << 20 << QStringLiteral("0.33");
    QTest::newRow("40 min") << 40 << QStringLiteral("0.67");
    QTest::newRow("none") << 0 << QStringLiteral("0");
}

void TestFormat::hours_roundsMinutesToHundredths()
{
    QFETCH(int, minutes);
    QFETCH(QString, expected);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QCOMPARE(Format::hours(minutes), expected);
}

void TestFormat::money_isGroupedWithCurrency_andEmptyWithoutOne()
{
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    const QString text = Format::money(Money(123456, Currency::eur()));
    QVERIFY2(text.contains(QStringLiteral("1.234,56")), qPrintable(text));
    QVERIFY2(text.contains(u'€'), qPrintable(text));
    QCOMPARE(Format::money(Money()), QString());
}

void TestFormat::quantity_isGrouped()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QCOMPARE(Format::quantity(Quantity(-12500)), QStringLiteral("-12,500"));
}

void TestFormat::invalidDates_areBlank()
{
    QCOMPARE(Format::date(QDate()), QString());
    QCOMPARE(Format::dateTime(QDateTime()), QString());
    QVERIFY(!Format::date(QDate(2026, 11, 23)).isEmpty());
}

QTEST_GUILESS_MAIN(TestFormat)
#include "tst_format.moc"
