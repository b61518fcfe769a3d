// SPDX-FileCopyrightText: 2026 The Kontor authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/sortkey.h"

#include <QTest>

#include <algorithm>

using namespace Kontor;
using namespace Qt::StringLiterals;

class TestSortKey : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sortKey_foldsCaseAndAccents_data();
    void sortKey_foldsCaseAndAccents();
    void sortKey_ordersNamesAsAGermanDictionary_data();
    void sortKey_ordersNamesAsAGermanDictionary();
};

void TestSortKey::sortKey_foldsCaseAndAccents_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("key");

    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("ASCII") << u"de Vries & Co. 2"_s << u"de vries & co. 2"_s;
    QTest::newRow("umlauts") << u"Müller, Ölmann, Äpfel"_s << u"muller, olmann, apfel"_s;
    QTest::newRow("sharp s") << u"Straße, GROẞ"_s << u"strasse, gross"_s;
    QTest::newRow("French, Spanish") << u"Élodie Ñúñez Façade"_s << u"elodie nunez facade"_s;
    QTest::newRow("Scandinavian") << u"Ærø Øster Åse"_s << u"aero oster ase"_s;
    QTest::newRow("Polish, Czech") << u"Łódź Dvořák Đorđe"_s << u"lodz dvorak dorde"_s;
    QTest::newRow("Turkish") << u"İstanbul Işık Çelik"_s << u"istanbul isik celik"_s;
    QTest::newRow("ligature") << u"Œuvre ﬁligran"_s << u"oeuvre filigran"_s;
    QTest::newRow("decomposed input") << u"Mu\u0308ller"_s << u"muller"_s;
}

void TestSortKey::sortKey_foldsCaseAndAccents()
{
    QFETCH(QString, text);
    QFETCH(QString, key);
    QCOMPARE(sortKey(text), key);
}

void TestSortKey::sortKey_ordersNamesAsAGermanDictionary_data()
{
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("surnames") << QStringList{u"Adler"_s, u"de Vries"_s, u"Müller"_s,
                                             u"Muster"_s, u"Ölmann"_s, u"Schäfer"_s,
                                             u"Schulz"_s, u"Zander"_s};
    QTest::newRow("towns") << QStringList{u"Aachen"_s, u"Aalen"_s, u"Bad Tölz"_s,
                                          u"Bad Wörishofen"_s, u"Münster"_s, u"Mussbach"_s,
                                          u"Öhringen"_s, u"Zwickau"_s};
}

void TestSortKey::sortKey_ordersNamesAsAGermanDictionary()
{
    QFETCH(QStringList, expected);
    QStringList names = expected;
    std::reverse(names.begin(), names.end());
    // By key as SQLite compares text: code unit by code unit.
    std::stable_sort(names.begin(), names.end(), [](const QString &a, const QString &b) {
        return sortKey(a) < sortKey(b);
    });
    QCOMPARE(names, expected);
    // The order that the keys put right.
    QStringList byCodePoint = expected;
    std::sort(byCodePoint.begin(), byCodePoint.end());
    QVERIFY(byCodePoint != expected);
}

QTEST_GUILESS_MAIN(TestSortKey)
#include "tst_sortkey.moc"
