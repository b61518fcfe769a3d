// SPDX-FileCopyrightText: 2026 The Kontor authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QIcon>
#include <QWidget>

class QBoxLayout;
class QLabel;

namespace Kontor::Ui {

class PagedTableModelBase;
class TableView;

/// One page of the main window (Orders, Stock, ...): what the shell needs to know of it.
class PageWidget : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PageWidget)
public:
    ~PageWidget() override;

    virtual QString title() const = 0;
    virtual QIcon icon() const = 0;
    /// For the status bar: the rows the page shows now, e.g. "12,345 orders".
    virtual QString statusText() const = 0;
    /// Reads the page's data again, keeping filters and sorting.
    virtual void refresh() = 0;
    /// The page's main list; it has the focus when the page is shown.
    virtual TableView *mainView() const = 0;

Q_SIGNALS:
    void statusTextChanged();
    void errorOccurred(const QString &message);

protected:
    explicit PageWidget(QWidget *parent = nullptr);

    /// Forwards model's errors (queued: they may arise while a view paints) and count changes.
    void watch(PagedTableModelBase *model);
    /// Adds a filter bar (none when filterPlaceholder is empty) and a view of model to layout,
    /// and watches model.
    TableView *addTable(QBoxLayout *layout, PagedTableModelBase *model,
                        const QString &filterPlaceholder = {});
    /// A bold one-line caption over a detail pane.
    QLabel *addCaption(QBoxLayout *layout);
};

} // namespace Kontor::Ui
