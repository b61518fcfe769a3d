// SPDX-FileCopyrightText: 2026 The Kontor authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "importmappingeditor.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QEvent>
#include <QHeaderView>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Kontor::Ui {

namespace {

// The reader compares headers trimmed and ignoring case; so does the editor.
int indexOfHeader(const QStringList &header, const QString &name)
{
    const QString wanted = name.trimmed().toCaseFolded();
    for (int i = 0; i < header.size(); ++i) {
        if (header[i].trimmed().toCaseFolded() == wanted)
            return i;
    }
    return -1;
}

ImportField fieldAt(int row)
{
    return importFields()[size_t(row)].field;
}

} // namespace

ImportMappingEditor::ImportMappingEditor(QWidget *parent)
    : QWidget(parent)
    , m_table(new QTableWidget(int(importFields().size()), ColumnCount, this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table);

    m_table->setObjectName(QStringLiteral("mappingTable"));
    m_table->setHorizontalHeaderLabels(
        {tr("Kontor field"), tr("Column in the file"), tr("First order in the file")});
    m_table->verticalHeader()->hide();
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);

    for (int row = 0; row < m_table->rowCount(); ++row) {
        const ImportFieldInfo &info = importFields()[size_t(row)];
        auto *label = new QTableWidgetItem(importFieldLabel(info.field));
        QString tip = tr("Profile key: %1").arg(QLatin1StringView(info.key));
        if (info.required) {
            QFont bold = label->font();
            bold.setBold(true);
            label->setFont(bold);
            tip = tr("Required: every order needs it.") + u'\n' + tip;
        }
        label->setToolTip(tip);
        m_table->setItem(row, FieldColumn, label);
        m_table->setItem(row, ExampleColumn, new QTableWidgetItem);

        auto *combo = new QComboBox(m_table);
        combo->setObjectName(QLatin1StringView(info.key));
        combo->setMaxVisibleItems(20);
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(16);
        // A wheel turning over the list scrolls it; it changes a mapping only in a combo box
        // the user has clicked into.
        combo->setFocusPolicy(Qt::StrongFocus);
        combo->installEventFilter(this);
        connect(combo, &QComboBox::activated, this, [this, row, combo](int item) {
            choose(row, combo->itemData(item).toStringList());
        });
        m_table->setCellWidget(row, FileColumn, combo);
    }
    m_table->verticalHeader()->setDefaultSectionSize(
        qMax(m_table->verticalHeader()->defaultSectionSize(),
             m_table->cellWidget(0, FileColumn)->sizeHint().height() + 2));
    m_table->resizeColumnToContents(FieldColumn);
    m_table->setColumnWidth(FieldColumn, m_table->columnWidth(FieldColumn) + 24);
    m_table->setColumnWidth(FileColumn, qMax(260, m_table->cellWidget(0, FileColumn)->sizeHint().width()));
    m_table->horizontalHeader()->setStretchLastSection(true);
}

ImportMappingEditor::~ImportMappingEditor() = default;

int ImportMappingEditor::rowOf(ImportField field)
{
    const auto &fields = importFields();
    for (size_t i = 0; i < fields.size(); ++i) {
        if (fields[i].field == field)
            return int(i);
    }
    return -1;
}

QComboBox *ImportMappingEditor::comboOf(ImportField field) const
{
    return qobject_cast<QComboBox *>(m_table->cellWidget(rowOf(field), FileColumn));
}

void ImportMappingEditor::setMapping(const ImportProfile &profile, const QStringList &header,
                                     const QStringList &example)
{
    // Only rows that change are filled again: the combo box a choice came from is still
    // busy telling about it when the edited profile comes back here.
    const bool sameFile = header == m_header && example == m_example;
    const QHash<ImportField, QStringList> before = m_columns;
    m_header = header;
    m_example = example;
    m_columns = profile.columns;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const ImportField field = fieldAt(row);
        if (!m_filled || !sameFile || before.value(field) != m_columns.value(field))
            fillRow(row);
    }
    m_filled = true;
}

QStringList ImportMappingEditor::columnsOf(ImportField field) const
{
    return m_columns.value(field);
}

void ImportMappingEditor::chooseColumns(ImportField field, const QStringList &headers)
{
    QComboBox *combo = comboOf(field);
    for (int item = 0; item < combo->count(); ++item) {
        if (combo->itemData(item).toStringList() == headers) {
            combo->setCurrentIndex(item);
            choose(rowOf(field), headers);
            return;
        }
    }
}

void ImportMappingEditor::choose(int row, const QStringList &headers)
{
    const ImportField field = fieldAt(row);
    if (headers == m_columns.value(field))
        return;
    if (headers.isEmpty())
        m_columns.remove(field);
    else
        m_columns.insert(field, headers);
    updateExample(row);
    Q_EMIT columnsChanged(field, headers);
}

void ImportMappingEditor::fillRow(int row)
{
    auto *combo = qobject_cast<QComboBox *>(m_table->cellWidget(row, FileColumn));
    const QSignalBlocker blocker(combo);
    combo->clear();
    const ImportFieldInfo &info = importFields()[size_t(row)];
    combo->addItem(info.required ? tr("— choose a column —") : tr("— not read —"), QStringList());
    const QStringList mapped = m_columns.value(info.field);
    int current = 0;
    if (mapped.size() > 1) {
        // Several columns combined (amounts added, names joined): kept as one choice.
        combo->addItem(mapped.join(QStringLiteral(" + ")), mapped);
        current = 1;
    } else if (mapped.size() == 1 && indexOfHeader(m_header, mapped.first()) < 0) {
        //: In the column list of the mapping editor: a header the profile names that the file
        //: does not have; %1 the header
        combo->addItem(tr("%1 (not in this file)").arg(mapped.first()), mapped);
        current = 1;
    }
    const int mappedColumn = mapped.size() == 1 ? indexOfHeader(m_header, mapped.first()) : -1;
    for (int column = 0; column < m_header.size(); ++column) {
        // The profile's own spelling stays selected, so that nothing changes unless chosen.
        const bool isMapped = column == mappedColumn;
        combo->addItem(m_header[column], isMapped ? mapped : QStringList{m_header[column]});
        if (isMapped)
            current = combo->count() - 1;
    }
    combo->setCurrentIndex(current);
    combo->setToolTip(combo->currentText());
    updateExample(row);
}

void ImportMappingEditor::updateExample(int row)
{
    QStringList values;
    for (const QString &name : m_columns.value(fieldAt(row))) {
        const int column = indexOfHeader(m_header, name);
        if (column >= 0 && column < m_example.size() && !m_example[column].trimmed().isEmpty())
            values.append(m_example[column].trimmed());
    }
    QTableWidgetItem *item = m_table->item(row, ExampleColumn);
    item->setText(values.join(u' '));
    item->setToolTip(item->text());
    if (auto *combo = qobject_cast<QComboBox *>(m_table->cellWidget(row, FileColumn)))
        combo->setToolTip(combo->currentText());
}

bool ImportMappingEditor::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Wheel) {
        auto *combo = qobject_cast<QComboBox *>(watched);
        if (combo && !combo->hasFocus()) {
            QCoreApplication::sendEvent(m_table->viewport(), event);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace Kontor::Ui
