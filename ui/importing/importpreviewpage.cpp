// SPDX-FileCopyrightText: 2026 The Kontor authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "importpreviewpage.h"

#include "importfilespage.h"
#include "importmappingeditor.h"
#include "importpreviewmodel.h"
#include "importsession.h"

#include "common/errors.h"
#include "common/tableview.h"

#include <algorithm>
#include <cstdlib>
#include <vector>

#include <QComboBox>
#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QSignalBlocker>
#include <QTabWidget>
#include <QTimeZone>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Kontor::Ui {

namespace {

/// The forms of date a shop export usually has: with seconds, with minutes (the form shown)
/// and without the time. A new profile's default first.
const std::vector<QStringList> &dateFormatChoices()
{
    static const std::vector<QStringList> choices = [] {
        std::vector<QStringList> forms{ImportProfile::defaultDateFormats()};
        for (const char *date : {"dd.MM.yyyy", "dd/MM/yyyy", "MM/dd/yyyy"}) {
            const QString d = QLatin1StringView(date);
            forms.push_back({d + u" HH:mm:ss", d + u" HH:mm", d});
        }
        return forms;
    }();
    return choices;
}

/// Offsets from UTC in minutes that shops' dates are written in, without UTC itself.
const std::vector<int> &utcOffsetChoices()
{
    static const std::vector<int> choices = [] {
        std::vector<int> offsets;
        for (int hours = -12; hours <= 14; ++hours) {
            if (hours != 0)
                offsets.push_back(hours * 60);
            if (hours == 3 || hours == 4 || hours == 5 || hours == 9)
                offsets.push_back(hours * 60 + 30); // Tehran, Kabul, India, Adelaide
            if (hours == 5)
                offsets.push_back(hours * 60 + 45); // Nepal
        }
        return offsets;
    }();
    return choices;
}

QString cancelledKey()
{
    return QStringLiteral("cancelled");
}

QString otherKey()
{
    return QStringLiteral("other");
}

/// The meaning of a status word as the key of the page's choices: a payment status's key,
/// cancelledKey(), otherKey(), or empty when the profile does not know the word.
QString statusMeaningKey(const ImportProfile::StatusMeaning &meaning, bool known)
{
    if (!known)
        return QString();
    if (meaning.cancelled)
        return cancelledKey();
    return meaning.status ? financialStatusKey(*meaning.status) : otherKey();
}

std::optional<ImportProfile::StatusMeaning> statusMeaningOf(const QString &key)
{
    if (key.isEmpty())
        return std::nullopt;
    ImportProfile::StatusMeaning meaning;
    meaning.cancelled = key == cancelledKey();
    if (!meaning.cancelled && key != otherKey())
        meaning.status = financialStatusFromKey(key);
    return meaning;
}

const QString profileFolderKey = QStringLiteral("import/profileFolder");

} // namespace

ImportPreviewPage::ImportPreviewPage(ImportSession &session, QWidget *parent)
    : QWizardPage(parent)
    , m_session(session)
    , m_model(new ImportPreviewModel(this))
{
    setTitle(tr("Check before importing"));
    setSubTitle(tr("The first orders of the file as Kontor will book them. When something is read "
                   "from the wrong column, correct it under Columns."));
    setCommitPage(true);

    auto *layout = new QVBoxLayout(this);
    auto *fileRow = new QHBoxLayout;
    m_fileLabel = new QLabel(tr("&File:"), this);
    m_file = new QComboBox(this);
    m_file->setObjectName(QStringLiteral("previewFile"));
    m_file->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_fileLabel->setBuddy(m_file);
    fileRow->addWidget(m_fileLabel);
    fileRow->addWidget(m_file);
    fileRow->addStretch(1);
    layout->addLayout(fileRow);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("previewStatus"));
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_status);

    m_tabs = new QTabWidget(this);
    auto *orders = new QWidget(m_tabs);
    auto *ordersLayout = new QVBoxLayout(orders);
    m_view = new TableView(orders);
    m_view->setObjectName(QStringLiteral("preview"));
    m_view->setModel(m_model);
    m_view->setStretchColumn(ImportPreviewModel::ProblemColumn);
    ordersLayout->addWidget(m_view, 1);
    // The problems of the current order in full: a cell has room for the start of one.
    m_problemDetails = new QLabel(orders);
    m_problemDetails->setObjectName(QStringLiteral("problemDetails"));
    m_problemDetails->setTextFormat(Qt::PlainText);
    m_problemDetails->setWordWrap(true);
    m_problemDetails->setTextInteractionFlags(Qt::TextSelectableByMouse);
    ordersLayout->addWidget(m_problemDetails);
    m_tabs->addTab(orders, tr("&Orders"));

    auto *columns = new QWidget(m_tabs);
    auto *columnsLayout = new QVBoxLayout(columns);
    m_mappingNote = new QLabel(tr("Choose the column of the file that holds each field; the fields "
                                  "in bold are required. Your choices make an edited profile that "
                                  "is used for every file of this import. Save it to use it "
                                  "again next time."),
                               columns);
    m_mappingNote->setWordWrap(true);
    columnsLayout->addWidget(m_mappingNote);
    // How dates and amounts are written: the usual forms, chosen by example.
    auto *reading = new QHBoxLayout;
    m_dates = new QComboBox(columns);
    m_dates->setObjectName(QStringLiteral("dateFormats"));
    const QDateTime example(QDate(2026, 3, 31), QTime(14, 5));
    for (const QStringList &formats : dateFormatChoices())
        m_dates->addItem(example.toString(formats[1]), formats);
    m_dates->setToolTip(tr("How the file writes its dates, shown with 31 March 2026, 14:05. Dates "
                           "with seconds or without the time are read too, and so is a time "
                           "zone after them (+0100)."));
    auto *datesLabel = new QLabel(tr("&Dates look like:"), columns);
    datesLabel->setBuddy(m_dates);
    m_zone = new QComboBox(columns);
    m_zone->setObjectName(QStringLiteral("timeZone"));
    m_zone->addItem(tr("in this computer's time zone"), QByteArray());
    m_zone->addItem(tr("in UTC"), QTimeZone::utc().id());
    for (const int minutes : utcOffsetChoices()) {
        const QString offset = QStringLiteral("UTC%1%2:%3")
                                   .arg(QChar(minutes < 0 ? u'\u2212' : u'+'))
                                   .arg(std::abs(minutes) / 60, 2, 10, QChar(u'0'))
                                   .arg(std::abs(minutes) % 60, 2, 10, QChar(u'0'));
        //: Dates of a file are at an offset from UTC: %1 the offset, "UTC+01:00"
        m_zone->addItem(tr("at %1").arg(offset), QTimeZone(minutes * 60).id());
    }
    m_zone->setToolTip(tr("The time zone of dates that do not name one. A time zone after a "
                          "date (+0100, UTC+1) counts for that date."));
    m_decimal = new QComboBox(columns);
    m_decimal->setObjectName(QStringLiteral("decimalFormat"));
    m_decimal->addItem(tr("Recognised from the amounts"), int(DecimalFormat::Auto));
    m_decimal->addItem(tr("1,234.56 (decimal point)"), int(DecimalFormat::Point));
    m_decimal->addItem(tr("1.234,56 (decimal comma)"), int(DecimalFormat::Comma));
    auto *decimalLabel = new QLabel(tr("&Amounts look like:"), columns);
    decimalLabel->setBuddy(m_decimal);
    reading->addWidget(datesLabel);
    reading->addWidget(m_dates);
    reading->addWidget(m_zone);
    reading->addSpacing(16);
    reading->addWidget(decimalLabel);
    reading->addWidget(m_decimal);
    reading->addStretch(1);
    columnsLayout->addLayout(reading);
    m_mapping = new ImportMappingEditor(columns);
    // Beside the columns, what the words of the status column mean.
    m_statusWords = new QTableWidget(0, 2, columns);
    m_statusWords->setObjectName(QStringLiteral("statusWords"));
    m_statusWords->setHorizontalHeaderLabels({tr("Status word"), tr("Means")});
    m_statusWords->horizontalHeader()->setStretchLastSection(true);
    m_statusWords->verticalHeader()->hide();
    m_statusWords->setSelectionMode(QAbstractItemView::NoSelection);
    m_statusWords->setToolTip(tr("The words of the file's status column, and what each says about "
                                 "the payment. Orders with a word Kontor does not know are "
                                 "rejected: whether money arrived is not Kontor's to guess."));
    auto *mappingRow = new QHBoxLayout;
    mappingRow->addWidget(m_mapping, 3);
    mappingRow->addWidget(m_statusWords, 2);
    columnsLayout->addLayout(mappingRow, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    m_saveProfile = new QPushButton(tr("&Save Profile…"), columns);
    m_saveProfile->setObjectName(QStringLiteral("saveProfile"));
    buttons->addWidget(m_saveProfile);
    columnsLayout->addLayout(buttons);
    m_tabs->addTab(columns, tr("&Columns"));
    layout->addWidget(m_tabs, 1);

    connect(m_file, &QComboBox::currentIndexChanged, this, &ImportPreviewPage::refresh);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ImportPreviewPage::showProblems);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ImportPreviewPage::showProblems);
    connect(m_mapping, &ImportMappingEditor::columnsChanged, this,
            [this](ImportField field, const QStringList &headers) {
                m_session.setColumns(currentFile(), field, headers);
            });
    connect(m_saveProfile, &QPushButton::clicked, this, &ImportPreviewPage::saveProfile);
    connect(m_dates, &QComboBox::activated, this, &ImportPreviewPage::readingChosen);
    connect(m_decimal, &QComboBox::activated, this, &ImportPreviewPage::readingChosen);
    connect(m_zone, &QComboBox::activated, this, &ImportPreviewPage::readingChosen);
    connect(&m_session, &ImportSession::filesChanged, this, &ImportPreviewPage::updateFiles);
    connect(&m_session, &ImportSession::profileChanged, this, &ImportPreviewPage::refresh);
    updateFiles();
}

ImportPreviewPage::~ImportPreviewPage() = default;

void ImportPreviewPage::initializePage()
{
    refresh();
}

bool ImportPreviewPage::isComplete() const
{
    return m_session.allReadable();
}

int ImportPreviewPage::currentFile() const
{
    return qMax(0, m_file->currentIndex());
}

void ImportPreviewPage::setCurrentFile(int index)
{
    m_file->setCurrentIndex(index);
}

QString ImportPreviewPage::statusText() const
{
    return m_status->text();
}

QString ImportPreviewPage::problemText() const
{
    return m_problemDetails->text();
}

void ImportPreviewPage::updateFiles()
{
    const QString current = m_file->currentData().toString();
    {
        const QSignalBlocker blocker(m_file);
        m_file->clear();
        for (const QString &path : m_session.files())
            m_file->addItem(QFileInfo(path).fileName(), path);
        m_file->setCurrentIndex(qMax(0, m_file->findData(current)));
    }
    const bool several = m_session.files().size() > 1;
    m_file->setVisible(several);
    m_fileLabel->setVisible(several);
    refresh();
}

void ImportPreviewPage::refresh()
{
    Q_EMIT completeChanged();
    const int index = currentFile();
    if (index >= m_session.files().size()) {
        m_model->setRows({});
        m_status->clear();
        return;
    }
    const ImportFileCheck &check = m_session.check(index);
    const ImportProfile profile = m_session.profileFor(index);
    m_mapping->setMapping(profile, check.header, check.firstRecord);
    showReading(profile);
    showStatusWords(profile);
    m_saveProfile->setEnabled(!check.header.isEmpty());

    // Every file must be readable before the import can start; say which are not.
    QStringList unreadable;
    for (int i = 0; i < m_session.files().size(); ++i) {
        if (i != index && m_session.check(i).error)
            unreadable.append(QFileInfo(m_session.files()[i]).fileName());
    }
    const QString others = unreadable.isEmpty()
        ? QString()
        : u'\n' + tr("Other files that cannot be imported: %1. Remove them on the previous page, or "
                      "choose a profile that reads them.")
                       .arg(unreadable.join(QStringLiteral(", ")));

    auto rows = m_session.preview(index);
    if (!rows) {
        m_model->setRows({});
        m_status->setText(tr("%1 cannot be imported like this: %2")
                              .arg(QFileInfo(check.path).fileName(), rows.error().message)
                          + others);
        m_status->setStyleSheet(QStringLiteral("color: #a4000f;"));
        return;
    }
    m_model->setRows(std::move(rows).value());
    QString text = tr("%1 is read with the profile “%2”. The orders below are its first; the "
                      "import reads them all.")
                       .arg(QFileInfo(check.path).fileName(), profile.name);
    if (m_model->rowCount() == 0)
        text = tr("%1 holds no orders.").arg(QFileInfo(check.path).fileName());
    else if (const int rejected = m_model->rejectedCount(); rejected > 0)
        text += u' ' + tr("%n of the orders shown cannot be imported as they stand: see the "
                          "Problem column.", nullptr, rejected);
    const auto &shown = m_model->rows();
    const auto taken = std::count_if(shown.cbegin(), shown.cend(),
                                     [](const ImportPreviewRow &row) { return row.numberTaken; });
    if (taken > 0) {
        // The usual cause: a second shop imported under the first one's name.
        text += u'\n'
              + tr("%n of them have the number of another order in the books of the shop “%1”. "
                   "If this file is another shop's, go back and give that shop its own name "
                   "under Shop.", nullptr, int(taken))
                    .arg(m_session.shopOf(index));
    }
    m_status->setText(text + others);
    m_status->setStyleSheet(others.isEmpty() && taken == 0 ? QString()
                                                           : QStringLiteral("color: #a4000f;"));
    // The problem column only when there is a problem: the other columns fit without it.
    m_view->setColumnHidden(ImportPreviewModel::ProblemColumn, m_model->rejectedCount() == 0);
    m_view->resizeColumnsToContents();
    for (int column = 0; column < ImportPreviewModel::ProblemColumn; ++column)
        m_view->setColumnWidth(column, qMin(m_view->columnWidth(column) + 8, 280));
}

void ImportPreviewPage::showReading(const ImportProfile &profile)
{
    const QSignalBlocker datesBlocker(m_dates);
    const QSignalBlocker decimalBlocker(m_decimal);
    const QSignalBlocker zoneBlocker(m_zone);
    // A profile's own formats (a saved or built-in one) are offered as they are, at the end.
    const int choices = int(dateFormatChoices().size());
    while (m_dates->count() > choices)
        m_dates->removeItem(choices);
    int date = m_dates->findData(profile.dateFormats);
    if (date < 0) {
        //: How dates are read: the formats an import profile names, such as "dd/MM/yyyy HH:mm"
        m_dates->addItem(tr("As the profile says: %1").arg(profile.dateFormats.join(u" | ")),
                         profile.dateFormats);
        date = choices;
    }
    m_dates->setCurrentIndex(date);
    const int zones = 2 + int(utcOffsetChoices().size());
    while (m_zone->count() > zones)
        m_zone->removeItem(zones);
    const QByteArray zoneId = profile.timeZone.isValid() ? profile.timeZone.id() : QByteArray();
    int zone = m_zone->findData(zoneId);
    if (zone < 0) {
        //: Dates without a time zone are in %1, a zone an import profile names ("Europe/Berlin")
        m_zone->addItem(tr("in %1").arg(QString::fromUtf8(zoneId)), zoneId);
        zone = zones;
    }
    m_zone->setCurrentIndex(zone);
    m_decimal->setCurrentIndex(qMax(0, m_decimal->findData(int(profile.decimalFormat))));
}

void ImportPreviewPage::showStatusWords(const ImportProfile &profile)
{
    const QStringList words = m_session.statusWordsOf(currentFile());
    m_statusWords->setVisible(!words.isEmpty());
    const auto meaningKey = [&](const QString &word) {
        return statusMeaningKey(profile.statusWords.value(word),
                                profile.statusWords.contains(word));
    };
    QStringList shown;
    for (int row = 0; row < m_statusWords->rowCount(); ++row)
        shown.append(m_statusWords->item(row, 0)->text());
    if (shown == words) {
        // The same words: their boxes stay (one of them may be telling of its choice now).
        for (int row = 0; row < words.size(); ++row) {
            auto *meaning = qobject_cast<QComboBox *>(m_statusWords->cellWidget(row, 1));
            const QSignalBlocker blocker(meaning);
            meaning->setCurrentIndex(qMax(0, meaning->findData(meaningKey(words[row]))));
        }
        return;
    }
    m_statusWords->setRowCount(int(words.size()));
    for (int row = 0; row < words.size(); ++row) {
        const QString &word = words[row];
        auto *item = new QTableWidgetItem(word);
        item->setFlags(Qt::ItemIsEnabled);
        m_statusWords->setItem(row, 0, item);
        auto *meaning = new QComboBox(m_statusWords);
        //: A status word of the file that Kontor does not know the meaning of
        meaning->addItem(tr("— not known: rejected —"), QString());
        for (const FinancialStatus status :
             {FinancialStatus::Paid, FinancialStatus::Pending, FinancialStatus::Authorized,
              FinancialStatus::PartiallyPaid, FinancialStatus::PartiallyRefunded,
              FinancialStatus::Refunded, FinancialStatus::Voided, FinancialStatus::Expired}) {
            meaning->addItem(ImportPreviewModel::statusText(status, false),
                             financialStatusKey(status));
        }
        meaning->addItem(tr("Cancelled"), cancelledKey());
        //: A status word such as "open" or "archived" that tells nothing of the money
        meaning->addItem(tr("Says nothing about the payment"), otherKey());
        meaning->setCurrentIndex(qMax(0, meaning->findData(meaningKey(word))));
        connect(meaning, &QComboBox::activated, this, [this, word, meaning] {
            m_session.setStatusWord(currentFile(), word,
                                    statusMeaningOf(meaning->currentData().toString()));
        });
        m_statusWords->setCellWidget(row, 1, meaning);
    }
    m_statusWords->resizeColumnToContents(0);
}

void ImportPreviewPage::readingChosen()
{
    const QByteArray zone = m_zone->currentData().toByteArray();
    m_session.setReading(currentFile(), m_dates->currentData().toStringList(),
                         zone.isEmpty() ? QTimeZone() : QTimeZone(zone),
                         DecimalFormat(m_decimal->currentData().toInt()));
}

void ImportPreviewPage::showProblems()
{
    const int row = m_view->currentIndex().row();
    const auto &rows = m_model->rows();
    QStringList lines;
    if (row >= 0 && row < int(rows.size())) {
        for (const ImportProblem &problem : rows[size_t(row)].problems) {
            lines.append(problem.column.isEmpty()
                             ? tr("Line %1: %2").arg(problem.line).arg(problem.message)
                             //: A problem of an order: %1 line, %2 column header, %3 the reason
                             : tr("Line %1, column “%2”: %3")
                                   .arg(QString::number(problem.line), problem.column, problem.message));
        }
    }
    if (lines.isEmpty() && m_model->rejectedCount() > 0)
        lines.append(tr("Choose an order that cannot be imported to read all of its problems."));
    m_problemDetails->setText(lines.join(u'\n'));
    m_problemDetails->setVisible(!lines.isEmpty());
}

void ImportPreviewPage::saveProfile()
{
    QSettings settings;
    const ImportProfile profile = m_session.profileFor(currentFile());
    const QString folder = settings.value(profileFolderKey, QDir::homePath()).toString();
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save Import Profile"), QDir(folder).filePath(profile.id + QStringLiteral(".json")),
        ImportFilesPage::profileFileFilter());
    if (path.isEmpty())
        return;
    const QString file = QFileInfo(path).suffix().isEmpty() ? path + QStringLiteral(".json") : path;
    settings.setValue(profileFolderKey, QFileInfo(file).absolutePath());
    if (Status saved = m_session.saveProfile(currentFile(), file); !saved)
        showError(this, tr("Save Import Profile"), saved.error());
}

} // namespace Kontor::Ui
