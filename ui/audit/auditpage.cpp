// SPDX-FileCopyrightText: 2026 The Kontor authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "auditpage.h"

#include "audittablemodel.h"

#include "common/tableview.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QVBoxLayout>

namespace Kontor::Ui {

namespace {

// The earliest day a date field offers stands for "no limit".
const QDate noLimit(2000, 1, 1);

QDateEdit *dayField(const QString &objectName, QWidget *parent)
{
    auto *field = new QDateEdit(parent);
    field->setObjectName(objectName);
    field->setCalendarPopup(true);
    field->setMinimumDate(noLimit);
    field->setSpecialValueText(AuditPage::tr("any day"));
    field->setDate(noLimit);
    return field;
}

} // namespace

AuditPage::AuditPage(AuditLog &audit, const Actor &actor, QWidget *parent)
    : PageWidget(parent)
    , m_audit(audit)
    , m_actor(actor)
    , m_model(new AuditTableModel(audit, actor, this))
{
    auto *layout = new QVBoxLayout(this);
    auto *filters = new QHBoxLayout;
    m_user = new QComboBox(this);
    m_user->setObjectName(QStringLiteral("user"));
    m_record = new QComboBox(this);
    m_record->setObjectName(QStringLiteral("record"));
    m_from = dayField(QStringLiteral("from"), this);
    m_to = dayField(QStringLiteral("to"), this);
    const auto label = [this](const QString &text, QWidget *buddy) {
        auto *l = new QLabel(text, this);
        l->setBuddy(buddy);
        return l;
    };
    filters->addWidget(label(tr("&User:"), m_user));
    filters->addWidget(m_user);
    filters->addWidget(label(tr("&Record:"), m_record));
    filters->addWidget(m_record);
    filters->addWidget(label(tr("F&rom:"), m_from));
    filters->addWidget(m_from);
    filters->addWidget(label(tr("&To:"), m_to));
    filters->addWidget(m_to);
    filters->addStretch(1);
    layout->addLayout(filters);
    m_view = addTable(layout, m_model, tr("Filter by words in what was done"));
    m_view->setStretchColumn(AuditTableModel::SummaryColumn);

    fillChoices();
    const auto changed = [this] { applyFilter(); };
    connect(m_user, &QComboBox::currentIndexChanged, this, changed);
    connect(m_record, &QComboBox::currentIndexChanged, this, changed);
    connect(m_from, &QDateEdit::dateChanged, this, changed);
    connect(m_to, &QDateEdit::dateChanged, this, changed);
}

AuditPage::~AuditPage() = default;

QString AuditPage::title() const
{
    return tr("Audit Trail");
}

QIcon AuditPage::icon() const
{
    return style()->standardIcon(QStyle::SP_FileDialogInfoView);
}

QString AuditPage::statusText() const
{
    return tr("%Ln change(s)", nullptr, m_model->rowCount());
}

void AuditPage::refresh()
{
    fillChoices();
    m_model->refresh();
}

void AuditPage::setUser(const QString &user)
{
    const int index = m_user->findData(user);
    m_user->setCurrentIndex(index < 0 ? 0 : index);
}

void AuditPage::setRecordType(const QString &recordType)
{
    const int index = m_record->findData(recordType);
    m_record->setCurrentIndex(index < 0 ? 0 : index);
}

void AuditPage::setDays(QDate from, QDate to)
{
    m_from->setDate(from.isValid() ? from : noLimit);
    m_to->setDate(to.isValid() ? to : noLimit);
}

void AuditPage::fillChoices()
{
    const auto fill = [this](QComboBox *box, const Result<QStringList> &values, const QString &all,
                             QString (*name)(const QString &)) {
        const QString current = box->currentData().toString();
        const QSignalBlocker quiet(box);
        box->clear();
        box->addItem(all, QString());
        if (!values) {
            Q_EMIT errorOccurred(values.error().message);
            return;
        }
        for (const QString &value : *values)
            box->addItem(name ? name(value) : value, value);
        box->setCurrentIndex(qMax(0, box->findData(current)));
    };
    fill(m_user, m_audit.userNames(m_actor), tr("everyone"), nullptr);
    fill(m_record, m_audit.recordTypes(m_actor), tr("all records"), &AuditLog::recordTypeName);
}

void AuditPage::applyFilter()
{
    ListFilter filter = m_model->filter();
    filter.fields.clear();
    if (const QString user = m_user->currentData().toString(); !user.isEmpty())
        filter.fields.insert(QLatin1StringView(AuditLog::userField), user);
    if (const QString record = m_record->currentData().toString(); !record.isEmpty())
        filter.fields.insert(QLatin1StringView(AuditLog::recordField), record);
    if (m_from->date() > noLimit)
        filter.fields.insert(QLatin1StringView(AuditLog::fromField), m_from->date());
    if (m_to->date() > noLimit)
        filter.fields.insert(QLatin1StringView(AuditLog::toField), m_to->date());
    m_model->setFilter(filter);
}

} // namespace Kontor::Ui
