// SPDX-FileCopyrightText: 2026 The Kontor authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "application.h"

#include "common/errors.h"
#include "demo/democompany.h"
#include "maintenance/backups.h"
#include "mainwindow.h"
#include "startdialog.h"
#include "users/administratordialog.h"
#include "users/logindialog.h"

#include <QApplication>
#include <QFileInfo>
#include <QProgressDialog>
#include <QSettings>

namespace Kontor::App {

namespace {
// Orders in the demo company that the first-start dialog creates: enough to feel real,
// quick to make (about a second per thousand orders).
constexpr qint64 demoOrders = 3000;
const QString lastUserKey = QStringLiteral("lastUser");

/// While it lives, the program goes on without a window: one closes before the next opens.
class KeepRunning
{
public:
    KeepRunning() : m_quitOnLastWindow(QApplication::quitOnLastWindowClosed())
    {
        QApplication::setQuitOnLastWindowClosed(false);
    }
    ~KeepRunning() { QApplication::setQuitOnLastWindowClosed(m_quitOnLastWindow); }
    Q_DISABLE_COPY_MOVE(KeepRunning)

private:
    const bool m_quitOnLastWindow;
};
}

Application::Application(QObject *parent)
    : QObject(parent)
{
}

Application::~Application()
{
    closeCompany();
}

void Application::closeWindow()
{
    if (m_window) {
        m_window->disconnect(this);
        m_window->close();
    }
}

void Application::closeCompany()
{
    delete m_window; // the window refers to the company: it goes first
    if (m_company) {
        // A backup on the way out; a failure here must not keep anyone from quitting.
        if (auto taken = Backups(m_company->database()).takeAutomatic(Backups::Moment::Closed); !taken)
            qWarning("Kontor: no backup on closing: %s", qPrintable(taken.error().message));
    }
    m_company.reset();
}

bool Application::restoreCompany(const QString &backupPath)
{
    const QString path = m_company->database().path();
    const Actor actor = m_window->actor();
    // No window for a moment: that must not end the program.
    const KeepRunning keepRunning;
    closeCompany();
    auto replaced = Backups::restore(actor, backupPath, path);
    if (!replaced)
        Ui::showError(nullptr, tr("Restore from Backup"), replaced.error());
    // The company as restored, or as it was: either way it opens with a login again.
    return openCompany(path);
}

bool Application::start(const QString &path)
{
    if (QFileInfo::exists(path))
        return openCompany(path);
    Ui::StartDialog dialog(path);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    return createCompany(path, dialog.choice() == Ui::StartDialog::Choice::Demo, dialog.profile());
}

bool Application::openCompany(const QString &path)
{
    auto company = Company::open(path, Database::OpenMode::ExistingOnly);
    if (!company) {
        Ui::showError(m_window, tr("Open company"), company.error());
        return false;
    }
    auto initialised = (*company)->isInitialised();
    if (!initialised || !*initialised) {
        Ui::showError(m_window, tr("Open company"),
                      initialised ? makeError(tr("%1 has not been set up as a company yet; create it with "
                                                 "File › New company.").arg(path))
                                  : initialised.error());
        return false;
    }
    auto actor = logIn(**company);
    if (!actor)
        return false;
    showWindow(std::move(company).value(), *actor, path);
    return true;
}

std::optional<Actor> Application::logIn(Company &company)
{
    auto hasUsers = company.users().hasUsers();
    if (!hasUsers) {
        Ui::showError(m_window, tr("Open company"), hasUsers.error());
        return std::nullopt;
    }
    if (!*hasUsers)
        return Actor::fromOperatingSystem();
    const auto profile = company.profile();
    Ui::LoginDialog dialog(company.users(),
                           profile ? profile->name : QFileInfo(company.database().path()).fileName(),
                           m_window);
    dialog.setUserName(QSettings().value(lastUserKey).toString());
    if (dialog.exec() != QDialog::Accepted || !dialog.session())
        return std::nullopt;
    QSettings().setValue(lastUserKey, dialog.session()->user.name);
    return dialog.session()->actor();
}

bool Application::createCompany(const QString &path, bool demo, const CompanyProfile &profile)
{
    auto company = Company::open(path, Database::OpenMode::CreateIfMissing);
    if (!company) {
        Ui::showError(m_window, tr("New company"), company.error());
        return false;
    }
    Actor actor = Actor::fromOperatingSystem();
    Status status;
    if (demo) {
        QProgressDialog progress(tr("Creating the demo company…"), tr("Cancel"), 0, int(demoOrders), m_window);
        progress.setWindowModality(Qt::ApplicationModal);
        progress.setMinimumDuration(300);
        DemoOptions options;
        options.orders = demoOrders;
        options.progress = [&progress](qint64 done, qint64) {
            progress.setValue(int(done));
            QCoreApplication::processEvents();
            return !progress.wasCanceled();
        };
        status = DemoCompany::generate(**company, actor, options);
    } else {
        status = (*company)->initialise(actor, profile);
    }
    if (!status) {
        Ui::showError(m_window, tr("New company"), status.error());
        return false;
    }
    if (!demo) {
        // A real company gets its administrator now (or later, from the command line).
        Ui::AdministratorDialog administrator((*company)->users(), actor, m_window);
        if (administrator.exec() == QDialog::Accepted && administrator.session()) {
            actor = administrator.session()->actor();
            QSettings().setValue(lastUserKey, administrator.session()->user.name);
        }
    }
    showWindow(std::move(company).value(), actor, path);
    return true;
}

Ui::MainWindow *Application::makeWindow(Company &company, const Actor &actor)
{
    auto *window = new Ui::MainWindow(company, actor);
    window->setAttribute(Qt::WA_DeleteOnClose);
    connect(window, &Ui::MainWindow::openCompanyRequested, this,
            [this](const QString &file) { openCompany(file); });
    connect(window, &Ui::MainWindow::newCompanyRequested, this,
            [this](const QString &file, bool demo, const CompanyProfile &profile) {
                createCompany(file, demo, profile);
            });
    connect(window, &Ui::MainWindow::restoreRequested, this,
            [this](const QString &backup) {
                // Not while the window's own slot runs: the window goes away on the way.
                QMetaObject::invokeMethod(this, [this, backup] {
                    if (!restoreCompany(backup))
                        QCoreApplication::quit();
                }, Qt::QueuedConnection);
            });
    connect(window, &Ui::MainWindow::administratorLoggedIn, this, [this](const Actor &admin) {
        QSettings().setValue(lastUserKey, admin.name);
        // The same company in a window of the administrator's, once the old one's slot is done.
        // The old one goes first, so that the new one does not see it as another session.
        QMetaObject::invokeMethod(this, [this, admin] {
            const KeepRunning keepRunning;
            closeWindow();
            m_window = makeWindow(*m_company, admin);
        }, Qt::QueuedConnection);
    });
    window->show();
    return window;
}

void Application::showWindow(std::unique_ptr<Company> company, const Actor &actor,
                             const QString &path)
{
    // The new window appears before the old one goes, so the application never runs
    // out of windows (and quits) in between.
    Ui::MainWindow *window = makeWindow(*company, actor);
    closeWindow();
    closeCompany();
    m_window = window;
    m_company = std::move(company);
    // A backup each time a company opens (and closes): the newest ten and one a month are kept.
    if (auto taken = Backups(m_company->database()).takeAutomatic(Backups::Moment::Opened); !taken)
        Ui::showError(m_window, tr("Backup"), taken.error());
    QSettings().setValue(QStringLiteral("lastDatabase"), QFileInfo(path).absoluteFilePath());
    Ui::MainWindow::addRecentFile(QFileInfo(path).absoluteFilePath());
}

} // namespace Kontor::App
