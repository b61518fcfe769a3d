// SPDX-FileCopyrightText: 2026 The Kontor authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringView>

namespace Kontor {

/**
 * The form of a name that lists sort by, as a German dictionary or phone list does
 * (DIN 5007-1): letters compare without case and without accents ("Müller" = "muller",
 * "Ölmann" between "Muster" and "Schäfer"), "ß" counts as "ss", and the letters that do not
 * decompose into a base letter and an accent count as their base letters ("ø" as "o",
 * "ł" as "l", "æ" as "ae"). SQLite compares text by code point, which puts "Schäfer" after
 * "Schulz" and "de Vries" after "Zander"; its keys stored beside the names, in indexes,
 * let SQL sort big lists as people read them without loading them.
 * An empty text has an empty key.
 */
QString sortKey(QStringView text);

} // namespace Kontor
