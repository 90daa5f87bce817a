// SPDX-License-Identifier: GPL-3.0-or-later
#include "operator/ShortcutOverlay.h"

#include "operator/ShortcutCatalog.h"

#include <QApplication>
#include <QGridLayout>
#include <QKeyEvent>
#include <QLabel>

namespace hotline {

ShortcutOverlay::ShortcutOverlay(QWidget *parent) : QFrame(parent)
{
    setObjectName(QStringLiteral("shortcutOverlay"));
    setFocusPolicy(Qt::StrongFocus);
    setAutoFillBackground(true);
    setStyleSheet(QStringLiteral("#shortcutOverlay { background: #FAFAFA; border: 2px solid #4A6FA5; }"
                                 " QLabel[role=\"key\"] { font-family: monospace; font-weight: bold; color: #1F3A68; }"));
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(24, 16, 24, 16);
    auto *heading = new QLabel(tr("<h2>快捷键一览</h2>按 F1 或 Esc 关闭"), this);
    grid->addWidget(heading, 0, 0, 1, 4);
    const auto fill = [this, grid](const QList<ShortcutEntry> &entries, int column, const QString &title) {
        grid->addWidget(new QLabel(QStringLiteral("<b>") + title + QStringLiteral("</b>"), this), 1, column, 1, 2);
        int row = 2;
        for (const ShortcutEntry &entry : entries) {
            auto *key = new QLabel(entry.keys.toString(QKeySequence::NativeText), this);
            key->setProperty("role", QStringLiteral("key"));
            grid->addWidget(key, row, column);
            // Long descriptions wrap (English runs longer than Chinese) rather than being cut off.
            auto *description = new QLabel(entry.description, this);
            description->setWordWrap(true);
            grid->addWidget(description, row, column + 1);
            ++row;
        }
    };
    fill(ShortcutCatalog::actions(), 0, tr("操作"));
    fill(ShortcutCatalog::fields(), 2, tr("跳到字段"));
    // The keys take what they need, the descriptions the rest: fewer lines to wrap.
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(3, 1);
    grid->setRowStretch(grid->rowCount(), 1);
    parent->installEventFilter(this);
    hide();
}

void ShortcutOverlay::toggle()
{
    if (isVisible()) {
        hide();
        if (m_returnFocus)
            m_returnFocus->setFocus(Qt::OtherFocusReason);
        return;
    }
    m_returnFocus = QApplication::focusWidget();
    fitParent();
    show();
    raise();
    setFocus(Qt::OtherFocusReason);
}

void ShortcutOverlay::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape || event->key() == Qt::Key_F1) {
        toggle();
        return;
    }
    QFrame::keyPressEvent(event);
}

bool ShortcutOverlay::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == parentWidget() && event->type() == QEvent::Resize && isVisible())
        fitParent();
    return QFrame::eventFilter(watched, event);
}

void ShortcutOverlay::fitParent()
{
    const QRect area = parentWidget()->rect();
    setGeometry(area.adjusted(area.width() / 10, area.height() / 10, -area.width() / 10, -area.height() / 10));
}

} // namespace hotline
