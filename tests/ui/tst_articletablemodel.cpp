// SPDX-FileCopyrightText: 2026 The Kontor authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "uitestsupport.h"

#include "common/format.h"
#include "common/sortkey.h"
#include "stock/articletablemodel.h"

#include <QAbstractItemModelTester>
#include <QCoreApplication>
#include <QTranslator>
#include <QSignalSpy>

using namespace Kontor;
using namespace Kontor::Ui;
using Model = ArticleTableModel;

class TestArticleTableModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void cleanupTestCase();

    void rows_areSortedBySku_andShowTheArticle();
    void onHand_isTheSumOverAllWarehouses();
    void filter_byNameWord_findsThoseArticles();
    void sort_byName_andBySalesPrice();
    void stockMovement_updatesOnHand_withoutReset();
    void newArticle_appearsAfterOneReset();
    void unit_isShownInTheUsersLanguage();

private:
    StockRepository &repository() { return m_company->company().stock().repository(); }

    std::unique_ptr<Test::TestCompany> m_company;
    std::unique_ptr<Model> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestArticleTableModel::initTestCase()
{
    m_company = std::make_unique<Test::TestCompany>(Test::TestCompany::Setup::Demo, 100);
}

void TestArticleTableModel::init()
{
    m_model = std::make_unique<Model>(m_company->company().stock(), Test::TestCompany::actor());
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
}

void TestArticleTableModel::cleanup()
{
    m_tester.reset();
    m_model.reset();
}

void TestArticleTableModel::cleanupTestCase()
{
    m_company.reset();
}

void TestArticleTableModel::rows_areSortedBySku_andShowTheArticle()
{
    const auto all = repository().articlePage({}, {}, 0, 1000);
    QVERIFY(all);
    QCOMPARE(m_model->rowCount(), int(all->size()));
    QVERIFY(m_model->rowCount() > 10);
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const Article &article = all->at(size_t(row));
        QCOMPARE(m_model->idAt(m_model->index(row, 0)), article.id);
        QCOMPARE(Test::cellText(*m_model, row, Model::SkuColumn), article.sku);
        QCOMPARE(Test::cellText(*m_model, row, Model::NameColumn), article.name);
        QCOMPARE(Test::cellText(*m_model, row, Model::SalesPriceColumn), Format::money(article.salesPrice));
        QCOMPARE(m_model->index(row, Model::SalesPriceColumn).data(SortRole).toLongLong(),
                 article.salesPrice.minorUnits());
        QCOMPARE(Test::cellText(*m_model, row, Model::VatColumn), Format::percent(article.vatRate));
        if (row > 0)
            QVERIFY(Test::cellText(*m_model, row - 1, Model::SkuColumn) < article.sku);
    }
    QVERIFY(m_model->index(0, Model::OnHandColumn).data(Qt::TextAlignmentRole).value<Qt::Alignment>() & Qt::AlignRight);
}

void TestArticleTableModel::onHand_isTheSumOverAllWarehouses()
{
    int tracked = 0;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const auto levels = repository().levelsOf(m_model->idAt(m_model->index(row, 0)));
        QVERIFY(levels);
        qint64 sum = 0;
        for (const StockLevel &level : *levels)
            sum += level.quantity.units();
        QCOMPARE(m_model->index(row, Model::OnHandColumn).data(SortRole).toLongLong(), sum);
        if (!Test::cellText(*m_model, row, Model::OnHandColumn).isEmpty()) {
            ++tracked;
            QCOMPARE(Test::cellText(*m_model, row, Model::OnHandColumn), Format::quantity(Quantity(sum)));
        }
    }
    QVERIFY(tracked > 0);
}

void TestArticleTableModel::filter_byNameWord_findsThoseArticles()
{
    m_model->setFilterText(QStringLiteral("leinen"));
    const int rows = m_model->rowCount();
    QVERIFY(rows > 0);
    for (int row = 0; row < rows; ++row)
        QVERIFY(Test::cellText(*m_model, row, Model::NameColumn).contains(u"Leinen"));
    m_model->setFilterText(QStringLiteral("müsli"));
    QVERIFY(m_model->rowCount() > 0);
    QVERIFY(Test::cellText(*m_model, 0, Model::NameColumn).startsWith(u"Müslischale"));
}

void TestArticleTableModel::sort_byName_andBySalesPrice()
{
    m_model->sort(Model::NameColumn, Qt::AscendingOrder);
    for (int row = 1; row < m_model->rowCount(); ++row)
        QVERIFY(sortKey(Test::cellText(*m_model, row - 1, Model::NameColumn))
                <= sortKey(Test::cellText(*m_model, row, Model::NameColumn)));
    m_model->sort(Model::SalesPriceColumn, Qt::DescendingOrder);
    for (int row = 1; row < m_model->rowCount(); ++row) {
        QVERIFY(m_model->index(row - 1, Model::SalesPriceColumn).data(SortRole).toLongLong()
                >= m_model->index(row, Model::SalesPriceColumn).data(SortRole).toLongLong());
    }
}

void TestArticleTableModel::stockMovement_updatesOnHand_withoutReset()
{
    const int row = 0;
    const ArticleId article = m_model->idAt(m_model->index(row, 0));
    const qint64 before = m_model->index(row, Model::OnHandColumn).data(SortRole).toLongLong();
    const auto warehouses = repository().warehouses();
    QVERIFY(warehouses && !warehouses->empty());
    QSignalSpy resets(m_model.get(), &QAbstractItemModel::modelReset);
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);

    StockMovement receipt;
    receipt.article = article;
    receipt.warehouse = warehouses->front().id;
    receipt.quantity = Quantity(5);
    receipt.kind = MovementKind::Receipt;
    receipt.occurredAt = QDateTime::currentDateTimeUtc();
    receipt.unitCost = Money(100, Currency::eur());
    QVERIFY(m_company->company().stock().recordMovement(Test::TestCompany::actor(), receipt));
    QVERIFY(changed.wait());
    QCOMPARE(resets.count(), 0);
    QCOMPARE(m_model->idAt(m_model->index(row, 0)), article);
    QCOMPARE(m_model->index(row, Model::OnHandColumn).data(SortRole).toLongLong(), before + 5);
}

void TestArticleTableModel::newArticle_appearsAfterOneReset()
{
    const int before = m_model->rowCount();
    QSignalSpy resets(m_model.get(), &QAbstractItemModel::modelReset);
    Article article;
    article.sku = QStringLiteral("AAA-0001");
    article.name = QStringLiteral("Probierset");
    article.salesPrice = Money(990, Currency::eur());
    article.purchasePrice = Money(400, Currency::eur());
    const auto id = m_company->company().stock().createArticle(Test::TestCompany::actor(), article);
    QVERIFY2(id, qPrintable(id ? QString() : id.error().toString()));
    QVERIFY(resets.wait());
    QCOMPARE(m_model->rowCount(), before + 1);
    QCOMPARE(m_model->idAt(m_model->index(0, 0)), *id);
    QCOMPARE(m_model->indexOf(*id).row(), 0);
    QCoreApplication::processEvents();
    QCOMPARE(resets.count(), 1);
}

void TestArticleTableModel::unit_isShownInTheUsersLanguage()
{
    QVERIFY(m_model->rowCount() > 0);
    QCOMPARE(m_model->index(0, Model::UnitColumn).data().toString(), QStringLiteral("pc"));
    QTranslator german;
    QVERIFY(german.load(QStringLiteral(":/i18n/kontor_de.qm")));
    QCoreApplication::installTranslator(&german);
    const QString shown = m_model->index(0, Model::UnitColumn).data().toString();
    const QString kilograms = unitName(QStringLiteral("kg"));
    QCoreApplication::removeTranslator(&german);
    // Kontor's own code for pieces in German; a unit of the shop's own stays as it is.
    QCOMPARE(shown, QStringLiteral("Stk."));
    QCOMPARE(kilograms, QStringLiteral("kg"));
}

QTEST_GUILESS_MAIN(TestArticleTableModel)
#include "tst_articletablemodel.moc"
