// SPDX-FileCopyrightText: 2026 The Kontor authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "importfilespage.h"

#include "importsession.h"

#include "common/errors.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSettings>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Kontor::Ui {

namespace {

const QString folderKey = QStringLiteral("import/folder");
const QString profileFolderKey = QStringLiteral("import/profileFolder");

// Item data of the profile chooser beside the index into the session's profiles.
constexpr int AutomaticItem = -1;
constexpr int LoadItem = -2;

} // namespace

ImportFilesPage::ImportFilesPage(ImportSession &session, QWidget *parent)
    : QWizardPage(parent)
    , m_session(session)
{
    setTitle(tr("Shop exports to import"));
    setSubTitle(tr("Choose the order exports (CSV) of your shop. Kontor recognises the exports "
                   "of Shopify and WooCommerce by their columns; for others, make a profile "
                   "on the next page."));

    auto *layout = new QVBoxLayout(this);
    auto *filesRow = new QHBoxLayout;
    m_files = new QTreeWidget(this);
    m_files->setObjectName(QStringLiteral("files"));
    m_files->setColumnCount(ColumnCount);
    m_files->setHeaderLabels({tr("File"), tr("Size"), tr("Read as")});
    m_files->setRootIsDecorated(false);
    m_files->setUniformRowHeights(true);
    m_files->setAlternatingRowColors(true);
    m_files->header()->setStretchLastSection(true);
    m_files->header()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    filesRow->addWidget(m_files, 1);
    auto *fileButtons = new QVBoxLayout;
    auto *add = new QPushButton(tr("&Add Files…"), this);
    add->setObjectName(QStringLiteral("addFiles"));
    m_remove = new QPushButton(tr("&Remove"), this);
    m_remove->setObjectName(QStringLiteral("removeFile"));
    fileButtons->addWidget(add);
    fileButtons->addWidget(m_remove);
    fileButtons->addStretch(1);
    filesRow->addLayout(fileButtons);
    layout->addLayout(filesRow, 1);

    m_problems = new QLabel(this);
    m_problems->setObjectName(QStringLiteral("fileProblems"));
    m_problems->setTextFormat(Qt::PlainText);
    m_problems->setWordWrap(true);
    m_problems->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_problems);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_profile = new QComboBox(this);
    m_profile->setObjectName(QStringLiteral("profile"));
    m_profile->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto *profileRow = new QHBoxLayout;
    profileRow->addWidget(m_profile);
    profileRow->addStretch(1);
    form->addRow(tr("&Profile:"), profileRow);
    // The form's label for the row is the buddy of the combo box.
    if (auto *label = qobject_cast<QLabel *>(form->labelForField(profileRow)))
        label->setBuddy(m_profile);

    m_shop = new QLineEdit(this);
    m_shop->setObjectName(QStringLiteral("shop"));
    m_shop->setMaximumWidth(320);
    auto *shopNote = new QLabel(tr("Kontor tells orders apart by shop and order number. Import "
                                   "every export of one shop under the same name; left empty, "
                                   "the shop is named after the profile."),
                                this);
    shopNote->setWordWrap(true);
    form->addRow(tr("&Shop:"), m_shop);
    form->addRow(shopNote);

    m_allOrNothing = new QCheckBox(tr("All or &nothing: import nothing of a file when one of "
                                      "its orders cannot be imported"),
                                   this);
    m_allOrNothing->setObjectName(QStringLiteral("allOrNothing"));
    m_dryRun = new QCheckBox(tr("&Dry run: read and check everything, count what would change, "
                                "save nothing"),
                             this);
    m_dryRun->setObjectName(QStringLiteral("dryRun"));
    form->addRow(tr("Options:"), m_allOrNothing);
    form->addRow(QString(), m_dryRun);
    layout->addLayout(form);

    connect(add, &QPushButton::clicked, this, &ImportFilesPage::chooseFiles);
    connect(m_remove, &QPushButton::clicked, this, &ImportFilesPage::removeFile);
    connect(m_files, &QTreeWidget::currentItemChanged, this,
            [this] { m_remove->setEnabled(m_files->currentItem() != nullptr); });
    connect(m_profile, &QComboBox::activated, this, &ImportFilesPage::chooseProfile);
    connect(m_shop, &QLineEdit::textEdited, &m_session, &ImportSession::setShop);
    connect(m_allOrNothing, &QCheckBox::toggled, &m_session, &ImportSession::setAllOrNothing);
    connect(m_dryRun, &QCheckBox::toggled, &m_session, &ImportSession::setDryRun);
    connect(&m_session, &ImportSession::filesChanged, this, &ImportFilesPage::updateFiles);
    connect(&m_session, &ImportSession::profileChanged, this, [this] {
        updateProfiles();
        updateFiles();
    });
    connect(&m_session, &ImportSession::optionsChanged, this, [this] {
        if (m_shop->text() != m_session.shop())
            m_shop->setText(m_session.shop());
        m_allOrNothing->setChecked(m_session.allOrNothing());
        m_dryRun->setChecked(m_session.dryRun());
    });
    updateProfiles();
    updateFiles();
}

ImportFilesPage::~ImportFilesPage() = default;

bool ImportFilesPage::isComplete() const
{
    return !m_session.files().isEmpty();
}

QString ImportFilesPage::exportFileFilter()
{
    return tr("Order exports (*.csv *.txt);;All files (*)");
}

QString ImportFilesPage::profileFileFilter()
{
    return tr("Import profiles (*.json);;All files (*)");
}

void ImportFilesPage::chooseFiles()
{
    QSettings settings;
    const QStringList files = QFileDialog::getOpenFileNames(
        this, tr("Choose Shop Exports"), settings.value(folderKey).toString(), exportFileFilter());
    if (files.isEmpty())
        return;
    settings.setValue(folderKey, QFileInfo(files.first()).absolutePath());
    m_session.addFiles(files);
}

void ImportFilesPage::removeFile()
{
    if (QTreeWidgetItem *item = m_files->currentItem())
        m_session.removeFile(m_files->indexOfTopLevelItem(item));
}

void ImportFilesPage::chooseProfile(int item)
{
    const int choice = m_profile->itemData(item).toInt();
    if (choice != LoadItem) {
        m_session.setProfileIndex(choice);
        return;
    }
    QSettings settings;
    const QString path = QFileDialog::getOpenFileName(this, tr("Load Import Profile"),
                                                      settings.value(profileFolderKey).toString(),
                                                      profileFileFilter());
    if (!path.isEmpty()) {
        settings.setValue(profileFolderKey, QFileInfo(path).absolutePath());
        if (Status loaded = m_session.loadProfile(path); !loaded)
            showError(this, tr("Load Import Profile"), loaded.error());
    }
    updateProfiles(); // back to the profile in use when nothing was loaded
}

void ImportFilesPage::updateProfiles()
{
    const QSignalBlocker blocker(m_profile);
    m_profile->clear();
    m_profile->addItem(tr("Recognise the shop from the columns"), AutomaticItem);
    const auto &profiles = m_session.profiles();
    const int builtIns = int(ImportProfile::builtIns().size());
    for (int i = 0; i < int(profiles.size()); ++i) {
        if (i == builtIns)
            m_profile->insertSeparator(m_profile->count());
        m_profile->addItem(profiles[size_t(i)].name, i);
    }
    m_profile->insertSeparator(m_profile->count());
    m_profile->addItem(tr("Load Profile File…"), LoadItem);
    m_profile->setCurrentIndex(m_profile->findData(m_session.profileIndex()));
    updateShop();
}

void ImportFilesPage::updateShop()
{
    m_shop->setPlaceholderText(m_session.files().isEmpty() ? QString()
                                                           : m_session.defaultShop(0));
}

void ImportFilesPage::updateFiles()
{
    const int current = m_files->currentItem() ? m_files->indexOfTopLevelItem(m_files->currentItem())
                                               : -1;
    m_files->clear();
    QStringList problems;
    const QIcon warning = style()->standardIcon(QStyle::SP_MessageBoxWarning);
    const QLocale locale;
    for (int i = 0; i < m_session.files().size(); ++i) {
        const ImportFileCheck &check = m_session.check(i);
        const QFileInfo info(check.path);
        auto *item = new QTreeWidgetItem(m_files);
        item->setText(NameColumn, info.fileName());
        item->setToolTip(NameColumn, QDir::toNativeSeparators(check.path));
        item->setText(SizeColumn, locale.formattedDataSize(info.size(), 1, QLocale::DataSizeTraditionalFormat));
        item->setTextAlignment(SizeColumn, Qt::AlignRight | Qt::AlignVCenter);
        if (check.profile) {
            item->setText(ProfileColumn, check.profile->name);
        } else {
            item->setIcon(ProfileColumn, warning);
            if (m_session.profileFor(i).refusal(check.header))
                item->setText(ProfileColumn, tr("Not an orders export"));
            else if (!m_session.chosenProfile() && !ImportProfile::detect(check.header))
                item->setText(ProfileColumn, tr("No built-in profile fits"));
            else
                item->setText(ProfileColumn, tr("Cannot be read with this profile"));
            //: A file that cannot be imported: %1 file name, %2 the reason
            problems.append(tr("%1: %2").arg(info.fileName(),
                                             check.error ? check.error->message : QString()));
        }
        item->setToolTip(ProfileColumn, check.error ? check.error->message : item->text(ProfileColumn));
    }
    for (int column = 0; column < ProfileColumn; ++column)
        m_files->resizeColumnToContents(column);
    m_files->setColumnWidth(NameColumn, qMin(m_files->columnWidth(NameColumn) + 16, 420));
    m_files->setColumnWidth(SizeColumn, m_files->columnWidth(SizeColumn) + 16);
    if (current >= 0 && m_files->topLevelItemCount() > 0)
        m_files->setCurrentItem(m_files->topLevelItem(qMin(current, m_files->topLevelItemCount() - 1)));
    m_remove->setEnabled(m_files->currentItem() != nullptr);
    m_problems->setText(problems.join(u'\n'));
    m_problems->setVisible(!problems.isEmpty());
    updateShop();
    Q_EMIT completeChanged();
}

} // namespace Kontor::Ui
