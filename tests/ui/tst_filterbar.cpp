// SPDX-FileCopyrightText: 2026 The Kontor authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/filterbar.h"

#include <QSignalSpy>
#include <QTest>

using namespace Kontor::Ui;

class TestFilterBar : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void showsPlaceholder_andAClearButton();
    void typing_announcesOnce_afterThePause();
    void return_announcesAtOnce();
    void escape_clearsAndAnnouncesAtOnce();
    void unchangedText_isNotAnnouncedAgain();

private:
    std::unique_ptr<FilterBar> m_bar;
};

void TestFilterBar::init()
{
    m_bar = std::make_unique<FilterBar>(QStringLiteral("Filter orders"));
    m_bar->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_bar.get()));
}

void TestFilterBar::cleanup()
{
    m_bar.reset();
}

void TestFilterBar::showsPlaceholder_andAClearButton()
{
    QCOMPARE(m_bar->placeholderText(), QStringLiteral("Filter orders"));
    QVERIFY(m_bar->isClearButtonEnabled());
}

void TestFilterBar::typing_announcesOnce_afterThePause()
{
    QSignalSpy announced(m_bar.get(), &FilterBar::filterChanged);
    QTest::keyClicks(m_bar.get(), QStringLiteral("Mul"));
    QTest::qWait(FilterBar::DelayMs / 3);
    QCOMPARE(announced.count(), 0);
    QVERIFY(announced.wait());
    QCOMPARE(announced.count(), 1);
    QCOMPARE(announced.at(0).at(0).toString(), QStringLiteral("Mul"));
    QCOMPARE(m_bar->appliedText(), QStringLiteral("Mul"));
    QTest::qWait(2 * FilterBar::DelayMs);
    QCOMPARE(announced.count(), 1);
}

void TestFilterBar::return_announcesAtOnce()
{
    QSignalSpy announced(m_bar.get(), &FilterBar::filterChanged);
    QTest::keyClicks(m_bar.get(), QStringLiteral("2026"));
    QTest::keyClick(m_bar.get(), Qt::Key_Return);
    QCOMPARE(announced.count(), 1);
    QCOMPARE(announced.at(0).at(0).toString(), QStringLiteral("2026"));
    QTest::qWait(2 * FilterBar::DelayMs);
    QCOMPARE(announced.count(), 1);
}

void TestFilterBar::escape_clearsAndAnnouncesAtOnce()
{
    QSignalSpy announced(m_bar.get(), &FilterBar::filterChanged);
    QTest::keyClicks(m_bar.get(), QStringLiteral("tee"));
    QTest::keyClick(m_bar.get(), Qt::Key_Return);
    QTest::keyClick(m_bar.get(), Qt::Key_Escape);
    QCOMPARE(m_bar->text(), QString());
    QCOMPARE(announced.count(), 2);
    QCOMPARE(announced.at(1).at(0).toString(), QString());
}

void TestFilterBar::unchangedText_isNotAnnouncedAgain()
{
    QSignalSpy announced(m_bar.get(), &FilterBar::filterChanged);
    QTest::keyClicks(m_bar.get(), QStringLiteral("ab"));
    QTest::keyClick(m_bar.get(), Qt::Key_Return);
    QTest::keyClick(m_bar.get(), Qt::Key_Backspace);
    QTest::keyClicks(m_bar.get(), QStringLiteral("b"));
    QTest::qWait(2 * FilterBar::DelayMs);
    QCOMPARE(announced.count(), 1);
}

QTEST_MAIN(TestFilterBar)
#include "tst_filterbar.moc"
