// SPDX-FileCopyrightText: 2026 The Kontor authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "startdialog.h"

#include "accounting/accountingpage.h"
#include "audit/auditpage.h"
#include "common/errors.h"
#include "common/pagewidget.h"
#include "common/tableview.h"
#include "importing/importfilespage.h"
#include "importing/importhistorydialog.h"
#include "importing/importsession.h"
#include "importing/importwizard.h"
#include "company/presence.h"
#include "maintenance/backups.h"
#include "users/administratordialog.h"
#include "users/idlelock.h"
#include "users/logindialog.h"
#include "users/usersdialog.h"
#include "orders/orderspage.h"
#include "personnel/personnelpage.h"
#include "stock/stockpage.h"

#include "company/company.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDate>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QTimer>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>

namespace Kontor::Ui {

namespace {

const QString recentFilesKey = QStringLiteral("recentFiles");
const QString geometryKey = QStringLiteral("mainWindow/geometry");
const QString stateKey = QStringLiteral("mainWindow/state");
const QString pageKey = QStringLiteral("mainWindow/page");

const QString importFolderKey = QStringLiteral("import/folder");

// The shop exports among dropped things: local files ending in .csv.
QStringList droppedExports(const QMimeData *mime)
{
    QStringList files;
    if (!mime || !mime->hasUrls())
        return files;
    const QList<QUrl> urls = mime->urls();
    for (const QUrl &url : urls) {
        if (url.isLocalFile() && url.toLocalFile().endsWith(u".csv", Qt::CaseInsensitive))
            files.append(url.toLocalFile());
    }
    return files;
}

// A new file needs a suffix so that the file dialogs and the desktop recognise it.
QString withSuffix(const QString &path)
{
    return QFileInfo(path).suffix().isEmpty() ? path + QStringLiteral(".sqlite") : path;
}

} // namespace

MainWindow::MainWindow(Company &company, Actor actor, QWidget *parent)
    : QMainWindow(parent)
    , m_company(company)
    , m_actor(std::move(actor))
{
    setObjectName(QStringLiteral("mainWindow"));
    auto *central = new QWidget(this);
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    m_navigation = new QListWidget(central);
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setIconSize(QSize(24, 24));
    m_navigation->setFrameShape(QFrame::NoFrame);
    m_navigation->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Expanding);
    m_stack = new QStackedWidget(central);
    layout->addWidget(m_navigation);
    layout->addWidget(m_stack, 1);
    setCentralWidget(central);

    m_rowCount = new QLabel(this);
    m_rowCount->setObjectName(QStringLiteral("rowCount"));
    statusBar()->addWidget(m_rowCount);
    m_user = new QLabel(this);
    m_user->setObjectName(QStringLiteral("user"));
    if (m_actor.user.isValid()) {
        m_user->setText(tr("Logged in as %1").arg(m_actor.name));
    } else {
        m_user->setText(tr("No logins"));
        m_user->setToolTip(tr("This company has no users yet: whoever opens its file may see and "
                              "change everything. Give it an administrator with kontor-cli users "
                              "add NAME."));
    }
    m_others = new QLabel(this);
    m_others->setObjectName(QStringLiteral("others"));
    statusBar()->addPermanentWidget(m_others);
    statusBar()->addPermanentWidget(m_user);
    // Who else has the company open, and a heartbeat so that they see this window too.
    m_presence = std::make_unique<Presence>(m_company.database());
    if (Status s = m_presence->announce(m_actor); !s)
        qWarning("Kontor: the session could not announce itself: %s", qPrintable(s.error().message));
    auto *heartbeat = new QTimer(this);
    heartbeat->setInterval(Presence::beatSeconds * 1000);
    connect(heartbeat, &QTimer::timeout, this, &MainWindow::updatePresence);
    heartbeat->start();
    updatePresence();

    // Each page only for those who may see it; salaries only for those who may see them.
    const Permissions may = m_actor.permissions;
    if (may.has(Permission::ViewOrders))
        addPage(new OrdersPage(company.orders(),
                               may.has(Permission::ViewBookings) ? &company.accounting() : nullptr,
                               m_actor, m_stack));
    if (may.has(Permission::ViewStock))
        addPage(new StockPage(company.stock(), m_actor, m_stack));
    if (may.has(Permission::ViewPersonnel))
        addPage(new PersonnelPage(company.personnel(), m_actor, m_stack));
    if (may.has(Permission::ViewBookings))
        addPage(new AccountingPage(company.accounting(), m_actor, m_stack));
    if (may.has(Permission::ViewAudit))
        addPage(new AuditPage(company.audit(), m_actor, m_stack));
    m_navigation->setFixedWidth(m_navigation->sizeHintForColumn(0) + 2 * m_navigation->frameWidth() + 24);
    connect(m_navigation, &QListWidget::currentRowChanged, this, [this](int row) {
        m_stack->setCurrentIndex(row);
        if (row >= 0 && row < m_pages.size())
            m_pages[row]->mainView()->setFocus();
        updateStatus();
    });

    createMenus();
    updateTitle();
    setAcceptDrops(true);
    if (m_actor.user.isValid())
        setIdleLockTime(IdleLock::settingMilliseconds());

    const QSettings settings;
    if (!restoreGeometry(settings.value(geometryKey).toByteArray()))
        resize(1200, 800);
    restoreState(settings.value(stateKey).toByteArray());
    if (!m_pages.isEmpty())
        setCurrentPage(qBound(0, settings.value(pageKey, 0).toInt(), int(m_pages.size()) - 1));
}

MainWindow::~MainWindow() = default;

void MainWindow::addPage(PageWidget *page)
{
    m_pages.append(page);
    m_stack->addWidget(page);
    new QListWidgetItem(page->icon(), page->title(), m_navigation);
    connect(page, &PageWidget::statusTextChanged, this, [this, page] {
        if (m_stack->currentWidget() == page)
            updateStatus();
    });
    connect(page, &PageWidget::errorOccurred, this, &MainWindow::showPageError, Qt::QueuedConnection);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *newAction = file->addAction(tr("&New Company…"), this, &MainWindow::newCompany);
    newAction->setShortcut(QKeySequence::New);
    QAction *openAction = file->addAction(tr("&Open…"), this, &MainWindow::openCompany);
    openAction->setShortcut(QKeySequence::Open);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::updateRecentMenu);
    file->addSeparator();
    QAction *importAction = file->addAction(tr("&Import Orders…"), this, &MainWindow::chooseImportFiles);
    importAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    importAction->setStatusTip(tr("Import the order exports (CSV) of a web shop"));
    QAction *historyAction = file->addAction(tr("Import &History…"), this, &MainWindow::showImportHistory);
    const bool mayImport = m_actor.permissions.has(Permission::RunImports);
    importAction->setEnabled(mayImport);
    historyAction->setEnabled(mayImport);
    file->addSeparator();
    QAction *backupAction = file->addAction(tr("Save a &Backup Copy…"), this, &MainWindow::saveBackup);
    QAction *restoreAction = file->addAction(tr("&Restore from Backup…"), this, &MainWindow::chooseBackupToRestore);
    const bool mayBackUp = m_actor.permissions.has(Permission::BackUpAndRestore);
    backupAction->setEnabled(mayBackUp);
    restoreAction->setEnabled(mayBackUp);
    file->addSeparator();
    QAction *usersAction = file->addAction(tr("&Users…"), this, &MainWindow::showUsers);
    // Without a login the company has no users yet: its first is created from here.
    usersAction->setEnabled(!m_actor.user.isValid()
                            || m_actor.permissions.has(Permission::ManageUsers));
    QAction *lockAction = file->addAction(tr("&Lock"), this, &MainWindow::lock);
    lockAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    lockAction->setStatusTip(tr("Hide the company until you log in again"));
    lockAction->setEnabled(m_actor.user.isValid());
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    m_goMenu = menuBar()->addMenu(tr("&View"));
    for (int i = 0; i < m_pages.size(); ++i) {
        QAction *go = m_goMenu->addAction(m_pages[i]->icon(), m_pages[i]->title(), this,
                                          [this, i] { setCurrentPage(i); });
        go->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
    }
    m_goMenu->addSeparator();
    QAction *refresh = m_goMenu->addAction(tr("&Refresh"), this, [this] {
        if (auto *page = qobject_cast<PageWidget *>(m_stack->currentWidget()))
            page->refresh();
    });
    refresh->setShortcut(QKeySequence::Refresh);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *about = help->addAction(tr("&About Kontor"), this, &MainWindow::about);
    about->setMenuRole(QAction::AboutRole);
    QAction *aboutQt = help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
    aboutQt->setMenuRole(QAction::AboutQtRole);
}

int MainWindow::currentPage() const
{
    return m_stack->currentIndex();
}

void MainWindow::setCurrentPage(int index)
{
    m_navigation->setCurrentRow(index);
}

QString MainWindow::rowCountText() const
{
    return m_rowCount->text();
}

void MainWindow::updateStatus()
{
    const auto *page = qobject_cast<PageWidget *>(m_stack->currentWidget());
    m_rowCount->setText(page ? page->statusText() : QString());
}

void MainWindow::updateTitle()
{
    const QString file = QFileInfo(m_company.database().path()).fileName();
    const auto profile = m_company.profile();
    if (profile && !profile->name.isEmpty()) {
        //: Window title: %1 company name, %2 file name
        setWindowTitle(tr("%1 — %2").arg(profile->name, file));
    } else {
        setWindowTitle(file);
    }
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(geometryKey, saveGeometry());
    settings.setValue(stateKey, saveState());
    settings.setValue(pageKey, currentPage());
    // Closed is gone for the others, though the window itself is deleted a moment later.
    if (Status s = m_presence->leave(); !s)
        qWarning("Kontor: the session could not say it leaves: %s", qPrintable(s.error().message));
    event->accept();
}

QString MainWindow::companyFileFilter()
{
    return tr("Kontor companies (*.sqlite *.kontor);;All files (*)");
}

void MainWindow::addRecentFile(const QString &path)
{
    if (path.isEmpty())
        return;
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QSettings settings;
    QStringList files = settings.value(recentFilesKey).toStringList();
    files.removeAll(absolute);
    files.prepend(absolute);
    while (files.size() > MaxRecentFiles)
        files.removeLast();
    settings.setValue(recentFilesKey, files);
}

QStringList MainWindow::recentFiles()
{
    return QSettings().value(recentFilesKey).toStringList();
}

void MainWindow::clearRecentFiles()
{
    QSettings().remove(recentFilesKey);
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QString current = QFileInfo(m_company.database().path()).absoluteFilePath();
    const QStringList files = recentFiles();
    int number = 0;
    for (const QString &path : files) {
        if (path == current)
            continue;
        ++number;
        //: A recent file in the File menu: %1 number (shortcut key), %2 file path
        QAction *action = m_recentMenu->addAction(
            tr("&%1 %2").arg(number).arg(QDir::toNativeSeparators(path)), this,
            [this, path] { Q_EMIT openCompanyRequested(path); });
        action->setEnabled(QFileInfo::exists(path));
    }
    if (number == 0)
        m_recentMenu->addAction(tr("No recent companies"))->setEnabled(false);
    m_recentMenu->addSeparator();
    m_recentMenu->addAction(tr("&Clear Menu"), this, [this, current] {
        clearRecentFiles();
        addRecentFile(current);
    });
}

void MainWindow::newCompany()
{
    const QString chosen = QFileDialog::getSaveFileName(
        this, tr("New Company"), QFileInfo(m_company.database().path()).absolutePath(),
        companyFileFilter(), nullptr, QFileDialog::DontConfirmOverwrite);
    if (chosen.isEmpty())
        return;
    const QString path = withSuffix(chosen);
    if (QFileInfo::exists(path)) {
        QMessageBox::warning(this, tr("New Company"),
                             tr("%1 already exists. A new company needs a new file.")
                                 .arg(QDir::toNativeSeparators(path)));
        return;
    }
    StartDialog dialog(path, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    Q_EMIT newCompanyRequested(path, dialog.choice() == StartDialog::Choice::Demo,
                               dialog.profile());
}

void MainWindow::openCompany()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open Company"), QFileInfo(m_company.database().path()).absolutePath(),
        companyFileFilter());
    if (!path.isEmpty())
        Q_EMIT openCompanyRequested(path);
}

void MainWindow::showUsers()
{
    if (!m_actor.user.isValid()) {
        AdministratorDialog dialog(m_company.users(), m_actor, this);
        if (dialog.exec() == QDialog::Accepted && dialog.session())
            Q_EMIT administratorLoggedIn(dialog.session()->actor());
        return;
    }
    UsersDialog dialog(m_company.users(), m_actor, this);
    dialog.exec();
}

void MainWindow::updatePresence()
{
    if (Status s = m_presence->beat(); !s)
        qWarning("Kontor: no heartbeat: %s", qPrintable(s.error().message));
    const auto others = m_presence->others();
    if (!others || others->empty()) {
        m_others->clear();
        m_others->hide();
        return;
    }
    QStringList who;
    for (const OtherSession &other : *others) {
        //: Another Kontor with the company open: %1 user, %2 computer, %3 since when
        who << tr("%1 on %2 (since %3)")
                   .arg(other.userName, other.host,
                        QLocale().toString(other.openedAt.toLocalTime().time(), QLocale::ShortFormat));
    }
    m_others->setText(tr("Also open: %1").arg(who.join(QStringLiteral(", "))));
    m_others->show();
}

void MainWindow::setIdleLockTime(int milliseconds)
{
    if (m_idleLock) {
        // Later: the lock may be what is running now (its idle time showed the login).
        m_idleLock->setPaused(true);
        m_idleLock->deleteLater();
        m_idleLock = nullptr;
    }
    if (milliseconds <= 0 || !m_actor.user.isValid())
        return;
    m_idleLock = new IdleLock(milliseconds, this);
    connect(m_idleLock, &IdleLock::idle, this, &MainWindow::lock);
}

void MainWindow::lock()
{
    if (m_locked || !m_actor.user.isValid())
        return;
    m_locked = true;
    if (m_idleLock)
        m_idleLock->setPaused(true);
    // Nothing of the company shows behind the login.
    centralWidget()->hide();
    menuBar()->setEnabled(false);
    const auto profile = m_company.profile();
    LoginDialog login(m_company.users(), profile ? profile->name : windowTitle(), this);
    login.setLockedFor(m_actor.name);
    const bool back = login.exec() == QDialog::Accepted && login.session()
                      && login.session()->user.id == m_actor.user;
    m_locked = false;
    if (!back) {
        close();
        return;
    }
    centralWidget()->show();
    menuBar()->setEnabled(true);
    if (m_idleLock)
        m_idleLock->setPaused(false);
}

void MainWindow::chooseBackupToRestore()
{
    const QString company = m_company.database().path();
    const QString backup = QFileDialog::getOpenFileName(this, tr("Restore from Backup"),
                                                        Backups::folderOf(company), companyFileFilter());
    if (backup.isEmpty())
        return;
    const auto answer = QMessageBox::question(
        this, tr("Restore from Backup"),
        tr("Replace the company in %1 by the backup %2?\n\nThe backup is checked first. The "
           "company as it is now is kept in its backups folder.")
            .arg(QDir::toNativeSeparators(company), QDir::toNativeSeparators(backup)));
    if (answer == QMessageBox::Yes)
        Q_EMIT restoreRequested(backup);
}

void MainWindow::saveBackup()
{
    const QFileInfo current(m_company.database().path());
    //: Suggested file name of a backup: %1 company file name without suffix, %2 today's date
    const QString suggestion = tr("%1 backup %2.sqlite")
                                   .arg(current.completeBaseName(),
                                        QDate::currentDate().toString(Qt::ISODate));
    const QString chosen = QFileDialog::getSaveFileName(
        this, tr("Save a Backup Copy"), current.dir().filePath(suggestion), companyFileFilter(),
        nullptr, QFileDialog::DontConfirmOverwrite);
    if (chosen.isEmpty())
        return;
    const QString path = withSuffix(chosen);
    // Never over another file: it may be the only copy of something.
    if (QFileInfo::exists(path)) {
        QMessageBox::warning(this, tr("Save a Backup Copy"),
                             tr("%1 already exists. Choose a new file name for the backup.")
                                 .arg(QDir::toNativeSeparators(path)));
        return;
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const Status saved = Backups(m_company.database()).saveCopy(m_actor, path);
    QApplication::restoreOverrideCursor();
    if (!saved) {
        showError(this, tr("Save a Backup Copy"), saved.error());
        return;
    }
    statusBar()->showMessage(tr("Backup copy saved as %1").arg(QDir::toNativeSeparators(path)),
                             10000);
}

void MainWindow::chooseImportFiles()
{
    if (m_importWizard && !m_importWizard->hasRun()) {
        m_importWizard->raise();
        m_importWizard->activateWindow();
        return;
    }
    QSettings settings;
    const QStringList files = QFileDialog::getOpenFileNames(
        this, tr("Import Orders"), settings.value(importFolderKey).toString(),
        ImportFilesPage::exportFileFilter());
    if (files.isEmpty())
        return;
    settings.setValue(importFolderKey, QFileInfo(files.first()).absolutePath());
    importOrders(files);
}

ImportWizard *MainWindow::importOrders(const QStringList &files)
{
    if (m_importWizard && m_importWizard->isRunning()) {
        // One import at a time: the company file has one writer.
        m_importWizard->raise();
        m_importWizard->activateWindow();
        statusBar()->showMessage(tr("An import is running; start the next one when it has finished."),
                                 8000);
        return m_importWizard;
    }
    if (m_importWizard && m_importWizard->hasRun()) {
        // Done with: it deletes itself once closed; the next import gets a wizard of its own.
        m_importWizard->close();
        m_importWizard = nullptr;
    }
    if (!m_importWizard) {
        const auto profile = m_company.profile();
        m_importWizard = new ImportWizard(m_company.database().path(),
                                          profile ? profile->baseCurrency : Currency::eur(), m_actor,
                                          this);
        m_importWizard->setAttribute(Qt::WA_DeleteOnClose);
        // The preview tells new orders from known ones against this window's company.
        m_importWizard->session().setPlanner(
            [imports = &m_company.imports(), actor = m_actor](const QString &shop,
                                                               const ImportedOrder &order) {
                return imports->plan(actor, shop, order);
            });
        connect(m_importWizard, &ImportWizard::importFinished, this, [this](bool committed) {
            if (!committed)
                return;
            refreshPages();
            statusBar()->showMessage(tr("The import is finished and the lists show its orders."), 8000);
        });
        connect(m_importWizard, &ImportWizard::runningChanged, this, [this](bool running) {
            if (m_importHistory)
                m_importHistory->setImportRunning(running);
        });
    }
    m_importWizard->addFiles(files);
    m_importWizard->show();
    m_importWizard->raise();
    m_importWizard->activateWindow();
    return m_importWizard;
}

ImportWizard *MainWindow::importWizard() const
{
    return m_importWizard;
}

ImportHistoryDialog *MainWindow::showImportHistory()
{
    if (!m_importHistory) {
        m_importHistory = new ImportHistoryDialog(m_company.imports(), m_actor, this);
        m_importHistory->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_importHistory, &ImportHistoryDialog::batchUndone, this, [this] {
            refreshPages();
            statusBar()->showMessage(tr("The import is undone."), 8000);
        });
        if (m_importWizard && m_importWizard->isRunning())
            m_importHistory->setImportRunning(true);
    } else {
        m_importHistory->reload();
    }
    m_importHistory->show();
    m_importHistory->raise();
    m_importHistory->activateWindow();
    return m_importHistory;
}

void MainWindow::refreshPages()
{
    for (PageWidget *page : std::as_const(m_pages))
        page->refresh();
    updateStatus();
    if (m_importHistory)
        m_importHistory->reload();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (m_actor.permissions.has(Permission::RunImports) && !droppedExports(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void MainWindow::dragMoveEvent(QDragMoveEvent *event)
{
    if (m_actor.permissions.has(Permission::RunImports) && !droppedExports(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QStringList files = droppedExports(event->mimeData());
    if (files.isEmpty() || !m_actor.permissions.has(Permission::RunImports))
        return;
    event->acceptProposedAction();
    importOrders(files);
}

void MainWindow::about()
{
    QString rows;
    if (const auto statistics = m_company.statistics()) {
        for (const auto &[table, count] : statistics->tableRows) {
            rows += QStringLiteral("<tr><td>%1</td><td align=\"right\" style=\"padding-left: 16px\">%2</td></tr>")
                        .arg(table.toHtmlEscaped(), QLocale().toString(count));
        }
    }
    const QString text =
        QStringLiteral("<h3>Kontor %1</h3>").arg(QCoreApplication::applicationVersion().toHtmlEscaped())
        + QStringLiteral("<p>") + tr("The back office for small online shops and small companies.")
        + QStringLiteral("</p><p>")
        + tr("Licensed under the GNU General Public License, version 3 or later "
             "(GPL-3.0-or-later).")
        + QStringLiteral("</p><p>") + tr("Company file:") + QStringLiteral("<br>")
        + QDir::toNativeSeparators(m_company.database().path()).toHtmlEscaped()
        + QStringLiteral("</p>")
        + (rows.isEmpty() ? QString()
                          : QStringLiteral("<p>") + tr("Rows in the company file:")
                                + QStringLiteral("</p><table>") + rows + QStringLiteral("</table>"));
    QMessageBox::about(this, tr("About Kontor"), text);
}

void MainWindow::showPageError(const QString &message)
{
    // One at a time: a broken file makes every page fail, and one dialog says it all.
    if (m_showingError)
        return;
    m_showingError = true;
    showError(this, tr("Reading the Company File"), message);
    m_showingError = false;
}

} // namespace Kontor::Ui
