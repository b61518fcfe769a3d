// SPDX-FileCopyrightText: 2026 The Kontor authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QTimer>

namespace Kontor::Ui {

/**
 * Tells when nobody has used the program (no key pressed, no mouse moved or clicked, in any
 * of its windows) for the idle time: then the window locks until its user logs in again.
 * The idle time is the setting "security/idleLockMinutes" (default 10; 0 turns it off).
 */
class IdleLock final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IdleLock)
public:
    static constexpr int defaultMinutes = 10;
    /// The idle time in the settings, in milliseconds; 0 when locking is off.
    static int settingMilliseconds();

    explicit IdleLock(int idleMilliseconds, QObject *parent = nullptr);
    ~IdleLock() override;

    bool isActive() const { return m_timer.isActive(); }
    /// While paused (the lock is showing) nothing restarts the count.
    void setPaused(bool paused);

Q_SIGNALS:
    void idle();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QTimer m_timer;
    bool m_paused = false;
};

} // namespace Kontor::Ui
