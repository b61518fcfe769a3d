// SPDX-FileCopyrightText: 2026 The Kontor authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QMap>
#include <QSqlDatabase>
#include <QString>
#include <QVariant>
#include <QVariantList>

namespace Kontor::Test {

/// Runs one statement with its values bound; returns the database's error text, empty on success.
/// For tests that go around the services on purpose: tampering, and proving that the database
/// itself refuses what the services never try.
QString execSql(const QSqlDatabase &db, const QString &sql, const QVariantList &values = {});

/// The first column of the first row (invalid, with a warning, when the query fails).
QVariant selectValue(const QSqlDatabase &db, const QString &sql, const QVariantList &values = {});

/// The first column of every row.
QVariantList selectColumn(
    const QSqlDatabase &db, const QString &sql, const QVariantList &values = {});

/// "name: CREATE INDEX ..." of every index of the schema, by name: what must come back the same
/// after indexes were set aside.
QVariantList indexDefinitions(const QSqlDatabase &db);

/// Whether a word of text (split at anything but letters and digits, as SQLite's FTS5 unicode61
/// tokenizer does) starts with prefix, compared with Unicode case folding.
bool hasWordStartingWith(const QString &text, const QString &prefix);

/// SHA-256 of a file's bytes (empty when it cannot be read).
QByteArray fileDigest(const QString &path);

/**
 * A plain SQLite connection to a file, without anything Kontor does on open: no PRAGMAs, no
 * migrations. For making files that Kontor must refuse or upgrade, and for corrupting them.
 */
class RawDatabase
{
public:
    explicit RawDatabase(const QString &path);
    ~RawDatabase();
    Q_DISABLE_COPY_MOVE(RawDatabase)

    bool isOpen() const;
    QString openError() const { return m_openError; }
    QSqlDatabase connection() const;
    QString exec(const QString &sql, const QVariantList &values = {}) const
    {
        return execSql(connection(), sql, values);
    }
    QVariant value(const QString &sql, const QVariantList &values = {}) const
    {
        return selectValue(connection(), sql, values);
    }

private:
    QString m_name;
    QString m_openError;
};

/// Row counts of every table, the next value of every number series and the stock on hand:
/// what must stay the same when a write is refused.
using DatabaseSnapshot = QMap<QString, qint64>;
DatabaseSnapshot snapshot(const QSqlDatabase &db);
/// Human-readable differences between two snapshots; empty when they are equal.
QString describeChanges(const DatabaseSnapshot &before, const DatabaseSnapshot &after);

} // namespace Kontor::Test
