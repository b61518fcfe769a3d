// SPDX-FileCopyrightText: 2026 The Kontor authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "idlelock.h"

#include <QCoreApplication>
#include <QEvent>
#include <QSettings>

namespace Kontor::Ui {

int IdleLock::settingMilliseconds()
{
    const int minutes = QSettings().value(QStringLiteral("security/idleLockMinutes"), defaultMinutes).toInt();
    return minutes > 0 ? minutes * 60 * 1000 : 0;
}

IdleLock::IdleLock(int idleMilliseconds, QObject *parent)
    : QObject(parent)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(idleMilliseconds);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        if (!m_paused)
            Q_EMIT idle();
    });
    if (idleMilliseconds > 0) {
        QCoreApplication::instance()->installEventFilter(this);
        m_timer.start();
    }
}

IdleLock::~IdleLock() = default;

void IdleLock::setPaused(bool paused)
{
    m_paused = paused;
    if (!paused && m_timer.interval() > 0)
        m_timer.start();
}

bool IdleLock::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
        if (!m_paused)
            m_timer.start();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace Kontor::Ui
