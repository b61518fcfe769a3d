// SPDX-FileCopyrightText: 2026 The Kontor authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "testcompany.h"
#include "testresult.h"
#include "testsql.h"

#include "accounting/accountingservice.h"
#include "company/company.h"
#include "orders/orderservice.h"
#include "stock/stockservice.h"

#include <QScopeGuard>
#include <QTest>
#include <QTranslator>

using namespace Kontor;
using namespace Kontor::Test;
using namespace Qt::StringLiterals;

class TestCompanyClass : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initialise_ofNewCompany_setsUpProfileSeriesChartAndWarehouse();
    void initialise_twice_isRefusedAndChangesNothing();
    void initialise_withoutNameCurrencyOrKnownCountry_isRefused_data();
    void initialise_withoutNameCurrencyOrKnownCountry_isRefused();
    void profile_ofCompanyNotSetUp_isAnError();
    void statistics_countsTheMainTablesInSchemaOrder();
    void open_ofExistingCompany_shipsFromTheSameWarehouseAsBefore();
    void open_existingOnlyOfMissingFile_isRefused();
    void records_areWrittenInTheCompanysLanguage_notTheUsers_data();
    void records_areWrittenInTheCompanysLanguage_notTheUsers();
};

void TestCompanyClass::initialise_ofNewCompany_setsUpProfileSeriesChartAndWarehouse()
{
    TestCompany company(TestCompany::Setup::Empty);
    QCOMPARE(valueOr(company->isInitialised(), true), false);
    CompanyProfile profile { u"  Lindenhof Tee & Keramik GmbH "_s, Currency::eur(), u"de"_s };
    KONTOR_VERIFY_OK(company->initialise(TestCompany::actor(), profile));

    QCOMPARE(valueOr(company->isInitialised(), false), true);
    const CompanyProfile stored = valueOr(company->profile(), CompanyProfile {});
    QCOMPARE(stored.name, u"Lindenhof Tee & Keramik GmbH"_s);
    QCOMPARE(stored.baseCurrency, Currency::eur());
    QCOMPARE(stored.country, u"DE"_s);

    const auto accounts = company->accounting().repository().accounts();
    KONTOR_VERIFY_OK(accounts);
    QVERIFY(accounts->size() >= 10);
    for (const QString &number : { u"1200"_s, u"1400"_s, u"1776"_s, u"1771"_s, u"3200"_s, u"3980"_s,
             u"8400"_s, u"8300"_s, u"8120"_s })
        QVERIFY2(company->accounting().accountId(number).ok(), qPrintable(number));
    const auto revenue = company->accounting().repository().findAccountByNumber(u"8400"_s);
    QCOMPARE(valueOr(revenue, std::optional<Account>())->vatRate, 1900);
    QCOMPARE(valueOr(revenue, std::optional<Account>())->kind, AccountKind::Income);

    const auto warehouses = company->stock().repository().warehouses();
    KONTOR_VERIFY_OK(warehouses);
    QCOMPARE(warehouses->size(), size_t(1));
    QCOMPARE(warehouses->front().code, u"MAIN"_s);
    QCOMPARE(company->orders().postingSetup().warehouse, warehouses->front().id);

    const QSqlDatabase db = company->database().connection();
    QCOMPARE(selectValue(db,
                 u"SELECT count(*) FROM number_series WHERE name IN "
                 "('customers', 'orders', 'employees', 'journal')"_s)
                 .toInt(),
        4);
    QCOMPARE(
        selectValue(db, u"SELECT count(*) FROM audit_log WHERE record_type = 'company'"_s).toInt(),
        1);
}

void TestCompanyClass::initialise_twice_isRefusedAndChangesNothing()
{
    TestCompany company(TestCompany::Setup::Initialised);
    const DatabaseSnapshot before = snapshot(company->database().connection());
    const Status again = company->initialise(TestCompany::actor(), { u"Andere GmbH"_s });
    QVERIFY(!again.ok());
    QVERIFY(!again.error().message.isEmpty());
    QCOMPARE(valueOr(company->profile(), CompanyProfile {}).name, u"Testfirma GmbH"_s);
    const QString changes = describeChanges(before, snapshot(company->database().connection()));
    QVERIFY2(changes.isEmpty(), qPrintable(changes));
}

void TestCompanyClass::initialise_withoutNameCurrencyOrKnownCountry_isRefused_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<QString>("country");
    QTest::addColumn<QString>("message");
    QTest::newRow("no name") << u"   "_s << u"EUR"_s << u"DE"_s << u"name"_s;
    QTest::newRow("no currency") << u"Firma"_s << QString() << u"DE"_s << u"currency"_s;
    QTest::newRow("no country") << u"Firma"_s << u"EUR"_s << QString() << u"country"_s;
    QTest::newRow("a country's name") << u"Firma"_s << u"EUR"_s << u"Deutschland"_s
                                      << u"“Deutschland”"_s;
}

void TestCompanyClass::initialise_withoutNameCurrencyOrKnownCountry_isRefused()
{
    QFETCH(QString, name);
    QFETCH(QString, currency);
    QFETCH(QString, country);
    QFETCH(QString, message);
    TestCompany company(TestCompany::Setup::Empty);
    const DatabaseSnapshot before = snapshot(company->database().connection());
    const Status s = company->initialise(TestCompany::actor(),
                                         {name, Currency::fromCode(currency), country});
    QVERIFY(!s.ok());
    QVERIFY2(s.error().message.contains(message), qPrintable(s.error().message));
    QCOMPARE(valueOr(company->isInitialised(), true), false);
    const QString changes = describeChanges(before, snapshot(company->database().connection()));
    QVERIFY2(changes.isEmpty(), qPrintable(changes));
}

void TestCompanyClass::profile_ofCompanyNotSetUp_isAnError()
{
    TestCompany company(TestCompany::Setup::Empty);
    const auto profile = company->profile();
    QVERIFY(!profile.ok());
    QVERIFY(!profile.error().message.isEmpty());
}

void TestCompanyClass::statistics_countsTheMainTablesInSchemaOrder()
{
    TestCompany company(TestCompany::Setup::Demo, 30);
    const auto stats = company->statistics();
    KONTOR_VERIFY_OK(stats);
    QStringList tables;
    for (const auto &[table, rows] : stats->tableRows) {
        tables << table;
        QCOMPARE(rows,
            selectValue(company->database().connection(), u"SELECT count(*) FROM "_s + table)
                .toLongLong());
    }
    QCOMPARE(tables.first(), u"customers"_s);
    QVERIFY(tables.contains(u"orders"_s));
    QVERIFY(tables.contains(u"journal_lines"_s));
    QVERIFY(tables.contains(u"audit_log"_s));
    QStringList unique = tables;
    unique.removeDuplicates();
    QCOMPARE(unique, tables);
}

void TestCompanyClass::open_ofExistingCompany_shipsFromTheSameWarehouseAsBefore()
{
    // Orders ship from the main warehouse set up with the company; adding another warehouse
    // (whose code happens to sort first) and restarting the program must not change that.
    TestCompany company(TestCompany::Setup::Initialised);
    const WarehouseId main = company->orders().postingSetup().warehouse;
    QVERIFY(main.isValid());
    KONTOR_VERIFY_OK(company->stock().createWarehouse(
        TestCompany::actor(), { WarehouseId(), u"AUSSEN"_s, u"Außenlager"_s }));
    QCOMPARE(company->orders().postingSetup().warehouse, main);
    company.reopen();
    QCOMPARE(company->orders().postingSetup().warehouse, main);
}

void TestCompanyClass::open_existingOnlyOfMissingFile_isRefused()
{
    TestCompany company(TestCompany::Setup::Empty);
    const QString missing = company.folder() + u"/missing.sqlite"_s;
    const auto opened = Company::open(missing, Database::OpenMode::ExistingOnly);
    QVERIFY(!opened.ok());
    QVERIFY(!QFileInfo::exists(missing));
}

void TestCompanyClass::records_areWrittenInTheCompanysLanguage_notTheUsers_data()
{
    QTest::addColumn<QString>("country");
    QTest::addColumn<QString>("usersLanguage");
    QTest::addColumn<QStringList>("expected"); // warehouse, movement, reversal

    const QStringList german{u"Hauptlager"_s, u"Wareneingang: 5 × TEE-1"_s,
                             u"Storno zu %1: Miete Dezember"_s};
    const QStringList english{u"Main warehouse"_s, u"Receipt: 5 × TEE-1"_s,
                              u"Reversal of %1: Miete Dezember"_s};
    QTest::newRow("German company, English desktop") << u"DE"_s << u"en"_s << german;
    QTest::newRow("Austrian company, German desktop") << u"AT"_s << u"de"_s << german;
    QTest::newRow("American company, German desktop") << u"US"_s << u"de"_s << english;
}

void TestCompanyClass::records_areWrittenInTheCompanysLanguage_notTheUsers()
{
    QFETCH(QString, country);
    QFETCH(QString, usersLanguage);
    QFETCH(QStringList, expected);
    QTranslator desktop;
    QVERIFY(desktop.load(u":/i18n/kontor_%1.qm"_s.arg(usersLanguage)));
    QCoreApplication::installTranslator(&desktop);
    const auto uninstall =
        qScopeGuard([&desktop] { QCoreApplication::removeTranslator(&desktop); });

    TestCompany company(TestCompany::Setup::Empty);
    KONTOR_VERIFY_OK(company->initialise(TestCompany::actor(),
                                         {u"Probe GmbH"_s, Currency::eur(), country}));
    const auto warehouses = company->stock().repository().warehouses();
    KONTOR_VERIFY_OK(warehouses);
    QCOMPARE(warehouses->front().name, expected[0]);

    // After a restart too: the language comes from the company, not from the session.
    company.reopen();
    Article tea;
    tea.sku = u"TEE-1"_s;
    tea.name = u"Tee"_s;
    tea.salesPrice = Money(590, Currency::eur());
    tea.purchasePrice = Money(200, Currency::eur());
    const auto article = company->stock().createArticle(TestCompany::actor(), tea);
    KONTOR_VERIFY_OK(article);
    StockMovement receipt;
    receipt.article = *article;
    receipt.warehouse = warehouses->front().id;
    receipt.quantity = Quantity(5);
    receipt.kind = MovementKind::Receipt;
    receipt.occurredAt = QDateTime::currentDateTimeUtc();
    KONTOR_VERIFY_OK(company->stock().recordMovement(TestCompany::actor(), receipt));
    const QSqlDatabase db = company->database().connection();
    QCOMPARE(selectValue(db, u"SELECT summary FROM audit_log WHERE record_type = "
                             "'stock_movement'"_s)
                 .toString(),
             expected[1]);

    JournalEntry rent;
    rent.bookingDate = QDate(2026, 12, 1);
    rent.description = u"Miete Dezember"_s;
    rent.currency = Currency::eur();
    rent.lines = {JournalLine::debiting(valueOr(company->accounting().accountId(u"4210"_s),
                                                AccountId()),
                                        Money(120000, Currency::eur())),
                  JournalLine::crediting(valueOr(company->accounting().accountId(u"1200"_s),
                                                 AccountId()),
                                         Money(120000, Currency::eur()))};
    const auto posted = company->accounting().post(TestCompany::actor(), rent);
    KONTOR_VERIFY_OK(posted);
    const auto reversal = company->accounting().reverse(TestCompany::actor(), *posted,
                                                        QDate(2026, 12, 2));
    KONTOR_VERIFY_OK(reversal);
    const QString number =
        selectValue(db, u"SELECT number FROM journal_entries WHERE id = %1"_s.arg(posted->value()))
            .toString();
    QCOMPARE(selectValue(db, u"SELECT description FROM journal_entries WHERE id = %1"_s.arg(
                                 reversal->value()))
                 .toString(),
             expected[2].arg(number));
}

QTEST_GUILESS_MAIN(TestCompanyClass)
#include "tst_company.moc"
