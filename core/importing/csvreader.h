// SPDX-FileCopyrightText: 2026 The Kontor authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>

#include <memory>
#include <optional>
#include <vector>

class QIODevice;

namespace Kontor {

/// The character encodings a shop export arrives in.
enum class TextEncoding { Utf8, Utf16LE, Utf16BE, Windows1252 };

/// "UTF-8", "UTF-16LE", "UTF-16BE", "Windows-1252".
QString textEncodingName(TextEncoding encoding);
/// Accepts the names above, case-insensitive, plus "utf8", "cp1252", "latin1"-style aliases
/// that mean Windows-1252.
std::optional<TextEncoding> textEncodingFromName(QStringView name);

/**
 * One CSV record as read: its fields as UTF-8 (quotes removed, doubled quotes collapsed,
 * whatever the file's encoding was) and the physical lines it spans. The fields are views into
 * the reader's buffer and stay valid until the next call of CsvReader::next().
 */
class CsvRecord
{
public:
    /// 1-based physical line the record starts on (a quoted line break makes a record span
    /// several lines; the header is line 1).
    qint64 line() const { return m_line; }
    /// Physical line the record ends on.
    qint64 lastLine() const { return m_lastLine; }

    int size() const { return int(m_fields.size()); }
    QByteArrayView field(int index) const
    {
        return index >= 0 && index < size() ? m_fields[size_t(index)] : QByteArrayView();
    }
    QString text(int index) const { return QString::fromUtf8(field(index)); }
    /// Whether every field is empty (a blank line or a line of delimiters only).
    bool isBlank() const;
    /// The record exactly as it stood in the file, converted to UTF-8, without its final line
    /// break: for fingerprints and for writing rejected records back out.
    QByteArrayView raw() const { return m_raw; }

private:
    friend class CsvReader;
    std::vector<QByteArrayView> m_fields;
    QByteArrayView m_raw;
    qint64 m_line = 0;
    qint64 m_lastLine = 0;
};

struct CsvOptions
{
    /// ',', ';', '\t' or '|'; detected from the first record when unset.
    std::optional<char> delimiter;
    /// Detected from the byte-order mark, else UTF-8 when the bytes are valid UTF-8, else
    /// Windows-1252, when unset.
    std::optional<TextEncoding> encoding;
};

/**
 * A streaming RFC 4180 reader. It holds a bounded buffer (a record plus a read-ahead block),
 * never the file. Records end with LF, CRLF or CR, mixed freely; quoted fields may contain the
 * delimiter, doubled quotes and line breaks. A byte-order mark is skipped.
 *
 * Malformed input (a quote inside an unquoted field is accepted as text, as spreadsheets do;
 * but a quoted field that never closes, text after a closing quote, bytes that are not valid in
 * the encoding) stops the reader with an error naming the file, line and column.
 */
class CsvReader
{
    Q_DECLARE_TR_FUNCTIONS(Kontor::CsvReader)
public:
    /// Reads from device, which must stay open while the reader lives. fileName is for messages.
    CsvReader(QIODevice &device, QString fileName, CsvOptions options = {});
    ~CsvReader();
    Q_DISABLE_COPY_MOVE(CsvReader)

    /// Opens a file; an error names it when it cannot be read.
    static Result<std::unique_ptr<CsvReader>> open(const QString &path, CsvOptions options = {});

    /// Decided on the first call of next(), from the options or from the file's first bytes.
    /// A file without a byte-order mark that was plain ASCII so far turns to Windows-1252 when
    /// a byte that is not UTF-8 comes later, so this may change from UTF-8 while reading.
    TextEncoding encoding() const;
    bool hadByteOrderMark() const;
    char delimiter() const;
    const QString &fileName() const;

    /// Reads the next record. Returns false at the end of the input and on an error; error()
    /// tells which.
    bool next(CsvRecord &record);
    const std::optional<Error> &error() const;

    /// Bytes of the input consumed so far, and the input's size (-1 when unknown): for progress.
    qint64 bytesRead() const;
    qint64 bytesTotal() const;

    /// How many bytes are read from the device at a time (256 KiB unless set). Call before the
    /// first next(); tests use tiny blocks so that records straddle block boundaries.
    void setBlockSize(qsizetype bytes);

private:
    struct Private;
    std::unique_ptr<Private> d;
    std::unique_ptr<QIODevice> m_ownedDevice;
};

} // namespace Kontor
