// SPDX-FileCopyrightText: 2026 The Kontor authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importing/importprofile.h"

#include <QStringList>
#include <QWidget>

class QComboBox;
class QTableWidget;

namespace Kontor::Ui {

/**
 * The column mapping of an import profile as a table: each of Kontor's fields (required ones
 * in bold), the column of the file it is read from, chosen in a list of the file's headers,
 * and what the file's first row holds there. Choosing a column emits columnsChanged(); the
 * owner turns that into an edited profile and calls setProfile() again.
 */
class ImportMappingEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportMappingEditor)
public:
    enum Column { FieldColumn, FileColumn, ExampleColumn, ColumnCount };

    explicit ImportMappingEditor(QWidget *parent = nullptr);
    ~ImportMappingEditor() override;

    /// Shows profile's mapping against a file's header and its first row.
    void setMapping(const ImportProfile &profile, const QStringList &header,
                    const QStringList &example);

    /// The headers the editor shows for field (empty: not read).
    QStringList columnsOf(ImportField field) const;
    /// Chooses headers for field as a user would, emitting columnsChanged().
    void chooseColumns(ImportField field, const QStringList &headers);
    /// The row of field in the table.
    static int rowOf(ImportField field);
    QTableWidget *table() const { return m_table; }
    QComboBox *comboOf(ImportField field) const;

Q_SIGNALS:
    void columnsChanged(Kontor::ImportField field, const QStringList &headers);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void choose(int row, const QStringList &headers);
    void fillRow(int row);
    void updateExample(int row);

    QTableWidget *m_table = nullptr;
    QStringList m_header;
    QStringList m_example;
    QHash<ImportField, QStringList> m_columns;
    bool m_filled = false;
};

} // namespace Kontor::Ui
