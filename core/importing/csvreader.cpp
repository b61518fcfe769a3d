// SPDX-FileCopyrightText: 2026 The Kontor authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "csvreader.h"

#include <QFile>
#include <QIODevice>
#include <QStringDecoder>

#include <algorithm>
#include <array>
#include <bit>
#include <cstring>

#if defined(__SSE2__) || defined(_M_X64)
#include <emmintrin.h>
#define KONTOR_CSV_SSE2 1
#endif

/*
 * How the reader works
 *
 * The device is read in blocks (256 KiB). Each block is turned into UTF-8 as it arrives
 * (checked when the file is UTF-8, transcoded when it is Windows-1252 or UTF-16) and appended
 * to one buffer that holds the current record and the read-ahead, nothing before (UTF-8 is
 * read straight into it). The parser works on that buffer only. It looks for the next
 * delimiter, quote or line break byte by byte for the first 8 bytes of a field (most fields
 * are short or empty), then 16 bytes at a time (SSE2, where there is SSE2); a sentinel line
 * feed after the data ends every scan without a bounds check. When a record runs past the
 * data, the buffer is compacted (the record moves to the front), more is read and the record
 * is parsed again from its start. A record longer than a block makes the next read as large as
 * the record so far, so a huge record costs O(size) and not O(size²).
 *
 * Fields are views: an unquoted field, and a quoted one without doubled quotes, point into the
 * buffer; a quoted field with doubled quotes is collapsed into a per-record scratch buffer that
 * is sized once for the whole record before its first use, so it never moves while the record
 * is parsed.
 *
 * Decisions beyond RFC 4180:
 * - A quote inside an unquoted field is text (as in spreadsheets): `5" screen` reads as is.
 * - Spaces and tabs between a closing quote and the delimiter or line end are ignored
 *   (`"abc"  ,` reads as `abc`); any other character there is an error.
 * - A trailing empty line at the end (what follows the last line break) is not a record; a
 *   blank line anywhere else is a record of one empty field (CsvRecord::isBlank()).
 * - Without a byte-order mark the file is taken as UTF-8, unless the first block is not valid
 *   UTF-8 (then Windows-1252). While only ASCII has been seen, a byte that is not UTF-8 switches
 *   to Windows-1252 without a seam; after real UTF-8 text it is an error.
 * - UTF-16 is decoded with QStringDecoder; an unpaired surrogate or an odd number of bytes is
 *   an error.
 * - Error columns count characters from the start of the physical line, 1-based.
 */

namespace Kontor {

namespace {

constexpr qsizetype defaultBlockSize = 256 * 1024;
/// The header is scanned for the delimiter up to this size at most.
constexpr qsizetype maxHeaderScan = 1024 * 1024;
/// Ends every scan: the parser looks at data[end] without checking end.
constexpr char sentinel = '\n';
/// Room after the data: the sentinel and what a 16-byte load starting at it may touch.
constexpr qsizetype slack = 16;

/// The first byte at or after p that is a, b or c. One of them must come before the end of the
/// buffer (the sentinel does), and 15 bytes after it must be readable.
inline const char *findAny(const char *p, char a, char b, char c)
{
    // Most fields are short or empty: look at the first bytes one by one (measured: faster than
    // SSE2 alone on Shopify exports, where most fields of continuation rows are empty).
    for (int i = 0; i < 8; ++i, ++p) {
        if (*p == a || *p == b || *p == c)
            return p;
    }
#ifdef KONTOR_CSV_SSE2
    const __m128i wantA = _mm_set1_epi8(a);
    const __m128i wantB = _mm_set1_epi8(b);
    const __m128i wantC = _mm_set1_epi8(c);
    for (;;) {
        const __m128i bytes = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p));
        const __m128i hits = _mm_or_si128(
            _mm_or_si128(_mm_cmpeq_epi8(bytes, wantA), _mm_cmpeq_epi8(bytes, wantB)),
            _mm_cmpeq_epi8(bytes, wantC));
        const auto mask = unsigned(_mm_movemask_epi8(hits));
        if (mask != 0)
            return p + std::countr_zero(mask);
        p += 16;
    }
#else
    while (*p != a && *p != b && *p != c)
        ++p;
    return p;
#endif
}

/// Windows-1252 0x80–0x9F. The five bytes Windows leaves undefined map to the C1 controls of the
/// same value, as browsers do; 0xA0–0xFF are Latin-1.
constexpr std::array<char16_t, 32> windows1252High = {
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
    0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,
    0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
    0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
};

/// Transcodes Windows-1252 to UTF-8; out must have room for 3 * size bytes. Returns the end.
char *windows1252ToUtf8(const char *in, qsizetype size, char *out)
{
    for (qsizetype i = 0; i < size; ++i) {
        const auto byte = uchar(in[i]);
        if (byte < 0x80) {
            *out++ = char(byte);
            continue;
        }
        const char16_t unit = byte < 0xA0 ? windows1252High[byte - 0x80] : char16_t(byte);
        if (unit < 0x800) {
            *out++ = char(0xC0 | (unit >> 6));
            *out++ = char(0x80 | (unit & 0x3F));
        } else {
            *out++ = char(0xE0 | (unit >> 12));
            *out++ = char(0x80 | ((unit >> 6) & 0x3F));
            *out++ = char(0x80 | (unit & 0x3F));
        }
    }
    return out;
}

struct Utf8Check
{
    qsizetype valid = 0;       ///< length of the prefix of complete, valid sequences
    bool truncated = false;    ///< the rest is the start of a sequence cut off by the end
    bool sawMultibyte = false; ///< the valid prefix holds a sequence of more than one byte
};

/// Checks UTF-8 strictly (no overlong forms, no surrogates, nothing above U+10FFFF).
Utf8Check checkUtf8(const char *data, qsizetype size)
{
    const auto *s = reinterpret_cast<const uchar *>(data);
    Utf8Check result;
    qsizetype i = 0;
    while (i < size) {
        // ASCII runs eight bytes at a time.
        while (i + 8 <= size) {
            quint64 word;
            std::memcpy(&word, s + i, sizeof word);
            if (word & 0x8080808080808080ULL)
                break;
            i += 8;
        }
        while (i < size && s[i] < 0x80)
            ++i;
        if (i >= size)
            break;
        const uchar lead = s[i];
        int length = 0;
        uchar low = 0x80;
        uchar high = 0xBF;
        if (lead >= 0xC2 && lead <= 0xDF) {
            length = 2;
        } else if (lead == 0xE0) {
            length = 3;
            low = 0xA0;
        } else if (lead == 0xED) {
            length = 3;
            high = 0x9F;
        } else if (lead >= 0xE1 && lead <= 0xEF) {
            length = 3;
        } else if (lead == 0xF0) {
            length = 4;
            low = 0x90;
        } else if (lead >= 0xF1 && lead <= 0xF3) {
            length = 4;
        } else if (lead == 0xF4) {
            length = 4;
            high = 0x8F;
        } else {
            result.valid = i;
            return result;
        }
        const qsizetype available = size - i;
        for (int k = 1; k < length; ++k) {
            if (available <= k) {
                result.valid = i;
                result.truncated = true;
                return result;
            }
            const uchar next = s[i + k];
            const bool ok = k == 1 ? next >= low && next <= high : (next & 0xC0) == 0x80;
            if (!ok) {
                result.valid = i;
                return result;
            }
        }
        result.sawMultibyte = true;
        i += length;
    }
    result.valid = size;
    return result;
}

} // namespace

QString textEncodingName(TextEncoding encoding)
{
    switch (encoding) {
    case TextEncoding::Utf8:
        return QStringLiteral("UTF-8");
    case TextEncoding::Utf16LE:
        return QStringLiteral("UTF-16LE");
    case TextEncoding::Utf16BE:
        return QStringLiteral("UTF-16BE");
    case TextEncoding::Windows1252:
        return QStringLiteral("Windows-1252");
    }
    return QString();
}

std::optional<TextEncoding> textEncodingFromName(QStringView name)
{
    QString key = name.trimmed().toString().toLower();
    key.remove(u'-');
    key.remove(u'_');
    key.remove(u' ');
    if (key == u"utf8")
        return TextEncoding::Utf8;
    if (key == u"utf16le")
        return TextEncoding::Utf16LE;
    if (key == u"utf16be")
        return TextEncoding::Utf16BE;
    if (key == u"windows1252" || key == u"cp1252" || key == u"win1252" || key == u"latin1"
        || key == u"iso88591" || key == u"l1" || key == u"ansi")
        return TextEncoding::Windows1252;
    return std::nullopt;
}

bool CsvRecord::isBlank() const
{
    return std::all_of(m_fields.begin(), m_fields.end(),
                       [](QByteArrayView field) { return field.isEmpty(); });
}

struct CsvReader::Private
{
    Private(QIODevice &device_, QString fileName_, CsvOptions options_)
        : device(device_), fileName(std::move(fileName_)), options(options_)
    {
    }

    enum class Parse { Record, NeedMore, End, Unclosed, TextAfterQuote };

    bool start();
    void fill();
    qsizetype readDevice(char *into, qsizetype maximum);
    qsizetype readSize(qsizetype wanted) const;
    void appendChunk(const char *data, qsizetype size, bool last);
    void appendUtf8(const char *data, qsizetype size, bool last);
    void appendWindows1252(const char *data, qsizetype size);
    void appendUtf16(const char *data, qsizetype size, bool last);
    void ensureCapacity(qsizetype bytes);
    void compact();
    void block(QString message);
    void fail(QString message, qsizetype offset);
    char detectDelimiter(bool atEnd) const;
    Parse parse(CsvRecord &record, bool atEnd);
    char *beginScratch();
    std::pair<qint64, int> positionOf(qsizetype offset) const;

    QIODevice &device;
    QString fileName;
    CsvOptions options;
    qsizetype blockSize = defaultBlockSize;

    bool started = false;
    TextEncoding encoding = TextEncoding::Utf8;
    bool hadBom = false;
    char delimiter = ',';
    /// UTF-8 by default (no mark, no option): may still turn out to be Windows-1252.
    bool utf8MaySwitch = false;
    bool sawMultibyte = false;
    bool firstChunk = true;

    /// UTF-8 text: [recordStart, dataEnd) is the unparsed data, buffer[dataEnd] the sentinel.
    std::unique_ptr<char[]> buffer;
    qsizetype capacity = 0;
    qsizetype recordStart = 0;
    qsizetype dataEnd = 0;
    /// The start of a UTF-8 sequence cut off by the end of a block.
    std::array<char, 4> carry {};
    int carryLength = 0;
    QByteArray rawBlock;

    std::unique_ptr<char[]> scratch;
    qsizetype scratchCapacity = 0;
    qsizetype scratchUsed = 0;

    std::optional<QStringDecoder> utf16Decoder;
    char16_t heldHighSurrogate = 0;
    qint64 utf16Bytes = 0;

    bool eof = false;     ///< the device is exhausted and everything read is in the buffer
    bool blocked = false; ///< the data ends at dataEnd because of blockedMessage
    QString blockedMessage;
    bool finished = false;
    std::optional<Error> error;

    qint64 nextLine = 1;
    // Set by parse() for a record.
    qsizetype recordConsumedEnd = 0;
    bool recordEndedByData = false;
    qsizetype problemOffset = 0;

    // For bytesRead(): raw bytes that went into the buffer and the UTF-8 bytes they became.
    qint64 bomLength = 0;
    qint64 deviceBytes = 0;
    qint64 rawAccepted = 0;
    qint64 produced = 0;
};

qsizetype CsvReader::Private::readDevice(char *into, qsizetype maximum)
{
    for (;;) {
        const qint64 got = device.read(into, maximum);
        if (got > 0)
            return qsizetype(got);
        if (got < 0) // some sequential devices say -1 at their end
            return device.atEnd() ? 0 : -1;
        // A pipe or socket may have nothing yet without being at its end.
        if (!device.isSequential() || device.atEnd() || !device.waitForReadyRead(30000))
            return 0;
    }
}

qsizetype CsvReader::Private::readSize(qsizetype wanted) const
{
    // A small file needs no block-sized buffers.
    if (!device.isSequential()) {
        const qint64 left = device.size() - device.pos();
        if (left >= 0 && left < wanted)
            return qsizetype(std::max<qint64>(left, 4));
    }
    return wanted;
}

void CsvReader::Private::ensureCapacity(qsizetype bytes)
{
    bytes += slack;
    if (bytes <= capacity)
        return;
    const qsizetype grown = std::max(bytes, capacity + capacity / 2);
    auto larger = std::make_unique<char[]>(size_t(grown));
    if (dataEnd > 0)
        std::memcpy(larger.get(), buffer.get(), size_t(dataEnd));
    buffer = std::move(larger);
    capacity = grown;
}

void CsvReader::Private::compact()
{
    if (recordStart == 0)
        return;
    const qsizetype live = dataEnd - recordStart;
    if (live > 0)
        std::memmove(buffer.get(), buffer.get() + recordStart, size_t(live));
    dataEnd = live;
    recordStart = 0;
    buffer[dataEnd] = sentinel;
}

void CsvReader::Private::block(QString message)
{
    if (blocked)
        return;
    blocked = true;
    blockedMessage = std::move(message);
}

void CsvReader::Private::fail(QString message, qsizetype offset)
{
    const auto [line, column] = positionOf(offset);
    error = Error{std::move(message), fileName, line, column, QString()};
}

std::pair<qint64, int> CsvReader::Private::positionOf(qsizetype offset) const
{
    const char *data = buffer.get();
    qint64 line = nextLine;
    qsizetype lineStart = recordStart;
    offset = std::min(offset, dataEnd);
    for (qsizetype i = recordStart; i < offset; ++i) {
        if (data[i] == '\r') {
            ++line;
            lineStart = i + 1;
        } else if (data[i] == '\n') {
            if (i == recordStart || data[i - 1] != '\r')
                ++line;
            lineStart = i + 1;
        }
    }
    int column = 1;
    for (qsizetype i = lineStart; i < offset; ++i) {
        if ((uchar(data[i]) & 0xC0) != 0x80)
            ++column;
    }
    return {line, column};
}

void CsvReader::Private::appendChunk(const char *data, qsizetype size, bool last)
{
    switch (encoding) {
    case TextEncoding::Utf8:
        appendUtf8(data, size, last);
        break;
    case TextEncoding::Windows1252:
        appendWindows1252(data, size);
        break;
    case TextEncoding::Utf16LE:
    case TextEncoding::Utf16BE:
        appendUtf16(data, size, last);
        break;
    }
    firstChunk = false;
    if (buffer)
        buffer[dataEnd] = sentinel;
}

void CsvReader::Private::appendUtf8(const char *data, qsizetype size, bool last)
{
    const qsizetype chunkStart = dataEnd;
    const qsizetype total = carryLength + size;
    ensureCapacity(chunkStart + total);
    char *chunk = buffer.get() + chunkStart;
    if (carryLength > 0)
        std::memcpy(chunk, carry.data(), size_t(carryLength));
    if (size > 0 && data != chunk + carryLength) // fill() reads UTF-8 in place
        std::memcpy(chunk + carryLength, data, size_t(size));
    carryLength = 0;

    const Utf8Check check = checkUtf8(chunk, total);
    if (check.valid == total || (check.truncated && !last)) {
        dataEnd += check.valid;
        rawAccepted += check.valid;
        produced += check.valid;
        sawMultibyte = sawMultibyte || check.sawMultibyte;
        carryLength = int(total - check.valid);
        std::memcpy(carry.data(), chunk + check.valid, size_t(carryLength));
        return;
    }
    // Not UTF-8. A bad byte in the first block makes the whole file Windows-1252; later on, only
    // a file that was ASCII so far can still be Windows-1252 (and then everything before reads
    // the same). A sequence cut off by the end of a file that held UTF-8 is an error, not 1252.
    const bool sawUtf8 = sawMultibyte || check.sawMultibyte;
    const bool mayBeWindows1252 =
        utf8MaySwitch && (!sawUtf8 || (firstChunk && !check.truncated));
    if (mayBeWindows1252) {
        const QByteArray bytes(chunk, total);
        encoding = TextEncoding::Windows1252;
        utf8MaySwitch = false;
        appendWindows1252(bytes.constData(), bytes.size());
        return;
    }
    dataEnd += check.valid;
    rawAccepted += check.valid;
    produced += check.valid;
    block(CsvReader::tr("The text here is not valid UTF-8. The file may have been saved in "
                        "another encoding."));
}

void CsvReader::Private::appendWindows1252(const char *data, qsizetype size)
{
    ensureCapacity(dataEnd + 3 * size);
    char *end = windows1252ToUtf8(data, size, buffer.get() + dataEnd);
    const qsizetype written = end - (buffer.get() + dataEnd);
    dataEnd += written;
    rawAccepted += size;
    produced += written;
}

void CsvReader::Private::appendUtf16(const char *data, qsizetype size, bool last)
{
    utf16Bytes += size;
    QString text = utf16Decoder->decode(QByteArrayView(data, size));
    if (heldHighSurrogate != 0) {
        text.prepend(QChar(heldHighSurrogate));
        heldHighSurrogate = 0;
    }
    // QStringDecoder passes surrogates through unchecked; a pair may straddle two blocks.
    qsizetype good = text.size();
    bool invalid = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t unit = text.at(i).unicode();
        if (QChar::isHighSurrogate(unit)) {
            if (i + 1 == text.size() && !last) {
                heldHighSurrogate = unit;
                good = i;
                break;
            }
            if (i + 1 < text.size() && QChar::isLowSurrogate(text.at(i + 1).unicode())) {
                ++i;
                continue;
            }
            good = i;
            invalid = true;
            break;
        }
        if (QChar::isLowSurrogate(unit)) {
            good = i;
            invalid = true;
            break;
        }
    }
    const QByteArray utf8 = QStringView(text).first(good).toUtf8();
    ensureCapacity(dataEnd + utf8.size());
    if (!utf8.isEmpty())
        std::memcpy(buffer.get() + dataEnd, utf8.constData(), size_t(utf8.size()));
    dataEnd += utf8.size();
    rawAccepted += size;
    produced += utf8.size();
    if (invalid)
        block(CsvReader::tr("The text is not valid UTF-16 here."));
    else if (last && utf16Bytes % 2 != 0)
        block(CsvReader::tr("The file ends in the middle of a character: it is not complete "
                            "UTF-16 text."));
}

void CsvReader::Private::fill()
{
    if (eof || blocked)
        return;
    compact();
    // Read at least as much as the record so far, so a long record needs few rounds.
    const qsizetype want = readSize(std::max(blockSize, dataEnd));
    char *into = nullptr;
    if (encoding == TextEncoding::Utf8) {
        // Straight into the buffer, behind a cut-off sequence from the last block.
        ensureCapacity(dataEnd + carryLength + want);
        into = buffer.get() + dataEnd + carryLength;
    } else {
        if (rawBlock.size() < want)
            rawBlock.resize(want);
        into = rawBlock.data();
    }
    const qsizetype got = readDevice(into, want);
    if (got < 0) {
        block(CsvReader::tr("The file could not be read: %1").arg(device.errorString()));
        return;
    }
    if (got == 0) {
        appendChunk(nullptr, 0, true);
        if (!blocked)
            eof = true;
        return;
    }
    deviceBytes += got;
    appendChunk(into, got, false);
}

bool CsvReader::Private::start()
{
    started = true;
    ensureCapacity(0);
    buffer[0] = sentinel;
    if (!device.isOpen() || !device.isReadable()) {
        error = Error{CsvReader::tr("The file is not open for reading."), fileName, 0, 0,
                      QString()};
        return false;
    }

    // The first block; at least four bytes when the file has them, for the byte-order mark.
    const qsizetype want = readSize(std::max<qsizetype>(blockSize, 4));
    rawBlock.resize(want);
    qsizetype got = 0;
    bool atEnd = false;
    bool readError = false;
    while (got < 4) {
        const qsizetype n = readDevice(rawBlock.data() + got, want - got);
        if (n < 0)
            readError = true;
        if (n <= 0) {
            atEnd = true;
            break;
        }
        got += n;
    }
    deviceBytes = got;

    const auto *bytes = reinterpret_cast<const uchar *>(rawBlock.constData());
    std::optional<TextEncoding> marked;
    int markLength = 0;
    if (got >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF) {
        marked = TextEncoding::Utf8;
        markLength = 3;
    } else if (got >= 2 && bytes[0] == 0xFF && bytes[1] == 0xFE) {
        marked = TextEncoding::Utf16LE;
        markLength = 2;
    } else if (got >= 2 && bytes[0] == 0xFE && bytes[1] == 0xFF) {
        marked = TextEncoding::Utf16BE;
        markLength = 2;
    }
    if (options.encoding) {
        encoding = *options.encoding;
        hadBom = marked == encoding;
    } else if (marked) {
        encoding = *marked;
        hadBom = true;
    } else {
        encoding = TextEncoding::Utf8;
        utf8MaySwitch = true;
    }
    if (!hadBom)
        markLength = 0;
    bomLength = markLength;
    if (encoding == TextEncoding::Utf16LE || encoding == TextEncoding::Utf16BE) {
        const auto utf16 = encoding == TextEncoding::Utf16LE ? QStringConverter::Utf16LE
                                                             : QStringConverter::Utf16BE;
        utf16Decoder.emplace(utf16, QStringConverter::Flag::ConvertInitialBom);
    }

    appendChunk(rawBlock.constData() + markLength, got - markLength, atEnd && !readError);
    if (readError)
        block(CsvReader::tr("The file could not be read: %1").arg(device.errorString()));
    else if (atEnd && !blocked)
        eof = true;

    if (options.delimiter && *options.delimiter != '"' && *options.delimiter != '\n'
        && *options.delimiter != '\r') {
        delimiter = *options.delimiter;
    } else {
        char detected = 0;
        while ((detected = detectDelimiter(eof || blocked)) == 0)
            fill();
        delimiter = detected;
    }
    return true;
}

char CsvReader::Private::detectDelimiter(bool atEnd) const
{
    static constexpr std::array<char, 4> candidates = {',', ';', '\t', '|'};
    std::array<qsizetype, 4> counts {};
    const char *p = buffer.get() + recordStart;
    const char *const end = buffer.get() + dataEnd;
    bool inQuotes = false;
    bool fieldStart = true;
    bool complete = false;
    for (; p < end; ++p) {
        const char c = *p;
        if (inQuotes) {
            if (c == '"') {
                if (p + 1 == end)
                    break; // a doubled quote may follow in the next block
                if (p[1] == '"')
                    ++p;
                else
                    inQuotes = false;
            }
            continue;
        }
        if (c == '\n' || c == '\r') {
            complete = true;
            break;
        }
        if (c == '"' && fieldStart) {
            inQuotes = true;
            continue;
        }
        const auto *candidate = std::find(candidates.begin(), candidates.end(), c);
        fieldStart = candidate != candidates.end();
        if (fieldStart)
            ++counts[size_t(candidate - candidates.begin())];
    }
    if (!complete && !atEnd && dataEnd - recordStart < maxHeaderScan)
        return 0;
    size_t best = 0;
    for (size_t i = 1; i < counts.size(); ++i) {
        if (counts[i] > counts[best])
            best = i;
    }
    return candidates[best];
}

char *CsvReader::Private::beginScratch()
{
    // Sized for the whole record on its first use in a parse, so it never moves while the
    // record's views point into it: a collapsed field is never longer than the record.
    if (scratchUsed == 0 && scratchCapacity < dataEnd - recordStart) {
        scratchCapacity = std::max(dataEnd - recordStart, scratchCapacity * 2);
        scratch = std::make_unique<char[]>(size_t(scratchCapacity));
    }
    return scratch.get() + scratchUsed;
}

CsvReader::Private::Parse CsvReader::Private::parse(CsvRecord &record, bool atEnd)
{
    auto &fields = record.m_fields;
    fields.clear();
    scratchUsed = 0;
    const char *const data = buffer.get();
    const char *p = data + recordStart;
    const char *const end = data + dataEnd;
    const char delim = delimiter;
    qint64 breaks = 0; // line breaks inside quoted fields

    if (p == end)
        return atEnd ? Parse::End : Parse::NeedMore;

    for (;;) {
        // p is at the start of a field (at end, the sentinel reads as an empty last field).
        if (*p != '"') {
            const char *const start = p;
            p = findAny(p, delim, '\n', '\r');
            fields.emplace_back(start, p - start);
        } else {
            const char *const open = p;
            ++p;
            const char *segment = p;
            char *collapsed = nullptr; // the field in scratch, once a doubled quote was seen
            for (;;) {
                p = findAny(p, '"', '\n', '\r');
                if (p == end) {
                    if (!atEnd)
                        return Parse::NeedMore;
                    problemOffset = open - data;
                    return Parse::Unclosed;
                }
                if (*p == '"') {
                    if (p + 1 == end && !atEnd)
                        return Parse::NeedMore; // a doubled quote may straddle the blocks
                    if (p[1] == '"') {
                        if (!collapsed)
                            collapsed = beginScratch();
                        const qsizetype length = p + 1 - segment;
                        std::memcpy(scratch.get() + scratchUsed, segment, size_t(length));
                        scratchUsed += length;
                        p += 2;
                        segment = p;
                        continue;
                    }
                    if (collapsed) {
                        const qsizetype length = p - segment;
                        std::memcpy(scratch.get() + scratchUsed, segment, size_t(length));
                        scratchUsed += length;
                        fields.emplace_back(collapsed, scratch.get() + scratchUsed - collapsed);
                    } else {
                        fields.emplace_back(segment, p - segment);
                    }
                    ++p;
                    break;
                }
                // A line break inside the quotes; CRLF counts once.
                if (*p == '\r' || p[-1] != '\r')
                    ++breaks;
                ++p;
            }
            while (*p == ' ' || (*p == '\t' && delim != '\t'))
                ++p;
            if (p != end && *p != delim && *p != '\n' && *p != '\r') {
                problemOffset = p - data;
                return Parse::TextAfterQuote;
            }
        }

        // p is at a delimiter, a line break or the end of the data.
        if (p == end) {
            if (!atEnd)
                return Parse::NeedMore;
            record.m_raw = QByteArrayView(data + recordStart, end - (data + recordStart));
            recordConsumedEnd = dataEnd;
            recordEndedByData = true;
            break;
        }
        if (*p == delim) {
            ++p;
            continue;
        }
        const char *const rawEnd = p;
        if (*p == '\r') {
            if (p + 1 == end && !atEnd)
                return Parse::NeedMore; // CR or CRLF?
            ++p;
            if (p != end && *p == '\n')
                ++p;
        } else {
            ++p;
        }
        record.m_raw = QByteArrayView(data + recordStart, rawEnd - (data + recordStart));
        recordConsumedEnd = p - data;
        recordEndedByData = false;
        break;
    }
    record.m_line = nextLine;
    record.m_lastLine = nextLine + breaks;
    return Parse::Record;
}

CsvReader::CsvReader(QIODevice &device, QString fileName, CsvOptions options)
    : d(std::make_unique<Private>(device, std::move(fileName), options))
{
}

CsvReader::~CsvReader() = default;

Result<std::unique_ptr<CsvReader>> CsvReader::open(const QString &path, CsvOptions options)
{
    auto file = std::make_unique<QFile>(path);
    if (!file->open(QIODevice::ReadOnly)) {
        return Error{tr("The file cannot be opened: %1").arg(file->errorString()), path, 0, 0,
                     QString()};
    }
    auto reader = std::make_unique<CsvReader>(*file, path, options);
    reader->m_ownedDevice = std::move(file);
    return Result<std::unique_ptr<CsvReader>>(std::move(reader));
}

TextEncoding CsvReader::encoding() const
{
    return d->started ? d->encoding : d->options.encoding.value_or(TextEncoding::Utf8);
}

bool CsvReader::hadByteOrderMark() const
{
    return d->hadBom;
}

char CsvReader::delimiter() const
{
    return d->started ? d->delimiter : d->options.delimiter.value_or(',');
}

const QString &CsvReader::fileName() const
{
    return d->fileName;
}

void CsvReader::setBlockSize(qsizetype bytes)
{
    if (!d->started)
        d->blockSize = std::max<qsizetype>(bytes, 1);
}

bool CsvReader::next(CsvRecord &record)
{
    record.m_fields.clear();
    record.m_raw = QByteArrayView();
    record.m_line = 0;
    record.m_lastLine = 0;
    if (d->error || d->finished)
        return false;
    if (!d->started && !d->start())
        return false;
    for (;;) {
        const bool atEnd = d->eof || d->blocked;
        switch (d->parse(record, atEnd)) {
        case Private::Parse::NeedMore:
            d->fill();
            continue;
        case Private::Parse::Record:
            if (d->blocked && d->recordEndedByData)
                break; // cut off by the bad bytes: report those
            d->recordStart = d->recordConsumedEnd;
            d->nextLine = record.m_lastLine + 1;
            return true;
        case Private::Parse::End:
            if (!d->blocked) {
                d->finished = true;
                return false;
            }
            break;
        case Private::Parse::Unclosed:
            if (!d->blocked) {
                d->fail(tr("A quoted field that starts here is never closed. Is a quote "
                           "missing, or is a quote inside the field not doubled?"),
                        d->problemOffset);
                record.m_fields.clear();
                return false;
            }
            break;
        case Private::Parse::TextAfterQuote:
            d->fail(tr("After the closing quote of a field, text follows where a delimiter or "
                       "the end of the line should be. Quotes inside a quoted field must be "
                       "doubled (\"\")."),
                    d->problemOffset);
            record.m_fields.clear();
            return false;
        }
        // The data stops early because of blockedMessage: that is the error, where it stops.
        d->fail(d->blockedMessage, d->dataEnd);
        record.m_fields.clear();
        record.m_raw = QByteArrayView();
        record.m_line = 0;
        record.m_lastLine = 0;
        return false;
    }
}

const std::optional<Error> &CsvReader::error() const
{
    return d->error;
}

qint64 CsvReader::bytesRead() const
{
    if (d->finished)
        return d->deviceBytes;
    const qint64 unparsed = d->dataEnd - d->recordStart;
    const double ratio = d->produced > 0 ? double(d->rawAccepted) / double(d->produced) : 1.0;
    const qint64 consumed = d->bomLength + d->rawAccepted - qint64(double(unparsed) * ratio);
    return std::clamp<qint64>(consumed, 0, d->deviceBytes);
}

qint64 CsvReader::bytesTotal() const
{
    return d->device.isSequential() ? -1 : d->device.size();
}

} // namespace Kontor
