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
 * The language follows the company's country: German for Germany, Austria, Switzerland,
 * Liechtenstein and Luxembourg, English elsewhere (the languages Kontor speaks). Texts are
 * marked for lupdate by calling translate() with literal context and source, like
 * QCoreApplication::translate().
 */
class BookTexts
{
public:
    /// English, until setCountry().
    BookTexts();
    ~BookTexts();
    BookTexts(const BookTexts &) = delete;
    BookTexts &operator=(const BookTexts &) = delete;

    /// The company's country (ISO 3166 alpha-2) decides the language.
    void setCountry(const QString &country);
    /// "de" or "en".
    QString language() const { return m_language; }

    /// source from context in the company's language, as QCoreApplication::translate() gives
    /// it in the user's; with n ≥ 0, the plural form for n, with %n replaced.
    QString translate(const char *context, const char *source,
                      const char *disambiguation = nullptr, int n = -1) const;

private:
    void load(const QString &language);

    QString m_language;
    std::unique_ptr<QTranslator> m_translator;
};

} // namespace Kontor
