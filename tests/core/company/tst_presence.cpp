// SPDX-FileCopyrightText: 2026 The Kontor authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "testcompany.h"
#include "testresult.h"
#include "testsql.h"

#include "company/presence.h"

#include <QSysInfo>
#include <QTest>

using namespace Kontor;
using namespace Kontor::Test;
using namespace Qt::StringLiterals;

/// Two Kontors on one company file see each other, with user and host, while both beat.
class TestPresence : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void twoSessions_seeEachOther_untilOneLeavesOrGoesStale()
    {
        TestCompany shop(TestCompany::Setup::Initialised);
        auto other = Company::open(shop.path(), Database::OpenMode::ExistingOnly);
        KONTOR_VERIFY_OK(other);
        Presence mine(shop.company().database());
        Presence theirs((*other)->database());
        KONTOR_VERIFY_OK(mine.announce(Actor(u"chefin"_s)));
        KONTOR_VERIFY_OK(theirs.announce(Actor(u"karl"_s)));

        auto seen = mine.others();
        KONTOR_VERIFY_OK(seen);
        QCOMPARE(seen->size(), size_t(1));
        QCOMPARE(seen->front().userName, u"karl"_s);
        QCOMPARE(seen->front().host, QSysInfo::machineHostName());
        QCOMPARE(valueOr(theirs.others(), std::vector<OtherSession>()).front().userName, u"chefin"_s);

        // Karl's Kontor stops beating: after a while it no longer counts.
        QCOMPARE(execSql(shop.company().database().connection(),
                         u"UPDATE open_sessions SET seen_at = '2020-01-01T00:00:00.000Z' WHERE user_name = 'karl'"_s),
                 QString());
        QVERIFY(valueOr(mine.others(), std::vector<OtherSession>{{}}).empty());
        KONTOR_VERIFY_OK(theirs.beat());
        QCOMPARE(valueOr(mine.others(), std::vector<OtherSession>()).size(), size_t(1));
        KONTOR_VERIFY_OK(theirs.leave());
        QVERIFY(valueOr(mine.others(), std::vector<OtherSession>{{}}).empty());
    }
};

QTEST_GUILESS_MAIN(TestPresence)
#include "tst_presence.moc"
