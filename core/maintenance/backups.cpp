// SPDX-FileCopyrightText: 2026 The Kontor authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "backups.h"

#include "integritycheck.h"

#include "common/accesspolicy.h"
#include "persistence/database.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>
#include <QTimeZone>

#include <algorithm>

namespace Kontor {

namespace {

const QString timeFormat = QStringLiteral("yyyy-MM-dd HHmmss");
// Occasions of the automatic backups, which prune() rotates.
const QString openedOccasion = QStringLiteral("open");
const QString closedOccasion = QStringLiteral("close");

QString native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

// A copy of the file beside the company, to open and check without touching the original.
Result<QString> checkedCopy(const QString &backupPath, const QString &folder)
{
    const QString path = QDir(folder).filePath(
        QStringLiteral(".kontor-restore-%1.sqlite").arg(QDateTime::currentMSecsSinceEpoch()));
    if (!QFile::copy(backupPath, path))
        return makeError(Backups::tr("%1 cannot be copied into %2 to be checked.")
                             .arg(native(backupPath), native(folder)));
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    QString refusal;
    {
        auto db = Database::open(path, Database::OpenMode::ExistingOnly);
        if (!db) {
            // The error names the copy; the user knows the backup.
            refusal = Backups::tr("%1 cannot be restored: %2")
                          .arg(native(backupPath),
                               QString(db.error().message).replace(native(path), native(backupPath)));
        } else {
            auto problems = IntegrityCheck::run(**db);
            if (!problems || !problems->empty())
                refusal = Backups::tr("%1 cannot be restored: it fails the integrity check (%2).")
                              .arg(native(backupPath),
                                   problems ? problems->front().message : problems.error().message);
        }
    } // closed: its write-ahead log is folded in and gone
    if (!refusal.isEmpty()) {
        QFile::remove(path);
        return makeError(refusal);
    }
    return path;
}

} // namespace

Backups::Backups(Database &db)
    : m_db(db)
    , m_companyPath(db.path())
{
}

QString Backups::folderOf(const QString &companyPath)
{
    const QFileInfo company(companyPath);
    // Not translated: the folder must be found again whatever the language.
    return company.absoluteDir().filePath(company.completeBaseName() + QStringLiteral(" backups"));
}

Result<QString> Backups::newPath(const QString &companyPath, const QString &occasion)
{
    const QString folder = folderOf(companyPath);
    if (!QDir().mkpath(folder))
        return makeError(tr("The folder %1 cannot be created.").arg(native(folder)));
    return QDir(folder).filePath(QStringLiteral("%1 %2 %3.sqlite")
                                     .arg(QFileInfo(companyPath).completeBaseName(),
                                          QDateTime::currentDateTimeUtc().toString(timeFormat),
                                          occasion));
}

Result<QString> Backups::takeAutomatic(Moment moment)
{
    return take(moment == Moment::Opened ? openedOccasion : closedOccasion);
}

Result<QString> Backups::take(const QString &occasion)
{
    auto path = newPath(m_companyPath, occasion);
    if (!path)
        return path;
    if (Status s = m_db.backupTo(*path); !s)
        return s.error();
    if (Status s = prune(); !s)
        return s.error();
    return path;
}

Result<std::vector<BackupFile>> Backups::list() const
{
    const QString name = QFileInfo(m_companyPath).completeBaseName();
    const QRegularExpression pattern(
        QStringLiteral("^%1 (\\d{4}-\\d\\d-\\d\\d \\d{6}) (.+)\\.sqlite$")
            .arg(QRegularExpression::escape(name)));
    std::vector<BackupFile> files;
    const QDir dir(folder());
    for (const QFileInfo &file : dir.entryInfoList({QStringLiteral("*.sqlite")}, QDir::Files)) {
        const auto match = pattern.match(file.fileName());
        if (!match.hasMatch())
            continue;
        QDateTime when = QDateTime::fromString(match.captured(1), timeFormat);
        when.setTimeZone(QTimeZone::utc());
        if (!when.isValid())
            continue;
        files.push_back({file.absoluteFilePath(), when, match.captured(2)});
    }
    std::sort(files.begin(), files.end(),
              [](const BackupFile &a, const BackupFile &b) { return a.takenAt > b.takenAt; });
    return files;
}

Status Backups::prune()
{
    auto files = list();
    if (!files)
        return files.error();
    QSet<QString> months;
    int kept = 0;
    for (const BackupFile &file : *files) {
        if (file.occasion != openedOccasion && file.occasion != closedOccasion)
            continue; // taken by hand, or kept from a restore: the user's to remove
        const QString month = file.takenAt.toString(QStringLiteral("yyyy-MM"));
        const bool newestOfMonth = !months.contains(month);
        months.insert(month);
        if (kept < keepNewest || newestOfMonth) {
            ++kept;
            continue;
        }
        if (!QFile::remove(file.path))
            return makeError(tr("The old backup %1 cannot be removed.").arg(native(file.path)));
    }
    return {};
}

Result<QString> Backups::takeNow(const Actor &actor)
{
    if (Status s = AccessPolicy::require(actor, Permission::BackUpAndRestore); !s)
        return s.error();
    return take(QStringLiteral("manual"));
}

Status Backups::saveCopy(const Actor &actor, const QString &path)
{
    if (Status s = AccessPolicy::require(actor, Permission::BackUpAndRestore); !s)
        return s;
    return m_db.backupTo(path);
}

Result<QString> Backups::restore(const Actor &actor, const QString &backupPath,
                                 const QString &companyPath)
{
    if (Status s = AccessPolicy::require(actor, Permission::BackUpAndRestore); !s)
        return s.error();
    if (!QFileInfo(backupPath).isFile())
        return makeError(tr("There is no backup %1.").arg(native(backupPath)));
    if (QFileInfo::exists(companyPath + QStringLiteral("-wal")))
        return makeError(tr("%1 is open in Kontor (or was not closed properly). Close it everywhere, "
                            "or open and close it once, then restore.")
                             .arg(native(companyPath)));
    const QFileInfo company(companyPath);
    auto copy = checkedCopy(backupPath, company.absolutePath());
    if (!copy)
        return copy.error();
    QString replaced;
    if (company.exists()) {
        auto aside = newPath(companyPath, QStringLiteral("before restore"));
        if (!aside) {
            QFile::remove(*copy);
            return aside.error();
        }
        replaced = *aside;
        if (!QFile::rename(companyPath, replaced)) {
            QFile::remove(*copy);
            return makeError(tr("%1 cannot be moved aside; nothing was changed.").arg(native(companyPath)));
        }
    }
    if (!QFile::rename(*copy, companyPath)) {
        if (!replaced.isEmpty())
            QFile::rename(replaced, companyPath);
        QFile::remove(*copy);
        return makeError(tr("The backup cannot take the place of %1; nothing was changed.")
                             .arg(native(companyPath)));
    }
    return replaced;
}

} // namespace Kontor
