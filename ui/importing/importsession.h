// SPDX-FileCopyrightText: 2026 The Kontor authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importjob.h"

#include "common/money.h"
#include "common/result.h"
#include "importing/importedorder.h"
#include "importing/importprofile.h"
#include "importing/importservice.h"

#include <QObject>
#include <QStringList>
#include <QTimeZone>

#include <functional>
#include <optional>
#include <vector>

namespace Kontor::Ui {

/// One file of an import as the wizard sees it through the profile it would be read with.
struct ImportFileCheck
{
    QString path;
    QStringList header;                     ///< as read; empty when the file cannot be read
    QStringList firstRecord;                ///< the first row under the header, for examples
    std::optional<ImportProfile> profile;   ///< the profile that reads the file, when one does
    std::optional<Error> error;             ///< why the file cannot be imported as it stands
};

/// One order of a preview: as Kontor would book it, or rejected with its problems.
struct ImportPreviewRow
{
    ImportedOrder order;
    std::vector<ImportProblem> problems;    ///< empty when the order can be booked
    /// What the import would do with it, against the books (unset without a planner).
    std::optional<ImportChange> plan;
    /// Read whole, but the books refuse it (problems say why): its values can be shown.
    bool refusedByBooks = false;
    /// Of those: its number is another order's in the books, most likely another shop's.
    bool numberTaken = false;

    bool rejected() const { return !problems.empty(); }
};

/**
 * What the import wizard has been told so far: the files, the profile they are read with, the
 * shop and the options. Shared by the wizard's pages; it checks every file again whenever the
 * files or the profile change, which reads only their headers.
 *
 * Editing a column of the mapping turns the profile that reads a file into an edited copy,
 * which from then on is the profile of every file of the import.
 */
class ImportSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportSession)
public:
    /// Orders a preview reads: enough to judge a mapping, read in no time.
    static constexpr int PreviewOrders = 20;

    /// fallbackCurrency: the company's base currency, for exports that do not name one.
    explicit ImportSession(Currency fallbackCurrency, QObject *parent = nullptr);
    ~ImportSession() override;

    const QStringList &files() const { return m_files; }
    /// Adds the files that are not there yet.
    void addFiles(const QStringList &paths);
    void removeFile(int index);
    const ImportFileCheck &check(int index) const { return m_checks[size_t(index)]; }
    /// Whether every file can be read with its profile (and there is a file).
    bool allReadable() const;

    /// The profiles to choose from: the built-ins, then those loaded or made here.
    const std::vector<ImportProfile> &profiles() const { return m_profiles; }
    /// The chosen one of profiles(); -1: automatic, every file read with the built-in profile
    /// its columns match.
    int profileIndex() const { return m_profileIndex; }
    void setProfileIndex(int index);
    /// The profile every file is read with; unset when automatic.
    std::optional<ImportProfile> chosenProfile() const;
    /// The profile file index is read with, or, when none reads it, the one to start a mapping
    /// from: the chosen profile, the detected one, else a blank profile of Kontor's defaults.
    ImportProfile profileFor(int index) const;
    /// Whether the chosen profile is an edited one not saved to a file yet.
    bool isEdited() const { return m_profileIndex >= 0 && m_profileIndex == m_editedIndex; }

    /// Reads the columns of field from headers (none: not read) in the profile of file index,
    /// which becomes an edited profile chosen for every file.
    void setColumns(int index, ImportField field, const QStringList &headers);
    /// Reads dates in dateFormats (Qt's formats, tried in order), a date without an offset in
    /// timeZone (invalid: this computer's) and amounts with decimal, in the profile of file
    /// index, which becomes an edited profile as with setColumns().
    void setReading(int index, const QStringList &dateFormats, const QTimeZone &timeZone,
                    DecimalFormat decimal);
    /// The words in the status columns of file index as its profile's reader compares them, in
    /// the order they first appear in its first records (OrderReader::statusWords).
    QStringList statusWordsOf(int index, int records = 5000) const;
    /// Gives a status word a meaning (none: the profile does not know it, and orders with it are
    /// rejected) in the profile of file index, which becomes an edited profile.
    void setStatusWord(int index, const QString &word,
                       const std::optional<ImportProfile::StatusMeaning> &meaning);
    /// Loads a profile file and chooses it.
    Status loadProfile(const QString &path);
    /// Saves the profile of file index as path and chooses the saved profile, named after the
    /// file (a blank profile also takes its id from the file name; others keep their id, which
    /// is the shop's default name, so that orders stay known across imports).
    Status saveProfile(int index, const QString &path);

    /// The shop the orders are filed under; empty: the profile's id.
    const QString &shop() const { return m_shop; }
    void setShop(const QString &shop);
    /// The shop name used when shop() is empty, for file index.
    QString defaultShop(int index) const;
    bool dryRun() const { return m_dryRun; }
    void setDryRun(bool dryRun);
    bool allOrNothing() const { return m_allOrNothing; }
    void setAllOrNothing(bool allOrNothing);

    /// Tells what importing an order under a shop would do to the company's books.
    using Planner = std::function<Result<ImportChange>(const QString &shop,
                                                        const ImportedOrder &order)>;
    /// With a planner, a preview says of each order whether it is new, unchanged, changed or
    /// edited in the shop, and rejects one the books would refuse.
    void setPlanner(Planner planner) { m_planner = std::move(planner); }
    /// The shop the orders of file index are filed under.
    QString shopOf(int index) const;

    /// The first orders of file index, read the way the import will read them.
    Result<std::vector<ImportPreviewRow>> preview(int index, int orders = PreviewOrders) const;
    /// What the import job is to do.
    std::vector<ImportJob::File> jobFiles() const;

Q_SIGNALS:
    void filesChanged();
    /// The profile list, the choice or the mapping changed: files were checked again.
    void profileChanged();
    void optionsChanged();

private:
    ImportFileCheck checkFile(const QString &path) const;
    void recheck();
    /// Changes the profile of file index with change (which says whether it changed anything)
    /// into the edited profile of the import, and chooses it.
    void edit(int index, const std::function<bool(ImportProfile &)> &change);
    /// Adds profile to the list (in place of one with the same id and name) and chooses it.
    void choose(ImportProfile profile);

    Currency m_fallbackCurrency;
    QStringList m_files;
    std::vector<ImportFileCheck> m_checks;
    std::vector<ImportProfile> m_profiles;
    int m_profileIndex = -1;
    int m_editedIndex = -1;
    QString m_shop;
    bool m_dryRun = false;
    bool m_allOrNothing = false;
    Planner m_planner;
};

} // namespace Kontor::Ui
