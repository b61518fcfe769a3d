// SPDX-FileCopyrightText: 2026 The Kontor authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLineEdit>
#include <QTimer>

namespace Kontor::Ui {

/**
 * The filter field above a table: filters as the user types, but asks the model only once the
 * typing pauses (each filter is a query). Return applies at once; Escape clears.
 */
class FilterBar final : public QLineEdit
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FilterBar)
public:
    static constexpr int DelayMs = 150;

    explicit FilterBar(const QString &placeholder, QWidget *parent = nullptr);

    /// The text last announced through filterChanged().
    QString appliedText() const { return m_applied; }

public Q_SLOTS:
    /// Announces the current text now if it differs from the applied one.
    void apply();

Q_SIGNALS:
    void filterChanged(const QString &text);

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    QTimer m_delay;
    QString m_applied;
};

} // namespace Kontor::Ui
