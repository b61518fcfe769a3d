// SPDX-FileCopyrightText: 2026 The Kontor authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/actor.h"
#include "importing/importbatch.h"

#include <QAbstractTableModel>

#include <vector>

namespace Kontor {
class ImportService;
} // namespace Kontor

namespace Kontor::Ui {

/// The import batches, newest first, each with whether it can still be undone. There are few
/// (one per imported file), so all of them are read at once.
class ImportBatchTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportBatchTableModel)
public:
    enum Column {
        NumberColumn,
        StartedColumn,
        UserColumn,
        FileColumn,
        ShopColumn,
        ProfileColumn,
        InsertedColumn,
        UpdatedColumn,
        UnchangedColumn,
        RejectedColumn,
        LinesColumn,
        StateColumn,
        ColumnCount
    };

    ImportBatchTableModel(ImportService &imports, const Actor &actor, QObject *parent = nullptr);
    ~ImportBatchTableModel() override;

    /// Reads the batches again; false (and loadFailed()) when the database refuses.
    bool reload();

    const ImportBatch *batchAt(int row) const;
    /// Whether the batch of row can be undone, as found when the batches were read.
    bool canUndo(int row) const;
    int rowOf(ImportBatchId id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void loadFailed(const QString &message);

private:
    struct Row
    {
        ImportBatch batch;
        bool canUndo = false;
    };
    QString stateText(const Row &row) const;

    ImportService &m_imports;
    const Actor m_actor;
    std::vector<Row> m_rows;
};

} // namespace Kontor::Ui
