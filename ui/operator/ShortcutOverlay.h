// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFrame>

namespace hotline {

// A sheet over the desk listing every shortcut; F1 or Esc closes it. A child of the window,
// not a dialog, so the form underneath keeps its state and focus returns where it was.
class ShortcutOverlay : public QFrame {
    Q_OBJECT
public:
    explicit ShortcutOverlay(QWidget *parent);
    void toggle();

protected:
    void keyPressEvent(QKeyEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void fitParent();
    QWidget *m_returnFocus = nullptr;
};

} // namespace hotline
