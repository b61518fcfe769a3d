// SPDX-FileCopyrightText: 2026 The Kontor authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWizardPage>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;

namespace Kontor::Ui {

class ImportSession;

/// The wizard's first page: the files, what each is recognised as, the profile, shop and options.
class ImportFilesPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportFilesPage)
public:
    enum Column { NameColumn, SizeColumn, ProfileColumn, ColumnCount };

    explicit ImportFilesPage(ImportSession &session, QWidget *parent = nullptr);
    ~ImportFilesPage() override;

    bool isComplete() const override;

    QTreeWidget *fileList() const { return m_files; }
    QComboBox *profileChooser() const { return m_profile; }
    /// The file dialog filter for shop exports.
    static QString exportFileFilter();
    /// The file dialog filter for profile files.
    static QString profileFileFilter();

private:
    void chooseFiles();
    void removeFile();
    void chooseProfile(int item);
    void updateFiles();
    void updateProfiles();
    void updateShop();

    ImportSession &m_session;
    QTreeWidget *m_files = nullptr;
    QPushButton *m_remove = nullptr;
    QLabel *m_problems = nullptr;
    QComboBox *m_profile = nullptr;
    QLineEdit *m_shop = nullptr;
    QCheckBox *m_allOrNothing = nullptr;
    QCheckBox *m_dryRun = nullptr;
};

} // namespace Kontor::Ui
