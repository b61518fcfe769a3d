// SPDX-FileCopyrightText: 2026 The Kontor authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sortkey.h"

namespace Kontor {

namespace {

/// The letters that compatibility decomposition leaves whole, as their base letters.
QStringView baseLetters(char16_t letter)
{
    switch (letter) {
    case u'ß':
    case u'ẞ':
        return u"ss";
    case u'æ':
    case u'Æ':
        return u"ae";
    case u'œ':
    case u'Œ':
        return u"oe";
    case u'ø':
    case u'Ø':
        return u"o";
    case u'ł':
    case u'Ł':
        return u"l";
    case u'đ':
    case u'Đ':
    case u'ð':
    case u'Ð':
        return u"d";
    case u'þ':
    case u'Þ':
        return u"th";
    case u'ı':
        return u"i";
    default:
        return {};
    }
}

} // namespace

QString sortKey(QStringView text)
{
    // Compatibility decomposition splits "ä" into "a" and a combining diaeresis (and "ﬁ"
    // into "fi"); the marks are then left out.
    const QString decomposed = text.toString().normalized(QString::NormalizationForm_KD);
    QString key;
    key.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        switch (c.category()) {
        case QChar::Mark_NonSpacing:
        case QChar::Mark_SpacingCombining:
        case QChar::Mark_Enclosing:
            continue;
        default:
            break;
        }
        if (const QStringView base = baseLetters(c.unicode()); !base.isEmpty())
            key += base;
        else
            key += c.toCaseFolded();
    }
    return key;
}

} // namespace Kontor
