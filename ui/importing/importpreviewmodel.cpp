// SPDX-FileCopyrightText: 2026 The Kontor authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "importpreviewmodel.h"

#include "common/format.h"
#include "common/roles.h"

#include <QApplication>
#include <QColor>
#include <QLocale>
#include <QStyle>

namespace Kontor::Ui {

namespace {

QString problemText(const ImportProblem &problem)
{
    if (problem.column.isEmpty())
        return problem.message;
    //: A problem of an imported order: %1 the column's header, %2 what is wrong
    return ImportPreviewModel::tr("%1: %2").arg(problem.column, problem.message);
}

} // namespace

ImportPreviewModel::ImportPreviewModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

ImportPreviewModel::~ImportPreviewModel() = default;

void ImportPreviewModel::setRows(std::vector<ImportPreviewRow> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

int ImportPreviewModel::rejectedCount() const
{
    int rejected = 0;
    for (const ImportPreviewRow &row : m_rows)
        rejected += row.rejected() ? 1 : 0;
    return rejected;
}

int ImportPreviewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ImportPreviewModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ImportPreviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::TextAlignmentRole) {
        const bool right = section == TotalColumn || section == TaxesColumn
            || section == PaidColumn || section == RefundedColumn || section == LinesColumn
            || section == LineColumn;
        return QVariant::fromValue(right ? Qt::AlignRight | Qt::AlignVCenter
                                         : Qt::AlignLeft | Qt::AlignVCenter);
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case LineColumn: return tr("Line");
    case KeyColumn: return tr("Order");
    //: What the import does with an order: new, unchanged, changed, edited in the shop
    case PlanColumn: return tr("Import");
    case DateColumn: return tr("Ordered");
    case CustomerColumn: return tr("Customer");
    case EmailColumn: return tr("E-mail");
    case TotalColumn: return tr("Total");
    case TaxesColumn: return tr("Taxes");
    //: Column header: how much of the order the customer has paid
    case PaidColumn: return tr("Paid");
    case RefundedColumn: return tr("Refunded");
    case StatusColumn: return tr("Payment");
    case LinesColumn: return tr("Items");
    case ProblemColumn: return tr("Problem");
    default: return {};
    }
}

QVariant ImportPreviewModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ImportPreviewRow &row = m_rows[size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        return displayValue(row, index.column());
    case SortRole:
        return sortValue(row, index.column());
    case Qt::TextAlignmentRole:
        return headerData(index.column(), Qt::Horizontal, role);
    case Qt::ForegroundRole:
        if (row.rejected())
            return QColor(0xa4, 0x00, 0x0f); // a dark red that reads on light and grey rows
        return {};
    case Qt::DecorationRole:
        if (row.rejected() && index.column() == ProblemColumn)
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
        return {};
    case Qt::ToolTipRole:
        if (row.rejected()) {
            QStringList lines;
            for (const ImportProblem &problem : row.problems)
                lines.append(tr("Line %1: %2").arg(problem.line).arg(problemText(problem)));
            return lines.join(u'\n');
        }
        if (index.column() == PlanColumn && row.plan)
            return planExplanation(*row.plan);
        return {};
    default:
        return {};
    }
}

QVariant ImportPreviewModel::displayValue(const ImportPreviewRow &row, int column) const
{
    const ImportedOrder &o = row.order;
    if (row.rejected() && !row.refusedByBooks) {
        // What the reader could not read is not worth showing; the key and place are.
        switch (column) {
        case LineColumn: return QLocale().toString(o.firstLine);
        case KeyColumn: return o.key;
        case StatusColumn: return tr("Cannot be imported");
        case ProblemColumn: return problemText(row.problems.front());
        default: return {};
        }
    }
    switch (column) {
    case LineColumn: return QLocale().toString(o.firstLine);
    case KeyColumn: return o.key;
    case PlanColumn:
        if (row.refusedByBooks)
            return tr("Cannot be imported");
        return row.plan ? planText(*row.plan) : QString();
    case DateColumn: return Format::dateTime(o.createdAt);
    case CustomerColumn: return o.customerName.isEmpty() ? o.company : o.customerName;
    case EmailColumn: return o.email;
    case TotalColumn: return Format::money(o.total);
    case TaxesColumn: return Format::money(o.taxes);
    case PaidColumn: return Format::moneyOrBlank(paidAmount(o));
    case RefundedColumn: return Format::moneyOrBlank(o.refunded);
    case StatusColumn: return statusText(o.financialStatus, o.cancelled);
    case LinesColumn: return QLocale().toString(qint64(o.lines.size()));
    case ProblemColumn: return row.rejected() ? problemText(row.problems.front()) : QString();
    default: return {};
    }
}

QVariant ImportPreviewModel::sortValue(const ImportPreviewRow &row, int column) const
{
    const ImportedOrder &o = row.order;
    switch (column) {
    case LineColumn: return o.firstLine;
    case DateColumn: return o.createdAt;
    case TotalColumn: return o.total.minorUnits();
    case TaxesColumn: return o.taxes.minorUnits();
    case PaidColumn: return paidAmount(o).minorUnits();
    case RefundedColumn: return o.refunded.minorUnits();
    case StatusColumn: return financialStatusKey(o.financialStatus);
    case LinesColumn: return qint64(o.lines.size());
    default: return displayValue(row, column);
    }
}

QString ImportPreviewModel::planText(ImportChange plan)
{
    switch (plan) {
    case ImportChange::New: return tr("New");
    case ImportChange::Unchanged: return tr("Unchanged");
    case ImportChange::Updated: return tr("Changed");
    case ImportChange::Edited: return tr("Edited in the shop");
    }
    return {};
}

QString ImportPreviewModel::planExplanation(ImportChange plan)
{
    switch (plan) {
    case ImportChange::New:
        return tr("Not in the books yet: the import books it.");
    case ImportChange::Unchanged:
        return tr("In the books as the shop states it: the import leaves it alone.");
    case ImportChange::Updated:
        return tr("In the books; the shop states another payment, refund, cancellation or "
                  "fulfilment: the import books what changed, once.");
    case ImportChange::Edited:
        return tr("In the books with other lines or amounts: the import reverses its sale and "
                  "books it anew as the shop states it now.");
    }
    return {};
}

QString ImportPreviewModel::statusText(FinancialStatus status, bool cancelled)
{
    QString text;
    switch (status) {
    case FinancialStatus::Pending: text = tr("Not paid yet"); break;
    case FinancialStatus::Authorized: text = tr("Authorised"); break;
    case FinancialStatus::PartiallyPaid: text = tr("Partly paid"); break;
    case FinancialStatus::Paid: text = tr("Paid"); break;
    case FinancialStatus::PartiallyRefunded: text = tr("Partly refunded"); break;
    case FinancialStatus::Refunded: text = tr("Refunded"); break;
    case FinancialStatus::Voided: text = tr("Voided"); break;
    case FinancialStatus::Expired: text = tr("Expired"); break;
    }
    //: The payment status of a cancelled order: %1 the status ("Refunded, cancelled")
    return cancelled ? tr("%1, cancelled").arg(text) : text;
}

} // namespace Kontor::Ui
