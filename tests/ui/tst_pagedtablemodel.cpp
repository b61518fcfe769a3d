// SPDX-FileCopyrightText: 2026 The Kontor authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "uitestsupport.h"

#include "common/pagedtablemodel.h"
#include "orders/orderlinetablemodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>

using namespace Kontor;
using namespace Kontor::Ui;

namespace {

struct FakeRow
{
    Id<struct FakeTag> id;
};

/**
 * A paged model over the numbers 1..size: filter "even" keeps the even ones, sort key 0 orders
 * by number (column 0); column 1 cannot be sorted. Counts the reads it makes.
 */
class FakeModel final : public PagedTableModel<FakeRow>
{
public:
    explicit FakeModel(qint64 size, Scope scope = Scope::Unscoped)
        : PagedTableModel({[this](const ListFilter &filter) { return countRows(filter); },
                           [this](const ListFilter &filter, const ListSort &sort, qint64 offset,
                                  int limit) { return readPage(filter, sort, offset, limit); }},
                          2, scope, nullptr)
        , m_size(size)
    {
        setDefaultSort(0, Qt::AscendingOrder);
    }

    using Change = PagedTableModelBase::Change;

    int sortKeyForColumn(int column) const override { return column == 0 ? 0 : -1; }
    void announce(Change change) { noteChange(change); }
    void setScope(qint64 id) { setScopeId(id); }

    qint64 m_size;
    bool m_failCount = false;
    bool m_failPages = false;
    mutable int m_counts = 0;
    mutable int m_pageReads = 0;

private:
    QString columnTitle(int column) const override { return QString::number(column); }
    QVector<qint64> rows(const ListFilter &filter) const
    {
        QVector<qint64> all;
        for (qint64 n = 1; n <= m_size; ++n) {
            if (filter.text != u"even" || n % 2 == 0)
                all << n;
        }
        return all;
    }
    Result<qint64> countRows(const ListFilter &filter) const
    {
        ++m_counts;
        if (m_failCount)
            return makeError(QStringLiteral("count failed"));
        return qint64(rows(filter).size());
    }
    Result<std::vector<FakeRow>> readPage(const ListFilter &filter, const ListSort &sort,
                                          qint64 offset, int limit) const
    {
        ++m_pageReads;
        if (m_failPages)
            return makeError(QStringLiteral("page failed"));
        QVector<qint64> all = rows(filter);
        if (sort.order == Qt::DescendingOrder)
            std::reverse(all.begin(), all.end());
        std::vector<FakeRow> page;
        for (qint64 i = offset; i < qMin<qint64>(offset + limit, all.size()); ++i)
            page.push_back(FakeRow{Id<FakeTag>(all[i])});
        return page;
    }
    QVariant displayValue(const FakeRow &row, int column) const override
    {
        return column == 0 ? QString::number(row.id.value()) : QStringLiteral("x");
    }
    QVariant sortValue(const FakeRow &row, int) const override { return row.id.value(); }
};

constexpr int P = PagedTableModelBase::PageSize;

} // namespace

class TestPagedTableModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();

    // The generic machinery, over FakeModel.
    void rowCount_isTheCount_andReadsNoPage();
    void data_readsAPageOnce_whileItIsCached();
    void cache_staysBounded_whenEveryRowIsRead();
    void cache_dropsTheLeastRecentlyUsedPage();
    void sort_onASortableColumn_resetsInTheNewOrder();
    void sort_onAColumnWithoutSortKey_keepsTheSort();
    void filter_resetsAndCountsAgain();
    void failingPage_isReportedOnce_andItsRowsStayEmpty();
    void failingCount_isReported_andTheModelIsEmpty();
    void requiredScope_withoutScope_showsNothingAndAsksNothing();
    void burstOfRowChanges_resetsOnce();
    void valueChange_rereadsWithoutReset();
    void indexOfId_findsCachedRowsAndRowsNearAHint();

    // Paging over a real repository: row N of the model is row N of linePage().
    void rows_matchTheRepository_acrossPages_data();
    void rows_matchTheRepository_acrossPages();

private:
    std::unique_ptr<Test::TestCompany> m_company;
    std::unique_ptr<FakeModel> m_fake;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestPagedTableModel::initTestCase()
{
    m_company = std::make_unique<Test::TestCompany>(Test::TestCompany::Setup::Demo, 600);
}

void TestPagedTableModel::cleanupTestCase()
{
    m_company.reset();
}

void TestPagedTableModel::init()
{
    m_fake = std::make_unique<FakeModel>(20 * P + 17);
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_fake.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
}

void TestPagedTableModel::cleanup()
{
    m_tester.reset();
    m_fake.reset();
}

void TestPagedTableModel::rowCount_isTheCount_andReadsNoPage()
{
    FakeModel model(1000);
    QCOMPARE(model.rowCount(), 1000);
    QCOMPARE(model.columnCount(), 2);
    QCOMPARE(model.m_pageReads, 0);
    QCOMPARE(model.m_counts, 1);
    QCOMPARE(model.rowCount(), 1000);
    QCOMPARE(model.m_counts, 1);
}

void TestPagedTableModel::data_readsAPageOnce_whileItIsCached()
{
    FakeModel model(1000);
    const int reads = model.m_pageReads;
    QCOMPARE(Test::cellText(model, 0, 0), QStringLiteral("1"));
    QCOMPARE(Test::cellText(model, P - 1, 0), QString::number(P));
    QCOMPARE(model.m_pageReads, reads + 1);
    QCOMPARE(Test::cellText(model, P, 0), QString::number(P + 1));
    QCOMPARE(model.m_pageReads, reads + 2);
    QCOMPARE(Test::cellText(model, 5, 0), QStringLiteral("6"));
    QCOMPARE(model.m_pageReads, reads + 2);
    QCOMPARE(model.index(999, 0).data(IdRole).toLongLong(), 1000);
    QCOMPARE(model.idAt(model.index(41, 0)).value(), 42);
}

void TestPagedTableModel::cache_staysBounded_whenEveryRowIsRead()
{
    FakeModel &model = *m_fake;
    const int rows = model.rowCount();
    for (int row = 0; row < rows; ++row) {
        QCOMPARE(model.index(row, 0).data(IdRole).toLongLong(), row + 1);
        QVERIFY(model.cachedPageCount() <= PagedTableModelBase::MaxCachedPages);
    }
    QCOMPARE(model.cachedPageCount(), PagedTableModelBase::MaxCachedPages);
}

void TestPagedTableModel::cache_dropsTheLeastRecentlyUsedPage()
{
    FakeModel &model = *m_fake;
    // Page 0 is used again after the others, so the next new page pushes page 1 out instead.
    for (int page = 0; page < PagedTableModelBase::MaxCachedPages; ++page)
        model.index(page * P, 0).data();
    model.index(0, 0).data();
    const int reads = model.m_pageReads;
    model.index(PagedTableModelBase::MaxCachedPages * P, 0).data();
    QCOMPARE(model.m_pageReads, reads + 1);
    model.index(0, 0).data();
    QCOMPARE(model.m_pageReads, reads + 1);
    model.index(P, 0).data();
    QCOMPARE(model.m_pageReads, reads + 2);
}

void TestPagedTableModel::sort_onASortableColumn_resetsInTheNewOrder()
{
    FakeModel &model = *m_fake;
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy applied(&model, &PagedTableModelBase::sortApplied);
    model.sort(0, Qt::DescendingOrder);
    QCOMPARE(resets.count(), 1);
    QCOMPARE(applied.count(), 1);
    QCOMPARE(applied.at(0).at(1).value<Qt::SortOrder>(), Qt::DescendingOrder);
    QCOMPARE(model.sortOrder(), Qt::DescendingOrder);
    QCOMPARE(Test::rowId(model, 0), model.rowCount());
    QCOMPARE(Test::rowId(model, model.rowCount() - 1), 1);
    model.sort(0, Qt::DescendingOrder);
    QCOMPARE(resets.count(), 1);
}

void TestPagedTableModel::sort_onAColumnWithoutSortKey_keepsTheSort()
{
    FakeModel &model = *m_fake;
    model.index(0, 0).data();
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy applied(&model, &PagedTableModelBase::sortApplied);
    model.sort(1, Qt::DescendingOrder);
    QCOMPARE(resets.count(), 0);
    QCOMPARE(applied.count(), 1);
    QCOMPARE(applied.at(0).at(0).toInt(), 0);
    QCOMPARE(applied.at(0).at(1).value<Qt::SortOrder>(), Qt::AscendingOrder);
    QCOMPARE(model.sortColumn(), 0);
    QCOMPARE(Test::rowId(model, 0), 1);
}

void TestPagedTableModel::filter_resetsAndCountsAgain()
{
    FakeModel &model = *m_fake;
    const int all = model.rowCount();
    QSignalSpy counted(&model, &PagedTableModelBase::rowCountChanged);
    model.setFilterText(QStringLiteral("even"));
    QCOMPARE(model.rowCount(), all / 2);
    QCOMPARE(counted.count(), 1);
    QCOMPARE(counted.at(0).at(0).toInt(), all / 2);
    QCOMPARE(Test::rowId(model, 0), 2);
    QCOMPARE(Test::rowId(model, P), 2 * (P + 1));
    model.setFilterText(QString());
    QCOMPARE(model.rowCount(), all);
}

void TestPagedTableModel::failingPage_isReportedOnce_andItsRowsStayEmpty()
{
    FakeModel &model = *m_fake;
    model.m_failPages = true;
    QSignalSpy failed(&model, &PagedTableModelBase::loadFailed);
    // Page 5 has not been read yet (the tester read the first rows already).
    QVERIFY(!model.index(5 * P + 3, 0).data().isValid());
    QVERIFY(!model.index(5 * P + 4, 0).data(IdRole).isValid());
    QVERIFY(!model.idAt(model.index(5 * P + 5, 0)).isValid());
    QCOMPARE(failed.count(), 1);
    QCOMPARE(failed.at(0).at(0).toString(), QStringLiteral("page failed"));
    // A refresh tries again.
    model.m_failPages = false;
    model.refresh();
    QCOMPARE(Test::rowId(model, 5 * P + 3), 5 * P + 4);
    QCOMPARE(failed.count(), 1);
}

void TestPagedTableModel::failingCount_isReported_andTheModelIsEmpty()
{
    FakeModel model(100);
    model.m_failCount = true;
    QSignalSpy failed(&model, &PagedTableModelBase::loadFailed);
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(failed.count(), 1);
    QCOMPARE(failed.at(0).at(0).toString(), QStringLiteral("count failed"));
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(failed.count(), 1);
}

void TestPagedTableModel::requiredScope_withoutScope_showsNothingAndAsksNothing()
{
    FakeModel model(100, PagedTableModelBase::Scope::Required);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.m_counts, 0);
    model.setScope(7);
    QCOMPARE(model.rowCount(), 100);
    model.setScope(0);
    QCOMPARE(model.rowCount(), 0);
}

void TestPagedTableModel::burstOfRowChanges_resetsOnce()
{
    FakeModel &model = *m_fake;
    QCOMPARE(Test::rowId(model, 0), 1);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    model.m_size += 3;
    for (int i = 0; i < 50; ++i)
        model.announce(FakeModel::Change::Rows);
    QCOMPARE(resets.count(), 0);
    QTRY_COMPARE(resets.count(), 1);
    QCOMPARE(model.rowCount(), 20 * P + 20);
    QCoreApplication::processEvents();
    QCOMPARE(resets.count(), 1);
}

void TestPagedTableModel::valueChange_rereadsWithoutReset()
{
    FakeModel &model = *m_fake;
    QCOMPARE(Test::rowId(model, 0), 1);
    const int reads = model.m_pageReads;
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.announce(FakeModel::Change::Values);
    QVERIFY(changed.wait());
    QCOMPARE(resets.count(), 0);
    const auto topLeft = changed.at(0).at(0).value<QModelIndex>();
    const auto bottomRight = changed.at(0).at(1).value<QModelIndex>();
    QCOMPARE(topLeft, model.index(0, 0));
    QCOMPARE(bottomRight, model.index(model.rowCount() - 1, 1));
    QCOMPARE(Test::rowId(model, 0), 1);
    QCOMPARE(model.m_pageReads, reads + 1);

    // Values announced while the number of rows changed after all: a reset, not a lie.
    model.m_size += 1;
    model.announce(FakeModel::Change::Values);
    QVERIFY(resets.wait());
    QCOMPARE(model.rowCount(), 20 * P + 18);
}

void TestPagedTableModel::indexOfId_findsCachedRowsAndRowsNearAHint()
{
    FakeModel &model = *m_fake;
    model.index(3 * P, 0).data();
    QCOMPARE(model.indexOfId(3 * P + 11).row(), 3 * P + 10);
    QVERIFY(!model.indexOfId(5 * P + 1).isValid());
    QCOMPARE(model.indexOfId(5 * P + 1, 5 * P + 3).row(), 5 * P);
    QVERIFY(!model.indexOfId(999999, 7 * P).isValid());
    QCOMPARE(model.indexOf(FakeRow{}.id).isValid(), false);
}

void TestPagedTableModel::rows_matchTheRepository_acrossPages_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<Qt::SortOrder>("order");
    QTest::addColumn<QString>("filter");
    QTest::newRow("by order, ascending") << int(OrderLineTableModel::OrderColumn) << Qt::AscendingOrder << QString();
    QTest::newRow("by order, descending") << int(OrderLineTableModel::OrderColumn) << Qt::DescendingOrder << QString();
    QTest::newRow("by SKU, ascending") << int(OrderLineTableModel::SkuColumn) << Qt::AscendingOrder << QString();
    QTest::newRow("by gross, descending") << int(OrderLineTableModel::GrossColumn) << Qt::DescendingOrder << QString();
    QTest::newRow("filtered, by gross") << int(OrderLineTableModel::GrossColumn) << Qt::AscendingOrder << QStringLiteral("ker");
}

void TestPagedTableModel::rows_matchTheRepository_acrossPages()
{
    QFETCH(int, column);
    QFETCH(Qt::SortOrder, order);
    QFETCH(QString, filter);
    Company &company = m_company->company();
    OrderRepository &repository = company.orders().repository();

    OrderLineTableModel model(company.orders(), Test::TestCompany::actor(), PagedTableModelBase::Scope::Unscoped);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setFilterText(filter);
    model.sort(column, order);
    const int rows = model.rowCount();
    QCOMPARE(rows, int(*repository.countLines(model.filter())));
    QVERIFY2(rows > P + 2, "the lines should fill more than one page");

    QList<int> probes;
    for (const int row : {0, 1, P - 1, P, P + 1, 2 * P - 1, 2 * P, rows / 2 - 1, rows / 2,
                          rows - P - 1, rows - P, rows - 2, rows - 1}) {
        if (row >= 0 && row < rows && !probes.contains(row))
            probes << row;
    }
    // Jumping around, as a scroll bar does, in both directions.
    for (const QList<int> &sequence : {probes, QList<int>(probes.crbegin(), probes.crend())}) {
        model.refresh();
        for (const int row : sequence) {
            const auto expected = repository.linePage(model.filter(), model.listSort(), row, 1);
            QVERIFY(expected);
            QCOMPARE(expected->size(), size_t(1));
            QCOMPARE(Test::rowId(model, row), expected->front().id.value());
            QCOMPARE(Test::cellText(model, row, OrderLineTableModel::SkuColumn), expected->front().sku);
        }
    }
    // Neighbouring rows never repeat a line, across every page boundary.
    QSet<qint64> seen;
    for (int row = 0; row < rows; ++row)
        seen.insert(Test::rowId(model, row));
    QCOMPARE(seen.size(), rows);
}

QTEST_GUILESS_MAIN(TestPagedTableModel)
#include "tst_pagedtablemodel.moc"
