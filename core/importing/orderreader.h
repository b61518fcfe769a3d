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
 *
 * - Grouping: contiguous records with the same key are one order. A key that comes back after
 *   other orders is rejected ("order X appears again at line N, apart from its first rows at
 *   line M"): the reader keeps a 64-bit hash and the first line of every key it has finished,
 *   16 bytes per order in a table kept at most half full (about 32 MB for a million orders).
 * - Blank records (empty, or delimiters only) are passed over wherever they stand; they are
 *   neither orders nor lines and end nothing. Every other record ends up in exactly one
 *   Order, Unchanged or Rejected result.
 * - Cells: blanks and a trailing tab are trimmed, `=""` is empty and `="…"` its content, a
 *   leading apostrophe is dropped from zips and phones. A number column holding scientific
 *   notation ("5,52E+12") rejects the order: the spreadsheet lost its digits. Discounts are
 *   read as amounts off whether or not the file writes them with a minus sign.
 * - A record with fewer cells than the header, or non-empty cells beyond it, rejects its
 *   order: a delimiter inside an unquoted value shifts every later column.
 * - Whatever fails in an order (an amount, a date, a quantity, a status word the profile does
 *   not know, a currency) rejects the whole order; every problem found is listed, each with
 *   file, physical line, column header, the cell as written and a translated reason.
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

    /// The words of profile's status columns in the first records of path, as the reader
    /// compares them with the profile's status words, each once, in the order they first
    /// appear. Needs only the status columns of profile (a mapping being made); empty when the
    /// file cannot be read or has none of them.
    static QStringList statusWords(const QString &path, const ImportProfile &profile,
                                   int records);

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
