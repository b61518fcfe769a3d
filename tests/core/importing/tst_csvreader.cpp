// SPDX-FileCopyrightText: 2026 The Kontor authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "importing/csvreader.h"

#include "testresult.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>

using namespace Kontor;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(Kontor::TextEncoding)
Q_DECLARE_METATYPE(Kontor::CsvOptions)

namespace {

using Records = QList<QStringList>;
using Lines = QList<qint64>;

/// Everything a reader gave for one input.
struct Parsed
{
    Records records;
    Lines lines;     ///< start line of each record
    Lines lastLines; ///< end line of each record
    QList<QByteArray> raws;
    std::optional<Error> error;
    TextEncoding encoding = TextEncoding::Utf8;
    bool bom = false;
    char delimiter = 0;
};

/// Block sizes every parse test runs with: records straddle the block boundaries everywhere.
const QList<qsizetype> blockSizes = {1, 2, 3, 5, 7, 16, 0};

Parsed readAll(const QByteArray &bytes, CsvOptions options = {}, qsizetype blockSize = 0)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(buffer, u"test.csv"_s, options);
    if (blockSize > 0)
        reader.setBlockSize(blockSize);
    Parsed parsed;
    CsvRecord record;
    int guard = 0;
    while (reader.next(record) && guard++ < 100000) {
        QStringList fields;
        for (int i = 0; i < record.size(); ++i)
            fields << record.text(i);
        parsed.records << fields;
        parsed.lines << record.line();
        parsed.lastLines << record.lastLine();
        parsed.raws << record.raw().toByteArray();
    }
    parsed.error = reader.error();
    parsed.encoding = reader.encoding();
    parsed.bom = reader.hadByteOrderMark();
    parsed.delimiter = reader.delimiter();
    return parsed;
}

QByteArray utf16(const QString &text, QStringConverter::Encoding encoding)
{
    QStringEncoder encoder(encoding);
    return encoder.encode(text);
}

QString storefrontDir()
{
    const QByteArray source = qgetenv("KONTOR_SOURCE_DIR");
    if (!source.isEmpty()) {
        const QString dir = QDir::cleanPath(QString::fromLocal8Bit(source)
                                            + u"/../shared/data/storefront"_s);
        if (QDir(dir).exists())
            return dir;
    }
    return u"/work/shared/data/storefront"_s;
}

QString describe(const std::optional<Error> &error)
{
    return error ? error->toString() : QString();
}

} // namespace

class TestCsvReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void next_splitsRecordsAndFields_data();
    void next_splitsRecordsAndFields();
    void raw_isTheRecordWithoutItsLineBreak();
    void isBlank_whenEveryFieldIsEmpty();
    void next_withFieldsLongerThanTheBlock_readsThemWhole();
    void next_readsAheadOnlyABlock();

    void errors_nameFileLineAndColumn_data();
    void errors_nameFileLineAndColumn();
    void error_isSticky();
    void invalidUtf8_afterUtf8Text_isAnErrorAtItsPlace();

    void encoding_fromByteOrderMark_data();
    void encoding_fromByteOrderMark();
    void utf16_withoutMark_whenAskedFor();
    void windows1252_isDetectedAndTranscoded();
    void windows1252_highBytes_mapToUnicode_data();
    void windows1252_highBytes_mapToUnicode();
    void windows1252_afterAsciiBlocks_switchesSeamlessly();
    void windows1252_whenFirstBlockIsNotUtf8_fromTheStart();
    void explicitEncoding_overridesDetection();
    void textEncoding_namesRoundTrip();

    void delimiter_isDetectedFromHeader_data();
    void delimiter_isDetectedFromHeader();
    void delimiter_explicit_overridesDetection();

    void progress_countsBytes();
    void open_missingFile_namesIt();
    void open_readsFile();

    void storefrontFiles_readCompletely_data();
    void storefrontFiles_readCompletely();
};

void TestCsvReader::next_splitsRecordsAndFields_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<Records>("records");
    QTest::addColumn<Lines>("lines");
    QTest::addColumn<Lines>("lastLines");

    QTest::newRow("LF") << "a,b\nc,d\n"_ba << Records{{u"a"_s, u"b"_s}, {u"c"_s, u"d"_s}}
                        << Lines{1, 2} << Lines{1, 2};
    QTest::newRow("CRLF") << "a,b\r\nc,d\r\n"_ba << Records{{u"a"_s, u"b"_s}, {u"c"_s, u"d"_s}}
                          << Lines{1, 2} << Lines{1, 2};
    QTest::newRow("CR") << "a,b\rc,d\r"_ba << Records{{u"a"_s, u"b"_s}, {u"c"_s, u"d"_s}}
                        << Lines{1, 2} << Lines{1, 2};
    QTest::newRow("mixed breaks")
        << "h\na\r\nb\rc\n"_ba << Records{{u"h"_s}, {u"a"_s}, {u"b"_s}, {u"c"_s}}
        << Lines{1, 2, 3, 4} << Lines{1, 2, 3, 4};
    QTest::newRow("no final newline")
        << "a,b\nc,d"_ba << Records{{u"a"_s, u"b"_s}, {u"c"_s, u"d"_s}} << Lines{1, 2}
        << Lines{1, 2};
    QTest::newRow("quoted last field, no final newline")
        << "a,\"b\""_ba << Records{{u"a"_s, u"b"_s}} << Lines{1} << Lines{1};
    QTest::newRow("CR at the very end") << "a\r"_ba << Records{{u"a"_s}} << Lines{1} << Lines{1};
    QTest::newRow("empty file") << QByteArray() << Records{} << Lines{} << Lines{};
    QTest::newRow("header only")
        << "Name,Total\n"_ba << Records{{u"Name"_s, u"Total"_s}} << Lines{1} << Lines{1};
    QTest::newRow("quoted delimiter")
        << "\"a,b\",c\n"_ba << Records{{u"a,b"_s, u"c"_s}} << Lines{1} << Lines{1};
    QTest::newRow("doubled quotes")
        << "\"say \"\"hi\"\"\",x\n"_ba << Records{{u"say \"hi\""_s, u"x"_s}} << Lines{1}
        << Lines{1};
    QTest::newRow("only a doubled quote")
        << "\"\"\"\"\n"_ba << Records{{u"\""_s}} << Lines{1} << Lines{1};
    QTest::newRow("several collapsed fields")
        << "\"a\"\"b\",\"c\"\"d\",e\n"_ba << Records{{u"a\"b"_s, u"c\"d"_s, u"e"_s}} << Lines{1}
        << Lines{1};
    QTest::newRow("empty quoted fields")
        << "\"\",a,\"\"\n"_ba << Records{{QString(), u"a"_s, QString()}} << Lines{1} << Lines{1};
    QTest::newRow("empty fields") << ",,\n"_ba << Records{{QString(), QString(), QString()}}
                                  << Lines{1} << Lines{1};
    QTest::newRow("delimiter at the very end")
        << "a,"_ba << Records{{u"a"_s, QString()}} << Lines{1} << Lines{1};
    QTest::newRow("quote inside an unquoted field is text")
        << "5\" screen,a\"b\"\n"_ba << Records{{u"5\" screen"_s, u"a\"b\""_s}} << Lines{1}
        << Lines{1};
    QTest::newRow("spaces after the closing quote")
        << "\"a\"  ,\"b\"\t\n"_ba << Records{{u"a"_s, u"b"_s}} << Lines{1} << Lines{1};
    QTest::newRow("LF inside quotes")
        << "\"a\nb\",c\nd,e\n"_ba << Records{{u"a\nb"_s, u"c"_s}, {u"d"_s, u"e"_s}}
        << Lines{1, 3} << Lines{2, 3};
    QTest::newRow("CRLF inside quotes")
        << "\"a\r\nb\",c\r\nd,e\r\n"_ba << Records{{u"a\r\nb"_s, u"c"_s}, {u"d"_s, u"e"_s}}
        << Lines{1, 3} << Lines{2, 3};
    QTest::newRow("CR inside quotes")
        << "\"a\rb\",c\rd,e\r"_ba << Records{{u"a\rb"_s, u"c"_s}, {u"d"_s, u"e"_s}}
        << Lines{1, 3} << Lines{2, 3};
    QTest::newRow("mixed breaks inside quotes, lines after")
        << "h\n\"1\n2\r\n3\r4\n\",x\nlast\n"_ba
        << Records{{u"h"_s}, {u"1\n2\r\n3\r4\n"_s, u"x"_s}, {u"last"_s}} << Lines{1, 2, 7}
        << Lines{1, 6, 7};
    QTest::newRow("blank line between records")
        << "a\n\nb\n"_ba << Records{{u"a"_s}, {QString()}, {u"b"_s}} << Lines{1, 2, 3}
        << Lines{1, 2, 3};
    QTest::newRow("trailing empty line is no record")
        << "a\r\n"_ba << Records{{u"a"_s}} << Lines{1} << Lines{1};
    QTest::newRow("doubled quote then line break")
        << "\"a\"\"\nb\"\n"_ba << Records{{u"a\"\nb"_s}} << Lines{1} << Lines{2};
    QTest::newRow("UTF-8 text") << "ä,€\n😀,x\n"_ba
                                << Records{{u"ä"_s, u"€"_s}, {u"😀"_s, u"x"_s}} << Lines{1, 2}
                                << Lines{1, 2};
}

void TestCsvReader::next_splitsRecordsAndFields()
{
    QFETCH(QByteArray, input);
    QFETCH(Records, records);
    QFETCH(Lines, lines);
    QFETCH(Lines, lastLines);
    for (qsizetype blockSize : blockSizes) {
        const Parsed parsed = readAll(input, {}, blockSize);
        QVERIFY2(!parsed.error, qPrintable(describe(parsed.error)));
        QCOMPARE(parsed.records, records);
        QCOMPARE(parsed.lines, lines);
        QCOMPARE(parsed.lastLines, lastLines);
    }
}

void TestCsvReader::raw_isTheRecordWithoutItsLineBreak()
{
    const QByteArray input = "a,\"b\r\nc\"\r\n\"x\"\"y\",z\rlast"_ba;
    for (qsizetype blockSize : blockSizes) {
        const Parsed parsed = readAll(input, {}, blockSize);
        QCOMPARE(parsed.raws,
                 (QList<QByteArray>{"a,\"b\r\nc\""_ba, "\"x\"\"y\",z"_ba, "last"_ba}));
    }
    // With a byte-order mark and in Windows-1252, raw() is the record in UTF-8, without the mark.
    QCOMPARE(readAll("\xEF\xBB\xBFh\nM\xC3\xBCller\n"_ba).raws,
             (QList<QByteArray>{"h"_ba, "M\xC3\xBCller"_ba}));
    QCOMPARE(readAll("h\nM\xFCller\n"_ba).raws, (QList<QByteArray>{"h"_ba, "M\xC3\xBCller"_ba}));
}

void TestCsvReader::isBlank_whenEveryFieldIsEmpty()
{
    QBuffer buffer;
    buffer.setData("h,i\n,,,\n\n\"\",\"\"\na,\n,\" \"\n"_ba);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(buffer, u"blank.csv"_s);
    CsvRecord record;
    QList<bool> blank;
    while (reader.next(record))
        blank << record.isBlank();
    QVERIFY(!reader.error());
    QCOMPARE(blank, (QList<bool>{false, true, true, true, false, false}));
}

void TestCsvReader::next_withFieldsLongerThanTheBlock_readsThemWhole()
{
    // Fields of several blocks (256 KiB each): a quoted one with doubled quotes and line breaks
    // and an unquoted one.
    QByteArray quotedContent;
    QByteArray quotedSource;
    for (int i = 0; i < 40000; ++i) {
        const QByteArray piece = "line " + QByteArray::number(i) + " \"q\",\r\n";
        quotedContent += piece;
        quotedSource += QByteArray(piece).replace("\"", "\"\"");
    }
    const QByteArray plain(700 * 1024, 'x');
    const QByteArray input = "h1,h2\n\"" + quotedSource + "\"," + plain + "\nend,1\n";

    QBuffer buffer;
    buffer.setData(input);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(buffer, u"long.csv"_s);
    CsvRecord record;
    QVERIFY(reader.next(record));
    QVERIFY(reader.next(record));
    QCOMPARE(record.size(), 2);
    QCOMPARE(record.field(0).size(), quotedContent.size());
    QVERIFY(record.field(0) == quotedContent);
    QVERIFY(record.field(1) == plain);
    QCOMPARE(record.line(), 2);
    QCOMPARE(record.lastLine(), 2 + 40000);
    QVERIFY(reader.next(record));
    QCOMPARE(record.text(0), u"end"_s);
    QCOMPARE(record.line(), 2 + 40000 + 1);
    QVERIFY(!reader.next(record));
    QVERIFY2(!reader.error(), qPrintable(describe(reader.error())));
}

void TestCsvReader::next_readsAheadOnlyABlock()
{
    QByteArray input = "Name,Total\n";
    const QByteArray line = "#1001,\"Bag, \"\"large\"\"\",12.00,some more text here\n";
    while (input.size() < 8 * 1024 * 1024)
        input += line;
    QBuffer buffer;
    buffer.setData(input);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(buffer, u"big.csv"_s);
    CsvRecord record;
    qint64 records = 0;
    qint64 lastProgress = 0;
    while (reader.next(record)) {
        ++records;
        // Never more than the record and a block or two of read-ahead from the device.
        QVERIFY(buffer.pos() - reader.bytesRead() <= 2 * 256 * 1024);
        QVERIFY(reader.bytesRead() >= lastProgress);
        lastProgress = reader.bytesRead();
        if (records > 1)
            QCOMPARE(record.text(1), u"Bag, \"large\""_s);
    }
    QVERIFY(!reader.error());
    QCOMPARE(records, 1 + (input.size() - 11) / line.size());
    QCOMPARE(reader.bytesRead(), input.size());
}

void TestCsvReader::errors_nameFileLineAndColumn_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<CsvOptions>("options");
    QTest::addColumn<int>("goodRecords");
    QTest::addColumn<qint64>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("message");

    const CsvOptions none;
    CsvOptions utf8;
    utf8.encoding = TextEncoding::Utf8;
    CsvOptions utf16le;
    utf16le.encoding = TextEncoding::Utf16LE;

    QTest::newRow("unclosed quote") << "a,b\nc,\"de\nf\n"_ba << none << 1 << qint64(2) << 3
                                    << u"never closed"_s;
    QTest::newRow("unclosed quote at the start") << "\"abc"_ba << none << 0 << qint64(1) << 1
                                                 << u"never closed"_s;
    QTest::newRow("unclosed quote after a multi-line field")
        << "h\n\"a\nb\",\"c\n\nd\n"_ba << none << 1 << qint64(3) << 4 << u"never closed"_s;
    QTest::newRow("text after closing quote")
        << "a,\"bc\"x,d\n"_ba << none << 0 << qint64(1) << 7 << u"closing quote"_s;
    QTest::newRow("text after closing quote, later line")
        << "h\n\"a\r\nb\"x\n"_ba << none << 1 << qint64(3) << 3 << u"closing quote"_s;
    QTest::newRow("text after quote counts characters")
        << "ä,\"é\"x\n"_ba << none << 0 << qint64(1) << 6 << u"closing quote"_s;
    QTest::newRow("invalid UTF-8 when UTF-8 was asked for")
        << "a,b\nc,d\xFF\n"_ba << utf8 << 1 << qint64(2) << 4 << u"UTF-8"_s;
    QTest::newRow("truncated UTF-8 at the end when UTF-8 was asked for")
        << "a\nb\xC3"_ba << utf8 << 1 << qint64(2) << 2 << u"UTF-8"_s;
    QTest::newRow("unpaired UTF-16 surrogate")
        << utf16(u"a,b\nc,"_s, QStringConverter::Utf16LE) + "\x00\xDC"_ba << utf16le << 1
        << qint64(2) << 3 << u"UTF-16"_s;
    QTest::newRow("odd UTF-16 length")
        << utf16(u"a,b\nc"_s, QStringConverter::Utf16LE) + "x"_ba << utf16le << 1 << qint64(2)
        << 2 << u"middle of a character"_s;
}

void TestCsvReader::errors_nameFileLineAndColumn()
{
    QFETCH(QByteArray, input);
    QFETCH(CsvOptions, options);
    QFETCH(int, goodRecords);
    QFETCH(qint64, line);
    QFETCH(int, column);
    QFETCH(QString, message);
    for (qsizetype blockSize : blockSizes) {
        const Parsed parsed = readAll(input, options, blockSize);
        QVERIFY(parsed.error);
        QCOMPARE(parsed.records.size(), goodRecords);
        QCOMPARE(parsed.error->file, u"test.csv"_s);
        QCOMPARE(parsed.error->line, line);
        QCOMPARE(parsed.error->column, column);
        QVERIFY2(parsed.error->message.contains(message), qPrintable(parsed.error->message));
    }
}

void TestCsvReader::error_isSticky()
{
    QBuffer buffer;
    buffer.setData("a\n\"b\nc\n"_ba);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(buffer, u"sticky.csv"_s);
    CsvRecord record;
    QVERIFY(reader.next(record));
    QVERIFY(!reader.next(record));
    QVERIFY(reader.error());
    QCOMPARE(record.size(), 0);
    QVERIFY(!reader.next(record));
    QCOMPARE(reader.error()->line, 2);
    QCOMPARE(reader.error()->toString().left(13), u"sticky.csv:2,"_s);
}

void TestCsvReader::invalidUtf8_afterUtf8Text_isAnErrorAtItsPlace()
{
    // Real UTF-8 in the first block; a byte that is not UTF-8 far behind it.
    QByteArray input = "Name,City\n";
    int lines = 1;
    while (input.size() < 600 * 1024) {
        input += "Jürgen,Köln\n";
        ++lines;
    }
    input += "Ana,S\xE3o Paulo\n";
    const Parsed parsed = readAll(input);
    QVERIFY(parsed.error);
    QCOMPARE(parsed.records.size(), lines);
    QCOMPARE(parsed.error->line, lines + 1);
    QCOMPARE(parsed.error->column, 6);
    QVERIFY(parsed.error->message.contains(u"UTF-8"_s));
    QCOMPARE(parsed.encoding, TextEncoding::Utf8);

    // The same with tiny blocks: the first block holds "ä".
    const Parsed tiny = readAll("\xC3\xA4,b\nc,d\xFF\n"_ba, {}, 4);
    QVERIFY(tiny.error);
    QCOMPARE(tiny.records, (Records{{u"ä"_s, u"b"_s}}));
    QCOMPARE(tiny.error->line, 2);
    QCOMPARE(tiny.error->column, 4);
}

void TestCsvReader::encoding_fromByteOrderMark_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<TextEncoding>("encoding");

    const QString text = u"Name,Stadt\r\n\"Müller, \"\"A\"\"\",Köln €\n\"x\ny 😀\",z\rend"_s;
    QTest::newRow("UTF-8") << "\xEF\xBB\xBF"_ba + text.toUtf8() << TextEncoding::Utf8;
    QTest::newRow("UTF-16LE") << "\xFF\xFE"_ba + utf16(text, QStringConverter::Utf16LE)
                              << TextEncoding::Utf16LE;
    QTest::newRow("UTF-16BE") << "\xFE\xFF"_ba + utf16(text, QStringConverter::Utf16BE)
                              << TextEncoding::Utf16BE;
}

void TestCsvReader::encoding_fromByteOrderMark()
{
    QFETCH(QByteArray, input);
    QFETCH(TextEncoding, encoding);
    const Records expected{{u"Name"_s, u"Stadt"_s},
                           {u"Müller, \"A\""_s, u"Köln €"_s},
                           {u"x\ny 😀"_s, u"z"_s},
                           {u"end"_s}};
    for (qsizetype blockSize : blockSizes) {
        const Parsed parsed = readAll(input, {}, blockSize);
        QVERIFY2(!parsed.error, qPrintable(describe(parsed.error)));
        QCOMPARE(parsed.encoding, encoding);
        QVERIFY(parsed.bom);
        QCOMPARE(parsed.delimiter, ',');
        QCOMPARE(parsed.records, expected);
        QCOMPARE(parsed.lines, (Lines{1, 2, 3, 5}));
        QCOMPARE(parsed.raws.first(), "Name,Stadt"_ba);
    }
}

void TestCsvReader::utf16_withoutMark_whenAskedFor()
{
    CsvOptions options;
    options.encoding = TextEncoding::Utf16BE;
    const Parsed parsed =
        readAll(utf16(u"a;ä\n€;b\n"_s, QStringConverter::Utf16BE), options, 3);
    QVERIFY2(!parsed.error, qPrintable(describe(parsed.error)));
    QVERIFY(!parsed.bom);
    QCOMPARE(parsed.delimiter, ';');
    QCOMPARE(parsed.records, (Records{{u"a"_s, u"ä"_s}, {u"€"_s, u"b"_s}}));
}

void TestCsvReader::windows1252_isDetectedAndTranscoded()
{
    const QByteArray input = "Nombre;Direcci\xF3n;Total\nMu\xF1oz;Stra\xDF" "e 1;\x80 5\n"_ba;
    for (qsizetype blockSize : blockSizes) {
        const Parsed parsed = readAll(input, {}, blockSize);
        QVERIFY2(!parsed.error, qPrintable(describe(parsed.error)));
        QCOMPARE(parsed.encoding, TextEncoding::Windows1252);
        QCOMPARE(parsed.delimiter, ';');
        QCOMPARE(parsed.records, (Records{{u"Nombre"_s, u"Dirección"_s, u"Total"_s},
                                          {u"Muñoz"_s, u"Straße 1"_s, u"€ 5"_s}}));
    }
}

void TestCsvReader::windows1252_highBytes_mapToUnicode_data()
{
    QTest::addColumn<int>("byte");
    QTest::addColumn<QString>("text");
    QTest::newRow("euro") << 0x80 << u"€"_s;
    QTest::newRow("undefined 0x81") << 0x81 << QString(QChar(0x81));
    QTest::newRow("low quote") << 0x84 << u"„"_s;
    QTest::newRow("S caron") << 0x8A << u"Š"_s;
    QTest::newRow("undefined 0x8D") << 0x8D << QString(QChar(0x8D));
    QTest::newRow("left quote") << 0x93 << u"“"_s;
    QTest::newRow("en dash") << 0x96 << u"–"_s;
    QTest::newRow("trade mark") << 0x99 << u"™"_s;
    QTest::newRow("Y diaeresis") << 0x9F << u"Ÿ"_s;
    QTest::newRow("no-break space") << 0xA0 << QString(QChar(0xA0));
    QTest::newRow("a umlaut") << 0xE4 << u"ä"_s;
    QTest::newRow("sharp s") << 0xDF << u"ß"_s;
    QTest::newRow("y diaeresis") << 0xFF << u"ÿ"_s;
}

void TestCsvReader::windows1252_highBytes_mapToUnicode()
{
    QFETCH(int, byte);
    QFETCH(QString, text);
    CsvOptions options;
    options.encoding = TextEncoding::Windows1252;
    const Parsed parsed = readAll("x" + QByteArray(1, char(byte)) + "y\n", options);
    QVERIFY(!parsed.error);
    QCOMPARE(parsed.records, (Records{{u"x"_s + text + u"y"_s}}));
}

void TestCsvReader::windows1252_afterAsciiBlocks_switchesSeamlessly()
{
    QByteArray input = "Name,City\n";
    for (int i = 0; i < 30000; ++i) // more than the first block of 256 KiB
        input += "Smith,Paris\n";
    input += "M\xFCller,K\xF6ln\n\x80,\"a\x93q\x94\"\n";
    for (qsizetype blockSize : {qsizetype(16), qsizetype(0)}) {
        QBuffer buffer;
        buffer.setData(input);
        buffer.open(QIODevice::ReadOnly);
        CsvReader reader(buffer, u"late.csv"_s);
        if (blockSize > 0)
            reader.setBlockSize(blockSize);
        CsvRecord record;
        QVERIFY(reader.next(record));
        QCOMPARE(reader.encoding(), TextEncoding::Utf8);
        QStringList last;
        QStringList beforeLast;
        qint64 count = 1;
        while (reader.next(record)) {
            ++count;
            beforeLast = last;
            last = QStringList{record.text(0), record.text(1)};
        }
        QVERIFY2(!reader.error(), qPrintable(describe(reader.error())));
        QCOMPARE(count, 30003);
        QCOMPARE(reader.encoding(), TextEncoding::Windows1252);
        QCOMPARE(beforeLast, (QStringList{u"Müller"_s, u"Köln"_s}));
        QCOMPARE(last, (QStringList{u"€"_s, u"a“q”"_s}));
    }
    // A cut-off sequence at the very end of an ASCII file is Windows-1252 too.
    const Parsed cut = readAll("abc\xC3"_ba, {}, 2);
    QVERIFY(!cut.error);
    QCOMPARE(cut.records, (Records{{u"abcÃ"_s}}));
}

void TestCsvReader::windows1252_whenFirstBlockIsNotUtf8_fromTheStart()
{
    // "Ã¤" is valid UTF-8 for "ä"; but the block also holds a lone 0xFC, so it is all 1252.
    const Parsed parsed = readAll("\xC3\xA4;M\xFCller\n"_ba);
    QVERIFY(!parsed.error);
    QCOMPARE(parsed.encoding, TextEncoding::Windows1252);
    QCOMPARE(parsed.records, (Records{{u"Ã¤"_s, u"Müller"_s}}));
}

void TestCsvReader::explicitEncoding_overridesDetection()
{
    CsvOptions windows;
    windows.encoding = TextEncoding::Windows1252;
    const Parsed asWindows = readAll("\xC3\xA4\n"_ba, windows);
    QCOMPARE(asWindows.encoding, TextEncoding::Windows1252);
    QCOMPARE(asWindows.records, (Records{{u"Ã¤"_s}}));

    CsvOptions utf8;
    utf8.encoding = TextEncoding::Utf8;
    const Parsed marked = readAll("\xEF\xBB\xBFx\n"_ba, utf8);
    QVERIFY(marked.bom);
    QCOMPARE(marked.records, (Records{{u"x"_s}}));

    // A mark of another encoding than the one asked for is not skipped (it is just text).
    const Parsed other = readAll("\xEF\xBB\xBFx\n"_ba, windows);
    QVERIFY(!other.bom);
    QCOMPARE(other.records, (Records{{u"ï»¿x"_s}}));
}

void TestCsvReader::textEncoding_namesRoundTrip()
{
    for (TextEncoding encoding : {TextEncoding::Utf8, TextEncoding::Utf16LE,
                                  TextEncoding::Utf16BE, TextEncoding::Windows1252}) {
        QVERIFY(textEncodingFromName(textEncodingName(encoding)) == encoding);
        QVERIFY(textEncodingFromName(textEncodingName(encoding).toLower()) == encoding);
    }
    QCOMPARE(textEncodingName(TextEncoding::Windows1252), u"Windows-1252"_s);
    QVERIFY(textEncodingFromName(u"utf8") == TextEncoding::Utf8);
    QVERIFY(textEncodingFromName(u"CP1252") == TextEncoding::Windows1252);
    QVERIFY(textEncodingFromName(u"latin1") == TextEncoding::Windows1252);
    QVERIFY(textEncodingFromName(u"ISO-8859-1") == TextEncoding::Windows1252);
    QVERIFY(textEncodingFromName(u"utf-16le") == TextEncoding::Utf16LE);
    QVERIFY(textEncodingFromName(u"ebcdic") == std::nullopt);
    QVERIFY(textEncodingFromName(u"") == std::nullopt);
}

void TestCsvReader::delimiter_isDetectedFromHeader_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<char>("delimiter");
    QTest::newRow("comma") << "a,b,c\n1;2,3\n"_ba << ',';
    QTest::newRow("semicolon") << "a;b;c\n1,2;3\n"_ba << ';';
    QTest::newRow("tab") << "a\tb\tc\n"_ba << '\t';
    QTest::newRow("pipe") << "a|b|c"_ba << '|';
    QTest::newRow("single column") << "Name\nx;y\n"_ba << ',';
    QTest::newRow("empty") << QByteArray() << ',';
    QTest::newRow("tie comma semicolon") << "a,b;c\n"_ba << ',';
    QTest::newRow("tie semicolon tab") << "a\tb;c\n"_ba << ';';
    QTest::newRow("tie tab pipe") << "a|b\tc\n"_ba << '\t';
    QTest::newRow("quoted commas do not count") << "\"x,y,z\";b;c\n"_ba << ';';
    QTest::newRow("quoted line break in header")
        << "\"a\nb;c;d\",e,f\n"_ba << ',';
    QTest::newRow("only the first line counts") << "a;b\n1,2,3,4,5\n"_ba << ';';
}

void TestCsvReader::delimiter_isDetectedFromHeader()
{
    QFETCH(QByteArray, input);
    QFETCH(char, delimiter);
    for (qsizetype blockSize : blockSizes)
        QCOMPARE(readAll(input, {}, blockSize).delimiter, delimiter);
}

void TestCsvReader::delimiter_explicit_overridesDetection()
{
    CsvOptions options;
    options.delimiter = ';';
    const Parsed parsed = readAll("a,b;c\n"_ba, options);
    QCOMPARE(parsed.delimiter, ';');
    QCOMPARE(parsed.records, (Records{{u"a,b"_s, u"c"_s}}));
}

void TestCsvReader::progress_countsBytes()
{
    QByteArray input = "\xEF\xBB\xBFh\n";
    for (int i = 0; i < 1000; ++i)
        input += "row " + QByteArray::number(i) + ",x\n";
    QBuffer buffer;
    buffer.setData(input);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(buffer, u"progress.csv"_s);
    reader.setBlockSize(100);
    QCOMPARE(reader.bytesTotal(), input.size());
    QCOMPARE(reader.bytesRead(), 0);
    CsvRecord record;
    qint64 previous = 0;
    qint64 consumed = 3; // the byte-order mark
    while (reader.next(record)) {
        consumed += record.raw().size() + 1;
        QCOMPARE(reader.bytesRead(), consumed); // exact for UTF-8
        QVERIFY(reader.bytesRead() >= previous);
        previous = reader.bytesRead();
    }
    QCOMPARE(reader.bytesRead(), input.size());
}

void TestCsvReader::open_missingFile_namesIt()
{
    const QString path = u"/nonexistent/kontor/orders.csv"_s;
    const auto reader = CsvReader::open(path);
    QVERIFY(!reader.ok());
    QCOMPARE(reader.error().file, path);
    QVERIFY(reader.error().toString().contains(path));
    QVERIFY(!reader.error().message.isEmpty());
}

void TestCsvReader::open_readsFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"orders.csv"_s);
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("Name;Total\n#1;\"1,50\"\n#2;\"2,00\"\n");
    }
    auto reader = CsvReader::open(path);
    KONTOR_VERIFY_OK(reader);
    CsvReader &csv = *reader.value();
    QCOMPARE(csv.fileName(), path);
    CsvRecord record;
    QStringList totals;
    while (csv.next(record))
        totals << record.text(1);
    QVERIFY(!csv.error());
    QCOMPARE(totals, (QStringList{u"Total"_s, u"1,50"_s, u"2,00"_s}));
    QCOMPARE(csv.delimiter(), ';');
    QCOMPARE(csv.bytesTotal(), QFileInfo(path).size());
}

void TestCsvReader::storefrontFiles_readCompletely_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("records");
    QTest::addColumn<int>("columns");
    QTest::addColumn<char>("delimiter");
    QTest::addColumn<TextEncoding>("encoding");
    QTest::addColumn<bool>("bom");
    QTest::addColumn<QString>("firstColumn");

    const auto add = [](const char *name, int records, int columns, char delimiter,
                        TextEncoding encoding, bool bom, const QString &firstColumn) {
        QTest::newRow(name) << QString::fromLatin1(name) << records << columns << delimiter
                            << encoding << bom << firstColumn;
    };
    const auto utf8 = TextEncoding::Utf8;
    add("shopify/myrepo-eur-2021-71col.csv", 39, 71, ',', utf8, false, u"Name"_s);
    add("shopify/kidsliving-zar-2021-75col.csv", 101, 75, ',', utf8, false, u"Name"_s);
    add("shopify/customer-vip-usd-2019-2022-73col.csv", 811, 73, ',', utf8, false, u"Name"_s);
    add("shopify/shopifyparsing-bdt-2026-crlf.csv", 57, 79, ',', utf8, false, u"Name"_s);
    add("shopify/NOT-ORDERS-abandoned-checkouts-monfrere-usd.csv", 368, 70, ',', utf8, false,
        u"Name"_s);
    // The README says "UTF-8 BOM", but the file has no byte-order mark.
    add("shopify-resaved/teste-brl-excel-semicolon.csv", 3, 79, ';', utf8, false, u"Name"_s);
    add("woocommerce/algolplus-zar-2025-11-12.csv", 576, 12, ',', utf8, false,
        u"Order Number"_s);
    add("tiendanube/ventas-ars-2025-11-cp1252-semicolon.csv", 623, 45, ';',
        TextEncoding::Windows1252, false, u"Número de orden"_s);
    add("temu/temu-de-2025-11-bestellungen.csv", 4, 46, ',', utf8, true, u"Bestell-ID"_s);
}

void TestCsvReader::storefrontFiles_readCompletely()
{
    QFETCH(QString, file);
    QFETCH(int, records);
    QFETCH(int, columns);
    QFETCH(char, delimiter);
    QFETCH(TextEncoding, encoding);
    QFETCH(bool, bom);
    QFETCH(QString, firstColumn);

    const QString path = storefrontDir() + u'/' + file;
    if (!QFile::exists(path))
        QSKIP("The storefront samples are not here.");

    QList<qint64> referenceLines;
    Records referenceRecords;
    for (qsizetype blockSize : {qsizetype(0), qsizetype(4096), qsizetype(7)}) {
        auto opened = CsvReader::open(path);
        KONTOR_VERIFY_OK(opened);
        CsvReader &reader = *opened.value();
        if (blockSize > 0)
            reader.setBlockSize(blockSize);
        CsvRecord record;
        QVERIFY(reader.next(record));
        QCOMPARE(record.size(), columns);
        QCOMPARE(record.line(), 1);
        QCOMPARE(record.text(0), firstColumn);
        int count = 0;
        qint64 previousLast = record.lastLine();
        QList<qint64> lines;
        Records all;
        while (reader.next(record)) {
            ++count;
            QCOMPARE(record.size(), columns);
            QCOMPARE(record.line(), previousLast + 1);
            previousLast = record.lastLine();
            lines << record.line();
            if (blockSize == 0 || count % 50 == 0) {
                QStringList fields;
                for (int i = 0; i < record.size(); ++i)
                    fields << record.text(i);
                all << fields;
            }
        }
        QVERIFY2(!reader.error(), qPrintable(describe(reader.error())));
        QCOMPARE(count, records);
        QCOMPARE(reader.delimiter(), delimiter);
        QCOMPARE(reader.encoding(), encoding);
        QCOMPARE(reader.hadByteOrderMark(), bom);
        QCOMPARE(reader.bytesRead(), reader.bytesTotal());
        if (blockSize == 0) {
            referenceLines = lines;
            referenceRecords = all;
        } else {
            QCOMPARE(lines, referenceLines);
            for (qsizetype i = 0; i < all.size(); ++i)
                QCOMPARE(all.at(i), referenceRecords.at((i + 1) * 50 - 1));
        }
    }
}

QTEST_GUILESS_MAIN(TestCsvReader)
#include "tst_csvreader.moc"
