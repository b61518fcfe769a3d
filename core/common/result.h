// SPDX-FileCopyrightText: 2026 The Kontor authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>
#include <utility>

namespace Kontor {

/// An error a user can read: a translated message and, where it came from a file, the place.
struct Error
{
    QString message;
    QString file;
    qint64 line = 0;    ///< 1-based; 0 when not from a file
    int column = 0;     ///< 1-based; 0 when not known
    QString field;      ///< the field or column name, when known
    /// The storage itself failed (disk full, read-only, busy, damaged), not a rule about the
    /// data: whatever was being done as a whole must stop.
    bool storageFailure = false;
    /// The access policy refused: the actor lacks a permission (AccessPolicy::require).
    bool refused = false;
    /// An imported order's number is another order's in the books, most likely one of another
    /// shop imported under the same shop name (OrderService::changeOf).
    bool numberTaken = false;

    /// The message with its place in front: "orders.csv:12, column 'Total': …".
    QString toString() const;
};

/// A value or an Error. Core functions return this instead of throwing or failing silently.
template<class T>
class [[nodiscard]] Result
{
public:
    Result(T value) : m_value(std::move(value)) { }   // NOLINT: implicit by design
    Result(Error error) : m_error(std::move(error)) { } // NOLINT: implicit by design

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }

    const T &value() const & { Q_ASSERT(ok()); return *m_value; }
    T &value() & { Q_ASSERT(ok()); return *m_value; }
    T &&value() && { Q_ASSERT(ok()); return std::move(*m_value); }
    const T &operator*() const & { return value(); }
    const T *operator->() const { return &value(); }

    const Error &error() const { Q_ASSERT(!ok()); return m_error; }

private:
    std::optional<T> m_value;
    Error m_error;
};

/// Result of an operation that yields nothing but success or an error.
template<>
class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error) : m_error(std::move(error)), m_failed(true) { } // NOLINT: implicit

    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    const Error &error() const { Q_ASSERT(m_failed); return m_error; }

private:
    Error m_error;
    bool m_failed = false;
};

using Status = Result<void>;

inline Error makeError(QString message)
{
    return Error{std::move(message), {}, 0, 0, {}, false};
}

} // namespace Kontor
