// SPDX-FileCopyrightText: 2026 The Kontor authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "testcompany.h"
#include "testresult.h"
#include "testsql.h"

#include "maintenance/backups.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTest>

using namespace Kontor;
using namespace Kontor::Test;
using namespace Qt::StringLiterals;

class TestBackups : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestCompany> m_company;

    qint64 orders(const QString &path)
    {
        RawDatabase raw(path);
        return raw.value(u"SELECT count(*) FROM orders"_s).toLongLong();
    }
    QString touch(const QString &name)
    {
        const QString path = Backups::folderOf(m_company->path()) + u'/' + name;
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

private Q_SLOTS:
    void init() { m_company = std::make_unique<TestCompany>(TestCompany::Setup::Demo, 40); }
    void cleanup() { m_company.reset(); }

    void take_writesACompleteCopyForTheOwnerOnly()
    {
        Backups backups(m_company->company().database());
        auto taken = backups.takeAutomatic(Backups::Moment::Opened);
        KONTOR_VERIFY_OK(taken);
        QVERIFY(taken->startsWith(backups.folder()));
        QCOMPARE(orders(*taken), 40);
#ifdef Q_OS_UNIX
        QCOMPARE(QFileInfo(*taken).permissions() & ~(QFileDevice::ReadUser | QFileDevice::WriteUser),
                 QFileDevice::ReadOwner | QFileDevice::WriteOwner);
#endif
        auto listed = backups.list();
        KONTOR_VERIFY_OK(listed);
        QCOMPARE(listed->size(), size_t(1));
        QCOMPARE(listed->front().occasion, u"open"_s);
        QCOMPARE(listed->front().path, *taken);
    }

    void prune_keepsTheNewestTenAndTheNewestOfEachMonth()
    {
        const QString name = QFileInfo(m_company->path()).completeBaseName();
        // Fourteen in December, two each in October and November; and one taken by hand.
        for (int day = 1; day <= 14; ++day)
            touch(u"%1 2026-12-%2 090000 open.sqlite"_s.arg(name).arg(day, 2, 10, QChar(u'0')));
        for (const char *when : {"2026-11-03 120000", "2026-11-20 120000", "2026-10-01 120000",
                                 "2026-10-30 120000"})
            touch(u"%1 %2 close.sqlite"_s.arg(name, QLatin1StringView(when)));
        const QString manual = touch(u"%1 2025-01-01 000000 manual.sqlite"_s.arg(name));
        Backups backups(m_company->company().database());
        KONTOR_VERIFY_OK(backups.prune());
        QStringList left;
        for (const BackupFile &file : valueOr(backups.list(), std::vector<BackupFile>()))
            left << file.takenAt.toString(u"MM-dd"_s);
        QCOMPARE(left, QStringList({u"12-14"_s, u"12-13"_s, u"12-12"_s, u"12-11"_s, u"12-10"_s,
                                    u"12-09"_s, u"12-08"_s, u"12-07"_s, u"12-06"_s, u"12-05"_s,
                                    u"11-20"_s, u"10-30"_s, u"01-01"_s}));
        QVERIFY(QFileInfo::exists(manual));
    }

    void restore_replacesTheCompany_andKeepsTheOneItReplaced()
    {
        const QString backup = m_company->folder() + u"/copy.sqlite"_s;
        KONTOR_VERIFY_OK(m_company->company().database().backupTo(backup));
        QVERIFY(execSql(m_company->company().database().connection(),
                        u"UPDATE company SET name = 'Changed since'"_s).isEmpty());
        m_company->close();
        auto replaced = Backups::restore(TestCompany::actor(), backup, m_company->path());
        KONTOR_VERIFY_OK(replaced);
        QVERIFY(QFileInfo::exists(*replaced));
        QCOMPARE(RawDatabase(*replaced).value(u"SELECT name FROM company"_s).toString(), u"Changed since"_s);
        m_company->reopen();
        QVERIFY(m_company->company().profile()->name != u"Changed since"_s);
        QCOMPARE(orders(m_company->path()), 40);
    }

    void restore_ofABadBackup_isRefusedAndChangesNothing_data()
    {
        QTest::addColumn<QString>("damage"); // SQL on the backup, or "garbage"
        QTest::addColumn<QString>("named");
        QTest::newRow("not a database") << u"garbage"_s << u"not a company file"_s;
        QTest::newRow("stock level off")
            << u"UPDATE stock_levels SET quantity = quantity + 1 WHERE rowid = 1"_s << u"integrity check"_s;
        QTest::newRow("audit row edited")
            << u"DROP TRIGGER audit_log_no_update; UPDATE audit_log SET summary = 'x' WHERE id = 5"_s
            << u"integrity check"_s;
        QTest::newRow("newer Kontor") << u"PRAGMA user_version = 99"_s << u"newer Kontor"_s;
    }
    void restore_ofABadBackup_isRefusedAndChangesNothing()
    {
        QFETCH(QString, damage);
        QFETCH(QString, named);
        const QString backup = m_company->folder() + u"/bad.sqlite"_s;
        KONTOR_VERIFY_OK(m_company->company().database().backupTo(backup));
        if (damage == u"garbage") {
            QFile file(backup);
            QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
            file.write(QByteArray(8192, 'x'));
        } else {
            RawDatabase raw(backup);
            for (const QString &statement : damage.split(u"; "_s))
                QCOMPARE(raw.exec(statement), QString());
        }
        const QByteArray backupBefore = [&] { QFile f(backup); f.open(QIODevice::ReadOnly); return f.readAll(); }();
        m_company->close();
        const QByteArray companyBefore = [&] { QFile f(m_company->path()); f.open(QIODevice::ReadOnly); return f.readAll(); }();
        auto refused = Backups::restore(TestCompany::actor(), backup, m_company->path());
        QVERIFY(!refused);
        QVERIFY2(refused.error().message.contains(named), qPrintable(refused.error().message));
        QVERIFY2(refused.error().message.contains(u"bad.sqlite"_s), qPrintable(refused.error().message));
        QFile company(m_company->path());
        QVERIFY(company.open(QIODevice::ReadOnly));
        QCOMPARE(company.readAll(), companyBefore);
        QFile after(backup);
        QVERIFY(after.open(QIODevice::ReadOnly));
        QCOMPARE(after.readAll(), backupBefore);
        QCOMPARE(QDir(m_company->folder()).entryList({u".kontor-restore-*"_s}, QDir::Files | QDir::Hidden).size(), 0);
    }

    void restore_whileTheCompanyIsOpen_isRefused()
    {
        const QString backup = m_company->folder() + u"/copy.sqlite"_s;
        KONTOR_VERIFY_OK(m_company->company().database().backupTo(backup));
        auto refused = Backups::restore(TestCompany::actor(), backup, m_company->path());
        QVERIFY(!refused);
        QVERIFY2(refused.error().message.contains(u"is open"_s), qPrintable(refused.error().message));
    }
};

QTEST_GUILESS_MAIN(TestBackups)
#include "tst_backups.moc"
