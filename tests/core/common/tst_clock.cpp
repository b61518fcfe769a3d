// SPDX-FileCopyrightText: 2026 The Kontor authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/clock.h"

#include <QTest>
#include <QTimeZone>

using namespace Kontor;
using namespace Qt::StringLiterals;

class TestClock : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void toStorage_writesUtcIso8601_data();
    void toStorage_writesUtcIso8601();
    void toStorage_writesWhatQtsIsoFormatWrites();
    void fromStorage_readsBackTheSameInstant_data();
    void fromStorage_readsBackTheSameInstant();
    void toStorage_ofLaterInstant_sortsLaterAsText_data();
    void toStorage_ofLaterInstant_sortsLaterAsText();
    void dates_roundTripAsIsoDays();
    void nowUtc_isNowInStorageForm();
};

void TestClock::toStorage_writesUtcIso8601_data()
{
    QTest::addColumn<QDateTime>("when");
    QTest::addColumn<QString>("stored");

    QTest::newRow("UTC") << QDateTime(QDate(2026, 11, 23), QTime(13, 45, 10), QTimeZone::utc())
                         << u"2026-11-23T13:45:10.000Z"_s;
    QTest::newRow("German winter time")
        << QDateTime(QDate(2026, 1, 1), QTime(0, 30), QTimeZone(3600)) << u"2025-12-31T23:30:00.000Z"_s;
    QTest::newRow("offset") << QDateTime(QDate(2026, 7, 1), QTime(9, 0), QTimeZone(-4 * 3600))
                            << u"2026-07-01T13:00:00.000Z"_s;
    QTest::newRow("milliseconds") << QDateTime(QDate(2026, 3, 1), QTime(8, 0, 0, 250),
        QTimeZone::utc()) << u"2026-03-01T08:00:00.250Z"_s;
    QTest::newRow("small year, padded") << QDateTime(QDate(812, 1, 2), QTime(3, 4, 5, 6),
        QTimeZone::utc()) << u"0812-01-02T03:04:05.006Z"_s;
    QTest::newRow("last millisecond of a year") << QDateTime(QDate(9999, 12, 31),
        QTime(23, 59, 59, 999), QTimeZone::utc()) << u"9999-12-31T23:59:59.999Z"_s;
    QTest::newRow("none") << QDateTime() << QString();
}

void TestClock::toStorage_writesUtcIso8601()
{
    QFETCH(QDateTime, when);
    QFETCH(QString, stored);
    QCOMPARE(Timestamps::toStorage(when), stored);
}

void TestClock::toStorage_writesWhatQtsIsoFormatWrites()
{
    // The storage form is written by hand for speed; it must stay Qt's ISO form to the letter.
    QDateTime when(QDate(1970, 1, 1), QTime(0, 0), QTimeZone::utc());
    quint64 step = 0x9e3779b97f4a7c15;
    for (int i = 0; i < 2000; ++i) {
        step = step * 6364136223846793005ULL + 1442695040888963407ULL;
        when = when.addMSecs(qint64(step >> 36)); // up to ~8 years at a time, any millisecond
        QCOMPARE(Timestamps::toStorage(when), when.toUTC().toString(Qt::ISODateWithMs));
        QCOMPARE(Timestamps::dateToStorage(when.date()), when.date().toString(Qt::ISODate));
    }
}

void TestClock::fromStorage_readsBackTheSameInstant_data()
{
    QTest::addColumn<QDateTime>("when");
    QTest::newRow("whole seconds")
        << QDateTime(QDate(2026, 11, 23), QTime(13, 45, 10), QTimeZone::utc());
    QTest::newRow("milliseconds") << QDateTime(
        QDate(2026, 11, 23), QTime(13, 45, 10, 7), QTimeZone::utc());
    QTest::newRow("other zone") << QDateTime(
        QDate(2026, 6, 30), QTime(23, 59, 59), QTimeZone(9 * 3600));
}

void TestClock::fromStorage_readsBackTheSameInstant()
{
    QFETCH(QDateTime, when);
    const QDateTime back = Timestamps::fromStorage(Timestamps::toStorage(when));
    QVERIFY(back.isValid());
    QCOMPARE(back.toMSecsSinceEpoch(), when.toMSecsSinceEpoch());
    QCOMPARE(back.timeSpec(), Qt::UTC);
}

void TestClock::toStorage_ofLaterInstant_sortsLaterAsText_data()
{
    // Lists sort and filter timestamps as text in SQL: text order must be time order.
    QTest::addColumn<QDateTime>("earlier");
    QTest::addColumn<QDateTime>("later");
    const QDateTime second(QDate(2026, 3, 1), QTime(8, 0, 0), QTimeZone::utc());
    QTest::newRow("seconds apart") << second << second.addSecs(1);
    QTest::newRow("whole second, then a quarter past") << second << second.addMSecs(250);
    QTest::newRow("a millisecond before the next second")
        << second.addMSecs(999) << second.addSecs(1);
    QTest::newRow("across a day") << second.addSecs(-1) << second;
}

void TestClock::toStorage_ofLaterInstant_sortsLaterAsText()
{
    QFETCH(QDateTime, earlier);
    QFETCH(QDateTime, later);
    const QString a = Timestamps::toStorage(earlier);
    const QString b = Timestamps::toStorage(later);
    QVERIFY2(a < b, qPrintable(a + u" does not sort before "_s + b));
}

void TestClock::dates_roundTripAsIsoDays()
{
    QCOMPARE(Timestamps::dateToStorage(QDate(2026, 2, 28)), u"2026-02-28"_s);
    QCOMPARE(Timestamps::dateFromStorage(u"2026-02-28"_s), QDate(2026, 2, 28));
    QVERIFY(Timestamps::dateToStorage(QDate()).isEmpty());
    QVERIFY(!Timestamps::dateFromStorage(QString()).isValid());
    QVERIFY(!Timestamps::dateFromStorage(u"2026-02-30"_s).isValid());
}

void TestClock::nowUtc_isNowInStorageForm()
{
    const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
    const QString now = Timestamps::nowUtc();
    const QDateTime after = QDateTime::currentDateTimeUtc().addSecs(1);
    QVERIFY2(now.endsWith(u'Z'), qPrintable(now));
    const QDateTime parsed = Timestamps::fromStorage(now);
    QVERIFY(parsed >= before && parsed <= after);
}

QTEST_GUILESS_MAIN(TestClock)
#include "tst_clock.moc"
