// SPDX-FileCopyrightText: 2026 The Kontor authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sql.h"

#include "common/sortkey.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace Kontor::Sql {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Kontor::Sql", text);
}

} // namespace

Error errorFrom(const QSqlError &error)
{
    return errorFrom(error.nativeErrorCode().toInt(),
                     error.databaseText().isEmpty() ? error.text() : error.databaseText());
}

Error errorFrom(int sqliteCode, const QString &driverText)
{
    // SQLite's primary result code is the low byte of the extended code.
    const int code = sqliteCode & 0xff;
    QString message;
    bool storageFailure = true;
    switch (code) {
    case 13: // SQLITE_FULL
        message = tr("The disk is full. Nothing was saved; free some space and try again.");
        break;
    case 8: // SQLITE_READONLY
        message = tr("The company file is read-only. Nothing was saved.");
        break;
    case 5: // SQLITE_BUSY
    case 6: // SQLITE_LOCKED
        message = tr("The company file is busy in another window or program. Nothing was saved; "
                     "try again in a moment.");
        break;
    case 11: // SQLITE_CORRUPT
        message = tr("The company file is damaged (%1). Restore it from a backup.").arg(driverText);
        break;
    case 26: // SQLITE_NOTADB
        message = tr("This is not a company file (%1).").arg(driverText);
        break;
    case 14: // SQLITE_CANTOPEN
        message = tr("The company file cannot be opened (%1).").arg(driverText);
        break;
    case 19: // SQLITE_CONSTRAINT: our triggers speak for themselves
        message = tr("The database refused the change: %1").arg(driverText);
        storageFailure = false;
        break;
    default:
        message = tr("Database error: %1").arg(driverText);
        break;
    }
    Error result = makeError(message);
    result.storageFailure = storageFailure;
    return result;
}

QString placeholders(qsizetype count)
{
    QString text;
    text.reserve(count * 3);
    for (qsizetype i = 0; i < count; ++i)
        text += i == 0 ? QStringLiteral("?") : QStringLiteral(", ?");
    return text;
}

Status exec(QSqlQuery &query)
{
    if (!query.exec())
        return errorFrom(query.lastError());
    return {};
}

Status exec(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql))
        return errorFrom(query.lastError());
    return {};
}

qint64 lastInsertId(const QSqlQuery &query)
{
    return query.lastInsertId().toLongLong();
}

QStringList splitStatements(const QString &script)
{
    static const QRegularExpression trigger(
        QStringLiteral("^CREATE\\s+(TEMP\\s+|TEMPORARY\\s+)?TRIGGER\\b"),
        QRegularExpression::CaseInsensitiveOption);
    QStringList statements;
    QString current;
    QString word;  // the identifier or keyword being read
    int depth = 0; // open BEGIN and CASE blocks: a semicolon inside one ends nothing
    const auto endWord = [&] {
        if (word.isEmpty())
            return;
        const QString upper = word.toUpper();
        if (upper == u"CASE" || (upper == u"BEGIN" && trigger.match(current.trimmed()).hasMatch()))
            ++depth;
        else if (upper == u"END" && depth > 0)
            --depth;
        word.clear();
    };
    const qsizetype n = script.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = script[i];
        if (c.isLetterOrNumber() || c == u'_') {
            word += c;
            current += c;
            continue;
        }
        endWord();
        if (c == u'-' && i + 1 < n && script[i + 1] == u'-') {
            while (i < n && script[i] != u'\n')
                ++i;
            current += u'\n';
            continue;
        }
        if (c == u'/' && i + 1 < n && script[i + 1] == u'*') {
            const qsizetype close = script.indexOf(QStringLiteral("*/"), i + 2);
            i = close < 0 ? n : close + 1;
            current += u' ';
            continue;
        }
        if (c == u'\'' || c == u'"' || c == u'`' || c == u'[') {
            const QChar closing = c == u'[' ? QChar(u']') : c;
            const qsizetype start = i;
            for (++i; i < n; ++i) {
                if (script[i] == closing) {
                    if (closing != u']' && i + 1 < n && script[i + 1] == closing)
                        ++i; // a doubled quote stands for itself
                    else
                        break;
                }
            }
            current += QStringView(script).sliced(start, qMin(i, n - 1) - start + 1);
            continue;
        }
        if (c == u';' && depth == 0) {
            const QString trimmed = current.trimmed();
            if (!trimmed.isEmpty())
                statements << trimmed;
            current.clear();
            continue;
        }
        current += c;
    }
    endWord();
    if (!current.trimmed().isEmpty())
        statements << current.trimmed();
    return statements;
}

QVariant sortKeyOf(const QString &text)
{
    return nullIfEmpty(sortKey(text));
}

Status fillSortKeys(const QSqlDatabase &db, const QString &table,
                    const QList<std::pair<QString, QString>> &keys)
{
    Q_ASSERT(!keys.isEmpty());
    QStringList sources;
    QStringList assignments;
    for (const auto &[key, source] : keys) {
        sources << source;
        assignments << key + QStringLiteral(" = ?");
    }
    // Our own names, not values: they cannot be bound.
    QSqlQuery read(db);
    read.setForwardOnly(true);
    read.prepare(QStringLiteral("SELECT id, %1 FROM %2 WHERE %3 IS NULL AND id > ? ORDER BY id "
                                "LIMIT 1000")
                     .arg(sources.join(QStringLiteral(", ")), table, keys.first().first));
    QSqlQuery write(db);
    write.prepare(QStringLiteral("UPDATE %1 SET %2 WHERE id = ?")
                      .arg(table, assignments.join(QStringLiteral(", "))));
    // After the last id done: an empty name keeps a NULL key and must not be read again.
    qint64 done = 0;
    for (;;) {
        read.addBindValue(done);
        if (Status s = exec(read); !s)
            return s;
        QList<QVariantList> rows;
        while (read.next()) {
            QVariantList row{read.value(0)};
            for (qsizetype i = 0; i < keys.size(); ++i)
                row << sortKeyOf(read.value(int(i) + 1).toString());
            rows << row;
        }
        read.finish();
        if (rows.isEmpty())
            return {};
        for (const QVariantList &row : std::as_const(rows)) {
            for (qsizetype i = 1; i < row.size(); ++i)
                write.addBindValue(row[i]);
            write.addBindValue(row[0]);
            if (Status s = exec(write); !s)
                return s;
        }
        done = rows.last()[0].toLongLong();
    }
}

QString prefixUpperBound(const QString &prefix)
{
    // U+10FFFF sorts after every character in SQLite's binary (UTF-8) order.
    return prefix + QString::fromUcs4(U"\U0010FFFF");
}

QString ftsPrefixQuery(const QString &text)
{
    QStringList terms;
    static const QRegularExpression separators(QStringLiteral("[\\s\"*^:()+-]+"));
    for (const QString &word : text.split(separators, Qt::SkipEmptyParts))
        terms << u'"' + word + QStringLiteral("\"*");
    return terms.join(u' ');
}

} // namespace Kontor::Sql
