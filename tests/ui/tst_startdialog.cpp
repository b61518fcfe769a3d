// SPDX-FileCopyrightText: 2026 The Kontor authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "startdialog.h"

#include "common/sortkey.h"
#include "company/countries.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QScopeGuard>
#include <QTest>

using namespace Kontor::Ui;

class TestStartDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void showsWhereTheCompanyWillBe();
    void emptyCompany_needsAName();
    void demoCompany_needsNoName();
    void create_withoutName_doesNotAccept();
    void country_isOffered_andBringsItsCurrencyAndChart();

private:
    static QPushButton *createButton(StartDialog &dialog)
    {
        return dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    }
};

void TestStartDialog::showsWhereTheCompanyWillBe()
{
    StartDialog dialog(QStringLiteral("/home/clerk/kontor.sqlite"));
    bool found = false;
    for (const QLabel *label : dialog.findChildren<QLabel *>())
        found = found || label->text().contains(QStringLiteral("kontor.sqlite"));
    QVERIFY(found);
}

void TestStartDialog::emptyCompany_needsAName()
{
    StartDialog dialog(QStringLiteral("/tmp/a.sqlite"));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QCOMPARE(dialog.choice(), StartDialog::Choice::Empty);
    QVERIFY(!createButton(dialog)->isEnabled());
    auto *name = dialog.findChild<QLineEdit *>(QStringLiteral("companyName"));
    QTest::keyClicks(name, QStringLiteral("   "));
    QVERIFY(!createButton(dialog)->isEnabled());
    QTest::keyClicks(name, QStringLiteral("Lindenhof Handel GmbH "));
    QVERIFY(createButton(dialog)->isEnabled());
    QCOMPARE(dialog.companyName(), QStringLiteral("Lindenhof Handel GmbH"));
    QTest::mouseClick(createButton(dialog), Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
}

void TestStartDialog::demoCompany_needsNoName()
{
    StartDialog dialog(QStringLiteral("/tmp/a.sqlite"));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    dialog.findChild<QRadioButton *>(QStringLiteral("demoCompany"))->click();
    QCOMPARE(dialog.choice(), StartDialog::Choice::Demo);
    QVERIFY(createButton(dialog)->isEnabled());
    QVERIFY(!dialog.findChild<QLineEdit *>(QStringLiteral("companyName"))->isEnabled());
    QCOMPARE(dialog.companyName(), QString());
}

void TestStartDialog::create_withoutName_doesNotAccept()
{
    StartDialog dialog(QStringLiteral("/tmp/a.sqlite"));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(!dialog.isComplete());
    // Return in the empty dialog must not create a nameless company.
    QTest::keyClick(&dialog, Qt::Key_Return);
    QVERIFY(dialog.isVisible());
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
}

void TestStartDialog::country_isOffered_andBringsItsCurrencyAndChart()
{
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Austria));
    const auto restore = qScopeGuard([] { QLocale::setDefault(QLocale::c()); });
    StartDialog dialog(QStringLiteral("/tmp/a.sqlite"));
    auto *country = dialog.findChild<QComboBox *>(QStringLiteral("country"));
    auto *currency = dialog.findChild<QComboBox *>(QStringLiteral("currency"));
    auto *chart = dialog.findChild<QComboBox *>(QStringLiteral("chart"));
    const auto chartShown = [chart] { return Kontor::Chart(chart->currentData().toInt()); };
    // The system's country first, with its currency and its chart of accounts.
    QCOMPARE(country->currentData().toString(), QStringLiteral("AT"));
    QCOMPARE(currency->currentText(), QStringLiteral("EUR"));
    QCOMPARE(chartShown(), Kontor::Chart::General);
    QCOMPARE(chart->count(), int(Kontor::Charts::all().size()));
    country->setCurrentIndex(country->findData(QStringLiteral("DE")));
    QCOMPARE(chartShown(), Kontor::Chart::Skr03);
    QCOMPARE(dialog.profile().chart, std::optional(Kontor::Chart::Skr03));
    // Every country Kontor knows, in alphabetical order of their names.
    QCOMPARE(country->count(), int(Kontor::Countries::codes().size()));
    for (int i = 1; i < country->count(); ++i)
        QVERIFY2(Kontor::sortKey(country->itemText(i - 1)) < Kontor::sortKey(country->itemText(i)),
                 qPrintable(country->itemText(i)));

    dialog.setCompanyName(QStringLiteral("Zürcher Tee AG"));
    country->setCurrentIndex(country->findData(QStringLiteral("CH")));
    QCOMPARE(currency->currentText(), QStringLiteral("CHF"));
    QCOMPARE(chartShown(), Kontor::Chart::General);
    // The currency and the chart can differ from the country's: a Swiss shop that books in
    // euros, with SKR03 as its German parent does.
    currency->setCurrentText(QStringLiteral("EUR"));
    chart->setCurrentIndex(chart->findData(int(Kontor::Chart::Skr03)));
    const Kontor::CompanyProfile profile = dialog.profile();
    QCOMPARE(profile.name, QStringLiteral("Zürcher Tee AG"));
    QCOMPARE(profile.country, QStringLiteral("CH"));
    QCOMPARE(profile.baseCurrency, Kontor::Currency::fromCode(u"EUR"));
    QCOMPARE(profile.chart, std::optional(Kontor::Chart::Skr03));

    // A demo company is the German demo shop: nothing to choose.
    dialog.findChild<QRadioButton *>(QStringLiteral("demoCompany"))->click();
    QVERIFY(!country->isEnabled());
    QVERIFY(!currency->isEnabled());
    QVERIFY(!chart->isEnabled());
}

QTEST_MAIN(TestStartDialog)
#include "tst_startdialog.moc"
