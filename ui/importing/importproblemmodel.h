// SPDX-FileCopyrightText: 2026 The Kontor authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importing/importedorder.h"

#include <QAbstractTableModel>

#include <vector>

namespace Kontor::Ui {

/// Why orders were not imported, one row per problem: file, line, column, the cell, the reason.
class ImportProblemModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportProblemModel)
public:
    enum Column { FileColumn, LineColumn, HeaderColumn, ValueColumn, MessageColumn, ColumnCount };

    explicit ImportProblemModel(QObject *parent = nullptr);
    ~ImportProblemModel() override;

    void setProblems(std::vector<ImportProblem> problems);
    const std::vector<ImportProblem> &problems() const { return m_problems; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    std::vector<ImportProblem> m_problems;
};

} // namespace Kontor::Ui
