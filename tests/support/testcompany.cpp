// SPDX-FileCopyrightText: 2026 The Kontor authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "testcompany.h"

#include "demo/democompany.h"

namespace Kontor::Test {

TestCompany::TestCompany(Setup setup, qint64 demoOrders)
    : m_path(m_dir.filePath(QStringLiteral("company.sqlite")))
{
    if (!m_dir.isValid())
        qFatal("TestCompany: no temporary folder");
    reopen();
    if (setup == Setup::Empty)
        return;
    if (Status s = m_company->initialise(actor(), CompanyProfile{QStringLiteral("Testfirma GmbH")}); !s)
        qFatal("TestCompany: initialise failed: %s", qPrintable(s.error().toString()));
    if (setup == Setup::Demo) {
        DemoOptions options;
        options.orders = demoOrders;
        if (Status s = DemoCompany::generate(*m_company, actor(), options); !s)
            qFatal("TestCompany: demo failed: %s", qPrintable(s.error().toString()));
    }
}

void TestCompany::reopen()
{
    m_company.reset();
    auto opened = Company::open(m_path);
    if (!opened)
        qFatal("TestCompany: open failed: %s", qPrintable(opened.error().toString()));
    m_company = std::move(opened).value();
}

} // namespace Kontor::Test
