// SPDX-FileCopyrightText: 2026 The Kontor authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "booktexts.h"

#include <QTranslator>

namespace Kontor {

BookTexts::BookTexts()
{
    setLanguage(QStringLiteral("en"));
}

BookTexts::~BookTexts() = default;

void BookTexts::setLanguage(const QString &language)
{
    if (language == m_language)
        return;
    // English needs its catalogue too, for its plural forms. A language without a catalogue
    // (compiled into kontor_core) leaves the English source texts.
    auto translator = std::make_unique<QTranslator>();
    if (!translator->load(QStringLiteral(":/i18n/kontor_%1.qm").arg(language)))
        translator.reset();
    m_translator = std::move(translator);
    m_language = language;
}

QString BookTexts::translate(const char *context, const char *source, const char *disambiguation,
                             int n) const
{
    QString text = m_translator ? m_translator->translate(context, source, disambiguation, n)
                                : QString();
    if (text.isEmpty())
        text = QString::fromUtf8(source);
    if (n >= 0)
        text.replace(QStringLiteral("%n"), QString::number(n));
    return text;
}

} // namespace Kontor
