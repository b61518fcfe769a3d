// SPDX-FileCopyrightText: 2026 The Kontor authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "importproblemmodel.h"

#include "common/roles.h"

#include <QFileInfo>
#include <QLocale>

namespace Kontor::Ui {

ImportProblemModel::ImportProblemModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

ImportProblemModel::~ImportProblemModel() = default;

void ImportProblemModel::setProblems(std::vector<ImportProblem> problems)
{
    beginResetModel();
    m_problems = std::move(problems);
    endResetModel();
}

int ImportProblemModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_problems.size());
}

int ImportProblemModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ImportProblemModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::TextAlignmentRole) {
        return QVariant::fromValue(section == LineColumn ? Qt::AlignRight | Qt::AlignVCenter
                                                         : Qt::AlignLeft | Qt::AlignVCenter);
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case FileColumn: return tr("File");
    case LineColumn: return tr("Line");
    case HeaderColumn: return tr("Column");
    case ValueColumn: return tr("Value");
    case MessageColumn: return tr("Problem");
    default: return {};
    }
}

QVariant ImportProblemModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ImportProblem &p = m_problems[size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case FileColumn: return QFileInfo(p.fileName).fileName();
        case LineColumn: return p.line > 0 ? QLocale().toString(p.line) : QString();
        case HeaderColumn: return p.column;
        case ValueColumn: return p.value;
        case MessageColumn: return p.message;
        default: return {};
        }
    case SortRole:
        return index.column() == LineColumn ? QVariant(p.line) : data(index, Qt::DisplayRole);
    case Qt::ToolTipRole:
        return index.column() == FileColumn ? p.fileName : data(index, Qt::DisplayRole);
    case Qt::TextAlignmentRole:
        return headerData(index.column(), Qt::Horizontal, role);
    default:
        return {};
    }
}

} // namespace Kontor::Ui
