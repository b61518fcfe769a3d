// SPDX-FileCopyrightText: 2026 The Kontor authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importsession.h"

#include <QAbstractTableModel>

#include <vector>

namespace Kontor::Ui {

/// The first orders of an export as Kontor will book them; rejected ones with their problem.
class ImportPreviewModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportPreviewModel)
public:
    enum Column {
        LineColumn,
        KeyColumn,
        PlanColumn,
        DateColumn,
        CustomerColumn,
        EmailColumn,
        TotalColumn,
        TaxesColumn,
        PaidColumn,
        RefundedColumn,
        StatusColumn,
        LinesColumn,
        ProblemColumn,
        ColumnCount
    };

    explicit ImportPreviewModel(QObject *parent = nullptr);
    ~ImportPreviewModel() override;

    void setRows(std::vector<ImportPreviewRow> rows);
    const std::vector<ImportPreviewRow> &rows() const { return m_rows; }
    int rejectedCount() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    /// The payment status as a bookkeeper reads it: "Paid", "Partly refunded".
    static QString statusText(FinancialStatus status, bool cancelled);
    /// What the import will do with an order: "New", "Edited in the shop", …; and why.
    static QString planText(ImportChange plan);
    static QString planExplanation(ImportChange plan);

private:
    QVariant displayValue(const ImportPreviewRow &row, int column) const;
    QVariant sortValue(const ImportPreviewRow &row, int column) const;

    std::vector<ImportPreviewRow> m_rows;
};

} // namespace Kontor::Ui
