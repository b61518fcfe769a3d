// SPDX-FileCopyrightText: 2026 The Kontor authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "boundvalues.h"

#include <QSqlQuery>

#ifdef KONTOR_SQLITE_DIRECT
#include <sqlite3.h>
#endif

// Built without SQLite's own library, BoundValues only ever wraps a QSqlQuery.

namespace Kontor {

void BoundValues::add(qint64 value)
{
#ifdef KONTOR_SQLITE_DIRECT
    if (m_statement) {
        bound(sqlite3_bind_int64(m_statement, m_next, value));
        return;
    }
#endif
    m_query->addBindValue(value);
}

void BoundValues::add(const QString &text)
{
#ifdef KONTOR_SQLITE_DIRECT
    if (m_statement) {
        if (text.isNull()) {
            addNull();
            return;
        }
        // SQLite reads the text when the statement runs; it stays in m_texts until then.
        m_texts.push_back(text.toUtf8());
        const QByteArray &utf8 = m_texts.back();
        bound(sqlite3_bind_text64(m_statement, m_next, utf8.constData(),
                                  sqlite3_uint64(utf8.size()), SQLITE_STATIC, SQLITE_UTF8));
        return;
    }
#endif
    m_query->addBindValue(text);
}

void BoundValues::add(const QVariant &value)
{
    if (m_query) {
        m_query->addBindValue(value);
        return;
    }
    switch (value.typeId()) {
    case QMetaType::UnknownType:
        addNull();
        return;
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Bool:
        add(value.toLongLong());
        return;
    default:
        Q_ASSERT_X(value.typeId() == QMetaType::QString, "Kontor::BoundValues::add",
                   "a NULL, an integer or a text");
        add(value.toString());
        return;
    }
}

void BoundValues::addNull()
{
#ifdef KONTOR_SQLITE_DIRECT
    if (m_statement) {
        bound(sqlite3_bind_null(m_statement, m_next));
        return;
    }
#endif
    m_query->addBindValue(QVariant());
}

void BoundValues::bound(int result)
{
    if (m_result == 0)
        m_result = result;
    ++m_next;
}

} // namespace Kontor
