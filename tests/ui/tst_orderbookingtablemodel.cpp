// SPDX-FileCopyrightText: 2026 The Kontor authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "uitestsupport.h"

#include "accounting/accountingservice.h"
#include "common/format.h"
#include "importing/importservice.h"
#include "orders/orderbookingtablemodel.h"
#include "orders/orderrepository.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QSignalSpy>

using namespace Kontor;
using namespace Kontor::Ui;
using namespace Qt::StringLiterals;
using Model = OrderBookingTableModel;

namespace {

const QByteArray header = "Name,Email,Financial Status,Paid at,Fulfillment Status,Currency,"
                          "Subtotal,Shipping,Taxes,Total,Discount Amount,Created at,"
                          "Lineitem quantity,Lineitem name,Lineitem price,Lineitem sku,"
                          "Lineitem requires shipping,Lineitem taxable,Lineitem discount,"
                          "Billing Name,Refunded Amount,Tax 1 Name,Tax 1 Value,Duties\n";

// Order #1001 as a shop exports it: cups at 5.00 with 19 % VAT in the price, paid.
QByteArray order1001(int cups)
{
    const qint64 total = 500 * cups;
    const qint64 tax = total - (total * 100 + 59) / 119;
    const auto money = [](qint64 cents) { return QByteArray::number(double(cents) / 100, 'f', 2); };
    return header + "#1001,k@example.de,paid,2026-03-01 10:05:00 +0100,unfulfilled,EUR,"
         + money(total) + ",0.00," + money(tax) + "," + money(total)
         + ",0.00,2026-03-01 10:00:00 +0100," + QByteArray::number(cups)
         + ",Tasse,5.00,CUP-1,true,true,0.00,Jana Kunde,0.00,VAT 19%," + money(tax) + ",\n";
}

} // namespace

/// What the books say about one order, as the order's Bookings tab lists it.
class TestOrderBookingTableModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_company = std::make_unique<Test::TestCompany>(Test::TestCompany::Setup::Initialised);
    }
    void cleanup() { m_company.reset(); }

    void withoutOrder_showsNothing()
    {
        Model model(m_company->company().accounting(), Test::TestCompany::actor());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.columnCount(), int(Model::ColumnCount));
        QVERIFY(!model.headerData(Model::DebitColumn, Qt::Horizontal).toString().isEmpty());
    }

    /// An imported order shows its sale and its payment, each entry balanced, its number, date
    /// and text on its first line; an edit in the shop adds the reversal and the new booking.
    void importedOrder_showsEachEntryBalanced_andAnEditAddsItsReversalAndRebooking()
    {
        const OrderId order = import(order1001(2));
        Model model(m_company->company().accounting(), Test::TestCompany::actor());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setOrder(order);
        // The sale and the payment, in the language of the (German) company's books.
        QCOMPARE(entryTexts(model), (QStringList{u"Bestellung A0000001"_s,
                                                 u"Zahlungseingang, Bestellung A0000001"_s}));
        checkLedger(model);
        QCOMPARE(Test::cellText(model, 0, Model::DateColumn), Format::date(QDate(2026, 3, 1)));
        QCOMPARE(Test::cellText(model, 0, Model::AccountColumn), u"1400"_s);
        QCOMPARE(Test::cellText(model, 0, Model::DebitColumn),
                 Format::money(Money(1000, Currency::eur())));

        // The shop edits the order (three cups): the model, read again, shows what followed.
        import(order1001(3));
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        model.setOrder(order); // the same order: nothing to read
        QCOMPARE(resets.count(), 0);
        model.reload();
        QCOMPARE(resets.count(), 1);
        // The sale reversed, booked again, and the 5.00 more paid.
        const QStringList texts = entryTexts(model);
        QCOMPARE(texts.size(), 5);
        QVERIFY2(texts.at(2).startsWith(u"Storno"_s)
                     && texts.at(2).endsWith(u"Bestellung A0000001"_s),
                 qPrintable(texts.at(2)));
        QCOMPARE(texts.at(3), u"Bestellung A0000001"_s);
        QCOMPARE(texts.at(4), u"Zahlungseingang, Bestellung A0000001"_s);
        QCOMPARE(model.entryCount(), 5);
        checkLedger(model);
        model.setOrder(OrderId());
        QCOMPARE(model.rowCount(), 0);
    }

    /// Someone who may not see the books is told so, and sees no rows.
    void readerWithoutBookings_isRefused()
    {
        const OrderId order = import(order1001(1));
        Actor clerk(u"karl"_s);
        clerk.permissions = {Permission::ViewOrders};
        Model model(m_company->company().accounting(), clerk);
        QSignalSpy failed(&model, &Model::loadFailed);
        model.setOrder(order);
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(failed.count(), 1);
    }

private:
    OrderId import(const QByteArray &csv)
    {
        const QString path = m_company->folder() + u"/orders.csv"_s;
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(csv) != csv.size())
            qFatal("cannot write %s", qPrintable(path));
        file.close();
        auto report = m_company->company().imports().importFile(Test::TestCompany::actor(), path,
                                                                {});
        if (!report)
            qFatal("the import failed: %s", qPrintable(report.error().toString()));
        if (report->rejected != 0)
            qFatal("the order was rejected: %s", qPrintable(report->problems.front().message));
        auto id = m_company->company().orders().repository().findByExternalId(u"shopify"_s,
                                                                               u"#1001"_s);
        return id && id->has_value() ? **id : OrderId();
    }
    /// The texts of the entries, from their first lines.
    static QStringList entryTexts(const Model &model)
    {
        QStringList texts;
        for (int row = 0; row < model.rowCount(); ++row)
            if (!Test::cellText(model, row, Model::EntryColumn).isEmpty())
                texts << Test::cellText(model, row, Model::TextColumn);
        return texts;
    }
    /// Each entry's lines balance and are either debit or credit; the entry's own columns are
    /// on its first line only.
    static void checkLedger(const Model &model)
    {
        qint64 balance = 0;
        qint64 entry = 0;
        for (int row = 0; row < model.rowCount(); ++row) {
            const qint64 id = Test::rowId(model, row);
            const bool first = id != entry;
            QCOMPARE(!Test::cellText(model, row, Model::EntryColumn).isEmpty(), first);
            QCOMPARE(!Test::cellText(model, row, Model::DateColumn).isEmpty(), first);
            if (first) {
                QCOMPARE(balance, 0);
                entry = id;
            }
            const qint64 d = model.index(row, Model::DebitColumn).data(SortRole).toLongLong();
            const qint64 c = model.index(row, Model::CreditColumn).data(SortRole).toLongLong();
            QVERIFY((d == 0) != (c == 0));
            QVERIFY(!Test::cellText(model, row, Model::AccountNameColumn).isEmpty());
            // The revenue and its tax, also when reversed, name their rate; no other line does.
            const QString account = Test::cellText(model, row, Model::AccountColumn);
            const bool rated = account == u"8400"_s || account == u"1776"_s;
            QCOMPARE(Test::cellText(model, row, Model::VatColumn),
                     rated ? Format::percent(1900) : QString());
            balance += d - c;
        }
        QCOMPARE(balance, 0);
    }

    std::unique_ptr<Test::TestCompany> m_company;
};

QTEST_GUILESS_MAIN(TestOrderBookingTableModel)
#include "tst_orderbookingtablemodel.moc"
