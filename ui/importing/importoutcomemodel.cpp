// SPDX-FileCopyrightText: 2026 The Kontor authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "importoutcomemodel.h"

#include "common/roles.h"

#include <QFileInfo>
#include <QLocale>

namespace Kontor::Ui {

ImportOutcomeModel::ImportOutcomeModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

ImportOutcomeModel::~ImportOutcomeModel() = default;

void ImportOutcomeModel::setOutcomes(std::vector<ImportJob::Outcome> outcomes,
                                     std::vector<ImportJob::File> files)
{
    Q_ASSERT(outcomes.size() == files.size());
    beginResetModel();
    m_outcomes = std::move(outcomes);
    m_files = std::move(files);
    endResetModel();
}

int ImportOutcomeModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_outcomes.size());
}

int ImportOutcomeModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ImportOutcomeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::TextAlignmentRole) {
        const bool number = section >= InsertedColumn && section <= ArticlesColumn;
        return QVariant::fromValue(number ? Qt::AlignRight | Qt::AlignVCenter
                                          : Qt::AlignLeft | Qt::AlignVCenter);
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case InsertedColumn: return tr("Orders Kontor did not know yet");
        case UpdatedColumn: return tr("Known orders whose payment, refunds or state changed");
        case UnchangedColumn: return tr("Known orders exactly as imported before");
        case RejectedColumn: return tr("Orders that could not be read or booked: see the problems");
        case LinesColumn: return tr("Order items read, of all orders");
        default: return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case FileColumn: return tr("File");
    case ResultColumn: return tr("Result");
    case InsertedColumn: return tr("New");
    case UpdatedColumn: return tr("Updated");
    case UnchangedColumn: return tr("Unchanged");
    case RejectedColumn: return tr("Rejected");
    case LinesColumn: return tr("Items");
    case CustomersColumn: return tr("New customers");
    case ArticlesColumn: return tr("New articles");
    case ProfileColumn: return tr("Profile");
    case ShopColumn: return tr("Shop");
    default: return {};
    }
}

QString ImportOutcomeModel::resultText(const ImportJob::Outcome &outcome,
                                       const ImportOptions &options)
{
    if (outcome.error)
        return tr("Not imported: %1").arg(outcome.error->message);
    if (!outcome.started || !outcome.report)
        return tr("Not imported: the import was stopped before this file");
    const ImportReport &report = *outcome.report;
    if (report.cancelled)
        return tr("Stopped: nothing of this file was saved");
    if (options.dryRun)
        return tr("Checked; nothing saved (dry run)");
    if (!report.committed && report.rejected > 0)
        return tr("Nothing saved: orders were rejected (all or nothing)");
    if (report.committed)
        return tr("Saved as import %1").arg(report.batch.value());
    return tr("Nothing saved");
}

QVariant ImportOutcomeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ImportJob::Outcome &outcome = m_outcomes[size_t(index.row())];
    const ImportJob::File &file = m_files[size_t(index.row())];
    const ImportReport *report = outcome.report ? &*outcome.report : nullptr;
    const auto count = [&](qint64 value) -> QVariant {
        if (!report || report->cancelled)
            return {};
        return role == SortRole ? QVariant(value) : QVariant(QLocale().toString(value));
    };
    switch (role) {
    case Qt::DisplayRole:
    case SortRole:
        switch (index.column()) {
        case FileColumn: return QFileInfo(outcome.path).fileName();
        case ResultColumn: return resultText(outcome, file.options);
        case InsertedColumn: return count(report ? report->inserted : 0);
        case UpdatedColumn: return count(report ? report->updated : 0);
        case UnchangedColumn: return count(report ? report->unchanged : 0);
        case RejectedColumn: return count(report ? report->rejected : 0);
        case LinesColumn: return count(report ? report->lines : 0);
        case CustomersColumn: return count(report ? report->customersCreated : 0);
        case ArticlesColumn: return count(report ? report->articlesCreated : 0);
        case ProfileColumn: return report ? report->profileName : QString();
        case ShopColumn: return report ? report->shop : QString();
        default: return {};
        }
    case Qt::ToolTipRole:
        switch (index.column()) {
        case FileColumn: return outcome.path;
        case ResultColumn: return resultText(outcome, file.options);
        default: return {};
        }
    case Qt::TextAlignmentRole:
        return headerData(index.column(), Qt::Horizontal, role);
    default:
        return {};
    }
}

} // namespace Kontor::Ui
