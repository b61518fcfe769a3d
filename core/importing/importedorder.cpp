// SPDX-FileCopyrightText: 2026 The Kontor authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "importedorder.h"

#include <QCoreApplication>
#include <QtEndian>

#include <cstring>

namespace Kontor {

namespace {

constexpr FinancialStatus allStatuses[] = {
    FinancialStatus::Pending,           FinancialStatus::Authorized, FinancialStatus::PartiallyPaid,
    FinancialStatus::Paid,              FinancialStatus::PartiallyRefunded,
    FinancialStatus::Refunded,          FinancialStatus::Voided,     FinancialStatus::Expired};

// XXH64 (https://github.com/Cyan4973/xxHash, the published algorithm), seed 0.
constexpr quint64 prime1 = 0x9E3779B185EBCA87ULL;
constexpr quint64 prime2 = 0xC2B2AE3D27D4EB4FULL;
constexpr quint64 prime3 = 0x165667B19E3779F9ULL;
constexpr quint64 prime4 = 0x85EBCA77C2B2AE63ULL;
constexpr quint64 prime5 = 0x27D4EB2F165667C5ULL;

inline quint64 rotl(quint64 x, int r)
{
    return (x << r) | (x >> (64 - r));
}

inline quint64 read64(const uchar *p)
{
    return qFromLittleEndian<quint64>(p);
}

inline quint64 read32(const uchar *p)
{
    return qFromLittleEndian<quint32>(p);
}

inline quint64 round64(quint64 acc, quint64 input)
{
    acc += input * prime2;
    acc = rotl(acc, 31);
    return acc * prime1;
}

inline quint64 mergeRound(quint64 acc, quint64 value)
{
    acc ^= round64(0, value);
    return acc * prime1 + prime4;
}

} // namespace

QString financialStatusKey(FinancialStatus status)
{
    switch (status) {
    case FinancialStatus::Pending: return QStringLiteral("pending");
    case FinancialStatus::Authorized: return QStringLiteral("authorized");
    case FinancialStatus::PartiallyPaid: return QStringLiteral("partially_paid");
    case FinancialStatus::Paid: return QStringLiteral("paid");
    case FinancialStatus::PartiallyRefunded: return QStringLiteral("partially_refunded");
    case FinancialStatus::Refunded: return QStringLiteral("refunded");
    case FinancialStatus::Voided: return QStringLiteral("voided");
    case FinancialStatus::Expired: return QStringLiteral("expired");
    }
    Q_UNREACHABLE();
    return {};
}

std::optional<FinancialStatus> financialStatusFromKey(QStringView key)
{
    const QStringView trimmed = key.trimmed();
    for (FinancialStatus status : allStatuses)
        if (trimmed.compare(financialStatusKey(status), Qt::CaseInsensitive) == 0)
            return status;
    return std::nullopt;
}

bool isPaid(FinancialStatus status)
{
    switch (status) {
    case FinancialStatus::Paid:
    case FinancialStatus::PartiallyRefunded:
    case FinancialStatus::Refunded:
        return true;
    case FinancialStatus::Pending:
    case FinancialStatus::Authorized:
    case FinancialStatus::PartiallyPaid:
    case FinancialStatus::Voided:
    case FinancialStatus::Expired:
        return false;
    }
    return false;
}

Money paidAmount(const ImportedOrder &order)
{
    const Money none = Money::zero(order.currency);
    const bool partly = order.financialStatus == FinancialStatus::PartiallyPaid;
    if (!partly && !isPaid(order.financialStatus))
        return none;
    // Shopify's balance is what is still due of the order as it stands: its total less what
    // was paid, when refunds came with the goods they are for. Negative, the shop owes.
    if (order.outstanding && order.outstanding->minorUnits() > 0) {
        const Money paid = order.total - *order.outstanding;
        return paid.isNegative() ? none : paid;
    }
    return partly ? none : order.total;
}

quint64 sourceFingerprint(QByteArrayView source)
{
    const auto *p = reinterpret_cast<const uchar *>(source.data());
    const qsizetype length = source.size();
    const uchar *const end = p + length;
    quint64 h = 0;
    if (length >= 32) {
        quint64 v1 = prime1 + prime2;
        quint64 v2 = prime2;
        quint64 v3 = 0;
        quint64 v4 = quint64(0) - prime1;
        const uchar *const limit = end - 32;
        do {
            v1 = round64(v1, read64(p));
            v2 = round64(v2, read64(p + 8));
            v3 = round64(v3, read64(p + 16));
            v4 = round64(v4, read64(p + 24));
            p += 32;
        } while (p <= limit);
        h = rotl(v1, 1) + rotl(v2, 7) + rotl(v3, 12) + rotl(v4, 18);
        h = mergeRound(h, v1);
        h = mergeRound(h, v2);
        h = mergeRound(h, v3);
        h = mergeRound(h, v4);
    } else {
        h = prime5;
    }
    h += quint64(length);
    while (end - p >= 8) {
        h ^= round64(0, read64(p));
        h = rotl(h, 27) * prime1 + prime4;
        p += 8;
    }
    if (end - p >= 4) {
        h ^= read32(p) * prime1;
        h = rotl(h, 23) * prime2 + prime3;
        p += 4;
    }
    while (p < end) {
        h ^= quint64(*p) * prime5;
        h = rotl(h, 11) * prime1;
        ++p;
    }
    h ^= h >> 33;
    h *= prime2;
    h ^= h >> 29;
    h *= prime3;
    h ^= h >> 32;
    return h;
}

Error ImportProblem::toError() const
{
    QString text = message;
    // The messages of the order reader quote the cell where it helps; where one does not, the
    // value still belongs in front of the bookkeeper.
    if (!value.isEmpty() && !text.contains(value))
        text = QCoreApplication::translate("Kontor::ImportProblem", "%1 (the cell holds '%2')")
                   .arg(message, value);
    return Error{text, fileName, line, 0, column};
}

} // namespace Kontor
