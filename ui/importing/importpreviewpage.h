// SPDX-FileCopyrightText: 2026 The Kontor authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWizardPage>

class QComboBox;
class QLabel;
class QPushButton;
class QTabWidget;
class QTableWidget;

namespace Kontor {
class ImportProfile;
}

namespace Kontor::Ui {

class ImportMappingEditor;
class ImportPreviewModel;
class ImportSession;
class TableView;

/**
 * The wizard's second page: the first orders of a file as Kontor will book them, and the
 * mapping of the file's columns to Kontor's fields, which can be edited and saved as a profile.
 * Every change of the mapping reads the preview again. The import starts from here.
 */
class ImportPreviewPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportPreviewPage)
public:
    enum Tab { OrdersTab, ColumnsTab };

    explicit ImportPreviewPage(ImportSession &session, QWidget *parent = nullptr);
    ~ImportPreviewPage() override;

    void initializePage() override;
    bool isComplete() const override;

    /// The file shown, an index into the session's files.
    int currentFile() const;
    void setCurrentFile(int index);
    ImportPreviewModel *model() const { return m_model; }
    TableView *view() const { return m_view; }
    ImportMappingEditor *mappingEditor() const { return m_mapping; }
    /// How the profile reads dates: each entry's data is its list of Qt formats.
    QComboBox *dateFormatBox() const { return m_dates; }
    /// How it reads amounts: each entry's data is a DecimalFormat.
    QComboBox *decimalBox() const { return m_decimal; }
    /// The time zone of dates without one: each entry's data is a zone id (empty: the
    /// computer's).
    QComboBox *timeZoneBox() const { return m_zone; }
    /// The words of the file's status column, each with its meaning in a combo box beside it
    /// (data: a payment status's key, "cancelled", "other", or empty: not known).
    QTableWidget *statusWordTable() const { return m_statusWords; }
    QTabWidget *tabs() const { return m_tabs; }
    /// What the page says about the file shown: its profile, or why it cannot be read.
    QString statusText() const;
    /// Every problem of the current order, in full.
    QString problemText() const;

private:
    void updateFiles();
    void refresh();
    void showProblems();
    void saveProfile();
    void showReading(const ImportProfile &profile);
    void readingChosen();
    void showStatusWords(const ImportProfile &profile);

    ImportSession &m_session;
    QComboBox *m_file = nullptr;
    QLabel *m_fileLabel = nullptr;
    QLabel *m_status = nullptr;
    QTabWidget *m_tabs = nullptr;
    ImportPreviewModel *m_model = nullptr;
    TableView *m_view = nullptr;
    QLabel *m_problemDetails = nullptr;
    ImportMappingEditor *m_mapping = nullptr;
    QLabel *m_mappingNote = nullptr;
    QComboBox *m_dates = nullptr;
    QComboBox *m_decimal = nullptr;
    QComboBox *m_zone = nullptr;
    QTableWidget *m_statusWords = nullptr;
    QPushButton *m_saveProfile = nullptr;
};

} // namespace Kontor::Ui
