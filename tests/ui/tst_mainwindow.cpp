// SPDX-FileCopyrightText: 2026 The Kontor authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "uitestsupport.h"

#include "accounting/accountingpage.h"
#include "audit/auditpage.h"
#include "audit/audittablemodel.h"
#include "accounting/journalentrytablemodel.h"
#include "accounting/journallinetablemodel.h"
#include "common/filterbar.h"
#include "common/pagewidget.h"
#include "common/tableview.h"
#include "importing/importbatchtablemodel.h"
#include "importing/importhistorydialog.h"
#include "importing/importsession.h"
#include "importing/importwizard.h"
#include "mainwindow.h"
#include "orders/orderlinetablemodel.h"
#include "orders/orderspage.h"
#include "orders/ordertablemodel.h"
#include "personnel/employeedetailwidget.h"
#include "personnel/employeetablemodel.h"
#include "personnel/personnelpage.h"
#include "stock/articletablemodel.h"
#include "stock/stockmovementtablemodel.h"
#include "stock/stockpage.h"
#include "company/presence.h"
#include "users/administratordialog.h"
#include "users/logindialog.h"
#include "users/userservice.h"
#include "users/user.h"

#include <QAbstractButton>
#include <QApplication>
#include <QTabWidget>
#include <QTimer>
#include <QLineEdit>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMimeData>
#include <QPushButton>
#include <QSettings>
#include <QSysInfo>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTreeWidget>
#include <QUrl>

using namespace Kontor;
using namespace Kontor::Ui;
using namespace Qt::StringLiterals;

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void cleanupTestCase();

    void everyPage_showsRows_andTheStatusBarCountsThem();
    void statusBar_followsTheFilter();
    void statusBar_followsTheOrdersTab();
    void currentOrder_showsItsLines();
    void currentArticle_showsItsMovementsAndStock();
    void currentEmployee_showsTheRecord();
    void currentEntry_showsItsLines();
    void title_namesCompanyAndFile();
    void menus_offerFileAndHelpActions();
    void recentFiles_keepTheLastEight_newestFirst_withoutDuplicates();
    void recentFile_asksTheApplicationToOpenIt();
    void geometryAndPage_areRemembered();
    void fileMenu_offersImportAndItsHistory();
    void droppedCsvFiles_openTheImportWizard();
    void droppedOtherFiles_areRefused();
    void finishedImport_refreshesThePages_andTheHistoryListsIt();
    void clerk_seesNeitherPersonnelNorBooks_andCannotImport();
    void personnelWithoutSalaries_hasNoSalaryRow();
    void auditTrail_filtersByUserRecordAndDays();
    void idleTime_locksTheWindowUntilTheUserLogsInAgain();
    void anotherKontorWithTheCompanyOpen_isNamedInTheStatusBar();
    void withoutUsers_theAdministratorIsCreatedFromUsers_andLogsIn();

private:
    template<class Page>
    Page *page() const;
    static QAction *findAction(const QMenu *menu, const QString &startOfText);
    static QString fixture(const QString &name);

    std::unique_ptr<Test::TestCompany> m_company;
    std::unique_ptr<MainWindow> m_window;
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("KontorTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
    QSettings().clear();
    m_company = std::make_unique<Test::TestCompany>(Test::TestCompany::Setup::Demo, 300);
}

void TestMainWindow::init()
{
    m_window = std::make_unique<MainWindow>(m_company->company(), Test::TestCompany::actor());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestMainWindow::cleanup()
{
    m_window.reset();
}

void TestMainWindow::cleanupTestCase()
{
    QSettings().clear();
    m_company.reset();
}

template<class Page>
Page *TestMainWindow::page() const
{
    for (PageWidget *candidate : m_window->pages()) {
        if (auto *wanted = qobject_cast<Page *>(candidate))
            return wanted;
    }
    return nullptr;
}

QString TestMainWindow::fixture(const QString &name)
{
    return QString::fromLocal8Bit(qgetenv("KONTOR_SOURCE_DIR")) + QStringLiteral("/tests/data/import/")
        + name;
}

QAction *TestMainWindow::findAction(const QMenu *menu, const QString &startOfText)
{
    for (QAction *action : menu->actions()) {
        if (action->text().remove(u'&').startsWith(startOfText))
            return action;
    }
    return nullptr;
}

void TestMainWindow::everyPage_showsRows_andTheStatusBarCountsThem()
{
    const QList<PageWidget *> pages = m_window->pages();
    QCOMPARE(pages.size(), 5); // orders, stock, personnel, accounting, audit trail
    auto *rowCount = m_window->statusBar()->findChild<QLabel *>(QStringLiteral("rowCount"));
    QVERIFY(rowCount);
    for (int i = 0; i < pages.size(); ++i) {
        m_window->setCurrentPage(i);
        QCOMPARE(m_window->currentPage(), i);
        QVERIFY(pages[i]->isVisible());
        TableView *view = pages[i]->mainView();
        QVERIFY(view);
        QVERIFY(view->isVisible());
        const int rows = view->model()->rowCount();
        QVERIFY2(rows > 0, qPrintable(pages[i]->title()));
        QVERIFY(!Test::cellText(*view->model(), 0, 0).isEmpty());
        QVERIFY(!Test::cellText(*view->model(), rows - 1, 0).isEmpty());
        QVERIFY2(rowCount->text().contains(QLocale().toString(rows)),
                 qPrintable(rowCount->text() + u" / " + QString::number(rows)));
        QCOMPARE(rowCount->text(), pages[i]->statusText());
        QCOMPARE(m_window->rowCountText(), rowCount->text());
        // Columns were sized from the rows on screen.
        QTRY_VERIFY(view->columnWidth(0) > 20);
    }
}

void TestMainWindow::statusBar_followsTheFilter()
{
    auto *orders = page<OrdersPage>();
    m_window->setCurrentPage(m_window->pages().indexOf(orders));
    QCOMPARE(m_window->rowCountText(), OrdersPage::tr("%Ln order(s)", nullptr, 300));
    const QString number = Test::cellText(*orders->orderModel(), 7, OrderTableModel::NumberColumn);
    auto *filter = orders->mainView()->parentWidget()->findChild<FilterBar *>();
    QVERIFY(filter);
    QTest::keyClicks(filter, number);
    QTRY_COMPARE(orders->orderModel()->rowCount(), 1);
    QCOMPARE(m_window->rowCountText(), OrdersPage::tr("%Ln order(s)", nullptr, 1));
    filter->clear();
    QTRY_COMPARE(orders->orderModel()->rowCount(), 300);
    QCOMPARE(m_window->rowCountText(), OrdersPage::tr("%Ln order(s)", nullptr, 300));
}

void TestMainWindow::statusBar_followsTheOrdersTab()
{
    auto *orders = page<OrdersPage>();
    m_window->setCurrentPage(m_window->pages().indexOf(orders));
    orders->setCurrentTab(1);
    const int lines = orders->allLineModel()->rowCount();
    QVERIFY(lines > 300);
    QCOMPARE(m_window->rowCountText(), OrdersPage::tr("%Ln order line(s)", nullptr, lines));
    orders->setCurrentTab(0);
    QCOMPARE(m_window->rowCountText(), OrdersPage::tr("%Ln order(s)", nullptr, 300));
}

void TestMainWindow::currentOrder_showsItsLines()
{
    auto *orders = page<OrdersPage>();
    m_window->setCurrentPage(m_window->pages().indexOf(orders));
    // The list has the focus and so a current row, whose lines show.
    QCOMPARE(orders->currentOrderLineModel()->order(), orders->orderModel()->idAt(orders->orderView()->currentIndex()));
    orders->orderView()->selectRow(4);
    const OrderId id = orders->orderModel()->idAt(orders->orderModel()->index(4, 0));
    QCOMPARE(orders->currentOrderLineModel()->order(), id);
    const auto lines = m_company->company().orders().repository().linesOf(id);
    QCOMPARE(orders->currentOrderLineModel()->rowCount(), int(lines->size()));

    // Sorting keeps the order the clerk looks at when it is at hand, else lets it go.
    orders->orderView()->sortByColumn(OrderTableModel::NumberColumn, Qt::DescendingOrder);
    QCOMPARE(orders->currentOrderLineModel()->order(), id);
    orders->orderView()->sortByColumn(OrderTableModel::TotalColumn, Qt::AscendingOrder);
    QCOMPARE(orders->orderView()->horizontalHeader()->sortIndicatorSection(), int(OrderTableModel::TotalColumn));
    const QModelIndex current = orders->orderView()->currentIndex();
    QCOMPARE(orders->currentOrderLineModel()->order(),
             current.isValid() ? orders->orderModel()->idAt(current) : OrderId());

    // A click on a column without sort key leaves sort and header as they are.
    orders->orderView()->sortByColumn(OrderTableModel::ShopColumn, Qt::AscendingOrder);
    QCOMPARE(orders->orderView()->horizontalHeader()->sortIndicatorSection(), int(OrderTableModel::TotalColumn));
    QCOMPARE(orders->orderModel()->sortColumn(), int(OrderTableModel::TotalColumn));
}

void TestMainWindow::currentArticle_showsItsMovementsAndStock()
{
    auto *stock = page<StockPage>();
    m_window->setCurrentPage(m_window->pages().indexOf(stock));
    QCOMPARE(stock->movementModel()->article(), stock->articleModel()->idAt(stock->articleView()->currentIndex()));
    // The first article kept in stock: it has movements.
    int row = 0;
    while (Test::cellText(*stock->articleModel(), row, ArticleTableModel::OnHandColumn).isEmpty())
        ++row;
    stock->articleView()->selectRow(row);
    const ArticleId id = stock->articleModel()->idAt(stock->articleModel()->index(row, 0));
    QCOMPARE(stock->movementModel()->article(), id);
    QVERIFY(stock->movementModel()->rowCount() > 0);
    const auto warehouses = m_company->company().stock().repository().warehouses();
    QCOMPARE(stock->levelsView()->topLevelItemCount(), int(warehouses->size()));
}

void TestMainWindow::currentEmployee_showsTheRecord()
{
    auto *personnel = page<PersonnelPage>();
    m_window->setCurrentPage(m_window->pages().indexOf(personnel));
    QCOMPARE(personnel->detail()->employee(), personnel->employeeModel()->idAt(personnel->employeeView()->currentIndex()));
    personnel->employeeView()->selectRow(2);
    const QString number = Test::cellText(*personnel->employeeView()->model(), 2, 0);
    QVERIFY(personnel->detail()->employee().isValid());
    QCOMPARE(personnel->detail()->findChild<QLabel *>(QStringLiteral("number"))->text(), number);
}

void TestMainWindow::currentEntry_showsItsLines()
{
    auto *accounting = page<AccountingPage>();
    m_window->setCurrentPage(m_window->pages().indexOf(accounting));
    accounting->entryView()->selectRow(3);
    const JournalEntryId id = accounting->entryModel()->idAt(accounting->entryModel()->index(3, 0));
    QCOMPARE(accounting->lineModel()->entry(), id);
    QVERIFY(accounting->lineModel()->rowCount() >= 2);
}

void TestMainWindow::title_namesCompanyAndFile()
{
    QVERIFY2(m_window->windowTitle().contains(QStringLiteral("Testfirma GmbH")), qPrintable(m_window->windowTitle()));
    QVERIFY(m_window->windowTitle().contains(QStringLiteral("company.sqlite")));
}

void TestMainWindow::menus_offerFileAndHelpActions()
{
    const QList<QAction *> menus = m_window->menuBar()->actions();
    QCOMPARE(menus.size(), 3);
    const QMenu *file = menus[0]->menu();
    for (const QString &text : {QStringLiteral("New Company"), QStringLiteral("Open…"),
                                QStringLiteral("Open Recent"), QStringLiteral("Save a Backup Copy"),
                                QStringLiteral("Quit")}) {
        QVERIFY2(findAction(file, text), qPrintable(text));
    }
    QCOMPARE(findAction(file, QStringLiteral("New Company"))->shortcut(), QKeySequence(QKeySequence::New));
    QVERIFY(findAction(menus[2]->menu(), QStringLiteral("About Kontor")));
    QAction *refresh = findAction(menus[1]->menu(), QStringLiteral("Refresh"));
    QVERIFY(refresh);
    refresh->trigger();
    QVERIFY(m_window->pages()[m_window->currentPage()]->mainView()->model()->rowCount() > 0);
}

void TestMainWindow::recentFiles_keepTheLastEight_newestFirst_withoutDuplicates()
{
    MainWindow::clearRecentFiles();
    QTemporaryDir dir;
    for (int i = 0; i < 10; ++i)
        MainWindow::addRecentFile(dir.filePath(QStringLiteral("c%1.sqlite").arg(i)));
    MainWindow::addRecentFile(dir.filePath(QStringLiteral("c5.sqlite")));
    const QStringList files = MainWindow::recentFiles();
    QCOMPARE(files.size(), MainWindow::MaxRecentFiles);
    QCOMPARE(files.first(), dir.filePath(QStringLiteral("c5.sqlite")));
    QCOMPARE(files.count(dir.filePath(QStringLiteral("c5.sqlite"))), 1);
    QCOMPARE(files[1], dir.filePath(QStringLiteral("c9.sqlite")));
    QVERIFY(!files.contains(dir.filePath(QStringLiteral("c1.sqlite"))));
    QCOMPARE(QSettings().value(QStringLiteral("recentFiles")).toStringList(), files);
    MainWindow::clearRecentFiles();
    QVERIFY(MainWindow::recentFiles().isEmpty());
}

void TestMainWindow::recentFile_asksTheApplicationToOpenIt()
{
    QTemporaryDir dir;
    const QString other = dir.filePath(QStringLiteral("other.sqlite"));
    QFile file(other);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    MainWindow::clearRecentFiles();
    MainWindow::addRecentFile(m_company->path());
    MainWindow::addRecentFile(other);

    QMenu *recent = findAction(m_window->menuBar()->actions()[0]->menu(), QStringLiteral("Open Recent"))->menu();
    Q_EMIT recent->aboutToShow();
    // The open company itself is not offered.
    QAction *entry = findAction(recent, QStringLiteral("1 "));
    QVERIFY(entry);
    QVERIFY(entry->text().contains(QStringLiteral("other.sqlite")));
    QVERIFY(!findAction(recent, QStringLiteral("2 ")));
    QSignalSpy requested(m_window.get(), &MainWindow::openCompanyRequested);
    entry->trigger();
    QCOMPARE(requested.count(), 1);
    QCOMPARE(requested.at(0).at(0).toString(), other);
    MainWindow::clearRecentFiles();
}

void TestMainWindow::geometryAndPage_areRemembered()
{
    m_window->resize(900, 650);
    m_window->setCurrentPage(2);
    QVERIFY(m_window->close());
    QVERIFY(QSettings().contains(QStringLiteral("mainWindow/geometry")));
    QVERIFY(QSettings().contains(QStringLiteral("mainWindow/state")));
    MainWindow again(m_company->company(), Test::TestCompany::actor());
    QCOMPARE(again.size(), QSize(900, 650));
    QCOMPARE(again.currentPage(), 2);
}

void TestMainWindow::fileMenu_offersImportAndItsHistory()
{
    const QMenu *file = m_window->menuBar()->actions()[0]->menu();
    QAction *importOrders = findAction(file, QStringLiteral("Import Orders…"));
    QVERIFY(importOrders);
    QCOMPARE(importOrders->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_I));
    QAction *history = findAction(file, QStringLiteral("Import History…"));
    QVERIFY(history);
    history->trigger();
    auto *dialog = m_window->findChild<ImportHistoryDialog *>();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    dialog->close();
}

void TestMainWindow::droppedCsvFiles_openTheImportWizard()
{
    QVERIFY(m_window->acceptDrops());
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(fixture(QStringLiteral("shopify-orders.csv"))),
                  QUrl::fromLocalFile(fixture(QStringLiteral("notes.txt"))),
                  QUrl(QStringLiteral("https://example.com/orders.csv"))});
    QDragEnterEvent enter(QPoint(50, 50), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(m_window.get(), &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(50, 50), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(m_window.get(), &drop);
    QVERIFY(drop.isAccepted());
    ImportWizard *wizard = m_window->importWizard();
    QVERIFY(wizard);
    QVERIFY(wizard->isVisible());
    QCOMPARE(wizard->session().files(),
             QStringList{QFileInfo(fixture(QStringLiteral("shopify-orders.csv"))).absoluteFilePath()});

    // A second drop goes to the same wizard.
    QMimeData more;
    more.setUrls({QUrl::fromLocalFile(fixture(QStringLiteral("shopify-crlf.csv")))});
    QDragEnterEvent enterAgain(QPoint(50, 50), Qt::CopyAction, &more, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(m_window.get(), &enterAgain);
    QDropEvent again(QPointF(50, 50), Qt::CopyAction, &more, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(m_window.get(), &again);
    QCOMPARE(m_window->importWizard(), wizard);
    QCOMPARE(wizard->session().files().size(), 2);
    wizard->close();
    QTRY_VERIFY(!m_window->importWizard());
}

void TestMainWindow::droppedOtherFiles_areRefused()
{
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(m_company->path())});
    QDragEnterEvent enter(QPoint(50, 50), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(m_window.get(), &enter);
    QVERIFY(!enter.isAccepted());
    QMimeData text;
    text.setText(QStringLiteral("orders.csv"));
    QDragEnterEvent textEnter(QPoint(50, 50), Qt::CopyAction, &text, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(m_window.get(), &textEnter);
    QVERIFY(!textEnter.isAccepted());
    QVERIFY(!m_window->importWizard());
}

void TestMainWindow::finishedImport_refreshesThePages_andTheHistoryListsIt()
{
    // A company of its own: the import changes it.
    Test::TestCompany company(Test::TestCompany::Setup::Initialised);
    MainWindow window(company.company(), Test::TestCompany::actor());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.setCurrentPage(0);
    OrdersPage *ordersPage = nullptr;
    for (PageWidget *candidate : window.pages()) {
        if (auto *wanted = qobject_cast<OrdersPage *>(candidate))
            ordersPage = wanted;
    }
    QVERIFY(ordersPage);
    QCOMPARE(ordersPage->mainView()->model()->rowCount(), 0);
    ImportHistoryDialog *history = window.showImportHistory();
    QCOMPARE(history->model()->rowCount(), 0);

    ImportWizard *wizard = window.importOrders({fixture(QStringLiteral("shopify-orders.csv"))});
    QVERIFY(QTest::qWaitForWindowExposed(wizard));
    QSignalSpy finished(wizard, &ImportWizard::importFinished);
    QTest::mouseClick(wizard->button(QWizard::NextButton), Qt::LeftButton);
    QTest::mouseClick(wizard->button(QWizard::CommitButton), Qt::LeftButton);
    QVERIFY(wizard->isRunning());
    QVERIFY(!history->undoButton()->isEnabled());
    // The window goes on reading while the worker writes.
    ordersPage->refresh();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
    QCOMPARE(ordersPage->mainView()->model()->rowCount(), 7);
    QCOMPARE(window.rowCountText(), ordersPage->statusText());
    QCOMPARE(history->model()->rowCount(), 1);
    QVERIFY(history->undoButton()->isEnabled());

    // The next files get a new wizard; the finished one goes.
    QPointer<ImportWizard> done = wizard;
    ImportWizard *next = window.importOrders({fixture(QStringLiteral("shopify-crlf.csv"))});
    QVERIFY(next != wizard);
    QVERIFY(!next->hasRun());
    QCOMPARE(next->session().files().size(), 1);
    QTRY_VERIFY(!done);
}

QTEST_MAIN(TestMainWindow)
void TestMainWindow::clerk_seesNeitherPersonnelNorBooks_andCannotImport()
{
    Actor clerk(u"karl"_s);
    clerk.user = UserId(7);
    clerk.permissions = builtInRole(u"clerk")->permissions;
    MainWindow window(m_company->company(), clerk);
    QCOMPARE(window.pages().size(), 2);
    QVERIFY(window.findChild<OrdersPage *>());
    QVERIFY(window.findChild<StockPage *>());
    QVERIFY(!window.findChild<PersonnelPage *>());
    QVERIFY(!window.findChild<AccountingPage *>());
    // An order's lines, but not what it booked.
    QCOMPARE(window.findChild<OrdersPage *>()->detailTabs()->count(), 1);
    QVERIFY(!window.findChild<OrdersPage *>()->bookingModel());
    QCOMPARE(m_window->findChild<OrdersPage *>()->detailTabs()->count(), 2);
    const QMenu *file = window.menuBar()->actions()[0]->menu();
    QVERIFY(!findAction(file, QStringLiteral("Import Orders…"))->isEnabled());
    QVERIFY(!findAction(file, QStringLiteral("Import History…"))->isEnabled());
    QCOMPARE(window.findChild<QLabel *>(u"user"_s)->text(), u"Logged in as karl"_s);

    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(fixture(u"shopify-orders.csv"_s))});
    QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(&window, &enter);
    QVERIFY(!enter.isAccepted());
}

void TestMainWindow::personnelWithoutSalaries_hasNoSalaryRow()
{
    Actor actor(u"paula"_s);
    actor.permissions = {Permission::ViewPersonnel};
    MainWindow window(m_company->company(), actor);
    QCOMPARE(window.pages().size(), 1);
    auto *personnel = window.findChild<PersonnelPage *>();
    QVERIFY(personnel);
    QVERIFY(!personnel->detail()->findChild<QLabel *>(u"monthlySalary"_s));
    QVERIFY(m_window->findChild<PersonnelPage *>()->detail()->findChild<QLabel *>(u"monthlySalary"_s));
}

void TestMainWindow::auditTrail_filtersByUserRecordAndDays()
{
    auto *audit = page<AuditPage>();
    QVERIFY(audit);
    const int all = audit->model()->rowCount();
    QVERIFY(all > 300); // the demo's orders, customers, bookings, …
    audit->setRecordType(u"order"_s);
    QTRY_COMPARE(audit->model()->rowCount(), 300);
    audit->setUser(u"nobody"_s); // not among the choices: everyone
    QTRY_COMPARE(audit->model()->rowCount(), 300);
    audit->setDays(QDate::currentDate().addDays(1), QDate());
    QTRY_COMPARE(audit->model()->rowCount(), 0);
    audit->setDays(QDate(), QDate());
    audit->setRecordType(QString());
    QTRY_COMPARE(audit->model()->rowCount(), all);
    // A clerk has no audit trail.
    Actor clerk(u"karl"_s);
    clerk.permissions = builtInRole(u"clerk")->permissions;
    MainWindow window(m_company->company(), clerk);
    QVERIFY(!window.findChild<AuditPage *>());
}

void TestMainWindow::idleTime_locksTheWindowUntilTheUserLogsInAgain()
{
    UserService &users = m_company->company().users();
    users.setHashStrength(PasswordHasher::weakestForTests());
    QVERIFY(users.createAdministrator(Test::TestCompany::actor(), u"chefin"_s, {}, u"Kaffee und Kuchen"_s));
    const Actor chefin = users.logIn(u"chefin"_s, u"Kaffee und Kuchen"_s)->actor();
    MainWindow window(m_company->company(), chefin);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    // When the login shows, nothing of the company does: a wrong password keeps it so, the
    // user's own opens it again.
    int attempts = 0;
    bool hiddenWhileLocked = false;
    QString message;
    QTimer answer;
    answer.setInterval(20);
    connect(&answer, &QTimer::timeout, this, [&] {
        auto *dialog = qobject_cast<LoginDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        hiddenWhileLocked = !window.centralWidget()->isVisible() && window.isLocked();
        auto *password = dialog->findChild<QLineEdit *>(u"password"_s);
        QVERIFY(dialog->findChild<QLineEdit *>(u"userName"_s)->isReadOnly());
        if (++attempts == 1) {
            password->setText(u"falsch-falsch"_s);
        } else {
            message = dialog->findChild<QLabel *>(u"message"_s)->text();
            answer.stop();
            window.setIdleLockTime(0);
            password->setText(u"Kaffee und Kuchen"_s);
        }
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    });
    answer.start();
    window.setIdleLockTime(50);
    QTRY_COMPARE(attempts, 2);
    QTRY_VERIFY(!window.isLocked());
    QVERIFY(hiddenWhileLocked);
    QVERIFY(message.contains(u"wrong"_s));
    QVERIFY(window.centralWidget()->isVisible());
    QVERIFY(window.isVisible());
}

void TestMainWindow::anotherKontorWithTheCompanyOpen_isNamedInTheStatusBar()
{
    const auto *others = m_window->statusBar()->findChild<QLabel *>(u"others"_s);
    QVERIFY(others);
    QVERIFY(others->text().isEmpty());
    auto elsewhere = Company::open(m_company->path(), Database::OpenMode::ExistingOnly);
    QVERIFY(elsewhere);
    Presence karl((*elsewhere)->database());
    QVERIFY(karl.announce(Actor(u"karl"_s)));
    // A window opened now names karl's Kontor (and the first window, another session).
    MainWindow window(m_company->company(), Test::TestCompany::actor());
    const auto *seen = window.statusBar()->findChild<QLabel *>(u"others"_s);
    QVERIFY2(seen->text().startsWith(u"Also open: "_s), qPrintable(seen->text()));
    QVERIFY2(seen->text().contains(u"karl on "_s + QSysInfo::machineHostName()), qPrintable(seen->text()));
    QCOMPARE(seen->text().count(u"tester on "_s), 1);

    // A window that is closed is gone for the others at once (it is deleted only later).
    QVERIFY(window.close());
    MainWindow later(m_company->company(), Test::TestCompany::actor());
    const QString seenLater = later.statusBar()->findChild<QLabel *>(u"others"_s)->text();
    QVERIFY2(seenLater.contains(u"karl on "_s), qPrintable(seenLater));
    QCOMPARE(seenLater.count(u"tester on "_s), 1);
}

void TestMainWindow::withoutUsers_theAdministratorIsCreatedFromUsers_andLogsIn()
{
    // A company without users opens without a login: its first user is made from the window.
    Test::TestCompany company(Test::TestCompany::Setup::Initialised);
    UserService &users = company.company().users();
    users.setHashStrength(PasswordHasher::weakestForTests());
    MainWindow window(company.company(), Test::TestCompany::actor());
    QAction *usersAction = findAction(window.menuBar()->actions().first()->menu(), u"Users"_s);
    QVERIFY(usersAction && usersAction->isEnabled());
    std::optional<Actor> loggedIn;
    connect(&window, &MainWindow::administratorLoggedIn, this,
            [&](const Actor &admin) { loggedIn = admin; });
    QString refused;
    QTimer answer;
    answer.setInterval(20);
    connect(&answer, &QTimer::timeout, this, [&] {
        auto *dialog = qobject_cast<AdministratorDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        answer.stop();
        dialog->findChild<QLineEdit *>(u"userName"_s)->setText(u"Chefin"_s);
        dialog->findChild<QLineEdit *>(u"password"_s)->setText(u"Kaffee und Kuchen"_s);
        dialog->findChild<QLineEdit *>(u"repeatPassword"_s)->setText(u"Kaffee und Kuchen"_s);
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        if (dialog->isVisible()) { // refused: say why instead of waiting for ever
            refused = dialog->findChild<QLabel *>(u"message"_s)->text();
            dialog->reject();
        }
    });
    answer.start();
    usersAction->trigger();
    QVERIFY2(refused.isEmpty(), qPrintable(refused));
    QVERIFY(loggedIn);
    QCOMPARE(loggedIn->name, u"chefin"_s);
    QVERIFY(loggedIn->user.isValid());
    QVERIFY(loggedIn->permissions.has(Permission::ManageUsers));
    QVERIFY(*users.hasUsers());

    // Shown again as the administrator, the window offers the users themselves; a clerk's not.
    MainWindow administrators(company.company(), *loggedIn);
    QVERIFY(findAction(administrators.menuBar()->actions().first()->menu(), u"Users"_s)
                ->isEnabled());
    Actor clerk(u"karl"_s);
    clerk.user = UserId(99);
    clerk.permissions = builtInRole(u"clerk")->permissions;
    MainWindow clerks(company.company(), clerk);
    QVERIFY(!findAction(clerks.menuBar()->actions().first()->menu(), u"Users"_s)->isEnabled());
}

#include "tst_mainwindow.moc"
