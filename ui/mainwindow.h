// SPDX-FileCopyrightText: 2026 The Kontor authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/actor.h"
#include "company/company.h"

#include <QList>
#include <QMainWindow>
#include <QPointer>

#include <memory>

class QLabel;
class QListWidget;
class QMenu;
class QStackedWidget;

namespace Kontor {
class Company;
class Presence;
} // namespace Kontor

namespace Kontor::Ui {

class ImportHistoryDialog;
class IdleLock;
class ImportWizard;
class PageWidget;

/**
 * The shell: navigation between the pages, menus and the status bar. It shows one open
 * company, which the application owns and keeps alive longer than the window.
 * Opening or creating another company is the application's business: the window asks for it
 * through newCompanyRequested() and openCompanyRequested().
 */
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)
public:
    static constexpr int MaxRecentFiles = 8;

    /// actor: who works in the window; it shows only what the actor's permissions allow.
    MainWindow(Company &company, Actor actor, QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Puts path first in the recent files (QSettings "recentFiles"), at most MaxRecentFiles.
    static void addRecentFile(const QString &path);
    static QStringList recentFiles();
    static void clearRecentFiles();
    /// The file dialog filter for company files.
    static QString companyFileFilter();

    /// Who works in the window.
    const Actor &actor() const { return m_actor; }
    QList<PageWidget *> pages() const { return m_pages; }
    int currentPage() const;
    void setCurrentPage(int index);
    /// The row count of the current page, as the status bar shows it.
    QString rowCountText() const;

    /// Opens the import wizard with files (the open one, when it has not run yet, takes them).
    /// The import goes into this window's company file, through a connection of its own.
    ImportWizard *importOrders(const QStringList &files);
    ImportWizard *importWizard() const;
    /// Opens the import history (or brings it forward).
    ImportHistoryDialog *showImportHistory();
    /// Reads every page's data again (after an import, or an undone one).
    void refreshPages();
    /// Hides the company behind a login of the window's user (also after the idle time); the
    /// window closes when the user gives up. Only for a logged-in user.
    void lock();
    bool isLocked() const { return m_locked; }
    /// Tests: the idle time before the window locks, in milliseconds (0: never).
    void setIdleLockTime(int milliseconds);

Q_SIGNALS:
    /// The user wants a new company in the file path (which does not exist yet): empty, named
    /// companyName, or a demo company (companyName empty).
    void newCompanyRequested(const QString &path, bool demo, const Kontor::CompanyProfile &profile);
    /// The user wants to work with the company in path.
    void openCompanyRequested(const QString &path);
    /// The user wants this window's company replaced by the backup in backupPath (confirmed).
    void restoreRequested(const QString &backupPath);
    /// The company had no users, and its first, the administrator, was created from this
    /// window and is logged in: the company is to be shown again as that user.
    void administratorLoggedIn(const Kontor::Actor &actor);

protected:
    void closeEvent(QCloseEvent *event) override;
    /// Shop exports (.csv) dropped on the window open the import wizard.
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void addPage(PageWidget *page);
    void createMenus();
    void updateRecentMenu();
    void updateStatus();
    /// Beats the heartbeat and shows who else has the company open.
    void updatePresence();
    void updateTitle();
    void newCompany();
    void openCompany();
    void saveBackup();
    void chooseBackupToRestore();
    void showUsers();
    void chooseImportFiles();
    void about();
    void showPageError(const QString &message);

    Company &m_company;
    const Actor m_actor;
    QLabel *m_user = nullptr;
    QListWidget *m_navigation = nullptr;
    QStackedWidget *m_stack = nullptr;
    QList<PageWidget *> m_pages;
    QLabel *m_rowCount = nullptr;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_goMenu = nullptr;
    QPointer<ImportWizard> m_importWizard;
    QPointer<ImportHistoryDialog> m_importHistory;
    bool m_showingError = false;
    bool m_locked = false;
    std::unique_ptr<Presence> m_presence;
    QLabel *m_others = nullptr;
    IdleLock *m_idleLock = nullptr;
};

} // namespace Kontor::Ui
