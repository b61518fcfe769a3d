// SPDX-FileCopyrightText: 2026 The Kontor authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/booktexts.h"
#include "company/countries.h"

#include <QTest>

using namespace Kontor;
using namespace Qt::StringLiterals;

class TestBookTexts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void translate_speaksTheLanguageOfTheCountry_data();
    void translate_speaksTheLanguageOfTheCountry();
    void translate_ofPlural_choosesTheFormForN();
    void translate_ofUnknownText_givesTheSource();
};

void TestBookTexts::translate_speaksTheLanguageOfTheCountry_data()
{
    QTest::addColumn<QString>("country");
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("text");

    QTest::newRow("Germany") << u"DE"_s << u"de"_s << u"Wareneinsatz, Bestellung %1"_s;
    QTest::newRow("Switzerland, lower case") << u" ch"_s << u"de"_s
                                             << u"Wareneinsatz, Bestellung %1"_s;
    QTest::newRow("France") << u"FR"_s << u"en"_s << u"Cost of goods, order %1"_s;
    QTest::newRow("no country") << QString() << u"en"_s << u"Cost of goods, order %1"_s;
}

void TestBookTexts::translate_speaksTheLanguageOfTheCountry()
{
    QFETCH(QString, country);
    QFETCH(QString, language);
    QFETCH(QString, text);
    BookTexts texts;
    QCOMPARE(texts.language(), u"en"_s);
    texts.setLanguage(Countries::language(u"DE"_s)); // a change is followed, either way
    texts.setLanguage(Countries::language(country));
    QCOMPARE(texts.language(), language);
    QCOMPARE(texts.translate("Kontor::OrderService", "Cost of goods, order %1"), text);
}

void TestBookTexts::translate_ofPlural_choosesTheFormForN()
{
    BookTexts texts;
    const auto wrong = [&texts](int n) {
        return texts.translate("Kontor::UserService", "%n wrong password(s) in a row", nullptr, n);
    };
    QCOMPARE(wrong(1), u"1 wrong password in a row"_s);
    QCOMPARE(wrong(3), u"3 wrong passwords in a row"_s);
    texts.setLanguage(Countries::language(u"AT"_s));
    QCOMPARE(wrong(1), u"1 falsches Passwort in Folge"_s);
    QCOMPARE(wrong(12), u"12 falsche Passwörter in Folge"_s);
}

void TestBookTexts::translate_ofUnknownText_givesTheSource()
{
    BookTexts texts;
    texts.setLanguage(Countries::language(u"DE"_s));
    QCOMPARE(texts.translate("Kontor::Nowhere", "Nothing like this, %1"),
             u"Nothing like this, %1"_s);
}

QTEST_GUILESS_MAIN(TestBookTexts)
#include "tst_booktexts.moc"
