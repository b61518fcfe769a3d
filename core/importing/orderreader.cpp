// SPDX-FileCopyrightText: 2026 The Kontor authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "orderreader.h"

#include "orderreader_p.h"

#include <QHash>

#include <utility>

namespace Kontor {

using namespace ImportCells;
using namespace OrderReading;

quint64 OrderReading::keyHash(QByteArrayView key)
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
    // The rest of the key, the number's length and all but its last four bits, mixed
    // (splitmix64); the last four bits stay as they are, so that sixteen consecutive numbers
    // share a 256-byte stretch of the table while the stretches spread evenly.
    quint64 z = sourceFingerprint(key.first(key.size() - digits)) ^ (quint64(digits) << 56);
    z += (number >> 4) * 0x9E3779B97F4A7C15ULL;
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    z ^= z >> 31;
    return (z << 4) | (number & 15);
}

QHash<QString, int> OrderReading::columnsByName(const QStringList &header)
{
    QHash<QString, int> columns;
    for (int i = int(header.size()) - 1; i >= 0; --i)
        columns[columnName(header[i])] = i;
    return columns;
}

OrderReader::OrderReader() : d(std::make_unique<Private>()) { }

QStringList OrderReader::statusWords(const QString &path, const ImportProfile &profile,
                                     int records)
{
    QStringList words;
    auto csv = CsvReader::open(path, {profile.delimiter, profile.encoding});
    if (!csv)
        return words;
    CsvRecord record;
    std::vector<int> columns;
    bool header = true;
    QByteArray scratch;
    for (int read = 0; read < records && (*csv)->next(record);) {
        if (record.isBlank())
            continue;
        if (std::exchange(header, false)) {
            QStringList names;
            for (int i = 0; i < record.size(); ++i)
                names.append(record.text(i));
            const QHash<QString, int> columnOf = columnsByName(names);
            for (const QString &name : profile.columns.value(ImportField::FinancialStatus)) {
                if (const auto it = columnOf.constFind(columnName(name)); it != columnOf.cend())
                    columns.push_back(it.value());
            }
            if (columns.empty())
                return words;
            continue;
        }
        ++read;
        for (int column : columns) {
            const QByteArrayView cell = cleaned(record.field(column), scratch);
            if (cell.isEmpty())
                continue;
            if (const QString word = statusWordOf(cell); !words.contains(word))
                words.append(word);
        }
    }
    return words;
}

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

    // Resolve the profile's headers to columns once.
    const QHash<QString, int> columnOf = columnsByName(p.header);
    QHash<int, int> slotOf;
    auto slotFor = [&](const QString &headerName) -> std::optional<int> {
        const auto it = columnOf.constFind(columnName(headerName));
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
                return Error {
                    tr("The column '%1' is missing: the profile '%2' reads the %3 from it.")
                        .arg(headerName, prof.name, importFieldLabel(info.field)),
                    path, 1, 0, headerName
                };
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
        const bool summed
            = prof.orderRows == ImportProfile::OrderRows::Summed && f.kind == Kind::Amount;
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
    // Orders rarely take less than 512 bytes of a file.
    if (p.csv->bytesTotal() > 0)
        p.seenKeys.reserve(size_t(p.csv->bytesTotal() / 512));
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
            OrderReader::tr(
                "The file cannot be read beyond this order, so it may be incomplete: %1")
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
        const quint64 hash
            = keyHash(QByteArrayView(currentKey.data(), qsizetype(currentKey.size())));
        if (const auto seen = seenKeys.findOrInsert(hash, out.firstLine)) {
            const qint64 firstSeen = *seen;
            problem(0, fields[size_t(ImportField::OrderKey)].slotList.front(),
                OrderReader::tr(
                    "Order %1 appears again at line %2, apart from its first rows at line %3; "
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

} // namespace Kontor
