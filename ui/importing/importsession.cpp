// SPDX-FileCopyrightText: 2026 The Kontor authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "importsession.h"

#include "importing/csvreader.h"
#include "importing/orderreader.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

namespace Kontor::Ui {

namespace {

const QString blankProfileId = QStringLiteral("custom");

/// A profile with Kontor's defaults and no columns, for files no built-in profile reads. Its
/// status words are those of the built-ins, so that a payment status column of a common shop
/// system is understood once it is mapped; the reader's defaults come from the one place that
/// knows them (ImportProfile::fromJson).
ImportProfile blankProfile()
{
    QJsonObject columns;
    for (const ImportFieldInfo &info : importFields()) {
        if (info.required)
            columns.insert(QLatin1StringView(info.key), QStringLiteral("-"));
    }
    const QJsonObject json{{QStringLiteral("version"), 1},
                           {QStringLiteral("id"), blankProfileId},
                           {QStringLiteral("name"), ImportSession::tr("Own columns")},
                           {QStringLiteral("columns"), columns}};
    auto profile = ImportProfile::fromJson(QJsonDocument(json).toJson(), QString());
    Q_ASSERT(profile.ok());
    ImportProfile blank = profile ? std::move(profile).value() : ImportProfile{};
    blank.columns.clear();
    for (const ImportProfile &builtIn : ImportProfile::builtIns()) {
        for (auto it = builtIn.statusWords.cbegin(); it != builtIn.statusWords.cend(); ++it) {
            if (!blank.statusWords.contains(it.key()))
                blank.statusWords.insert(it.key(), it.value());
        }
    }
    return blank;
}

} // namespace

ImportSession::ImportSession(Currency fallbackCurrency, QObject *parent)
    : QObject(parent)
    , m_fallbackCurrency(fallbackCurrency)
    , m_profiles(ImportProfile::builtIns())
{
}

ImportSession::~ImportSession() = default;

void ImportSession::addFiles(const QStringList &paths)
{
    bool added = false;
    for (const QString &path : paths) {
        const QString absolute = QFileInfo(path).absoluteFilePath();
        if (path.isEmpty() || m_files.contains(absolute))
            continue;
        m_files.append(absolute);
        m_checks.push_back(checkFile(absolute));
        added = true;
    }
    if (added)
        Q_EMIT filesChanged();
}

void ImportSession::removeFile(int index)
{
    if (index < 0 || index >= m_files.size())
        return;
    m_files.removeAt(index);
    m_checks.erase(m_checks.begin() + index);
    Q_EMIT filesChanged();
}

bool ImportSession::allReadable() const
{
    if (m_checks.empty())
        return false;
    for (const ImportFileCheck &check : m_checks) {
        if (check.error)
            return false;
    }
    return true;
}

void ImportSession::setProfileIndex(int index)
{
    if (index < -1 || index >= int(m_profiles.size()) || index == m_profileIndex)
        return;
    m_profileIndex = index;
    recheck();
    Q_EMIT profileChanged();
}

std::optional<ImportProfile> ImportSession::chosenProfile() const
{
    if (m_profileIndex < 0)
        return std::nullopt;
    return m_profiles[size_t(m_profileIndex)];
}

ImportProfile ImportSession::profileFor(int index) const
{
    if (auto chosen = chosenProfile())
        return *chosen;
    if (index >= 0 && index < int(m_checks.size())) {
        const ImportFileCheck &check = m_checks[size_t(index)];
        if (check.profile)
            return *check.profile;
        if (auto detected = ImportProfile::detect(check.header))
            return *detected;
    }
    return blankProfile();
}

void ImportSession::setColumns(int index, ImportField field, const QStringList &headers)
{
    edit(index, [&](ImportProfile &profile) {
        if (profile.columns.value(field) == headers)
            return false;
        if (headers.isEmpty())
            profile.columns.remove(field);
        else
            profile.columns.insert(field, headers);
        return true;
    });
}

void ImportSession::setReading(int index, const QStringList &dateFormats,
                               const QTimeZone &timeZone, DecimalFormat decimal)
{
    edit(index, [&](ImportProfile &profile) {
        if (profile.dateFormats == dateFormats && profile.timeZone == timeZone
            && profile.decimalFormat == decimal)
            return false;
        profile.dateFormats = dateFormats;
        profile.timeZone = timeZone;
        profile.decimalFormat = decimal;
        return true;
    });
}

QStringList ImportSession::statusWordsOf(int index, int records) const
{
    if (index < 0 || index >= m_files.size())
        return {};
    return OrderReader::statusWords(m_files[index], profileFor(index), records);
}

void ImportSession::setStatusWord(int index, const QString &word,
                                  const std::optional<ImportProfile::StatusMeaning> &meaning)
{
    edit(index, [&](ImportProfile &profile) {
        const auto known = profile.statusWords.constFind(word);
        if (meaning ? known != profile.statusWords.cend() && *known == *meaning
                    : known == profile.statusWords.cend())
            return false;
        if (meaning)
            profile.statusWords.insert(word, *meaning);
        else
            profile.statusWords.remove(word);
        return true;
    });
}

void ImportSession::edit(int index, const std::function<bool(ImportProfile &)> &change)
{
    ImportProfile profile = profileFor(index);
    if (!change(profile))
        return;
    if (!isEdited() && profile.id != blankProfileId) {
        //: An import profile the user changed; %1 the profile's name
        profile.name = tr("%1 (edited)").arg(profile.name);
    }
    if (m_editedIndex >= 0) {
        m_profiles[size_t(m_editedIndex)] = std::move(profile);
    } else {
        m_profiles.push_back(std::move(profile));
        m_editedIndex = int(m_profiles.size()) - 1;
    }
    m_profileIndex = m_editedIndex;
    recheck();
    Q_EMIT profileChanged();
}

Status ImportSession::loadProfile(const QString &path)
{
    auto profile = ImportProfile::load(path);
    if (!profile)
        return profile.error();
    choose(std::move(profile).value());
    return {};
}

Status ImportSession::saveProfile(int index, const QString &path)
{
    ImportProfile profile = profileFor(index);
    QStringList missing;
    for (const ImportFieldInfo &info : importFields()) {
        if (info.required && profile.columns.value(info.field).isEmpty())
            missing.append(importFieldLabel(info.field));
    }
    if (!missing.isEmpty()) {
        return makeError(tr("The profile cannot be saved yet: choose the columns of %1 first.")
                             .arg(missing.join(QStringLiteral(", "))));
    }
    const QString stem = QFileInfo(path).completeBaseName().trimmed();
    if (!stem.isEmpty()) {
        profile.name = stem;
        if (profile.id == blankProfileId)
            profile.id = stem;
    }
    if (Status saved = profile.save(path); !saved)
        return saved;
    // The edited profile is a saved one now.
    if (isEdited()) {
        m_profiles[size_t(m_editedIndex)] = std::move(profile);
        m_editedIndex = -1;
        recheck();
        Q_EMIT profileChanged();
    } else {
        choose(std::move(profile));
    }
    return {};
}

void ImportSession::choose(ImportProfile profile)
{
    const int builtIns = int(ImportProfile::builtIns().size());
    int found = -1;
    for (int i = 0; i < int(m_profiles.size()); ++i) {
        const ImportProfile &candidate = m_profiles[size_t(i)];
        if (candidate == profile
            || (i >= builtIns && i != m_editedIndex && candidate.id == profile.id
                && candidate.name == profile.name)) {
            found = i;
            break;
        }
    }
    if (found < 0) {
        m_profiles.push_back(std::move(profile));
        found = int(m_profiles.size()) - 1;
    } else if (found >= builtIns) {
        m_profiles[size_t(found)] = std::move(profile);
    }
    m_profileIndex = found;
    recheck();
    Q_EMIT profileChanged();
}

void ImportSession::setShop(const QString &shop)
{
    if (shop == m_shop)
        return;
    m_shop = shop;
    Q_EMIT optionsChanged();
}

QString ImportSession::defaultShop(int index) const
{
    return profileFor(index).id;
}

QString ImportSession::shopOf(int index) const
{
    const QString shop = m_shop.trimmed();
    return shop.isEmpty() ? defaultShop(index) : shop;
}

void ImportSession::setDryRun(bool dryRun)
{
    if (dryRun == m_dryRun)
        return;
    m_dryRun = dryRun;
    Q_EMIT optionsChanged();
}

void ImportSession::setAllOrNothing(bool allOrNothing)
{
    if (allOrNothing == m_allOrNothing)
        return;
    m_allOrNothing = allOrNothing;
    Q_EMIT optionsChanged();
}

ImportFileCheck ImportSession::checkFile(const QString &path) const
{
    ImportFileCheck check;
    check.path = path;
    const std::optional<ImportProfile> chosen = chosenProfile();
    auto reader = OrderReader::open(path, chosen, m_fallbackCurrency);
    if (reader) {
        check.profile = (*reader)->profile();
    } else {
        check.error = reader.error();
    }
    // The header and the first row, also of a file no profile reads: what a mapping is made of.
    CsvOptions options;
    if (const std::optional<ImportProfile> &used = check.profile ? check.profile : chosen) {
        options.delimiter = used->delimiter;
        options.encoding = used->encoding;
    }
    if (auto csv = CsvReader::open(path, options)) {
        CsvRecord record;
        while ((*csv)->next(record)) {
            if (record.isBlank())
                continue;
            QStringList cells;
            for (int i = 0; i < record.size(); ++i)
                cells.append(record.text(i));
            if (check.header.isEmpty()) {
                check.header = cells;
            } else {
                check.firstRecord = cells;
                break;
            }
        }
    }
    return check;
}

void ImportSession::recheck()
{
    for (size_t i = 0; i < m_checks.size(); ++i)
        m_checks[i] = checkFile(m_files[qsizetype(i)]);
}

Result<std::vector<ImportPreviewRow>> ImportSession::preview(int index, int orders) const
{
    if (index < 0 || index >= m_files.size())
        return std::vector<ImportPreviewRow>{};
    auto reader = OrderReader::open(m_files[index], chosenProfile(), m_fallbackCurrency);
    if (!reader)
        return reader.error();
    std::vector<ImportPreviewRow> rows;
    while (int(rows.size()) < orders) {
        ImportPreviewRow row;
        switch ((*reader)->next(row.order, row.problems)) {
        case OrderReader::Outcome::Order:
        case OrderReader::Outcome::Unchanged:
            row.problems.clear();
            if (m_planner) {
                auto plan = m_planner(shopOf(index), row.order);
                if (plan) {
                    row.plan = *plan;
                } else {
                    row.problems.push_back({row.order.fileName, row.order.firstLine, QString(),
                                            QString(), plan.error().message});
                    row.refusedByBooks = true;
                    row.numberTaken = plan.error().numberTaken;
                }
            }
            rows.push_back(std::move(row));
            break;
        case OrderReader::Outcome::Rejected:
            rows.push_back(std::move(row));
            break;
        case OrderReader::Outcome::End:
            return rows;
        case OrderReader::Outcome::Failed:
            return *(*reader)->error();
        }
    }
    return rows;
}

std::vector<ImportJob::File> ImportSession::jobFiles() const
{
    std::vector<ImportJob::File> files;
    for (const QString &path : m_files) {
        ImportOptions options;
        options.shop = m_shop.trimmed();
        // Automatic: the importer detects the same profile the check did.
        options.profile = chosenProfile();
        options.dryRun = m_dryRun;
        options.allOrNothing = m_allOrNothing;
        files.push_back({path, options});
    }
    return files;
}

} // namespace Kontor::Ui
