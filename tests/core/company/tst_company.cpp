// SPDX-FileCopyrightText: 2026 The Kontor authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "testcompany.h"
#include "testresult.h"
#include "testsql.h"

#include "accounting/accountingservice.h"
#include "builders.h"
#include "common/booktexts.h"
#include "company/company.h"
#include "company/countries.h"
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
    void initialise_keepsTheBooksInTheCountrysChart_orTheOneChosen_data();
    void initialise_keepsTheBooksInTheCountrysChart_orTheOneChosen();
    void postingSetup_namesOnlyAccountsOfItsChart_ofTheRightKind_data();
    void postingSetup_namesOnlyAccountsOfItsChart_ofTheRightKind();
    void order_inTheGeneralChart_booksAnyRateToSalesAndTax_alsoAfterReopening();
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
    QTest::addColumn<QStringList>("rentAndBank"); // accounts of the company's chart

    const QStringList german{u"Hauptlager"_s, u"Wareneingang: 5 × TEE-1"_s,
                             u"Storno zu %1: Miete Dezember"_s};
    const QStringList english{u"Main warehouse"_s, u"Receipt: 5 × TEE-1"_s,
                              u"Reversal of %1: Miete Dezember"_s};
    const QStringList skr03{u"4210"_s, u"1200"_s};
    const QStringList general{u"6100"_s, u"1010"_s};
    QTest::newRow("German company, English desktop") << u"DE"_s << u"en"_s << german << skr03;
    QTest::newRow("Austrian company, German desktop") << u"AT"_s << u"de"_s << german << general;
    QTest::newRow("American company, German desktop")
        << u"US"_s << u"de"_s << english << general;
}

void TestCompanyClass::records_areWrittenInTheCompanysLanguage_notTheUsers()
{
    QFETCH(QString, country);
    QFETCH(QString, usersLanguage);
    QFETCH(QStringList, expected);
    QFETCH(QStringList, rentAndBank);
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
    rent.lines = {JournalLine::debiting(valueOr(company->accounting().accountId(rentAndBank[0]),
                                                AccountId()),
                                        Money(120000, Currency::eur())),
                  JournalLine::crediting(valueOr(company->accounting().accountId(rentAndBank[1]),
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

void TestCompanyClass::initialise_keepsTheBooksInTheCountrysChart_orTheOneChosen_data()
{
    QTest::addColumn<QString>("country");
    QTest::addColumn<int>("chosen"); // -1: none, the country's
    QTest::addColumn<int>("chart");
    QTest::addColumn<QStringList>("accounts"); // "number name" that must be there
    QTest::addColumn<QString>("absent");       // an account of the other chart

    const int none = -1;
    const int skr03 = int(Chart::Skr03);
    const int general = int(Chart::General);
    QTest::newRow("Germany: SKR03")
        << u"DE"_s << none << skr03
        << QStringList{u"8400 Erlöse 19 % USt"_s, u"1400 Forderungen aus Lieferungen und "
                                                   "Leistungen"_s}
        << u"4000"_s;
    QTest::newRow("United States: the general chart, in English")
        << u"US"_s << none << general
        << QStringList{u"4000 Sales"_s, u"2100 VAT and sales tax payable"_s,
                       u"1100 Accounts receivable"_s}
        << u"8400"_s;
    QTest::newRow("Austria: the general chart, in German")
        << u"AT"_s << none << general
        << QStringList{u"4000 Erlöse"_s, u"2100 Umsatzsteuer"_s,
                       u"1100 Forderungen aus Lieferungen und Leistungen"_s}
        << u"8400"_s;
    QTest::newRow("Germany, the general chart chosen")
        << u"DE"_s << general << general << QStringList{u"4000 Erlöse"_s} << u"8400"_s;
    QTest::newRow("United States, SKR03 chosen")
        << u"US"_s << skr03 << skr03 << QStringList{u"8400 Erlöse 19 % USt"_s} << u"4000"_s;
}

void TestCompanyClass::initialise_keepsTheBooksInTheCountrysChart_orTheOneChosen()
{
    QFETCH(QString, country);
    QFETCH(int, chosen);
    QFETCH(int, chart);
    QFETCH(QStringList, accounts);
    QFETCH(QString, absent);
    TestCompany company(TestCompany::Setup::Empty);
    CompanyProfile profile{u"Probe"_s, Countries::currency(country), country};
    if (chosen >= 0)
        profile.chart = Chart(chosen);
    KONTOR_VERIFY_OK(company->initialise(TestCompany::actor(), profile));
    company.reopen(); // the chart is the file's, not the session's
    QCOMPARE(valueOr(company->profile(), CompanyProfile{}).chart, std::optional(Chart(chart)));
    for (const QString &account : std::as_const(accounts)) {
        const QString number = account.section(u' ', 0, 0);
        const auto found = company->accounting().repository().findAccountByNumber(number);
        QCOMPARE(u"%1 %2"_s.arg(number, valueOr(found, std::optional<Account>()).value_or(
                                             Account{}).name),
                 account);
    }
    QVERIFY(!company->accounting().accountId(absent).ok());
    // Orders post to accounts of this chart.
    QCOMPARE(company->orders().postingSetup().receivableAccount,
             Charts::postingSetup(Chart(chart)).receivableAccount);
}

void TestCompanyClass::postingSetup_namesOnlyAccountsOfItsChart_ofTheRightKind_data()
{
    QTest::addColumn<int>("chart");
    for (Chart chart : Charts::all())
        QTest::newRow(qPrintable(Charts::code(chart))) << int(chart);
}

void TestCompanyClass::postingSetup_namesOnlyAccountsOfItsChart_ofTheRightKind()
{
    QFETCH(int, chart);
    BookTexts texts;
    const std::vector<Account> accounts = Charts::accounts(Chart(chart), texts);
    const OrderPostingSetup setup = Charts::postingSetup(Chart(chart));
    const auto kindOf = [&](const QString &number) {
        const auto found = std::find_if(accounts.begin(), accounts.end(),
                                        [&](const Account &a) { return a.number == number; });
        return found == accounts.end() ? std::optional<AccountKind>() : found->kind;
    };
    const auto expect = [&](const QString &number, AccountKind kind) {
        QVERIFY2(kindOf(number) == kind, qPrintable(number));
    };
    expect(setup.receivableAccount, AccountKind::Asset);
    expect(setup.bankAccount, AccountKind::Asset);
    expect(setup.inventoryAccount, AccountKind::Asset);
    expect(setup.costOfGoodsAccount, AccountKind::Expense);
    expect(setup.otherRevenueAccount, AccountKind::Income);
    expect(setup.otherVatAccount, AccountKind::Liability);
    expect(setup.refundsAccount, AccountKind::Income);
    expect(setup.tipsAccount, AccountKind::Liability);
    for (auto it = setup.revenueAccounts.cbegin(); it != setup.revenueAccounts.cend(); ++it) {
        expect(*it, AccountKind::Income);
        QCOMPARE(std::find_if(accounts.begin(), accounts.end(), [&](const Account &a) {
                     return a.number == *it;
                 })->vatRate, it.key());
    }
    for (auto it = setup.vatAccounts.cbegin(); it != setup.vatAccounts.cend(); ++it)
        expect(*it, AccountKind::Liability);
    // Each number once.
    QStringList numbers;
    for (const Account &a : accounts)
        numbers << a.number;
    const qsizetype all = numbers.size();
    numbers.removeDuplicates();
    QCOMPARE(numbers.size(), all);
}

void TestCompanyClass::order_inTheGeneralChart_booksAnyRateToSalesAndTax_alsoAfterReopening()
{
    // An American shop: sales tax of 8.25 % on top. SKR03 has no account for that rate and
    // refuses such an order; the general chart books every rate to Sales and the tax account.
    TestCompany company(TestCompany::Setup::Empty);
    const Currency usd = Currency::fromCode(u"USD"_s);
    KONTOR_VERIFY_OK(company->initialise(TestCompany::actor(), {u"Shop Inc."_s, usd, u"US"_s}));
    const auto balance = [&](const QString &account) {
        return selectValue(company->database().connection(),
                           u"SELECT coalesce(sum(jl.debit - jl.credit), 0) FROM journal_lines jl "
                           "JOIN accounts a ON a.id = jl.account_id WHERE a.number = ?"_s,
                           {account})
            .toLongLong();
    };
    for (const QString &id : {u"US-1"_s, u"US-2"_s}) {
        const Order order = OrderBuilder(id)
                                .currency(usd)
                                .pricesExcludeTax()
                                .status(OrderStatus::Paid)
                                .serviceLine(u"Gift wrapping"_s, 2000, 825)
                                .build();
        KONTOR_VERIFY_OK(company->orders().create(TestCompany::actor(), order));
        company.reopen();
    }
    QCOMPARE(balance(u"1010"_s), 2 * 2165); // paid: 20.00 + 1.65 tax, twice
    QCOMPARE(balance(u"1100"_s), 0);
    QCOMPARE(balance(u"4000"_s), -2 * 2000);
    QCOMPARE(balance(u"2100"_s), -2 * 165);

    TestCompany german(TestCompany::Setup::Initialised);
    const auto refused = german->orders().create(
        TestCompany::actor(),
        OrderBuilder(u"DE-1"_s).serviceLine(u"Geschenk"_s, 2000, 825).build());
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().message.contains(QLocale().toString(8.25, 'f', 2)),
             qPrintable(refused.error().message));
}

QTEST_GUILESS_MAIN(TestCompanyClass)
#include "tst_company.moc"
