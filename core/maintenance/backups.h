// SPDX-FileCopyrightText: 2026 The Kontor authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/actor.h"
#include "common/result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <vector>

namespace Kontor {

class Database;

struct BackupFile
{
    QString path;
    QDateTime takenAt;  ///< UTC
    QString occasion;   ///< "open", "close", or what the user named
};

/**
 * Backups of a company file: consistent copies taken while it is in use (SQLite's VACUUM INTO,
 * which reads one snapshot and writes a compact file), kept in the folder "<name> backups"
 * beside the company file as "<name> <yyyy-MM-dd HHmmss> <occasion>.sqlite". Of the automatic
 * ones the newest ten stay, and the newest of every month before them.
 */
class Backups
{
    Q_DECLARE_TR_FUNCTIONS(Kontor::Backups)
public:
    static constexpr int keepNewest = 10;
    /// When an automatic backup is taken.
    enum class Moment { Opened, Closed };

    explicit Backups(Database &db);

    /// The folder the backups of the company file at path go into.
    static QString folderOf(const QString &companyPath);
    QString folder() const { return folderOf(m_companyPath); }

    /// Takes the automatic backup of the moment ("open", "close" in its name), then removes the
    /// ones no longer kept; returns its path.
    Result<QString> takeAutomatic(Moment moment);
    /// A backup the actor asks for, into the folder (kept until removed by hand) or to path.
    /// Both need the permission to back up and restore.
    Result<QString> takeNow(const Actor &actor);
    Status saveCopy(const Actor &actor, const QString &path);
    /// The backups in the folder, newest first.
    Result<std::vector<BackupFile>> list() const;
    /// Removes the backups beyond the newest ten that are not the newest of their month.
    Status prune();

    /**
     * Replaces the company file by the backup, once a copy of it opened as a Kontor company file
     * (of this or an older schema) and passed the integrity check through and through. The
     * company must be closed everywhere; actor, who had it open, needs the permission to back up
     * and restore. The file replaced is kept in the backups folder as
     * "<name> <time> before restore.sqlite"; returns that path (empty when there was none).
     */
    static Result<QString> restore(const Actor &actor, const QString &backupPath,
                                   const QString &companyPath);

private:
    /// Takes a backup named for occasion, then prunes.
    Result<QString> take(const QString &occasion);
    /// A new file in the backups folder of the company at companyPath, named for the occasion;
    /// the folder is made when missing.
    static Result<QString> newPath(const QString &companyPath, const QString &occasion);

    Database &m_db;
    const QString m_companyPath;
};

} // namespace Kontor
