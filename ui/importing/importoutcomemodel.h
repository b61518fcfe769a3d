// SPDX-FileCopyrightText: 2026 The Kontor authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importjob.h"

#include <QAbstractTableModel>

#include <vector>

namespace Kontor::Ui {

/// What an import run did with each of its files: the result and the counts.
class ImportOutcomeModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportOutcomeModel)
public:
    enum Column {
        FileColumn,
        ResultColumn,
        InsertedColumn,
        UpdatedColumn,
        UnchangedColumn,
        RejectedColumn,
        LinesColumn,
        CustomersColumn,
        ArticlesColumn,
        ProfileColumn,
        ShopColumn,
        ColumnCount
    };

    explicit ImportOutcomeModel(QObject *parent = nullptr);
    ~ImportOutcomeModel() override;

    /// files: what the job was asked, one per outcome.
    void setOutcomes(std::vector<ImportJob::Outcome> outcomes, std::vector<ImportJob::File> files);
    const std::vector<ImportJob::Outcome> &outcomes() const { return m_outcomes; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    /// What became of a file, in a few words: "Saved as import 12".
    static QString resultText(const ImportJob::Outcome &outcome, const ImportOptions &options);

private:
    std::vector<ImportJob::Outcome> m_outcomes;
    std::vector<ImportJob::File> m_files;
};

} // namespace Kontor::Ui
