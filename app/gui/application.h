// SPDX-FileCopyrightText: 2026 The Kontor authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/actor.h"
#include "company/company.h"

#include <QObject>
#include <QPointer>

#include <memory>
#include <optional>

namespace Kontor::Ui {
class MainWindow;
}

namespace Kontor::App {

/**
 * The GUI's composition root: opens a company file, builds its core (Company) and hands it to
 * a main window; when the user opens or creates another company, the old window and its
 * company are closed and a new pair takes their place. Nothing is global.
 */
class Application final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Application)
public:
    explicit Application(QObject *parent = nullptr);
    ~Application() override;

    /// Opens path (created as a demo or empty company after asking when it does not exist).
    /// Returns false when there is nothing to show (the user cancelled or the file failed).
    bool start(const QString &path);

private:
    bool openCompany(const QString &path);
    bool createCompany(const QString &path, bool demo, const CompanyProfile &profile);
    /// Who works in the company: a logged-in user when it has users, else the operating
    /// system's. Unset when the user cancelled the login.
    std::optional<Actor> logIn(Company &company);
    void showWindow(std::unique_ptr<Company> company, const Actor &actor, const QString &path);
    /// A window of company for actor, shown, its requests connected.
    Ui::MainWindow *makeWindow(Company &company, const Actor &actor);
    /// Closes the window, which deletes itself; the company stays open.
    void closeWindow();
    /// Closes the window and the company, with a backup of it.
    void closeCompany();
    /// Replaces the open company by a backup and opens it again.
    bool restoreCompany(const QString &backupPath);

    std::unique_ptr<Company> m_company;
    QPointer<Ui::MainWindow> m_window;
};

} // namespace Kontor::App
