// SPDX-FileCopyrightText: 2026 The Kontor authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "passwords.h"

#include <QCoreApplication>
#include <QFile>
#include <QSet>

#include <sodium.h>

namespace Kontor {

namespace {

bool sodiumReady()
{
    static const bool ready = sodium_init() >= 0;
    return ready;
}

// The common passwords shipped in resources/passwords/common.txt, lower case.
const QSet<QString> &commonPasswords()
{
    static const QSet<QString> passwords = [] {
        QSet<QString> result;
        QFile file(QStringLiteral(":/kontor/passwords/common.txt"));
        if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
            qFatal("Kontor: the list of common passwords is missing from this build");
        while (!file.atEnd()) {
            const QString line = QString::fromUtf8(file.readLine()).trimmed();
            if (!line.isEmpty() && !line.startsWith(QStringLiteral("#!")))
                result.insert(line.toLower());
        }
        return result;
    }();
    return passwords;
}

} // namespace

PasswordHasher::Strength PasswordHasher::weakestForTests()
{
    return {crypto_pwhash_OPSLIMIT_MIN, crypto_pwhash_MEMLIMIT_MIN};
}

PasswordHasher::PasswordHasher(Strength strength) : m_strength(strength) { }

Result<QByteArray> PasswordHasher::hash(const QString &password) const
{
    if (!sodiumReady())
        return makeError(tr("The password library could not be started."));
    const QByteArray utf8 = password.toUtf8();
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str(out, utf8.constData(), quint64(utf8.size()), m_strength.operations,
                          m_strength.memoryBytes)
        != 0)
        return makeError(tr("There is not enough memory to protect the password."));
    return QByteArray(out);
}

bool PasswordHasher::verify(const QByteArray &hash, const QString &password) const
{
    if (!sodiumReady() || hash.isEmpty())
        return false;
    const QByteArray utf8 = password.toUtf8();
    return crypto_pwhash_str_verify(hash.constData(), utf8.constData(), quint64(utf8.size())) == 0;
}

bool PasswordHasher::needsRehash(const QByteArray &hash) const
{
    return sodiumReady()
        && crypto_pwhash_str_needs_rehash(hash.constData(), m_strength.operations,
                                          m_strength.memoryBytes)
               != 0;
}

Status PasswordRules::check(const QString &password, const QString &userName)
{
    if (password.toUcs4().size() < minimumLength)
        return makeError(tr("The password needs at least %1 characters.").arg(minimumLength));
    const QString lower = password.toLower();
    QString stem = lower;
    while (!stem.isEmpty() && !stem.back().isLetter())
        stem.chop(1);
    if (commonPasswords().contains(lower) || commonPasswords().contains(stem))
        return makeError(tr("This password is among the most common ones and easy to guess. "
                            "Choose another, a short sentence for example."));
    const QString name = userName.trimmed().toLower();
    if (name.size() >= 3 && lower.contains(name))
        return makeError(tr("The password must not contain the user name."));
    return {};
}

} // namespace Kontor
