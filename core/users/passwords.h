// SPDX-FileCopyrightText: 2026 The Kontor authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace Kontor {

/**
 * Password hashes: Argon2id through libsodium's crypto_pwhash_str, which salts, encodes its
 * parameters into the hash ("$argon2id$v=19$m=131072,t=3,p=1$…") and compares in constant
 * time. Kontor writes no cryptography of its own.
 */
class PasswordHasher
{
    Q_DECLARE_TR_FUNCTIONS(Kontor::PasswordHasher)
public:
    struct Strength
    {
        unsigned long long operations;  ///< Argon2id passes (t)
        size_t memoryBytes;             ///< Argon2id memory (m)
    };
    /// 3 passes over 128 MiB: about a quarter of a second per login on a two-core machine of
    /// 2026 (tests/bench has no benchmark for it; the users test prints the time).
    static constexpr Strength standard{3, size_t(128) << 20};
    /// libsodium's least: for tests that create many users, never for a company file.
    static Strength weakestForTests();

    explicit PasswordHasher(Strength strength = standard);

    Result<QByteArray> hash(const QString &password) const;
    bool verify(const QByteArray &hash, const QString &password) const;
    /// Whether the hash was made with other parameters than this hasher's (to hash again at
    /// the next login).
    bool needsRehash(const QByteArray &hash) const;

private:
    Strength m_strength;
};

/// The rules a new password must meet.
class PasswordRules
{
    Q_DECLARE_TR_FUNCTIONS(Kontor::PasswordRules)
public:
    static constexpr int minimumLength = 10;

    /// Refuses, with a message that says why: a password shorter than minimumLength
    /// characters, one of the common passwords Kontor ships (also with digits or signs added
    /// at the end), or one that contains the user name.
    static Status check(const QString &password, const QString &userName);
};

} // namespace Kontor
