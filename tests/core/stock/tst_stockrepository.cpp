// SPDX-FileCopyrightText: 2026 The Kontor authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "pagingcheck.h"
#include "testcompany.h"
#include "testresult.h"
#include "testsql.h"

#include "common/clock.h"
#include "stock/stockrepository.h"
#include "stock/stockservice.h"
#include "persistence/sql.h"

#include <QRegularExpression>
#include <QTest>

#include <algorithm>
#include <memory>

using namespace Kontor;
using namespace Kontor::Test;
using namespace Qt::StringLiterals;

namespace {

QVariantList articleSortValues(const Article &a, int key)
{
    switch (key) {
    case StockRepository::ArticleBySku:
        return { a.sku };
    case StockRepository::ArticleByName:
        return { Sql::sortKeyOf(a.name) };
    case StockRepository::ArticleBySalesPrice:
        return { a.salesPrice.minorUnits() };
    }
    return {};
}
constexpr int articleSortKeys = StockRepository::ArticleBySalesPrice + 1;

PagedList articleList(StockRepository &repository, int key)
{
    PagedList list;
    list.count
        = [&repository](const ListFilter &filter) { return repository.countArticles(filter); };
    list.page = pageOf<Article>([&repository](const ListFilter &f, const ListSort &s, qint64 o,
                                    int l) { return repository.articlePage(f, s, o, l); },
        [key](const Article &a) {
            return ListRow { a.id.value(), articleSortValues(a, key) };
        });
    return list;
}

PagedList movementList(StockRepository &repository)
{
    PagedList list;
    list.count
        = [&repository](const ListFilter &filter) { return repository.countMovements(filter); };
    list.page
        = pageOf<StockMovement>([&repository](const ListFilter &f, const ListSort &s, qint64 o,
                                    int l) { return repository.movementPage(f, s, o, l); },
            [](const StockMovement &m) {
                return ListRow { m.id.value(), { Timestamps::toStorage(m.occurredAt) } };
            });
    return list;
}

} // namespace

class TestStockRepository : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void articlePage_throughArticles_matchesCountInEverySort_data();
    void articlePage_throughArticles_matchesCountInEverySort();
    void movementPage_throughMovements_matchesCount_data();
    void movementPage_throughMovements_matchesCount();

    void countArticles_ofWordStart_findsWithUnicodeCaseFolding();
    void movementPage_ofOneArticle_givesItsMovementsOnly();
    void movementPage_ofWarehouseCode_givesThatWarehousesMovementsOnly();
    void articlePage_reportsStockOnHandOfAllWarehouses();

private:
    StockRepository &repository() { return (*m_company)->stock().repository(); }
    qint64 articleIdOf(const QString &sku);
    std::unique_ptr<TestCompany> m_company;
};

void TestStockRepository::init()
{
    m_company = std::make_unique<TestCompany>(TestCompany::Setup::Demo, 300);
}

void TestStockRepository::cleanup()
{
    m_company.reset();
}

qint64 TestStockRepository::articleIdOf(const QString &sku)
{
    const auto id = repository().findArticleBySku(sku);
    return id && id->has_value() ? (*id)->value() : 0;
}

void TestStockRepository::articlePage_throughArticles_matchesCountInEverySort_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("all articles") << QString();
    QTest::newRow("word start") << u"lein"_s;
}

void TestStockRepository::articlePage_throughArticles_matchesCountInEverySort()
{
    QFETCH(QString, text);
    qint64 rows = 0;
    const QString problem
        = checkPagingInEverySort([this](int key) { return articleList(repository(), key); },
            articleSortKeys, { text, 0 }, 4, &rows);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QVERIFY2(rows > 8, qPrintable(QString::number(rows)));
}

void TestStockRepository::movementPage_throughMovements_matchesCount_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("article");
    QTest::addColumn<int>("pageSize");
    QTest::newRow("all movements") << QString() << QString() << 7;
    QTest::newRow("one article") << QString() << u"KER-0018"_s << 2;
    QTest::newRow("one warehouse") << u"nord"_s << QString() << 7;
}

void TestStockRepository::movementPage_throughMovements_matchesCount()
{
    QFETCH(QString, text);
    QFETCH(QString, article);
    QFETCH(int, pageSize);
    const ListFilter filter { text, article.isEmpty() ? 0 : articleIdOf(article) };
    qint64 rows = 0;
    const QString problem = checkPagingInEverySort(
        [this](int) { return movementList(repository()); }, 1, filter, pageSize, &rows);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QVERIFY2(rows > 2 * pageSize, qPrintable(QString::number(rows)));
}

void TestStockRepository::countArticles_ofWordStart_findsWithUnicodeCaseFolding()
{
    // Typed text splits into words as the search index splits names.
    static const QRegularExpression separators(u"[^\\p{L}\\p{N}]+"_s);
    const struct
    {
        QString text;
        int expected;
    } cases[] = {
        { u"grüntee"_s, 4 }, // inside "Bio-Grüntee"
        { u"GRÜN"_s, 4 }, // capitals with umlaut
        { u"tee-0001"_s, 1 }, // a SKU
        { u"schwarztee 250"_s, 1 }, // two words
        { u"kaffee"_s, 0 },
    };
    for (const auto &c : cases) {
        const qint64 counted = valueOr(repository().countArticles({ c.text, 0 }), qint64(-1));
        QVERIFY2(counted == c.expected, qPrintable(u"'%1': %2"_s.arg(c.text).arg(counted)));
        const auto page = repository().articlePage({ c.text, 0 }, {}, 0, 100);
        KONTOR_VERIFY_OK(page);
        QVERIFY2(int(page->size()) == c.expected, qPrintable(c.text));
        const QStringList words = c.text.split(separators, Qt::SkipEmptyParts);
        for (const Article &a : *page) {
            const QString searchable = a.sku + u' ' + a.name + u' ' + a.ean;
            for (const QString &word : words)
                QVERIFY2(hasWordStartingWith(searchable, word), qPrintable(searchable));
        }
    }
}

void TestStockRepository::movementPage_ofOneArticle_givesItsMovementsOnly()
{
    const qint64 article = articleIdOf(u"TEE-0001"_s);
    QVERIFY(article > 0);
    const qint64 expected = selectValue((*m_company)->database().connection(),
        u"SELECT count(*) FROM stock_movements WHERE article_id = ?"_s, { article })
                                .toLongLong();
    QVERIFY(expected > 2);
    QCOMPARE(valueOr(repository().countMovements({ QString(), article }), qint64(-1)), expected);
    const auto page = repository().movementPage({ QString(), article }, {}, 0, 1000);
    KONTOR_VERIFY_OK(page);
    QCOMPARE(qint64(page->size()), expected);
    qint64 sum = 0;
    for (const StockMovement &m : *page) {
        QCOMPARE(m.article, ArticleId(article));
        QVERIFY(!m.warehouseCode.isEmpty());
        sum += m.quantity.units();
    }
    const auto levels = repository().levelsOf(ArticleId(article));
    KONTOR_VERIFY_OK(levels);
    qint64 onHand = 0;
    for (const StockLevel &level : *levels)
        onHand += level.quantity.units();
    QCOMPARE(sum, onHand);
}

void TestStockRepository::movementPage_ofWarehouseCode_givesThatWarehousesMovementsOnly()
{
    const qint64 expected = selectValue((*m_company)->database().connection(),
        u"SELECT count(*) FROM stock_movements m JOIN warehouses w ON w.id = m.warehouse_id "
        "WHERE w.code = 'NORD'"_s)
                                .toLongLong();
    QVERIFY(expected > 0);
    QCOMPARE(valueOr(repository().countMovements({ u"nord"_s, 0 }), qint64(-1)), expected);
    const auto page = repository().movementPage({ u"nord"_s, 0 }, {}, 0, 100000);
    KONTOR_VERIFY_OK(page);
    QCOMPARE(qint64(page->size()), expected);
    for (const StockMovement &m : *page)
        QCOMPARE(m.warehouseCode, u"NORD"_s);
}

void TestStockRepository::articlePage_reportsStockOnHandOfAllWarehouses()
{
    const auto page = repository().articlePage({}, {}, 0, 1000);
    KONTOR_VERIFY_OK(page);
    QVERIFY(!page->empty());
    for (const Article &a : *page) {
        const qint64 levels = selectValue((*m_company)->database().connection(),
            u"SELECT coalesce(sum(quantity), 0) FROM stock_levels WHERE article_id = ?"_s,
            { a.id.value() })
                                  .toLongLong();
        QCOMPARE(a.onHand.units(), levels);
        QVERIFY(a.stockTracked || a.onHand.isZero());
    }
}

QTEST_GUILESS_MAIN(TestStockRepository)
#include "tst_stockrepository.moc"
