// SPDX-FileCopyrightText: 2026 The Kontor authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "orderreader.h"

#include "importcells.h"

#include <QHash>

#include <algorithm>
#include <array>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <string>

namespace Kontor {

using namespace ImportCells;

namespace {

constexpr int fieldCount = int(ImportField::LineFulfilmentStatus) + 1;

/// More rows than any order has: the key column holds something else (a profile that maps
/// the wrong column would otherwise make the whole file one order, in memory).
constexpr int maxOrderRecords = 100000;

enum class Kind { Key, Text, Email, Zip, Phone, Date, Currency, Status, Amount, Quantity, Bool, Rate };

Kind kindOf(ImportField field)
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
 * an open-addressing table at most half full, so a file of a million orders costs about 32 MB
 * (zeroed lazily by the system: calloc). Two different keys with the same hash (odds about
 * 1 in 10^19 per pair) would be reported as a repeat.
 *
 * Shops number their orders: "#1001", "#1002", … keyHash() keeps such keys next to each
 * other in the table, so the lookups of a file walk through memory instead of missing the
 * cache on every order.
 */
class KeyTable
{
public:
    KeyTable() = default;
    KeyTable(const KeyTable &) = delete;
    KeyTable &operator=(const KeyTable &) = delete;
    ~KeyTable() { std::free(m_slots); }

    /// The first line recorded for hash, or records line and gives nullopt.
    std::optional<qint64> findOrInsert(quint64 hash, qint64 line)
    {
        if (hash == 0)
            hash = 1; // 0 marks an empty slot
        if ((m_count + 1) * 2 > m_size && !grow())
            qFatal("Kontor::OrderReader: out of memory for the order keys of a file");
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
        quint64 hash;
        qint64 line;
    };
    bool grow()
    {
        const size_t size = std::max<size_t>(4096, m_size * 2);
        auto *table = static_cast<Slot *>(std::calloc(size, sizeof(Slot)));
        if (!table)
            return false;
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
        std::free(m_slots);
        m_slots = table;
        m_size = size;
        return true;
    }
    Slot *m_slots = nullptr;
    size_t m_size = 0;
    size_t m_count = 0;
};

/// A key's hash for KeyTable: a key ending in a number hashes to (hash of the rest and the
/// number's length) + the number, so consecutive order numbers get consecutive hashes.
quint64 keyHash(QByteArrayView key)
{
    qsizetype digits = 0;
    while (digits < key.size() && digits < 18 && key[key.size() - 1 - digits] >= '0'
           && key[key.size() - 1 - digits] <= '9')
        ++digits;
    if (digits == 0)
        return sourceFingerprint(key);
    quint64 number = 0;
    for (qsizetype i = key.size() - digits; i < key.size(); ++i)
        number = number * 10 + quint64(key[i] - '0');
    const quint64 rest = sourceFingerprint(key.first(key.size() - digits)) ^ (quint64(digits) << 56);
    return rest * 0x9E3779B97F4A7C15ULL + number;
}

} // namespace

struct OrderReader::Private
{
    ImportProfile profile;
    QString fileName;
    QStringList header;
    QByteArray headerSource;
    std::unique_ptr<CsvReader> csv;
    Currency fixedCurrency;         ///< when no column names it: the profile's, else the fallback
    KnownFingerprint known;
    std::optional<Error> error;

    std::array<FieldPlan, fieldCount> fields;
    std::vector<int> slotColumn;    ///< slot → column of the file
    std::vector<int> rowColumns;    ///< the columns kept of an order's further records
    std::vector<int> rowPosition;   ///< slot → its place among rowColumns, or -1
    std::vector<std::pair<int, int>> taxSlots; ///< (name slot, amount slot)
    QStringList tipNames;
    DateReader dates;
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
    KeyTable seenKeys;
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
        return cleaned(rawCell(rec, slot), buffer);
    }
    QString text(FieldPlan &f, int rec);
    std::optional<QDateTime> date(FieldPlan &f, int rec, bool &bad);
    std::optional<Money> amount(FieldPlan &f, int firstRec, int lastRec, Currency currency, bool &bad);
    bool inferPricesIncludeTax() const;
};

OrderReader::OrderReader() : d(std::make_unique<Private>()) { }

OrderReader::~OrderReader() = default;

Result<std::unique_ptr<OrderReader>> OrderReader::open(const QString &path,
                                                       std::optional<ImportProfile> profile,
                                                       Currency fallbackCurrency)
{
    std::unique_ptr<OrderReader> reader(new OrderReader);
    Private &p = *reader->d;
    p.fileName = path;

    auto openCsv = [&](const std::optional<ImportProfile> &with) -> std::optional<Error> {
        CsvOptions options;
        if (with) {
            options.delimiter = with->delimiter;
            options.encoding = with->encoding;
        }
        auto csv = CsvReader::open(path, options);
        if (!csv.ok())
            return csv.error();
        p.csv = std::move(csv).value();
        // A few blank lines before the header (some exports start with one) are passed over.
        do {
            if (!p.csv->next(p.record)) {
                if (p.csv->error())
                    return *p.csv->error();
                return Error{tr("The file is empty: it does not even have a header line."), path, 0,
                             0, {}};
            }
        } while (p.record.isBlank());
        p.header.clear();
        for (int i = 0; i < p.record.size(); ++i)
            p.header.append(p.record.text(i));
        p.headerSource = p.record.raw().toByteArray();
        p.headerCount = p.record.size();
        return std::nullopt;
    };
    if (auto failure = openCsv(profile))
        return *failure;

    if (!profile) {
        profile = ImportProfile::detect(p.header);
        if (!profile) {
            QStringList names;
            for (const ImportProfile &builtIn : ImportProfile::builtIns())
                names.append(builtIn.name);
            return Error{tr("The columns of this file match none of the shop exports Kontor knows "
                            "(%1). Choose or make an import profile that describes them.")
                             .arg(names.join(QStringLiteral(", "))),
                         path, 1, 0, {}};
        }
        // A detected profile that fixes the encoding or delimiter differently reads anew.
        if ((profile->delimiter && *profile->delimiter != p.csv->delimiter())
            || (profile->encoding && *profile->encoding != p.csv->encoding())) {
            if (auto failure = openCsv(profile))
                return *failure;
        }
    }
    p.profile = std::move(*profile);
    const ImportProfile &prof = p.profile;

    if (const auto refusal = prof.refusal(p.header))
        return Error{*refusal, path, 1, 0, {}};

    // Resolve the profile's headers to columns once: compared trimmed and ignoring case, the
    // first of equal headers counts.
    QHash<QString, int> columnOf;
    for (int i = int(p.header.size()) - 1; i >= 0; --i)
        columnOf[p.header[i].trimmed().toCaseFolded()] = i;
    QHash<int, int> slotOf;
    auto slotFor = [&](const QString &headerName) -> std::optional<int> {
        const auto it = columnOf.constFind(headerName.trimmed().toCaseFolded());
        if (it == columnOf.cend())
            return std::nullopt;
        const auto slot = slotOf.constFind(it.value());
        if (slot != slotOf.cend())
            return slot.value();
        const int newSlot = int(p.slotColumn.size());
        p.slotColumn.push_back(it.value());
        slotOf.insert(it.value(), newSlot);
        return newSlot;
    };
    for (const ImportFieldInfo &info : importFields()) {
        FieldPlan &f = p.plan(info.field);
        f.field = info.field;
        f.kind = kindOf(info.field);
        f.lineLevel = info.lineLevel;
        f.cache.lowerCase = f.kind == Kind::Email;
        for (const QString &headerName : prof.columns.value(info.field)) {
            if (const auto slot = slotFor(headerName))
                f.slotList.push_back(*slot);
            else if (info.required)
                return Error{tr("The column '%1' is missing: the profile '%2' reads the %3 from it.")
                                 .arg(headerName, prof.name, importFieldLabel(info.field)),
                             path, 1, 0, headerName};
        }
        if (info.required && f.slotList.empty())
            return Error{tr("The profile '%1' does not say which column holds the %2.")
                             .arg(prof.name, importFieldLabel(info.field)),
                         path, 1, 0, {}};
    }
    for (const auto &[nameHeader, amountHeader] : prof.taxColumns) {
        const auto nameSlot = slotFor(nameHeader);
        const auto amountSlot = slotFor(amountHeader);
        if (nameSlot && amountSlot)
            p.taxSlots.emplace_back(*nameSlot, *amountSlot);
    }
    // What a further record of an order is read for: its line, and the order's amounts where
    // they are summed or must agree.
    std::vector<bool> rowNeeded(p.slotColumn.size(), false);
    for (const FieldPlan &f : p.fields) {
        const bool summed = prof.orderRows == ImportProfile::OrderRows::Summed && f.kind == Kind::Amount;
        const bool compared = prof.orderRows == ImportProfile::OrderRows::Repeated
            && f.field == ImportField::Total;
        if (f.lineLevel || summed || compared)
            for (int slot : f.slotList)
                rowNeeded[size_t(slot)] = true;
    }
    if (prof.orderRows == ImportProfile::OrderRows::Summed)
        for (const auto &[nameSlot, amountSlot] : p.taxSlots)
            rowNeeded[size_t(nameSlot)] = rowNeeded[size_t(amountSlot)] = true;
    p.rowPosition.assign(p.slotColumn.size(), -1);
    for (size_t slot = 0; slot < rowNeeded.size(); ++slot) {
        if (rowNeeded[slot]) {
            p.rowPosition[slot] = int(p.rowColumns.size());
            p.rowColumns.push_back(p.slotColumn[slot]);
        }
    }

    if (!p.mapped(ImportField::Currency)) {
        p.fixedCurrency = prof.currency.isValid() ? prof.currency : fallbackCurrency;
        if (!p.fixedCurrency.isValid())
            return Error{tr("The file has no currency column, and neither the profile '%1' nor the "
                            "company names a currency.")
                             .arg(prof.name),
                         path, 1, 0, {}};
    }
    p.tipNames = prof.tipNames;
    p.dates = DateReader(prof.dateFormats, prof.dateLocale, prof.timeZone);
    return reader;
}

const ImportProfile &OrderReader::profile() const
{
    return d->profile;
}

const QString &OrderReader::fileName() const
{
    return d->fileName;
}

const QStringList &OrderReader::header() const
{
    return d->header;
}

const QByteArray &OrderReader::headerSource() const
{
    return d->headerSource;
}

void OrderReader::setKnownFingerprint(KnownFingerprint known)
{
    d->known = std::move(known);
}

const std::optional<Error> &OrderReader::error() const
{
    return d->error;
}

qint64 OrderReader::bytesRead() const
{
    return d->csv->bytesRead();
}

qint64 OrderReader::bytesTotal() const
{
    return d->csv->bytesTotal();
}

QByteArrayView OrderReader::Private::keyOf(const CsvRecord &rec)
{
    const std::vector<int> &slotList = fields[size_t(ImportField::OrderKey)].slotList;
    if (slotList.size() == 1)
        return cleaned(rec.field(slotColumn[size_t(slotList[0])]), keyScratch);
    keyJoin.clear();
    for (int slot : slotList) {
        const QByteArrayView part = cleaned(rec.field(slotColumn[size_t(slot)]), keyScratch);
        if (part.isEmpty())
            continue;
        if (!keyJoin.empty())
            keyJoin += ' ';
        keyJoin.append(part.data(), size_t(part.size()));
    }
    return QByteArrayView(keyJoin.data(), qsizetype(keyJoin.size()));
}

void OrderReader::Private::addRecord(Stash &stash, const CsvRecord &rec, bool first) const
{
    Stash::Record info;
    info.line = rec.line();
    info.lastLine = rec.lastLine();
    info.fieldCount = rec.size();
    for (int i = headerCount; i < rec.size() && !info.extraCells; ++i)
        info.extraCells = !trimmed(rec.field(i)).isEmpty();
    info.spanStart = stash.spans.size;
    stash.records.push_back(info);

    // The cells are the record's text less quotes and delimiters: they fit in raw().size().
    const std::vector<int> &columns = first ? slotColumn : rowColumns;
    const size_t count = columns.size();
    Stash::Span *span = stash.spans.grow(count);
    const size_t byteBase = stash.bytes.size;
    char *out = stash.bytes.grow(size_t(rec.raw().size()));
    char *const begin = out - byteBase;
    for (size_t i = 0; i < count; ++i) {
        const QByteArrayView value = rec.field(columns[i]);
        const auto offset = quint32(out - begin);
        copyCell(out, value.data(), size_t(value.size()));
        out += value.size();
        span[i] = {offset, quint32(value.size())};
    }
    stash.bytes.size = size_t(out - begin);
}

namespace {

void resetOrder(ImportedOrder &order)
{
    std::vector<ImportedLine> lines = std::move(order.lines);
    std::vector<ImportedTax> taxLines = std::move(order.taxLines);
    QByteArray source = std::move(order.source);
    lines.clear();
    taxLines.clear();
    source.resize(0);
    order = ImportedOrder{};
    order.lines = std::move(lines);
    order.taxLines = std::move(taxLines);
    order.source = std::move(source);
}

} // namespace

OrderReader::Outcome OrderReader::next(ImportedOrder &order, std::vector<ImportProblem> &problems)
{
    problems.clear();
    if (d->failNext || (d->error && !d->hasPending)) {
        d->failNext = false;
        return Outcome::Failed;
    }
    if (d->atEnd && !d->hasPending)
        return Outcome::End;
    return d->readGroup(order, problems);
}

OrderReader::Outcome OrderReader::Private::readGroup(ImportedOrder &out,
                                                      std::vector<ImportProblem> &outProblems)
{
    resetOrder(out);
    out.fileName = fileName;
    current.clear();
    const bool continues = hasPending && pendingContinues;
    pendingContinues = false;
    if (hasPending) {
        std::swap(current, pending);
        pending.clear();
        currentKey.swap(pendingKey);
        out.source.append(pendingRaw.data(), qsizetype(pendingRaw.size()));
        out.source.append('\n');
        hasPending = false;
    } else {
        for (;;) {
            if (!csv->next(record)) {
                atEnd = true;
                if (csv->error()) {
                    error = csv->error();
                    return Outcome::Failed;
                }
                return Outcome::End;
            }
            if (!record.isBlank())
                break;
        }
        const QByteArrayView key = keyOf(record);
        currentKey.assign(key.data(), size_t(key.size()));
        addRecord(current, record, true);
        out.source.append(record.raw());
        out.source.append('\n');
    }

    // The order's further records: as long as the key stays the same. Blank records are passed
    // over; they end nothing.
    bool brokeOff = false;
    bool cutOff = false;
    for (;;) {
        if (!csv->next(record)) {
            atEnd = true;
            if (csv->error()) {
                error = csv->error();
                brokeOff = true;
            }
            break;
        }
        if (record.isBlank())
            continue;
        const QByteArrayView key = keyOf(record);
        const bool sameKey = key == QByteArrayView(currentKey.data(), qsizetype(currentKey.size()));
        cutOff = sameKey && current.size() >= maxOrderRecords;
        if (!sameKey || cutOff) {
            pendingContinues = cutOff;
            pendingKey.assign(key.data(), size_t(key.size()));
            addRecord(pending, record, true);
            const QByteArrayView raw = record.raw();
            pendingRaw.assign(raw.data(), size_t(raw.size()));
            hasPending = true;
            break;
        }
        addRecord(current, record, false);
        out.source.append(record.raw());
        out.source.append('\n');
    }

    order = &out;
    problems = &outProblems;
    out.key = QString::fromUtf8(currentKey.data(), qsizetype(currentKey.size()));
    out.firstLine = current.records.front().line;
    out.lastLine = current.records.back().lastLine;
    out.fingerprint = sourceFingerprint(out.source);

    if (brokeOff) {
        // The records read so far go to the rejects; the next call reports the failure.
        failNext = true;
        orderProblem(current.size() - 1,
                     OrderReader::tr("The file cannot be read beyond this order, so it may be incomplete: %1")
                         .arg(error->toString()));
        return Outcome::Rejected;
    }

    if (cutOff || continues) {
        const int most = maxOrderRecords;
        problem(0, fields[size_t(ImportField::OrderKey)].slotList.front(),
                OrderReader::tr("Order %1 has more than %2 rows, more than any order has: the "
                                "column '%3' does not seem to hold order numbers.")
                    .arg(out.key)
                    .arg(most)
                    .arg(headerOf(fields[size_t(ImportField::OrderKey)].slotList.front())));
        return Outcome::Rejected;
    }

    if (!currentKey.empty()) {
        const quint64 hash = keyHash(QByteArrayView(currentKey.data(), qsizetype(currentKey.size())));
        if (const auto seen = seenKeys.findOrInsert(hash, out.firstLine)) {
            const qint64 firstSeen = *seen;
            problem(0, fields[size_t(ImportField::OrderKey)].slotList.front(),
                    OrderReader::tr("Order %1 appears again at line %2, apart from its first rows at line %3; "
                       "the rows of one order must stand together.")
                        .arg(out.key)
                        .arg(out.firstLine)
                        .arg(firstSeen));
            return Outcome::Rejected;
        }
    }

    if (known && !currentKey.empty() && known(out.key, out.fingerprint)) {
        out.lines.resize(size_t(current.size()));
        for (int i = 0; i < current.size(); ++i)
            out.lines[size_t(i)].fileLine = current.records[size_t(i)].line;
        return Outcome::Unchanged;
    }

    return parseOrder() ? Outcome::Order : Outcome::Rejected;
}

void OrderReader::Private::problem(int rec, int slot, const QString &message)
{
    problems->push_back(ImportProblem{fileName, current.records[size_t(rec)].line, headerOf(slot),
                                      QString::fromUtf8(trimmed(rawCell(rec, slot))), message});
}

void OrderReader::Private::orderProblem(int rec, const QString &message)
{
    problems->push_back(
        ImportProblem{fileName, current.records[size_t(rec)].line, QString(), QString(), message});
}

QString OrderReader::Private::text(FieldPlan &f, int rec)
{
    if (f.slotList.empty())
        return {};
    const bool apostrophe = f.kind == Kind::Zip || f.kind == Kind::Phone;
    if (f.slotList.size() == 1) {
        QByteArrayView value = cell(rec, f.slotList[0], scratch);
        if (apostrophe)
            value = withoutApostrophe(value);
        return f.cache.get(value);
    }
    keyJoin.clear();
    for (int slot : f.slotList) {
        QByteArrayView value = cell(rec, slot, scratch);
        if (apostrophe)
            value = withoutApostrophe(value);
        if (value.isEmpty())
            continue;
        if (!keyJoin.empty())
            keyJoin += ' ';
        keyJoin.append(value.data(), size_t(value.size()));
    }
    return f.cache.get(QByteArrayView(keyJoin.data(), qsizetype(keyJoin.size())));
}

std::optional<QDateTime> OrderReader::Private::date(FieldPlan &f, int rec, bool &bad)
{
    for (int slot : f.slotList) {
        const QByteArrayView value = cell(rec, slot, scratch);
        if (value.isEmpty())
            continue;
        if (auto parsed = dates.read(value))
            return parsed;
        const QString formats = profile.dateFormats.join(QStringLiteral(", "));
        problem(rec, slot,
                OrderReader::tr("'%1' is not a date and time in a form the profile '%2' reads (%3).")
                    .arg(QString::fromUtf8(value), profile.name, formats));
        bad = true;
        return std::nullopt;
    }
    return std::nullopt;
}

std::optional<Money> OrderReader::Private::amount(FieldPlan &f, int firstRec, int lastRec,
                                                  Currency currency, bool &bad)
{
    const int minorDigits = minorDigitsOf(currency);
    qint64 sum = 0;
    bool any = false;
    for (int rec = firstRec; rec <= lastRec; ++rec) {
        for (int slot : f.slotList) {
            const QByteArrayView value = cell(rec, slot, scratch);
            if (value.isEmpty())
                continue;
            qint64 minor = 0;
            if (const auto plain = parsePlainAmount(value, minorDigits, profile.decimalFormat)) {
                minor = *plain;
            } else if (isScientific(value)) {
                problem(rec, slot,
                        OrderReader::tr("The spreadsheet turned this number into %1; its digits "
                                        "are lost. Export the file from the shop again.")
                            .arg(QString::fromUtf8(value)));
                bad = true;
                continue;
            } else {
                const Result<Money> parsed =
                    Money::parse(QString::fromUtf8(value), currency, profile.decimalFormat);
                if (!parsed.ok()) {
                    problem(rec, slot, parsed.error().message);
                    bad = true;
                    continue;
                }
                minor = parsed->minorUnits();
            }
            if (qAddOverflow(sum, minor, &sum)) {
                problem(rec, slot,
                        OrderReader::tr("The amounts of this order add up beyond what Kontor can "
                                        "hold."));
                bad = true;
                continue;
            }
            any = true;
        }
    }
    if (!any)
        return std::nullopt;
    return Money(sum, currency);
}

bool OrderReader::Private::parseOrder()
{
    ImportedOrder &o = *order;
    const int records = current.size();
    bool bad = false;
    using F = ImportField;

    for (int rec = 0; rec < records; ++rec) {
        const Stash::Record &info = current.records[size_t(rec)];
        if (info.fieldCount < headerCount || info.extraCells) {
            const int cells = info.fieldCount;
            const int columns = headerCount;
            orderProblem(rec, OrderReader::tr("This row has %1 cells where the header has %2 columns; a "
                                 "delimiter inside an unquoted value may have shifted the columns.")
                                  .arg(cells)
                                  .arg(columns));
            bad = true;
        }
    }

    const int keySlot = plan(F::OrderKey).slotList.front();
    if (currentKey.empty()) {
        problem(0, keySlot, OrderReader::tr("The order number is empty."));
        bad = true;
    } else if (isScientific(QByteArrayView(currentKey.data(), qsizetype(currentKey.size())))) {
        problem(0, keySlot,
                OrderReader::tr("The spreadsheet turned this order number into %1; its digits are lost, and "
                   "different orders may now share it. Export the file from the shop again.")
                    .arg(o.key));
        bad = true;
    }

    // Order fields: from the first record; amounts of every record when they are summed.
    const int lastAmountRec = profile.orderRows == ImportProfile::OrderRows::Summed ? records - 1 : 0;
    o.email = text(plan(F::Email), 0).trimmed();
    o.customerName = text(plan(F::CustomerName), 0);
    o.company = text(plan(F::Company), 0);
    o.phone = text(plan(F::Phone), 0);
    o.street = text(plan(F::Street), 0);
    o.zip = text(plan(F::Zip), 0);
    o.city = text(plan(F::City), 0);
    o.country = text(plan(F::Country), 0);
    o.fulfilmentStatus = text(plan(F::FulfilmentStatus), 0);
    o.discountCodes = text(plan(F::DiscountCodes), 0);
    o.shippingMethod = text(plan(F::ShippingMethod), 0);
    o.paymentMethod = text(plan(F::PaymentMethod), 0);
    o.paymentReference = text(plan(F::PaymentReference), 0);
    o.note = text(plan(F::Note), 0);

    if (auto created = date(plan(F::CreatedAt), 0, bad)) {
        o.createdAt = *created;
    } else if (!bad) {
        problem(0, plan(F::CreatedAt).slotList.front(), OrderReader::tr("The order has no date."));
        bad = true;
    }
    o.paidAt = date(plan(F::PaidAt), 0, bad).value_or(QDateTime());
    o.fulfilledAt = date(plan(F::FulfilledAt), 0, bad).value_or(QDateTime());
    o.cancelledAt = date(plan(F::CancelledAt), 0, bad).value_or(QDateTime());

    // Currency: the order's own column, else the profile's or the company's.
    Currency currency = fixedCurrency;
    if (mapped(F::Currency)) {
        const FieldPlan &f = plan(F::Currency);
        QByteArrayView value;
        int valueSlot = f.slotList.front();
        for (int slot : f.slotList) {
            value = cell(0, slot, scratch);
            valueSlot = slot;
            if (!value.isEmpty())
                break;
        }
        if (value.isEmpty()) {
            problem(0, valueSlot, OrderReader::tr("The order names no currency."));
            bad = true;
        } else {
            currency = Currency::fromCode(QString::fromUtf8(value));
            if (!currency.isValid()) {
                problem(0, valueSlot,
                        OrderReader::tr("'%1' is not a currency code (three letters such as EUR or USD).")
                            .arg(QString::fromUtf8(value)));
                bad = true;
            }
        }
    }
    o.currency = currency;

    // Status words.
    if (mapped(F::FinancialStatus)) {
        std::optional<FinancialStatus> paymentStatus;
        std::optional<FinancialStatus> cancelledStatus;
        bool cancelled = false;
        bool anyWord = false;
        for (int slot : plan(F::FinancialStatus).slotList) {
            const QByteArrayView value = cell(0, slot, scratch);
            if (value.isEmpty())
                continue;
            anyWord = true;
            const QString word = QString::fromUtf8(value).toLower();
            const auto meaning = profile.statusWords.constFind(word);
            if (meaning == profile.statusWords.cend()) {
                problem(0, slot,
                        OrderReader::tr("'%1' is not a status the profile '%2' knows, so Kontor cannot tell "
                           "whether the order was paid.")
                            .arg(QString::fromUtf8(value), profile.name));
                bad = true;
                continue;
            }
            cancelled = cancelled || meaning->cancelled;
            if (meaning->cancelled) {
                if (!cancelledStatus)
                    cancelledStatus = meaning->status;
            } else if (!paymentStatus) {
                paymentStatus = meaning->status;
            }
        }
        if (!anyWord) {
            problem(0, plan(F::FinancialStatus).slotList.front(), OrderReader::tr("The order has no status."));
            bad = true;
        }
        o.financialStatus = paymentStatus ? *paymentStatus
            : cancelledStatus             ? *cancelledStatus
            : cancelled                   ? FinancialStatus::Voided
                                          : FinancialStatus::Pending;
        o.cancelled = cancelled;
    }
    if (o.cancelledAt.isValid())
        o.cancelled = true;

    // Amounts: nothing can be read without a currency.
    if (currency.isValid()) {
        o.subtotal = amount(plan(F::Subtotal), 0, lastAmountRec, currency, bad);
        o.shipping = amount(plan(F::Shipping), 0, lastAmountRec, currency, bad).value_or(Money::zero(currency));
        o.taxes = amount(plan(F::Taxes), 0, lastAmountRec, currency, bad).value_or(Money::zero(currency));
        o.refunded = amount(plan(F::Refunded), 0, lastAmountRec, currency, bad).value_or(Money::zero(currency));
        // Shops write discounts with or without a minus sign; either is a discount.
        const Money discount = amount(plan(F::Discount), 0, lastAmountRec, currency, bad).value_or(Money::zero(currency));
        o.discount = discount.isNegative() ? -discount : discount;
        const bool totalWasBad = bad;
        if (const auto total = amount(plan(F::Total), 0, lastAmountRec, currency, bad)) {
            o.total = *total;
        } else {
            o.total = Money::zero(currency);
            if (bad == totalWasBad) {
                problem(0, plan(F::Total).slotList.front(), OrderReader::tr("The order has no total."));
                bad = true;
            }
        }
        if (profile.orderRows == ImportProfile::OrderRows::Repeated) {
            // Repeated order fields must agree; a different total means two orders that share
            // a number, or rows mixed up.
            for (int slot : plan(F::Total).slotList) {
                const QByteArray first = cell(0, slot, scratch2).toByteArray();
                for (int rec = 1; rec < records; ++rec) {
                    if (cell(rec, slot, scratch) != first) {
                        problem(rec, slot,
                                OrderReader::tr("This row gives another order total than the order's first row "
                                   "(line %1, '%2'); the rows of one order must agree.")
                                    .arg(current.records.front().line)
                                    .arg(QString::fromUtf8(first)));
                        bad = true;
                    }
                }
            }
        }

        for (const auto &[nameSlot, amountSlot] : taxSlots) {
            QString name;
            std::optional<Money> value;
            for (int rec = 0; rec <= lastAmountRec; ++rec) {
                if (name.isEmpty())
                    name = QString::fromUtf8(cell(rec, nameSlot, scratch));
                const QByteArrayView amountText = cell(rec, amountSlot, scratch);
                if (amountText.isEmpty())
                    continue;
                const Result<Money> parsed = parseAmount(amountText, currency, minorDigitsOf(currency),
                                                         profile.decimalFormat);
                if (!parsed.ok()) {
                    problem(rec, amountSlot, parsed.error().message);
                    bad = true;
                    continue;
                }
                value = value ? value->checkedAdd(*parsed) : *parsed;
                if (!value) {
                    problem(rec, amountSlot, OrderReader::tr("The amounts of this order add up beyond what Kontor can hold."));
                    bad = true;
                }
            }
            if (name.isEmpty() && (!value || value->isZero()))
                continue;
            o.taxLines.push_back(ImportedTax{name, taxRateFromName(name), value.value_or(Money::zero(currency))});
        }
    }

    // Lines: one per record.
    o.lines.resize(size_t(records));
    for (int rec = 0; rec < records; ++rec) {
        ImportedLine &line = o.lines[size_t(rec)];
        line.fileLine = current.records[size_t(rec)].line;
        line.name = text(plan(F::LineName), rec);
        if (line.name.isEmpty()) {
            problem(rec, plan(F::LineName).slotList.front(), OrderReader::tr("The item has no name."));
            bad = true;
        }
        line.sku = text(plan(F::LineSku), rec);
        line.fulfilmentStatus = text(plan(F::LineFulfilmentStatus), rec);
        for (const QString &tip : tipNames)
            if (line.name.compare(tip, Qt::CaseInsensitive) == 0)
                line.isTip = true;

        if (mapped(F::LineQuantity)) {
            const FieldPlan &f = plan(F::LineQuantity);
            QByteArrayView value;
            int valueSlot = f.slotList.front();
            for (int slot : f.slotList) {
                value = cell(rec, slot, scratch);
                valueSlot = slot;
                if (!value.isEmpty())
                    break;
            }
            const auto quantity = parseWholeNumber(value);
            if (value.isEmpty()) {
                problem(rec, valueSlot, OrderReader::tr("The item has no quantity."));
                bad = true;
            } else if (isScientific(value)) {
                problem(rec, valueSlot,
                        OrderReader::tr("The spreadsheet turned this number into %1; its digits are lost. "
                           "Export the file from the shop again.")
                            .arg(QString::fromUtf8(value)));
                bad = true;
            } else if (!quantity) {
                problem(rec, valueSlot,
                        OrderReader::tr("'%1' is not a quantity: it must be a whole number of pieces, 0 or more.")
                            .arg(QString::fromUtf8(value)));
                bad = true;
            } else {
                line.quantity = Quantity(*quantity);
            }
        }

        for (F flagField : {F::LineRequiresShipping, F::LineTaxable}) {
            bool &flag = flagField == F::LineTaxable ? line.taxable : line.requiresShipping;
            for (int slot : plan(flagField).slotList) {
                const QByteArrayView value = cell(rec, slot, scratch);
                if (value.isEmpty())
                    continue;
                if (const auto parsed = parseBool(value)) {
                    flag = *parsed;
                } else {
                    problem(rec, slot,
                            OrderReader::tr("'%1' is neither yes nor no (true/false).").arg(QString::fromUtf8(value)));
                    bad = true;
                }
                break;
            }
        }

        for (int slot : plan(F::LineVatRate).slotList) {
            const QByteArrayView value = cell(rec, slot, scratch);
            if (value.isEmpty())
                continue;
            if (const auto rate = parseRate(value, profile.vatRateDivisor)) {
                line.vatRate = *rate;
            } else {
                problem(rec, slot,
                        OrderReader::tr("'%1' is not a VAT rate in percent.").arg(QString::fromUtf8(value)));
                bad = true;
            }
            break;
        }

        if (currency.isValid()) {
            line.unitPrice = amount(plan(F::LineUnitPrice), rec, rec, currency, bad);
            const Money lineDiscount = amount(plan(F::LineDiscount), rec, rec, currency, bad).value_or(Money::zero(currency));
            line.discount = lineDiscount.isNegative() ? -lineDiscount : lineDiscount;
        }
    }

    if (currency.isValid())
        o.pricesIncludeTax = profile.pricesIncludeTax ? *profile.pricesIncludeTax : inferPricesIncludeTax();
    return !bad;
}

bool OrderReader::Private::inferPricesIncludeTax() const
{
    // Shopify's relations (FORMATS.md §1.7): tax added on top when
    //   total = subtotal + shipping − shipping discount + taxes + tips, with taxes ≠ 0;
    // else the taxes are contained in the prices.
    const ImportedOrder &o = *order;
    if (o.taxes.isZero())
        return true;
    qint64 items = 0;   // Σ quantity × unit price of the lines that are not tips
    qint64 tips = 0;
    qint64 lineDiscounts = 0;
    bool pricesKnown = true;
    for (const ImportedLine &line : o.lines) {
        if (!line.unitPrice) {
            pricesKnown = false;
            continue;
        }
        qint64 value = 0;
        if (qMulOverflow(line.unitPrice->minorUnits(), line.quantity.units(), &value))
            return true;
        qint64 &sum = line.isTip ? tips : items;
        if (qAddOverflow(sum, value, &sum) || qAddOverflow(lineDiscounts, line.discount.minorUnits(), &lineDiscounts))
            return true;
    }
    qint64 subtotal = 0;
    if (o.subtotal)
        subtotal = o.subtotal->minorUnits();
    else if (pricesKnown)
        subtotal = items - lineDiscounts;
    else
        return true; // nothing to tell it by
    qint64 shippingDiscount = 0;
    if (pricesKnown) {
        // The part of the discount that did not lower the subtotal went to shipping.
        const qint64 productDiscount = items - subtotal;
        shippingDiscount = std::clamp(o.discount.minorUnits() - productDiscount, qint64(0),
                                      std::max(qint64(0), o.shipping.minorUnits()));
    }
    qint64 expected = 0;
    if (qAddOverflow(subtotal, o.shipping.minorUnits(), &expected)
        || qSubOverflow(expected, shippingDiscount, &expected)
        || qAddOverflow(expected, o.taxes.minorUnits(), &expected)
        || qAddOverflow(expected, tips, &expected))
        return true;
    return expected != o.total.minorUnits();
}

} // namespace Kontor
