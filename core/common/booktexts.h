// SPDX-FileCopyrightText: 2026 The Kontor authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <memory>

class QTranslator;

namespace Kontor {

/**
 * The texts Kontor writes into a company's records — booking texts ("Order A0000007",
 * "Cost of goods, order A0000007"), line memos, the audit log's summaries — in the company's
 * language, not in the language of the desktop that happens to write them: a German company's
 * books read German whether its orders were imported from an English desktop or by a script
 * under LANG=C, as its chart of accounts does. Once written, such texts stay as they are.
 *
 * The company's country decides the language (Countries::language()). Texts are marked for
 * lupdate by calling translate() with literal context and source, like
 * QCoreApplication::translate().
 */
class BookTexts
{
public:
    /// English, until setLanguage().
    BookTexts();
    ~BookTexts();
    BookTexts(const BookTexts &) = delete;
    BookTexts &operator=(const BookTexts &) = delete;

    /// "de" or "en"; a language without a catalogue gives the English source texts.
    void setLanguage(const QString &language);
    QString language() const { return m_language; }

    /// source from context in the company's language, as QCoreApplication::translate() gives
    /// it in the user's; with n ≥ 0, the plural form for n, with %n replaced.
    QString translate(const char *context, const char *source,
                      const char *disambiguation = nullptr, int n = -1) const;

private:
    QString m_language;
    std::unique_ptr<QTranslator> m_translator;
};

} // namespace Kontor
