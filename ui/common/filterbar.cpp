// SPDX-FileCopyrightText: 2026 The Kontor authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "filterbar.h"

#include <QKeyEvent>

namespace Kontor::Ui {

FilterBar::FilterBar(const QString &placeholder, QWidget *parent)
    : QLineEdit(parent)
{
    setPlaceholderText(placeholder);
    setClearButtonEnabled(true);
    m_delay.setSingleShot(true);
    m_delay.setInterval(DelayMs);
    connect(&m_delay, &QTimer::timeout, this, &FilterBar::apply);
    connect(this, &QLineEdit::textChanged, this, [this] { m_delay.start(); });
    connect(this, &QLineEdit::returnPressed, this, &FilterBar::apply);
}

void FilterBar::apply()
{
    m_delay.stop();
    if (text() == m_applied)
        return;
    m_applied = text();
    Q_EMIT filterChanged(m_applied);
}

void FilterBar::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape && !text().isEmpty()) {
        clear();
        apply();
        event->accept();
        return;
    }
    QLineEdit::keyPressEvent(event);
}

} // namespace Kontor::Ui
