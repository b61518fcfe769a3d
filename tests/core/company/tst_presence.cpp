// SPDX-FileCopyrightText: 2026 The Kontor authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "testcompany.h"
#include "testresult.h"
#include "testsql.h"

#include "company/presence.h"

#include <QCoreApplication>
#include <QProcess>
#include <QSqlDatabase>
#include <QSysInfo>
#include <QTest>

using namespace Kontor;
using namespace Kontor::Test;
using namespace Qt::StringLiterals;

/// Two Kontors on one company file see each other, with user and host, while both beat.
class TestPresence : public QObject
{
    Q_OBJECT

private:
    // The chefin's Kontor and karl's, on one company file, both announced.
    std::unique_ptr<TestCompany> m_shop;
    std::unique_ptr<Company> m_other;
    std::unique_ptr<Presence> m_mine;
    std::unique_ptr<Presence> m_theirs;

private Q_SLOTS:
    void init()
    {
        m_shop = std::make_unique<TestCompany>(TestCompany::Setup::Initialised);
        auto other = Company::open(m_shop->path(), Database::OpenMode::ExistingOnly);
        KONTOR_VERIFY_OK(other);
        m_other = std::move(other).value();
        m_mine = std::make_unique<Presence>(m_shop->company().database());
        m_theirs = std::make_unique<Presence>(m_other->database());
        KONTOR_VERIFY_OK(m_mine->announce(Actor(u"chefin"_s)));
        KONTOR_VERIFY_OK(m_theirs->announce(Actor(u"karl"_s)));
    }
    void cleanup()
    {
        m_theirs.reset();
        m_mine.reset();
        m_other.reset();
        m_shop.reset();
    }

    void twoSessions_seeEachOther_untilOneLeavesOrGoesStale()
    {

        auto seen = m_mine->others();
        KONTOR_VERIFY_OK(seen);
        QCOMPARE(seen->size(), size_t(1));
        QCOMPARE(seen->front().userName, u"karl"_s);
        QCOMPARE(seen->front().host, QSysInfo::machineHostName());
        QCOMPARE(valueOr(m_theirs->others(), std::vector<OtherSession>()).front().userName,
                 u"chefin"_s);

        // Karl's Kontor stops beating: after a while it no longer counts.
        QCOMPARE(execSql(m_shop->company().database().connection(),
                         u"UPDATE open_sessions SET seen_at = '2020-01-01T00:00:00.000Z' WHERE user_name = 'karl'"_s),
                 QString());
        QVERIFY(valueOr(m_mine->others(), std::vector<OtherSession>{{}}).empty());
        KONTOR_VERIFY_OK(m_theirs->beat());
        QCOMPARE(valueOr(m_mine->others(), std::vector<OtherSession>()).size(), size_t(1));
        KONTOR_VERIFY_OK(m_theirs->leave());
        QVERIFY(valueOr(m_mine->others(), std::vector<OtherSession>{{}}).empty());
    }

    /// A Kontor of this computer that was killed (its process has ended) no longer counts at
    /// once, before it would go stale; one of another computer is not judged by its process.
    void sessionOfAnEndedProcess_onThisComputer_noLongerCounts()
    {

        // A process that has ended: this test program, asked for its help and done.
        QProcess ended;
        ended.start(QCoreApplication::applicationFilePath(), {u"-help"_s});
        QVERIFY(ended.waitForStarted(30000));
        const qint64 pid = ended.processId();
        QVERIFY(pid > 0);
        QVERIFY(ended.waitForFinished(30000));
        QSqlDatabase db = m_shop->company().database().connection();
        QCOMPARE(execSql(db, u"UPDATE open_sessions SET process_id = %1 WHERE user_name = 'karl'"_s
                                 .arg(pid)),
                 QString());
        QVERIFY(valueOr(m_mine->others(), std::vector<OtherSession>{{}}).empty());

        // The same process id on another computer says nothing about that Kontor.
        QCOMPARE(execSql(db,
                         u"UPDATE open_sessions SET host = 'kasse-2' WHERE user_name = 'karl'"_s),
                 QString());
        auto seen = m_mine->others();
        KONTOR_VERIFY_OK(seen);
        QCOMPARE(seen->size(), size_t(1));
        QCOMPARE(seen->front().host, u"kasse-2"_s);
    }
};

QTEST_GUILESS_MAIN(TestPresence)
#include "tst_presence.moc"
