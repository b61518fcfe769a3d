// SPDX-FileCopyrightText: 2026 The Kontor authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Internal to OrderReader: its private state, shared by orderreader.cpp (opening, grouping
// records into orders) and orderfields.cpp (reading an order's fields).

#include "importcells.h"
#include "orderreader.h"

#include <QHash>

#include <algorithm>
#include <array>
#include <cstring>
#include <memory>
#include <string>

namespace Kontor {

namespace OrderReading {

constexpr int fieldCount = int(ImportField::LineFulfilmentStatus) + 1;

/// The columns of header by name, compared trimmed and ignoring case; the first of equal
/// headers counts.
QHash<QString, int> columnsByName(const QStringList &header);
inline QString columnName(const QString &header)
{
    return header.trimmed().toCaseFolded();
}

/// A cleaned cell of a status column as the profile's status words are compared with it.
inline QString statusWordOf(QByteArrayView cell)
{
    return QString::fromUtf8(cell).toLower();
}

/// More rows than any order has: the key column holds something else (a profile that maps
/// the wrong column would otherwise make the whole file one order, in memory).
constexpr int maxOrderRecords = 100000;

enum class Kind {
    Key,
    Text,
    Email,
    Zip,
    Phone,
    Date,
    Currency,
    Status,
    Amount,
    Quantity,
    Bool,
    Rate
};

inline Kind kindOf(ImportField field)
{
    switch (field) {
    case ImportField::OrderKey: return Kind::Key;
    case ImportField::Email: return Kind::Email;
    case ImportField::Zip: return Kind::Zip;
    case ImportField::Phone: return Kind::Phone;
    case ImportField::CreatedAt:
    case ImportField::PaidAt:
    case ImportField::FulfilledAt:
    case ImportField::CancelledAt: return Kind::Date;
    case ImportField::Currency: return Kind::Currency;
    case ImportField::FinancialStatus: return Kind::Status;
    case ImportField::Subtotal:
    case ImportField::Shipping:
    case ImportField::Taxes:
    case ImportField::Total:
    case ImportField::Discount:
    case ImportField::Refunded:
    case ImportField::Outstanding:
    case ImportField::LineUnitPrice:
    case ImportField::LineDiscount: return Kind::Amount;
    case ImportField::LineQuantity: return Kind::Quantity;
    case ImportField::LineRequiresShipping:
    case ImportField::LineTaxable: return Kind::Bool;
    case ImportField::LineVatRate: return Kind::Rate;
    default: return Kind::Text;
    }
}

/// Text of a column whose values repeat (status words, countries, product names): the last
/// value's QString is handed out again while the bytes stay the same, instead of a new one.
struct TextCache
{
    std::string bytes;
    QString text;
    bool lowerCase = false;

    QString get(QByteArrayView value)
    {
        if (value.isEmpty())
            return {};
        if (qsizetype(bytes.size()) == value.size()
            && std::memcmp(bytes.data(), value.data(), bytes.size()) == 0)
            return text;
        bytes.assign(value.data(), size_t(value.size()));
        if (!lowerCase) {
            text = QString::fromUtf8(value);
        } else {
            // Lower-cased as bytes while ASCII (e-mail addresses nearly always are).
            std::string lower = bytes;
            bool ascii = true;
            for (char &c : lower) {
                ascii = ascii && uchar(c) < 0x80;
                if (c >= 'A' && c <= 'Z')
                    c = char(c + ('a' - 'A'));
            }
            text = ascii ? QString::fromLatin1(lower.data(), qsizetype(lower.size()))
                         : QString::fromUtf8(value).toLower();
        }
        return text;
    }
};

struct FieldPlan
{
    ImportField field = ImportField::OrderKey;
    Kind kind = Kind::Text;
    bool lineLevel = false;
    std::vector<int> slotList;     ///< stash slotList of the field's columns that the file has
    TextCache cache;
};

/// The records of one order, copied out of the CSV reader's buffer (whose views die with the
/// next record) until the whole order is known: only then can its fingerprint say whether it
/// needs reading at all. Only the cells of mapped columns are kept: all of them for the first
/// record, the ones a further row is read for (its line fields) for the others.
struct Stash
{
    struct Record
    {
        qint64 line = 0;
        qint64 lastLine = 0;
        int fieldCount = 0;
        bool extraCells = false;    ///< non-empty cells beyond the header's columns
        size_t spanStart = 0;
    };
    struct Span
    {
        quint32 offset;
        quint32 size;
    };
    /// A buffer that grows without initialising what it will overwrite anyway.
    template<class T> struct Buffer
    {
        std::unique_ptr<T[]> data;
        size_t size = 0;
        size_t capacity = 0;

        T *grow(size_t more)
        {
            if (size + more > capacity) {
                const size_t wanted = std::max(size + more, capacity * 2 + 256);
                std::unique_ptr<T[]> bigger(new T[wanted]);
                if (size)
                    std::memcpy(bigger.get(), data.get(), size * sizeof(T));
                data = std::move(bigger);
                capacity = wanted;
            }
            T *end = data.get() + size;
            size += more;
            return end;
        }
    };
    Buffer<char> bytes;
    Buffer<Span> spans;
    std::vector<Record> records;

    void clear()
    {
        bytes.size = 0;
        spans.size = 0;
        records.clear();
    }
    int size() const { return int(records.size()); }
};

// Most cells are a few bytes: fixed-size copies the compiler turns into moves beat a call.
inline void copyCell(char *to, const char *from, size_t size)
{
    if (size > 16) {
        std::memcpy(to, from, size);
    } else if (size >= 8) {
        std::memcpy(to, from, 8);
        std::memcpy(to + size - 8, from + size - 8, 8);
    } else if (size >= 4) {
        std::memcpy(to, from, 4);
        std::memcpy(to + size - 4, from + size - 4, 4);
    } else {
        for (size_t i = 0; i < size; ++i)
            to[i] = from[i];
    }
}

/**
 * Every finished order's key → the line it started on, to tell an order whose key comes back
 * later in the file. It holds 64-bit hashes of the keys, not the keys: 16 bytes per order in
 * an open-addressing table at most half full, so a file of a million orders costs about 32 MB.
 * Two different keys with the same hash (odds about 1 in 10^19 per pair) would be reported as
 * a repeat.
 *
 * Shops number their orders: "#1001", "#1002", … keyHash() keeps sixteen such keys next to
 * each other in the table, so that the lookups of a file miss the cache once per sixteen
 * orders instead of every time; the runs of sixteen are spread evenly, so that linear probing
 * does not pile them up.
 */
class KeyTable
{
public:
    /// Sizes the table for about this many orders at once: growing it later costs a copy and
    /// fresh memory, each page of which the system must fault in.
    void reserve(size_t orders)
    {
        size_t size = 4096;
        while (size < orders * 2 && size < (size_t(1) << 24))
            size *= 2;
        if (size > m_size)
            resize(size);
    }

    /// The first line recorded for hash, or records line and gives nullopt.
    std::optional<qint64> findOrInsert(quint64 hash, qint64 line)
    {
        if (hash == 0)
            hash = 1; // 0 marks an empty slot
        if ((m_count + 1) * 2 > m_size)
            resize(std::max<size_t>(4096, m_size * 2));
        const size_t mask = m_size - 1;
        for (size_t i = size_t(hash) & mask;; i = (i + 1) & mask) {
            Slot &slot = m_slots[i];
            if (slot.hash == hash)
                return slot.line;
            if (slot.hash == 0) {
                slot = Slot{hash, line};
                ++m_count;
                return std::nullopt;
            }
        }
    }

private:
    struct Slot
    {
        quint64 hash = 0;
        qint64 line = 0;
    };
    void resize(size_t size)
    {
        std::unique_ptr<Slot[]> table(new Slot[size]());
        const size_t mask = size - 1;
        for (size_t j = 0; j < m_size; ++j) {
            const Slot &slot = m_slots[j];
            if (slot.hash == 0)
                continue;
            size_t i = size_t(slot.hash) & mask;
            while (table[i].hash != 0)
                i = (i + 1) & mask;
            table[i] = slot;
        }
        m_slots = std::move(table);
        m_size = size;
    }
    std::unique_ptr<Slot[]> m_slots;
    size_t m_size = 0;
    size_t m_count = 0;
};

/// A key's hash for KeyTable: keys ending in consecutive numbers ("#1001", "#1002") get
/// neighbouring hashes in runs of sixteen; other keys their XXH64.
quint64 keyHash(QByteArrayView key);

} // namespace OrderReading

struct OrderReader::Private
{
    using FieldPlan = OrderReading::FieldPlan;
    using Stash = OrderReading::Stash;

    ImportProfile profile;
    QString fileName;
    QStringList header;
    QByteArray headerSource;
    std::unique_ptr<CsvReader> csv;
    Currency fixedCurrency;         ///< when no column names it: the profile's, else the fallback
    KnownFingerprint known;
    std::optional<Error> error;

    std::array<FieldPlan, OrderReading::fieldCount> fields;
    std::vector<int> slotColumn;    ///< slot → column of the file
    std::vector<int> rowColumns;    ///< the columns kept of an order's further records
    std::vector<int> rowPosition;   ///< slot → its place among rowColumns, or -1
    std::vector<std::pair<int, int>> taxSlots; ///< (name slot, amount slot)
    QStringList tipNames;
    ImportCells::DateReader dates;
    int headerCount = 0;

    CsvRecord record;
    Stash current;
    Stash pending;
    std::string currentKey;
    std::string pendingKey;
    std::string pendingRaw;
    std::string keyJoin;
    QByteArray keyScratch;
    QByteArray scratch;
    QByteArray scratch2;
    bool hasPending = false;
    bool pendingContinues = false;  ///< the pending record continues an order cut off
    bool atEnd = false;
    bool failNext = false;
    OrderReading::KeyTable seenKeys;
    Currency digitsCurrency;
    int digits = 2;

    int minorDigitsOf(Currency currency)
    {
        if (currency != digitsCurrency) {
            digitsCurrency = currency;
            digits = currency.minorDigits();
        }
        return digits;
    }

    // The order being read: its problems and whether it failed.
    ImportedOrder *order = nullptr;
    std::vector<ImportProblem> *problems = nullptr;

    FieldPlan &plan(ImportField f) { return fields[size_t(f)]; }
    bool mapped(ImportField f) const { return !fields[size_t(f)].slotList.empty(); }
    const QString &headerOf(int slot) const { return header[slotColumn[size_t(slot)]]; }

    QByteArrayView keyOf(const CsvRecord &record);
    void addRecord(Stash &stash, const CsvRecord &record, bool first) const;
    Outcome readGroup(ImportedOrder &order, std::vector<ImportProblem> &problems);
    bool parseOrder();

    void problem(int rec, int slot, const QString &message);
    void orderProblem(int rec, const QString &message);
    QByteArrayView rawCell(int rec, int slot) const
    {
        const Stash::Record &info = current.records[size_t(rec)];
        int position = slot;
        if (rec > 0 && (position = rowPosition[size_t(slot)]) < 0)
            return {};
        const Stash::Span &span = current.spans.data[info.spanStart + size_t(position)];
        return QByteArrayView(current.bytes.data.get() + span.offset, qsizetype(span.size));
    }
    QByteArrayView cell(int rec, int slot, QByteArray &buffer) const
    {
        return ImportCells::cleaned(rawCell(rec, slot), buffer);
    }
    QString text(FieldPlan &f, int rec);
    std::optional<QDateTime> date(FieldPlan &f, int rec, bool &bad);
    std::optional<Money> amount(
        FieldPlan &f, int firstRec, int lastRec, Currency currency, bool &bad);
    bool inferPricesIncludeTax() const;
};

} // namespace Kontor
