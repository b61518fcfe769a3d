// SPDX-FileCopyrightText: 2026 The Kontor authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "pagingcheck.h"
#include "testcompany.h"
#include "testresult.h"
#include "testsql.h"

#include "persistence/database.h"
#include "persistence/listquery.h"
#include "persistence/sql.h"
#include "persistence/transaction.h"

#include <QTest>

#include <array>

using namespace Kontor;
using namespace Kontor::Test;
using namespace Qt::StringLiterals;

namespace {

// A table of its own, so that every case (NULLs, ties, Unicode) is there on purpose.
struct Item
{
    qint64 id = 0;
    QString name;
    QVariant category; // NULL for some
    qint64 price = 0;
    QVariant maker; // from a joined table; NULL when the item has none
};

enum ItemSort { ById, ByName, ByCategory, ByPrice, ByCategoryThenPrice, ByMaker, SortCount };

const std::array<const char16_t *, 6> categories
    = { u"Tee", u"Keramik", nullptr, u"Leinen", u"Zubehör", u"Ölkännchen" };
// Two makers share a name: the joined sort key has ties too.
const std::array<const char16_t *, 4> makers
    = { u"Lindenhof", u"Keramikwerk", u"Älteste Weberei", u"Keramikwerk" };
const std::array<const char16_t *, 8> specialNames
    = { u"Äpfel", u"apfel", u"Zoë", u"Übertopf", u"Ölkanne", u"Item", u"Item 0", u"Ökotee" };

QString createItems(Database &db, int count)
{
    Transaction tx(db); // one commit, not one per row
    const QSqlDatabase c = db.connection();
    if (QString e
        = execSql(c, u"CREATE TABLE makers (id INTEGER PRIMARY KEY, name TEXT NOT NULL)"_s);
        !e.isEmpty())
        return e;
    for (const char16_t *maker : makers) {
        if (QString e
            = execSql(c, u"INSERT INTO makers (name) VALUES (?)"_s, { QString::fromUtf16(maker) });
            !e.isEmpty())
            return e;
    }
    if (QString e = execSql(c,
            u"CREATE TABLE items (id INTEGER PRIMARY KEY, name TEXT NOT NULL, "
            "category TEXT, price INTEGER NOT NULL, "
            "maker_id INTEGER REFERENCES makers (id))"_s);
        !e.isEmpty())
        return e;
    for (int i = 1; i <= count; ++i) {
        const QString name = i <= int(specialNames.size())
            ? QString::fromUtf16(specialNames[size_t(i - 1)])
            : u"Item %1"_s.arg(i, 3, 10, QChar(u'0'));
        const char16_t *category = categories[size_t((i * 7) % int(categories.size()))];
        const QVariant categoryValue
            = category ? QVariant(QString::fromUtf16(category)) : QVariant();
        const qint64 price = ((i * 37) % 11) * 100; // many ties
        const QVariant maker = i % 5 == 0 ? QVariant() : QVariant(qint64(i % 4 + 1));
        if (QString e = execSql(c,
                u"INSERT INTO items (name, category, price, maker_id) "
                "VALUES (?, ?, ?, ?)"_s,
                { name, categoryValue, price, maker });
            !e.isEmpty())
            return e;
    }
    const Status committed = tx.commit();
    return committed ? QString() : committed.error().message;
}

ListQuery::Spec itemSpec()
{
    ListQuery::Spec spec;
    spec.idExpression = u"i.id"_s;
    spec.columns = u"i.id, i.name, i.category, i.price, m.name"_s;
    spec.from = u"items i LEFT JOIN makers m ON m.id = i.maker_id"_s;
    spec.baseFrom = u"items i"_s;
    spec.sortKeys = { { u"i.id"_s, true }, { u"i.name"_s, true }, { u"i.category"_s, false },
        { u"i.price"_s, false }, { u"i.category, i.price"_s, false },
        { u"m.name"_s, false, true } };
    spec.where = [](const ListFilter &filter) {
        QList<Condition> conditions;
        if (!filter.text.isEmpty())
            conditions << Condition { u"i.name >= ? AND i.name < ?"_s,
                { filter.text, Sql::prefixUpperBound(filter.text) } };
        if (filter.scopeId > 0)
            conditions << Condition { u"i.price >= ?"_s, { filter.scopeId } };
        return conditions;
    };
    return spec;
}

Item readItem(const QSqlQuery &q)
{
    return { q.value(0).toLongLong(), q.value(1).toString(),
        q.value(2).isNull() ? QVariant() : QVariant(q.value(2).toString()), q.value(3).toLongLong(),
        q.value(4).isNull() ? QVariant() : QVariant(q.value(4).toString()) };
}

QVariantList sortValuesOf(const Item &item, int key)
{
    switch (key) {
    case ById:
        return { item.id };
    case ByName:
        return { item.name };
    case ByCategory:
        return { item.category };
    case ByPrice:
        return { item.price };
    case ByCategoryThenPrice:
        return { item.category, item.price };
    case ByMaker:
        return { item.maker };
    default:
        return {};
    }
}

PagedList pagedItems(ListQuery &query, int key)
{
    PagedList list;
    list.count = [&query](const ListFilter &filter) { return query.count(filter); };
    list.page = [&query, key](const ListFilter &filter, const ListSort &sort, qint64 offset,
                    int limit) -> Result<std::vector<ListRow>> {
        auto items = query.page<Item>(filter, sort, offset, limit, readItem);
        if (!items)
            return items.error();
        std::vector<ListRow> rows;
        for (const Item &item : *items)
            rows.push_back({ item.id, sortValuesOf(item, key) });
        return rows;
    };
    return list;
}

std::vector<qint64> idsOf(const Result<std::vector<Item>> &items)
{
    std::vector<qint64> ids;
    if (items)
        for (const Item &item : *items)
            ids.push_back(item.id);
    return ids;
}

const char *keyName(int key)
{
    static const char *names[] = { "id", "name", "category", "price", "category+price", "maker" };
    return names[key];
}

} // namespace

class TestListQuery : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void count_withFilter_countsMatchingRowsOnly();
    void page_throughAllRows_matchesCountInSortOrder_data();
    void page_throughAllRows_matchesCountInSortOrder();
    void page_nearTheEnd_equalsTheSameRowsReadForward();
    void page_ofOtherFilterThanCounted_readsTheRightRows();
    void page_afterRowsAddedSinceCount_returnsTheRowsAtOffset();
    void page_afterRowsRemovedSinceCount_returnsTheRowsAtOffset();
    void page_withNothingToRead_isEmpty();
    void page_withUnknownSortKey_usesNaturalOrder();

    void position_ofEveryRow_equalsItsIndexWhenPaged_data();
    void position_ofEveryRow_equalsItsIndexWhenPaged();
    void position_ofRowOutsideFilterOrUnknown_isMinusOne();

private:
    std::unique_ptr<TestCompany> m_company;
    static constexpr int itemCount = 61;
};

void TestListQuery::init()
{
    m_company = std::make_unique<TestCompany>(TestCompany::Setup::Empty);
    QCOMPARE(createItems((*m_company)->database(), itemCount), QString());
}

void TestListQuery::cleanup()
{
    m_company.reset();
}

void TestListQuery::count_withFilter_countsMatchingRowsOnly()
{
    ListQuery query((*m_company)->database(), itemSpec());
    QCOMPARE(valueOr(query.count({}), qint64(-1)), qint64(itemCount));
    // "Item" itself, "Item 0" and "Item 009" … "Item 061".
    QCOMPARE(valueOr(query.count({ u"Item"_s, 0 }), qint64(-1)), qint64(2 + itemCount - 8));
    QCOMPARE(valueOr(query.count({ u"Item 0"_s, 0 }), qint64(-1)), qint64(1 + itemCount - 8));
    QCOMPARE(valueOr(query.count({ u"Ä"_s, 0 }), qint64(-1)), qint64(1));
    QCOMPARE(valueOr(query.count({ u"nothing"_s, 0 }), qint64(-1)), qint64(0));
    const qint64 expensive = selectValue(
        (*m_company)->database().connection(), u"SELECT count(*) FROM items WHERE price >= 500"_s)
                                 .toLongLong();
    QVERIFY(expensive > 0 && expensive < itemCount);
    QCOMPARE(valueOr(query.count({ QString(), 500 }), qint64(-1)), expensive);
}

void TestListQuery::page_throughAllRows_matchesCountInSortOrder_data()
{
    QTest::addColumn<int>("key");
    QTest::addColumn<Qt::SortOrder>("order");
    QTest::addColumn<ListFilter>("filter");

    for (int key = 0; key < SortCount; ++key) {
        for (Qt::SortOrder order : { Qt::AscendingOrder, Qt::DescendingOrder }) {
            const char *direction = order == Qt::AscendingOrder ? "ascending" : "descending";
            QTest::addRow("by %s %s", keyName(key), direction) << key << order << ListFilter {};
            QTest::addRow("by %s %s, filtered", keyName(key), direction)
                << key << order << ListFilter { u"Item 0"_s, 300 };
        }
    }
}

void TestListQuery::page_throughAllRows_matchesCountInSortOrder()
{
    QFETCH(int, key);
    QFETCH(Qt::SortOrder, order);
    QFETCH(ListFilter, filter);

    ListQuery query((*m_company)->database(), itemSpec());
    std::vector<ListRow> rows;
    const QString problem = checkPaging(pagedItems(query, key), filter, { key, order }, 7, &rows);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QVERIFY(rows.size() > 14); // several pages, so that some are read from the end
}

void TestListQuery::page_nearTheEnd_equalsTheSameRowsReadForward()
{
    const ListSort sort { ByCategoryThenPrice, Qt::DescendingOrder };
    ListQuery counted((*m_company)->database(), itemSpec());
    QCOMPARE(valueOr(counted.count({}), qint64(-1)), qint64(itemCount));
    ListQuery uncounted((*m_company)->database(), itemSpec());
    for (qint64 offset :
        { qint64(itemCount / 2 + 1), qint64(itemCount - 7), qint64(itemCount - 2) }) {
        const auto fromEnd = counted.page<Item>({}, sort, offset, 7, readItem);
        const auto forward = uncounted.page<Item>({}, sort, offset, 7, readItem);
        QVERIFY(fromEnd.ok() && forward.ok());
        QVERIFY(!forward->empty());
        QCOMPARE(idsOf(fromEnd), idsOf(forward));
    }
}

void TestListQuery::page_ofOtherFilterThanCounted_readsTheRightRows()
{
    const ListSort sort { ByName, Qt::AscendingOrder };
    ListQuery query((*m_company)->database(), itemSpec());
    ListQuery reference((*m_company)->database(), itemSpec());
    QCOMPARE(valueOr(query.count({}), qint64(-1)), qint64(itemCount));
    const ListFilter filtered { u"Item 0"_s, 0 };
    const auto page = query.page<Item>(filtered, sort, 40, 7, readItem);
    const auto expected = reference.page<Item>(filtered, sort, 40, 7, readItem);
    QVERIFY(!idsOf(expected).empty());
    QCOMPARE(idsOf(page), idsOf(expected));
}

void TestListQuery::page_afterRowsAddedSinceCount_returnsTheRowsAtOffset()
{
    // A list model counts once and then fetches pages as the user scrolls; meanwhile an
    // import adds rows. A page must still be the rows at its offset, never shifted ones.
    Database &db = (*m_company)->database();
    const ListSort sort { ByName, Qt::AscendingOrder };
    ListQuery query(db, itemSpec());
    QCOMPARE(valueOr(query.count({}), qint64(-1)), qint64(itemCount));
    for (int i = 0; i < 5; ++i)
        QCOMPARE(execSql(db.connection(), u"INSERT INTO items (name, price) VALUES (?, 0)"_s,
                     { u"Zzz new %1"_s.arg(i) }),
            QString());

    ListQuery fresh(db, itemSpec());
    const qint64 offset = itemCount - 7;
    const auto page = query.page<Item>({}, sort, offset, 7, readItem);
    const auto expected = fresh.page<Item>({}, sort, offset, 7, readItem);
    QCOMPARE(idsOf(expected).size(), size_t(7));
    QCOMPARE(idsOf(page), idsOf(expected));
}

void TestListQuery::page_afterRowsRemovedSinceCount_returnsTheRowsAtOffset()
{
    Database &db = (*m_company)->database();
    const ListSort sort { ById, Qt::AscendingOrder };
    ListQuery query(db, itemSpec());
    QCOMPARE(valueOr(query.count({}), qint64(-1)), qint64(itemCount));
    QCOMPARE(execSql(db.connection(), u"DELETE FROM items WHERE id <= 3"_s), QString());

    ListQuery fresh(db, itemSpec());
    const qint64 offset = itemCount - 10;
    const auto page = query.page<Item>({}, sort, offset, 5, readItem);
    const auto expected = fresh.page<Item>({}, sort, offset, 5, readItem);
    QCOMPARE(idsOf(expected).size(), size_t(5));
    QCOMPARE(idsOf(page), idsOf(expected));
}

void TestListQuery::page_withNothingToRead_isEmpty()
{
    ListQuery query((*m_company)->database(), itemSpec());
    const ListSort sort { ByPrice, Qt::AscendingOrder };
    QVERIFY(idsOf(query.page<Item>({}, sort, 0, 0, readItem)).empty());
    QVERIFY(idsOf(query.page<Item>({}, sort, -1, 7, readItem)).empty());
    QVERIFY(idsOf(query.page<Item>({}, sort, itemCount, 7, readItem)).empty());
    QVERIFY(idsOf(query.page<Item>({ u"nothing"_s, 0 }, sort, 0, 7, readItem)).empty());
    QCOMPARE(valueOr(query.count({}), qint64(-1)), qint64(itemCount));
    QVERIFY(idsOf(query.page<Item>({}, sort, itemCount + 5, 7, readItem)).empty());
}

void TestListQuery::page_withUnknownSortKey_usesNaturalOrder()
{
    ListQuery query((*m_company)->database(), itemSpec());
    const auto natural = query.page<Item>({}, { ById, Qt::AscendingOrder }, 0, 100, readItem);
    const auto unknown = query.page<Item>({}, { 99, Qt::AscendingOrder }, 0, 100, readItem);
    const auto negative = query.page<Item>({}, { -1, Qt::AscendingOrder }, 0, 100, readItem);
    QCOMPARE(idsOf(natural).size(), size_t(itemCount));
    QCOMPARE(idsOf(unknown), idsOf(natural));
    QCOMPARE(idsOf(negative), idsOf(natural));
}

void TestListQuery::position_ofEveryRow_equalsItsIndexWhenPaged_data()
{
    page_throughAllRows_matchesCountInSortOrder_data();
}

void TestListQuery::position_ofEveryRow_equalsItsIndexWhenPaged()
{
    QFETCH(int, key);
    QFETCH(Qt::SortOrder, order);
    QFETCH(ListFilter, filter);

    ListQuery query((*m_company)->database(), itemSpec());
    const ListSort sort { key, order };
    const auto all = query.page<Item>(filter, sort, 0, 1000, readItem);
    QVERIFY(all.ok());
    QVERIFY(all->size() > 10);
    for (size_t row = 0; row < all->size(); ++row) {
        const auto position = query.position(filter, sort, (*all)[row].id);
        QVERIFY(position.ok());
        QVERIFY2(*position == qint64(row),
            qPrintable(u"id %1 (%2) is row %3, position() says %4"_s.arg((*all)[row].id)
                           .arg((*all)[row].name)
                           .arg(row)
                           .arg(*position)));
    }
}

void TestListQuery::position_ofRowOutsideFilterOrUnknown_isMinusOne()
{
    ListQuery query((*m_company)->database(), itemSpec());
    const ListSort sort { ByName, Qt::AscendingOrder };
    const qint64 apples = selectValue(
        (*m_company)->database().connection(), u"SELECT id FROM items WHERE name = 'Äpfel'"_s)
                              .toLongLong();
    QVERIFY(apples > 0);
    QVERIFY(valueOr(query.position({}, sort, apples), qint64(-2)) >= 0);
    QCOMPARE(valueOr(query.position({ u"Item"_s, 0 }, sort, apples), qint64(-2)), qint64(-1));
    QCOMPARE(valueOr(query.position({}, sort, 999999), qint64(-2)), qint64(-1));
}

QTEST_GUILESS_MAIN(TestListQuery)
#include "tst_listquery.moc"
