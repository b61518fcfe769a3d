// SPDX-FileCopyrightText: 2026 The Kontor authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "importing/csvreader.h"

#include <QBuffer>
#include <QRandomGenerator>
#include <QTest>

using namespace Kontor;
using namespace Qt::StringLiterals;

namespace {

/// What the inputs of a test function led to, for a summary line: a fuzz test whose inputs all
/// end the same way tests little.
struct Tally
{
    int inputs = 0;
    int refused = 0;
    qint64 records = 0;
};
Tally tally;

void reportTally(const char *what)
{
    qInfo("%s: %d reads, %d refused with an error, %lld records", what, tally.inputs,
          tally.refused, static_cast<long long>(tally.records));
    tally = Tally();
}

struct Outcome
{
    QList<QList<QByteArray>> records;
    QList<qint64> lines;
    std::optional<Error> error;
};

/// Reads everything and checks what must hold for any input: the reader ends after a bounded
/// number of records, records follow each other line by line, errors name file, line and column.
/// Returns false (after QTest has recorded the failure) when a check fails.
bool readChecked(const QByteArray &input, CsvOptions options, qsizetype blockSize,
                 Outcome *outcome = nullptr)
{
    QBuffer buffer;
    buffer.setData(input);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(buffer, u"fuzz.csv"_s, options);
    if (blockSize > 0)
        reader.setBlockSize(blockSize);
    CsvRecord record;
    // Each record takes at least one byte (UTF-16: two), so there cannot be more than this.
    const qsizetype limit = input.size() + 2;
    qsizetype count = 0;
    qint64 expectedLine = 1;
    qint64 lineBreaks = input.count('\n') + input.count('\r');
    while (reader.next(record)) {
        if (++count > limit) {
            QTest::qFail("more records than bytes: the reader does not end", __FILE__, __LINE__);
            return false;
        }
        if (record.line() != expectedLine || record.lastLine() < record.line()
            || record.lastLine() > lineBreaks + 1) {
            QTest::qFail(qPrintable(u"record lines %1-%2, expected to start at %3"_s
                                        .arg(record.line())
                                        .arg(record.lastLine())
                                        .arg(expectedLine)),
                         __FILE__, __LINE__);
            return false;
        }
        if (record.size() < 1 || record.raw().size() > input.size() * 3 + 3) {
            QTest::qFail("record without fields or larger than the input", __FILE__, __LINE__);
            return false;
        }
        expectedLine = record.lastLine() + 1;
        if (outcome) {
            QList<QByteArray> fields;
            for (int i = 0; i < record.size(); ++i)
                fields << record.field(i).toByteArray();
            outcome->records << fields;
            outcome->lines << record.line();
        }
    }
    ++tally.inputs;
    tally.records += count;
    if (reader.error())
        ++tally.refused;
    if (reader.next(record)) {
        QTest::qFail("a record after the end", __FILE__, __LINE__);
        return false;
    }
    if (const auto &error = reader.error()) {
        if (error->line < 1 || error->column < 1 || error->file != u"fuzz.csv"_s
            || error->message.isEmpty() || error->line < expectedLine
            || error->line > lineBreaks + 1) {
            QTest::qFail(qPrintable(u"badly placed error: "_s + error->toString()), __FILE__,
                         __LINE__);
            return false;
        }
    }
    if (outcome)
        outcome->error = reader.error();
    return true;
}

QByteArray randomBytes(QRandomGenerator &random, qsizetype maxLength)
{
    QByteArray bytes(qsizetype(random.bounded(int(maxLength) + 1)), Qt::Uninitialized);
    for (char &c : bytes)
        c = char(random.bounded(256));
    return bytes;
}

/// Mostly CSV syntax, with text and bytes that are not UTF-8 mixed in.
QByteArray randomCsvish(QRandomGenerator &random, qsizetype maxLength)
{
    static const QList<QByteArray> pieces = {
        "a"_ba, "bc"_ba, "\""_ba, "\"\""_ba, ","_ba, ";"_ba, "\t"_ba, "|"_ba, "\r"_ba, "\n"_ba,
        "\r\n"_ba, " "_ba, "\xC3\xA4"_ba, "\xE2\x82\xAC"_ba, "\xF0\x9F\x98\x80"_ba, "\xFF"_ba,
        "\x80"_ba, "\xC3"_ba, "\xEF\xBB\xBF"_ba, "\xFF\xFE"_ba, "\"x,y\""_ba, "\"\r\n\""_ba,
    };
    QByteArray bytes;
    const int length = random.bounded(int(maxLength) + 1);
    while (bytes.size() < length)
        bytes += pieces.at(random.bounded(int(pieces.size())));
    return bytes;
}

/// Well-formed CSV (quoted fields with delimiters, doubled quotes and line breaks of every kind,
/// UTF-8 text), now and then with one piece of damage put in at random.
QByteArray randomRecords(QRandomGenerator &random, char delimiter)
{
    static const QList<QByteArray> text = {"a"_ba, "Bc"_ba, " "_ba, "'"_ba, "1.50"_ba,
                                           "\xC3\xA4"_ba, "\xE2\x82\xAC"_ba,
                                           "\xF0\x9F\x98\x80"_ba};
    static const QList<QByteArray> quoted = {"\"\""_ba, "\r"_ba, "\n"_ba, "\r\n"_ba, ","_ba,
                                             ";"_ba, "\t"_ba, "|"_ba};
    static const QList<QByteArray> breaks = {"\n"_ba, "\r\n"_ba, "\r"_ba};
    static const QList<QByteArray> damage = {"\""_ba, "\r"_ba, "x"_ba, "\xFF"_ba, "\xC3"_ba};
    QByteArray bytes;
    const int records = random.bounded(1, 8);
    for (int r = 0; r < records; ++r) {
        const int fields = random.bounded(1, 6);
        for (int f = 0; f < fields; ++f) {
            if (f > 0)
                bytes += delimiter;
            const bool isQuoted = random.bounded(2) == 0;
            if (isQuoted)
                bytes += '"';
            const int pieces = random.bounded(4);
            for (int i = 0; i < pieces; ++i) {
                const auto &from = isQuoted && random.bounded(2) ? quoted : text;
                bytes += from.at(random.bounded(int(from.size())));
            }
            if (isQuoted)
                bytes += '"';
        }
        if (r + 1 < records || random.bounded(2))
            bytes += breaks.at(random.bounded(int(breaks.size())));
    }
    if (random.bounded(4) == 0) {
        const qsizetype at = random.bounded(int(bytes.size()) + 1);
        bytes.insert(at, damage.at(random.bounded(int(damage.size()))));
    }
    return bytes;
}

/// Physical line breaks in bytes (CRLF counts once).
qint64 lineBreaks(QByteArrayView bytes)
{
    qint64 count = 0;
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        if (bytes[i] == '\r' || (bytes[i] == '\n' && (i == 0 || bytes[i - 1] != '\r')))
            ++count;
    }
    return count;
}

/// A well-formed CSV and what it must read as: fields and the line each record starts on.
struct Generated
{
    QByteArray bytes;
    QList<QList<QByteArray>> records;
    QList<qint64> lines;
};

Generated generateCsv(QRandomGenerator &random, char delimiter)
{
    static const QList<QByteArray> text = {"a"_ba, "Bc"_ba, " "_ba, "'"_ba, "x\"y"_ba,
                                           "\xC3\xA4"_ba, "\xE2\x82\xAC"_ba,
                                           "\xF0\x9F\x98\x80"_ba};
    static const QList<QByteArray> special = {"\r"_ba, "\n"_ba, "\r\n"_ba, ","_ba, ";"_ba,
                                              "\t"_ba, "|"_ba, "\""_ba};
    static const QList<QByteArray> breaks = {"\n"_ba, "\r\n"_ba, "\r"_ba};
    Generated generated;
    QList<QByteArray> lines;
    const int records = random.bounded(1, 10);
    for (int r = 0; r < records; ++r) {
        QByteArray line;
        QList<QByteArray> fields;
        const int count = random.bounded(1, 6);
        for (int f = 0; f < count; ++f) {
            if (f > 0)
                line += delimiter;
            QByteArray value;
            const bool quoted = random.bounded(2) == 0 || (count == 1 && f == 0);
            const int pieces = random.bounded(4);
            for (int i = 0; i < pieces; ++i) {
                const auto &from = quoted && random.bounded(2) ? special : text;
                value += from.at(random.bounded(int(from.size())));
            }
            if (!quoted && value.startsWith('"'))
                value.prepend('_');
            fields << value;
            if (quoted)
                line += '"' + QByteArray(value).replace("\"", "\"\"") + '"';
            else
                line += value;
        }
        generated.records << fields;
        lines << line;
    }
    for (qsizetype r = 0; r < lines.size(); ++r) {
        generated.lines << 1 + lineBreaks(generated.bytes);
        generated.bytes += lines.at(r);
        if (r + 1 < lines.size() || random.bounded(2))
            generated.bytes += breaks.at(random.bounded(int(breaks.size())));
    }
    return generated;
}

QList<qsizetype> blockSizesFor(QRandomGenerator &random)
{
    static const QList<qsizetype> sizes = {1, 2, 3, 4, 5, 7, 13, 64, 0};
    return {sizes.at(random.bounded(int(sizes.size()))), 0};
}

CsvOptions randomOptions(QRandomGenerator &random)
{
    CsvOptions options;
    switch (random.bounded(6)) {
    case 0:
        options.encoding = TextEncoding::Utf8;
        break;
    case 1:
        options.encoding = TextEncoding::Windows1252;
        break;
    case 2:
        options.encoding = TextEncoding::Utf16LE;
        break;
    case 3:
        options.encoding = TextEncoding::Utf16BE;
        break;
    default:
        break;
    }
    if (random.bounded(3) == 0)
        options.delimiter = ";,\t|"[random.bounded(4)];
    return options;
}

} // namespace

class TestCsvFuzz : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void randomBytes_neverCrashOrHang();
    void randomCsvish_neverCrashOrHang();
    void randomCsvish_sameResultForEveryBlockSize();
    void everyTruncation_ofValidCsv_isReadOrRefusedCleanly();
    void generatedCsv_readsBackExactly();
};

void TestCsvFuzz::randomBytes_neverCrashOrHang()
{
    QRandomGenerator random(20260101);
    for (int i = 0; i < 1500; ++i) {
        const QByteArray input = randomBytes(random, 200);
        const CsvOptions options = randomOptions(random);
        for (qsizetype blockSize : blockSizesFor(random)) {
            if (!readChecked(input, options, blockSize))
                QFAIL(qPrintable(u"case %1: %2"_s.arg(i).arg(QString::fromLatin1(input.toHex()))));
        }
    }
    reportTally("randomBytes");
}

void TestCsvFuzz::randomCsvish_neverCrashOrHang()
{
    QRandomGenerator random(4711);
    for (int i = 0; i < 2500; ++i) {
        const CsvOptions options = randomOptions(random);
        const char delimiter = options.delimiter.value_or(',');
        const QByteArray input =
            random.bounded(2) ? randomCsvish(random, 300) : randomRecords(random, delimiter);
        for (qsizetype blockSize : blockSizesFor(random)) {
            if (!readChecked(input, options, blockSize))
                QFAIL(qPrintable(u"case %1: %2"_s.arg(i).arg(QString::fromLatin1(input.toHex()))));
        }
    }
    reportTally("randomCsvish");
}

void TestCsvFuzz::randomCsvish_sameResultForEveryBlockSize()
{
    // With the encoding fixed (nothing depends on what the first block holds), the block size
    // must not change anything: records, lines, the error and its place.
    QRandomGenerator random(1252);
    for (int i = 0; i < 1000; ++i) {
        CsvOptions options;
        options.encoding = random.bounded(2) ? TextEncoding::Utf8 : TextEncoding::Windows1252;
        options.delimiter = ",;\t|"[random.bounded(4)];
        const QByteArray input = random.bounded(3) == 0 ? randomCsvish(random, 200)
                                                        : randomRecords(random, *options.delimiter);
        Outcome reference;
        QVERIFY(readChecked(input, options, 0, &reference));
        for (qsizetype blockSize : {1, 3, 8}) {
            Outcome outcome;
            QVERIFY(readChecked(input, options, blockSize, &outcome));
            const QString context = u"case %1, block %2: %3"_s.arg(i).arg(blockSize).arg(
                QString::fromLatin1(input.toHex()));
            QVERIFY2(outcome.records == reference.records, qPrintable(context));
            QVERIFY2(outcome.lines == reference.lines, qPrintable(context));
            QVERIFY2(outcome.error.has_value() == reference.error.has_value(), qPrintable(context));
            if (reference.error) {
                QVERIFY2(outcome.error->line == reference.error->line
                             && outcome.error->column == reference.error->column
                             && outcome.error->message == reference.error->message,
                         qPrintable(context + u" — "_s + outcome.error->toString() + u" vs "_s
                                    + reference.error->toString()));
            }
        }
    }
    reportTally("randomCsvish");
}

void TestCsvFuzz::everyTruncation_ofValidCsv_isReadOrRefusedCleanly()
{
    const QByteArray valid =
        "Name,Note,Total,City\r\n"
        "#1001,\"Leave at the door,\r\nplease \"\"quickly\"\"\",12.50,Köln\r\n"
        "#1001,,3.00,\n"
        "#1002,\"multi\nline\rnote\",\"\",Zürich €\r"
        "#1003,plain \"quote,7.00,\"São Paulo\"\n"
        "\n"
        "#1004,last,1.00,end"_ba;
    Outcome full;
    QVERIFY(readChecked(valid, {}, 0, &full));
    QVERIFY(!full.error);
    QCOMPARE(full.records.size(), 7);
    for (qsizetype length = 0; length <= valid.size(); ++length) {
        const QByteArray prefix = valid.first(length);
        for (qsizetype blockSize : {1, 4, 0}) {
            Outcome outcome;
            QVERIFY(readChecked(prefix, {}, blockSize, &outcome));
            // Every record but the last one read is whole, so it equals the full read's.
            for (qsizetype r = 0; r + 1 < outcome.records.size(); ++r)
                QCOMPARE(outcome.records.at(r), full.records.at(r));
        }
    }
    reportTally("everyTruncation");
}

void TestCsvFuzz::generatedCsv_readsBackExactly()
{
    QRandomGenerator random(1969);
    for (int i = 0; i < 1500; ++i) {
        CsvOptions options;
        const char delimiter = ",;\t|"[random.bounded(4)];
        const Generated generated = generateCsv(random, delimiter);
        // Detection needs a header of two columns at least.
        if (generated.records.first().size() < 2 || random.bounded(2))
            options.delimiter = delimiter;
        for (qsizetype blockSize : blockSizesFor(random)) {
            Outcome outcome;
            QVERIFY(readChecked(generated.bytes, options, blockSize, &outcome));
            const QString context = u"case %1, block %2: %3"_s.arg(i).arg(blockSize).arg(
                QString::fromLatin1(generated.bytes.toHex()));
            QVERIFY2(!outcome.error, qPrintable(context + u" — "_s + outcome.error->toString()));
            QVERIFY2(outcome.records == generated.records, qPrintable(context));
            QVERIFY2(outcome.lines == generated.lines, qPrintable(context));
        }
    }
    reportTally("generatedCsv");
}

QTEST_GUILESS_MAIN(TestCsvFuzz)
#include "tst_csvfuzz.moc"
