// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>

class QWidget;

namespace hotline {

// Counts the key presses a trainee makes on one window (the training desk and whatever it
// opened): each press once, whether a field took it or a shortcut did, modifiers alone and
// auto-repeat not counted. Watches the application's events: a key goes to the focused
// widget (a shortcut override first, for every press), so that is where it is counted.
class KeystrokeCounter : public QObject {
    Q_OBJECT
public:
    explicit KeystrokeCounter(QWidget &window, QObject *parent = nullptr);
    ~KeystrokeCounter() override;

    void reset() { m_count = 0; }
    int count() const { return m_count; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QPointer<QWidget> m_window;
    int m_count = 0;
};

} // namespace hotline
