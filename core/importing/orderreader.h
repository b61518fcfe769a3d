// SPDX-FileCopyrightText: 2026 The Kontor authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "csvreader.h"
#include "importedorder.h"
#include "importprofile.h"

#include <QCoreApplication>

#include <functional>
#include <memory>
#include <vector>

namespace Kontor {

/**
 * Reads the orders of one export file through a profile: groups its records by the order key
 * (a change of key ends an order), reads the order fields from the first record and the line
 * fields from every record, cleans spreadsheet damage (a leading apostrophe, a trailing tab,
 * `=""`, `""`), parses amounts, dates and quantities the profile's way and checks that the
 * order makes sense (a currency, a total, lines). Streaming: one order in memory at a time.
 */
class OrderReader
{
    Q_DECLARE_TR_FUNCTIONS(Kontor::OrderReader)
public:
    /// Opens path and reads its header. With no profile, detects one of the built-ins from the
    /// header. Fails (with a message naming the file) when the file cannot be read, when no
    /// profile fits, when a required column of the profile is missing, and when the file is
    /// recognisably not an orders export (Shopify's abandoned checkouts).
    /// fallbackCurrency is used when neither a column nor the profile names the currency.
    static Result<std::unique_ptr<OrderReader>> open(const QString &path,
                                                     std::optional<ImportProfile> profile,
                                                     Currency fallbackCurrency);
    ~OrderReader();
    Q_DISABLE_COPY_MOVE(OrderReader)

    const ImportProfile &profile() const;
    const QString &fileName() const;
    /// The header as read, and the header line as it stood (UTF-8, for the rejects file).
    const QStringList &header() const;
    const QByteArray &headerSource() const;

    /// Tells whether the stored copy of an order has this fingerprint (it is then unchanged and
    /// need not be read field by field): the re-import fast path.
    using KnownFingerprint = std::function<bool(const QString &key, quint64 fingerprint)>;
    void setKnownFingerprint(KnownFingerprint known);

    enum class Outcome { Order, Unchanged, Rejected, End, Failed };
    /**
     * Reads the next order. Order: order is filled. Unchanged: the known-fingerprint function
     * said so; only key, lines' count, firstLine, lastLine, source and fingerprint are filled. Rejected: the order's records could not be
     * read as an order; problems says why (at least one entry) and order.source/firstLine/
     * lastLine/key are still filled so the records can be written out. End: no more orders.
     * Failed: the file itself cannot be read further (error()); nothing after it is read.
     */
    Outcome next(ImportedOrder &order, std::vector<ImportProblem> &problems);
    const std::optional<Error> &error() const;

    qint64 bytesRead() const;
    qint64 bytesTotal() const;

private:
    OrderReader();
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace Kontor
