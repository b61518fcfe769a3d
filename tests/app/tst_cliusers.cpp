// SPDX-FileCopyrightText: 2026 The Kontor authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "testsql.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

using namespace Kontor::Test;
using namespace Qt::StringLiterals;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;

    QString describe() const
    {
        return u"exit %1\n--- stdout\n%2--- stderr\n%3"_s.arg(exitCode).arg(out, err);
    }
};

const QString adminPassword = u"Kaffee und Kuchen"_s;

} // namespace

/// Users on the command line, as an administrator sets them up and the others use them.
class TestCliUsers : public QObject
{
    Q_OBJECT

private:
    std::optional<QTemporaryDir> m_dir;
    QString m_db;

    /// kontor-cli with the arguments; user/password/newPassword: --user, KONTOR_PASSWORD and
    /// KONTOR_NEW_PASSWORD (unset when empty); nothing on the standard input.
    Run cli(const QStringList &arguments, const QString &user = {}, const QString &password = {},
            const QString &newPassword = {})
    {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        for (const QString &name : {u"KONTOR_DB"_s, u"KONTOR_USER"_s, u"KONTOR_PASSWORD"_s,
                                    u"KONTOR_NEW_PASSWORD"_s})
            environment.remove(name);
        environment.insert(u"HOME"_s, m_dir->path());
        environment.insert(u"LC_ALL"_s, u"C.UTF-8"_s);
        environment.insert(u"LANGUAGE"_s, u"en"_s);
        if (!password.isEmpty())
            environment.insert(u"KONTOR_PASSWORD"_s, password);
        if (!newPassword.isEmpty())
            environment.insert(u"KONTOR_NEW_PASSWORD"_s, newPassword);
        process.setProcessEnvironment(environment);
        QStringList all = arguments + QStringList{u"--db"_s, m_db};
        if (!user.isEmpty())
            all += QStringList{u"--user"_s, user};
        process.start(QStringLiteral(KONTOR_CLI_PATH), all);
        process.closeWriteChannel();
        Run run;
        if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit)
            return run;
        run.exitCode = process.exitCode();
        run.out = QString::fromUtf8(process.readAllStandardOutput());
        run.err = QString::fromUtf8(process.readAllStandardError());
        return run;
    }
    Run admin(const QStringList &arguments, const QString &newPassword = {})
    {
        return cli(arguments, u"chefin"_s, adminPassword, newPassword);
    }
    QString orders() const
    {
        return qEnvironmentVariable("KONTOR_SOURCE_DIR") + u"/tests/data/import/shopify-orders.csv"_s;
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(QFileInfo::exists(QStringLiteral(KONTOR_CLI_PATH)));
        QVERIFY(QFileInfo::exists(orders()));
        m_dir.emplace();
        m_db = m_dir->filePath(u"company.sqlite"_s);
        const Run initialised = cli({u"init"_s, u"--name"_s, u"Lindenhof"_s});
        QVERIFY2(initialised.exitCode == 0, qPrintable(initialised.describe()));
    }
    void cleanup() { m_dir.reset(); }

    void companyWithoutUsers_opensAsBefore_andRefusesALogin()
    {
        const Run info = cli({u"info"_s});
        QVERIFY2(info.exitCode == 0, qPrintable(info.describe()));
        const Run asSomeone = cli({u"info"_s}, u"karl"_s, u"irgendwas"_s);
        QCOMPARE(asSomeone.exitCode, 4);
        QVERIFY(asSomeone.err.contains(u"no users yet"_s));
        // The first user is the administrator; no other role.
        const Run clerkFirst = cli({u"users"_s, u"add"_s, u"karl"_s, u"--role"_s, u"clerk"_s}, {}, {},
                                   u"Lager-Regal-17b"_s);
        QCOMPARE(clerkFirst.exitCode, 2);
    }

    void administrator_setsUpAClerkAndABookkeeper_andEachMayDoTheirPartOnly()
    {
        Run run = cli({u"users"_s, u"add"_s, u"Chefin"_s, u"--full-name"_s, u"Ada Chefin"_s}, {}, {},
                      adminPassword);
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));

        // From now on the company opens with a login only.
        run = cli({u"info"_s});
        QCOMPARE(run.exitCode, 4);
        QVERIFY(run.err.contains(u"--user"_s));
        run = cli({u"info"_s}, u"chefin"_s, u"falsch"_s);
        QCOMPARE(run.exitCode, 4);
        QVERIFY(run.err.contains(u"wrong"_s));

        run = admin({u"users"_s, u"add"_s, u"karl"_s, u"--role"_s, u"clerk"_s}, u"Lager-Regal-17b"_s);
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        run = admin({u"users"_s, u"add"_s, u"berta"_s, u"--role"_s, u"bookkeeper"_s}, u"Soll und Haben 7"_s);
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        run = admin({u"users"_s, u"add"_s, u"otto"_s, u"--role"_s, u"clerk"_s}, u"123456789"_s);
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.err.contains(u"at least 10"_s));

        // The first password set by the administrator must be changed before anything else.
        run = cli({u"info"_s}, u"karl"_s, u"Lager-Regal-17b"_s);
        QCOMPARE(run.exitCode, 4);
        QVERIFY(run.err.contains(u"users passwd"_s));
        run = cli({u"users"_s, u"passwd"_s}, u"karl"_s, u"Lager-Regal-17b"_s, u"Sein eigenes Wort"_s);
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        run = cli({u"users"_s, u"passwd"_s}, u"berta"_s, u"Soll und Haben 7"_s, u"Ihre Bilanz 2026"_s);
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));

        // The clerk may not import (imports book sales) nor manage users; the bookkeeper may import.
        run = cli({u"import"_s, u"orders"_s, orders()}, u"karl"_s, u"Sein eigenes Wort"_s);
        QCOMPARE(run.exitCode, 4);
        QVERIFY(run.err.contains(u"Import shop orders"_s));
        run = cli({u"users"_s, u"list"_s}, u"karl"_s, u"Sein eigenes Wort"_s);
        QCOMPARE(run.exitCode, 4);
        run = cli({u"users"_s, u"reset-password"_s, u"chefin"_s}, u"karl"_s, u"Sein eigenes Wort"_s,
                  u"Uebernommen 12345"_s);
        QCOMPARE(run.exitCode, 4);
        run = cli({u"import"_s, u"orders"_s, orders()}, u"berta"_s, u"Ihre Bilanz 2026"_s);
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));

        run = admin({u"users"_s, u"list"_s, u"--json"_s});
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        const QJsonArray users = QJsonDocument::fromJson(run.out.toUtf8()).array();
        QCOMPARE(users.size(), 3);
        QCOMPARE(users.at(2).toObject().value(u"name"_s).toString(), u"karl"_s);
        QCOMPARE(users.at(2).toObject().value(u"role"_s).toString(), u"clerk"_s);
        QCOMPARE(users.at(2).toObject().value(u"must_change_password"_s).toBool(), false);

        // Who did what is in the audit log under their names.
        RawDatabase raw(m_db);
        QCOMPARE(raw.value(u"SELECT count(*) FROM audit_log WHERE user_name = 'berta' AND action = 'import'"_s).toInt(), 7);
        QCOMPARE(raw.value(u"SELECT count(*) FROM orders"_s).toInt(), 7);
        // karl and berta by chefin; chefin herself by whoever opened the company before it had users.
        QCOMPARE(raw.value(u"SELECT count(*) FROM audit_log WHERE user_name = 'chefin' AND action = 'create' AND record_type = 'user'"_s).toInt(), 2);
        QCOMPARE(raw.value(u"SELECT count(*) FROM audit_log WHERE action = 'create' AND record_type = 'user'"_s).toInt(), 3);
        QCOMPARE(raw.value(u"SELECT count(*) FROM audit_log WHERE user_name = 'karl' AND action = 'import'"_s).toInt(), 0);

        // Disabled: no login at all.
        run = admin({u"users"_s, u"disable"_s, u"karl"_s});
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        run = cli({u"info"_s}, u"karl"_s, u"Sein eigenes Wort"_s);
        QCOMPARE(run.exitCode, 4);
        QVERIFY(run.err.contains(u"disabled"_s));
    }

    void customRole_isDefinedAndGiven()
    {
        Run run = cli({u"users"_s, u"add"_s, u"chefin"_s}, {}, {}, adminPassword);
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        run = admin({u"users"_s, u"define-role"_s, u"packer"_s, u"view_orders"_s, u"shred_files"_s});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains(u"adjust_stock"_s)); // the permissions there are
        run = admin({u"users"_s, u"define-role"_s, u"packer"_s, u"view_orders"_s, u"adjust_stock"_s});
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        run = admin({u"users"_s, u"add"_s, u"paul"_s, u"--role"_s, u"packer"_s}, u"Kartons falten 3"_s);
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        run = cli({u"users"_s, u"passwd"_s}, u"paul"_s, u"Kartons falten 3"_s, u"Pakete packen 44"_s);
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        // Paul may not define roles himself.
        run = cli({u"users"_s, u"define-role"_s, u"packer"_s, u"manage_users"_s}, u"paul"_s,
                  u"Pakete packen 44"_s);
        QCOMPARE(run.exitCode, 4);
        run = admin({u"users"_s, u"roles"_s, u"--json"_s});
        const QJsonArray roles = QJsonDocument::fromJson(run.out.toUtf8()).array();
        QCOMPARE(roles.size(), 5);
        QCOMPARE(roles.at(4).toObject().value(u"name"_s).toString(), u"packer"_s);
        QCOMPARE(roles.at(4).toObject().value(u"permissions"_s).toArray(),
                 QJsonArray({u"view_orders"_s, u"adjust_stock"_s}));

        // Renamed, Paul keeps it; deleted only once nobody has it; Paul may do neither.
        run = cli({u"users"_s, u"rename-role"_s, u"packer"_s, u"Versand"_s}, u"paul"_s,
                  u"Pakete packen 44"_s);
        QCOMPARE(run.exitCode, 4);
        run = admin({u"users"_s, u"rename-role"_s, u"packer"_s, u"Versand"_s});
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        QVERIFY2(run.out.contains(u"Versand"_s), qPrintable(run.describe()));
        run = admin({u"users"_s, u"list"_s, u"--json"_s});
        QVERIFY2(run.out.contains(u"\"Versand\""_s), qPrintable(run.describe()));
        run = admin({u"users"_s, u"delete-role"_s, u"Versand"_s});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(u"paul"_s), qPrintable(run.describe()));
        run = admin({u"users"_s, u"set-role"_s, u"paul"_s, u"clerk"_s});
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        run = admin({u"users"_s, u"delete-role"_s, u"Versand"_s});
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        run = admin({u"users"_s, u"roles"_s, u"--json"_s});
        QCOMPARE(QJsonDocument::fromJson(run.out.toUtf8()).array().size(), 4);
        run = admin({u"users"_s, u"delete-role"_s});
        QCOMPARE(run.exitCode, 2);
    }

    /// Roles × commands: each built-in role runs each command that needs a permission; the
    /// command line does what the role may and refuses (exit 4) the rest.
    void commands_doWhatTheRoleAllowsOnly()
    {
        Run run = cli({u"users"_s, u"add"_s, u"chefin"_s}, {}, {}, adminPassword);
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        const QString firstPassword = u"Erstes Kennwort 1"_s;
        const QString ownPassword = u"Eigenes Kennwort 2"_s;
        struct Member
        {
            QString user;
            QString role;
        };
        const QList<Member> members{{u"ada"_s, u"administrator"_s}, {u"mia"_s, u"manager"_s},
                                    {u"berta"_s, u"bookkeeper"_s}, {u"karl"_s, u"clerk"_s}};
        for (const Member &m : members) {
            run = admin({u"users"_s, u"add"_s, m.user, u"--role"_s, m.role}, firstPassword);
            QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
            run = cli({u"users"_s, u"passwd"_s}, m.user, firstPassword, ownPassword);
            QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        }
        struct Command
        {
            QStringList arguments;
            QStringList allowed; ///< the roles that may
        };
        const QString backup = m_dir->filePath(u"copy.sqlite"_s);
        const QList<Command> commands{
            {{u"import"_s, u"orders"_s, orders(), u"--dry-run"_s},
             {u"administrator"_s, u"manager"_s, u"bookkeeper"_s}},
            {{u"import"_s, u"history"_s}, {u"administrator"_s, u"manager"_s, u"bookkeeper"_s}},
            {{u"backup"_s, u"--out"_s, backup}, {u"administrator"_s, u"manager"_s}},
            {{u"users"_s, u"list"_s}, {u"administrator"_s}},
            {{u"users"_s, u"define-role"_s, u"aushilfe"_s, u"view_orders"_s}, {u"administrator"_s}},
        };
        for (const Command &c : commands) {
            for (const Member &m : members) {
                QFile::remove(backup);
                run = cli(c.arguments, m.user, ownPassword);
                const QString what = m.role + u": "_s + c.arguments.join(u' ') + u'\n' + run.describe();
                QVERIFY2(run.exitCode == (c.allowed.contains(m.role) ? 0 : 4), qPrintable(what));
                if (run.exitCode == 4)
                    QVERIFY2(run.err.contains(u"may not do this"_s), qPrintable(what));
            }
        }
    }

    void roles_listsEveryRoleWithItsPermissions()
    {
        const Run run = cli({u"users"_s, u"roles"_s, u"--json"_s});
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        const QJsonArray roles = QJsonDocument::fromJson(run.out.toUtf8()).array();
        QCOMPARE(roles.size(), 4);
        const QJsonObject clerk = roles.at(3).toObject();
        QCOMPARE(clerk.value(u"name"_s).toString(), u"clerk"_s);
        QVERIFY(!clerk.value(u"permissions"_s).toArray().contains(u"post_bookings"_s));
        QVERIFY(!clerk.value(u"permissions"_s).toArray().contains(u"view_salaries"_s));
        QVERIFY(clerk.value(u"permissions"_s).toArray().contains(u"edit_orders"_s));
    }
};

QTEST_GUILESS_MAIN(TestCliUsers)
#include "tst_cliusers.moc"
