// SPDX-FileCopyrightText: 2026 The Kontor authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "importbatchtablemodel.h"

#include "common/format.h"
#include "common/roles.h"
#include "importing/importservice.h"

#include <QGuiApplication>
#include <QLocale>
#include <QPalette>

namespace Kontor::Ui {

ImportBatchTableModel::ImportBatchTableModel(ImportService &imports, const Actor &actor,
                                             QObject *parent)
    : QAbstractTableModel(parent)
    , m_imports(imports)
    , m_actor(actor)
{
}

ImportBatchTableModel::~ImportBatchTableModel() = default;

bool ImportBatchTableModel::reload()
{
    std::vector<Row> rows;
    auto batches = m_imports.history(m_actor);
    bool ok = batches.ok();
    if (ok) {
        for (ImportBatch &batch : batches.value()) {
            auto undoable = m_imports.canUndo(batch.id);
            if (!undoable) {
                Q_EMIT loadFailed(undoable.error().toString());
                ok = false;
                break;
            }
            rows.push_back({std::move(batch), *undoable});
        }
    } else {
        Q_EMIT loadFailed(batches.error().toString());
    }
    beginResetModel();
    m_rows = ok ? std::move(rows) : std::vector<Row>{};
    endResetModel();
    return ok;
}

const ImportBatch *ImportBatchTableModel::batchAt(int row) const
{
    return row >= 0 && row < int(m_rows.size()) ? &m_rows[size_t(row)].batch : nullptr;
}

bool ImportBatchTableModel::canUndo(int row) const
{
    return row >= 0 && row < int(m_rows.size()) && m_rows[size_t(row)].canUndo;
}

int ImportBatchTableModel::rowOf(ImportBatchId id) const
{
    for (size_t i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].batch.id == id)
            return int(i);
    }
    return -1;
}

int ImportBatchTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ImportBatchTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ImportBatchTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    const bool number = section == NumberColumn || (section >= InsertedColumn && section <= LinesColumn);
    if (role == Qt::TextAlignmentRole) {
        return QVariant::fromValue(number ? Qt::AlignRight | Qt::AlignVCenter
                                          : Qt::AlignLeft | Qt::AlignVCenter);
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case InsertedColumn: return tr("Orders the import added");
        case UpdatedColumn: return tr("Known orders whose payment, refunds or state the import changed");
        case UnchangedColumn: return tr("Known orders the import found as they were");
        case RejectedColumn: return tr("Orders that could not be read or booked");
        case LinesColumn: return tr("Order items read, of all orders");
        default: return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NumberColumn: return tr("No.");
    case StartedColumn: return tr("Imported");
    case UserColumn: return tr("By");
    case FileColumn: return tr("File");
    case ShopColumn: return tr("Shop");
    case ProfileColumn: return tr("Profile");
    case InsertedColumn: return tr("New");
    case UpdatedColumn: return tr("Updated");
    case UnchangedColumn: return tr("Unchanged");
    case RejectedColumn: return tr("Rejected");
    case LinesColumn: return tr("Items");
    case StateColumn: return tr("State");
    default: return {};
    }
}

QString ImportBatchTableModel::stateText(const Row &row) const
{
    if (row.batch.undoneAt.isValid()) {
        //: An import batch that was taken back: %1 when, %2 by whom
        return tr("Undone %1 by %2").arg(Format::dateTime(row.batch.undoneAt), row.batch.undoneBy);
    }
    if (row.canUndo)
        return tr("Can be undone");
    return tr("Not yet: a later import changed its orders; undo that one first");
}

QVariant ImportBatchTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows[size_t(index.row())];
    const ImportBatch &b = row.batch;
    const QLocale locale;
    switch (role) {
    case IdRole:
        return b.id.value();
    case Qt::DisplayRole:
        switch (index.column()) {
        case NumberColumn: return QString::number(b.id.value());
        case StartedColumn: return Format::dateTime(b.startedAt);
        case UserColumn: return b.userName;
        case FileColumn: return b.fileName;
        case ShopColumn: return b.shop;
        case ProfileColumn: return b.profile;
        case InsertedColumn: return locale.toString(b.inserted);
        case UpdatedColumn: return locale.toString(b.updated);
        case UnchangedColumn: return locale.toString(b.unchanged);
        case RejectedColumn: return locale.toString(b.rejected);
        case LinesColumn: return locale.toString(b.lines);
        case StateColumn: return stateText(row);
        default: return {};
        }
    case SortRole:
        switch (index.column()) {
        case NumberColumn: return b.id.value();
        case StartedColumn: return b.startedAt;
        case InsertedColumn: return b.inserted;
        case UpdatedColumn: return b.updated;
        case UnchangedColumn: return b.unchanged;
        case RejectedColumn: return b.rejected;
        case LinesColumn: return b.lines;
        default: return data(index, Qt::DisplayRole);
        }
    case Qt::ToolTipRole:
        if (index.column() == StateColumn)
            return stateText(row);
        if (index.column() == FileColumn)
            return b.fileName;
        return {};
    case Qt::ForegroundRole:
        if (b.undoneAt.isValid())
            return QGuiApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        return {};
    case Qt::TextAlignmentRole:
        return headerData(index.column(), Qt::Horizontal, role);
    default:
        return {};
    }
}

} // namespace Kontor::Ui
