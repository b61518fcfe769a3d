// SPDX-FileCopyrightText: 2026 The Kontor authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/ids.h"
#include "common/result.h"
#include "orders/order.h"

#include <QDateTime>
#include <QString>

#include <optional>
#include <vector>

namespace Kontor {

class Database;

/// One run of the importer over one file, with what it did.
struct ImportBatch
{
    ImportBatchId id;
    QDateTime startedAt;
    QDateTime finishedAt;
    QString userName;
    QString shop;
    QString fileName;
    QString profile;
    qint64 inserted = 0;
    qint64 updated = 0;
    qint64 unchanged = 0;
    qint64 rejected = 0;
    qint64 lines = 0;
    qint64 customersCreated = 0;
    qint64 articlesCreated = 0;
    QDateTime undoneAt;             ///< valid once undone
    QString undoneBy;
};

/// All SQL about import batches and the orders each touched.
class ImportBatchRepository
{
public:
    explicit ImportBatchRepository(Database &db) : m_db(db) { }

    Result<ImportBatchId> insert(const ImportBatch &batch);
    /// Writes the counts and the finishing time.
    Status finish(const ImportBatch &batch);
    /// Notes that the batch inserted orders, or changed one that was previous before.
    Status recordInserted(ImportBatchId batch, const std::vector<OrderId> &orders);
    Status recordUpdated(ImportBatchId batch, const PreviousOrder &previous);

    Result<std::optional<ImportBatch>> find(ImportBatchId id);
    /// Newest first.
    Result<std::vector<ImportBatch>> all();
    Result<std::vector<OrderId>> insertedBy(ImportBatchId batch);
    /// The orders the batch changed, each with the import state it found them in, and an
    /// edited one with its amounts and lines before.
    Result<std::vector<PreviousOrder>> previousStatesOf(ImportBatchId batch);
    /// Whether a later batch that stands changed one of this batch's orders.
    Result<bool> touchedLater(ImportBatchId batch);
    Status markUndone(ImportBatchId batch, const QString &userName);

private:
    Database &m_db;
};

} // namespace Kontor
