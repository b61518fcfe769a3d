// SPDX-FileCopyrightText: 2026 The Kontor authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/ids.h"
#include "common/money.h"
#include "common/quantity.h"
#include "common/result.h"

#include <QString>
#include <QTest>
#include <QtGlobal>

namespace Kontor::Test {

/// The message of a failed result, for QVERIFY2; empty when it succeeded.
template<class T> QString errorOf(const Result<T> &result)
{
    return result.ok() ? QString() : result.error().toString();
}

/// The value of a result, or fallback with a warning naming the error: for QCOMPARE, which
/// then fails readably instead of asserting on a failed Result.
template<class T> T valueOr(const Result<T> &result, T fallback)
{
    if (result.ok())
        return result.value();
    qWarning("unexpected error: %s", qPrintable(result.error().toString()));
    return fallback;
}

} // namespace Kontor::Test

// Found by QCOMPARE through argument-dependent lookup: failures show ids and amounts.
namespace Kontor {

template<class Tag> char *toString(Id<Tag> id)
{
    return QTest::toString(id.value());
}

inline char *toString(const Money &money)
{
    return QTest::toString(QString(money.toPlainString() + u' ' + money.currency().code()));
}

inline char *toString(Quantity quantity)
{
    return QTest::toString(quantity.units());
}

} // namespace Kontor

/// Fails the test function, naming the error, unless the Result expression succeeded.
#define KONTOR_VERIFY_OK(expression)                                                               \
    do {                                                                                           \
        const auto &kontorResult_ = (expression);                                                  \
        QVERIFY2(kontorResult_.ok(), qPrintable(::Kontor::Test::errorOf(kontorResult_)));          \
    } while (false)
