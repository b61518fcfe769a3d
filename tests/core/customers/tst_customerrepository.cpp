// SPDX-FileCopyrightText: 2026 The Kontor authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "pagingcheck.h"
#include "testcompany.h"
#include "testresult.h"
#include "testsql.h"

#include "customers/customerrepository.h"
#include "customers/customerservice.h"
#include "persistence/sql.h"

#include <QTest>

#include <algorithm>
#include <memory>

using namespace Kontor;
using namespace Kontor::Test;
using namespace Qt::StringLiterals;

namespace {

QVariantList customerSortValues(const Customer &c, int key)
{
    switch (key) {
    case CustomerRepository::ByNumber:
        return { c.number };
    case CustomerRepository::ByName:
        return { Sql::sortKeyOf(c.name) };
    case CustomerRepository::ByCity:
        return { Sql::sortKeyOf(c.city) };
    case CustomerRepository::ByEmail:
        return { orNull(c.email) };
    }
    return {};
}
constexpr int customerSortKeys = CustomerRepository::ByEmail + 1;

PagedList customerList(CustomerRepository &repository, int key)
{
    PagedList list;
    list.count = [&repository](const ListFilter &filter) { return repository.count(filter); };
    list.page = pageOf<Customer>([&repository](const ListFilter &f, const ListSort &s, qint64 o,
                                     int l) { return repository.page(f, s, o, l); },
        [key](const Customer &c) {
            return ListRow { c.id.value(), customerSortValues(c, key) };
        });
    return list;
}

} // namespace

class TestCustomerRepository : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void page_throughCustomers_matchesCountInEverySort_data();
    void page_throughCustomers_matchesCountInEverySort();
    void count_ofWordStart_findsNamesWithUnicodeCaseFolding();
    void count_ofUnicodeWordStart_findsWhatLikeWouldMiss();

    void findByEmail_comparesCaseInsensitively();
    void page_byNameOrCity_sortsAsAGermanDictionary();

private:
    CustomerRepository &repository() { return (*m_company)->customers().repository(); }
    std::unique_ptr<TestCompany> m_company;
};

void TestCustomerRepository::init()
{
    m_company = std::make_unique<TestCompany>(TestCompany::Setup::Demo, 300);
    // Customers without a city or an e-mail address: NULLs in those sorts.
    for (const QString &name : { u"Ohne Adresse"_s, u"Özlem Ünal"_s }) {
        Customer c;
        c.name = name;
        KONTOR_VERIFY_OK((*m_company)->customers().create(TestCompany::actor(), c));
    }
}

void TestCustomerRepository::cleanup()
{
    m_company.reset();
}

void TestCustomerRepository::page_throughCustomers_matchesCountInEverySort_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("all customers") << QString();
    QTest::newRow("city") << u"m"_s;
}

void TestCustomerRepository::page_throughCustomers_matchesCountInEverySort()
{
    QFETCH(QString, text);
    qint64 rows = 0;
    const QString problem
        = checkPagingInEverySort([this](int key) { return customerList(repository(), key); },
            customerSortKeys, { text, 0 }, 7, &rows);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QVERIFY2(rows > 14, qPrintable(QString::number(rows)));
}

void TestCustomerRepository::count_ofWordStart_findsNamesWithUnicodeCaseFolding()
{
    const auto all = repository().page({}, {}, 0, 100000);
    KONTOR_VERIFY_OK(all);
    for (const QString &text : { u"mül"_s, u"MÜL"_s, u"Mül"_s, u"mün"_s /* city */, u"ZOË mü"_s,
             u"k00001"_s /* number */, u"emma"_s /* name and e-mail */ }) {
        const QStringList words = text.split(u' ', Qt::SkipEmptyParts);
        std::vector<qint64> expected;
        for (const Customer &c : *all) {
            const QString searchable = c.number + u' ' + c.name + u' ' + c.email + u' ' + c.city;
            if (std::all_of(words.cbegin(), words.cend(),
                    [&](const QString &w) { return hasWordStartingWith(searchable, w); }))
                expected.push_back(c.id.value());
        }
        QVERIFY2(!expected.empty(), qPrintable(text));

        const qint64 counted = valueOr(repository().count({ text, 0 }), qint64(-1));
        QVERIFY2(counted == qint64(expected.size()),
            qPrintable(
                u"'%1': count() %2, expected %3"_s.arg(text).arg(counted).arg(expected.size())));
        const auto found = repository().page(
            { text, 0 }, { CustomerRepository::ByName, Qt::AscendingOrder }, 0, 100000);
        KONTOR_VERIFY_OK(found);
        std::vector<qint64> ids;
        for (const Customer &c : *found)
            ids.push_back(c.id.value());
        std::sort(ids.begin(), ids.end());
        QVERIFY2(ids == expected, qPrintable(text));
    }
}

void TestCustomerRepository::count_ofUnicodeWordStart_findsWhatLikeWouldMiss()
{
    // LIKE folds ASCII only: the reason the list searches with FTS5.
    const QSqlDatabase db = (*m_company)->database().connection();
    const qint64 mueller
        = selectValue(db, u"SELECT count(*) FROM customers WHERE name LIKE '%Müller%'"_s)
              .toLongLong();
    QVERIFY(mueller > 0);
    QCOMPARE(selectValue(db, u"SELECT count(*) FROM customers WHERE name LIKE '%MÜLLER%'"_s)
                 .toLongLong(),
        qint64(0));
    QCOMPARE(valueOr(repository().count({ u"MÜLLER"_s, 0 }), qint64(-1)), mueller);
    QCOMPARE(valueOr(repository().count({ u"ünal"_s, 0 }), qint64(-1)), qint64(1));
    QCOMPARE(valueOr(repository().count({ u"ÖZLEM ÜNAL"_s, 0 }), qint64(-1)), qint64(1));
}

void TestCustomerRepository::findByEmail_comparesCaseInsensitively()
{
    Customer c;
    c.name = u"Greta Groß"_s;
    c.email = u"greta.gross@example.net"_s;
    const auto id = (*m_company)->customers().create(TestCompany::actor(), c);
    KONTOR_VERIFY_OK(id);
    const auto found = repository().findByEmail(u"  Greta.Gross@EXAMPLE.net"_s);
    KONTOR_VERIFY_OK(found);
    QCOMPARE(found->value_or(CustomerId()), *id);
    const auto missing = repository().findByEmail(u"nobody@example.net"_s);
    KONTOR_VERIFY_OK(missing);
    QVERIFY(!missing->has_value());
}

void TestCustomerRepository::page_byNameOrCity_sortsAsAGermanDictionary()
{
    // Code point order would put "de Vries", "Ölmann" and "Schäfer" after "Zander".
    const QStringList names = {u"Adler"_s, u"de Vries"_s, u"Müller"_s, u"Muster"_s,
                               u"Ölmann"_s, u"Schäfer"_s, u"Schulz"_s, u"Zander"_s};
    const QStringList cities = {u"Aalen"_s, u"bad Tölz"_s, u"Bad Wörishofen"_s, u"Münster"_s,
                                u"Mussbach"_s, u"Öhringen"_s, u"Zürich"_s, u"Zwickau"_s};
    // Written in another order than either list's, so that neither the ids nor the rows'
    // order on disk can pass for the sort.
    for (const qsizetype i : {3, 7, 0, 5, 2, 6, 1, 4}) {
        Customer c;
        c.name = names[i] + u" Sortierprobe"_s;
        c.city = cities[(i + 3) % cities.size()];
        KONTOR_VERIFY_OK((*m_company)->customers().create(TestCompany::actor(), c));
    }
    const auto sorted = [this](CustomerRepository::Sort key, Qt::SortOrder order) {
        QStringList result;
        const auto page = repository().page({u"Sortierprobe"_s, 0}, {key, order}, 0, 100);
        if (page) {
            for (const Customer &c : *page)
                result << (key == CustomerRepository::ByName ? c.name.section(u' ', 0, -2)
                                                             : c.city);
        }
        return result;
    };
    QCOMPARE(sorted(CustomerRepository::ByName, Qt::AscendingOrder), names);
    QCOMPARE(sorted(CustomerRepository::ByCity, Qt::AscendingOrder), cities);
    QStringList descending = names;
    std::reverse(descending.begin(), descending.end());
    QCOMPARE(sorted(CustomerRepository::ByName, Qt::DescendingOrder), descending);
}

QTEST_GUILESS_MAIN(TestCustomerRepository)
#include "tst_customerrepository.moc"
