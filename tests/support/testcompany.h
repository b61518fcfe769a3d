// SPDX-FileCopyrightText: 2026 The Kontor authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/actor.h"
#include "company/company.h"

#include <QTemporaryDir>

#include <memory>

namespace Kontor::Test {

/// A fresh company in its own temporary folder, with the real migrations; removed afterwards.
class TestCompany
{
public:
    enum class Setup { Empty, Initialised, Demo };

    /// Fails the calling test (QVERIFY-style) through qFatal when the company cannot be made.
    explicit TestCompany(Setup setup = Setup::Initialised, qint64 demoOrders = 200);

    Company &operator*() { return *m_company; }
    Company *operator->() { return m_company.get(); }
    Company &company() { return *m_company; }
    QString path() const { return m_path; }
    QString folder() const { return m_dir.path(); }
    /// Closes the company (e.g. to tamper with the file or reopen it).
    void close() { m_company.reset(); }
    /// Opens the same file again.
    void reopen();

    static Actor actor() { return Actor::unrestricted(QStringLiteral("tester")); }

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Company> m_company;
};

} // namespace Kontor::Test
