// SPDX-License-Identifier: GPL-3.0-or-later
#include "operator/ShortcutOverlay.h"

#include "operator/ShortcutCatalog.h"

#include <QApplication>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QVBoxLayout>

namespace hotline {

namespace {
// The sheet is in three columns: one key with its description a line, the ~50 of them (the
// actions, then the fields) flowing from one column into the next. In two, the actions alone
// run taller than a 1280×800 window; in three, even English descriptions wrapped to two lines
// fit with room to spare.
constexpr int columnCount = 3;
} // namespace

ShortcutOverlay::ShortcutOverlay(QWidget *parent) : QFrame(parent)
{
    setObjectName(QStringLiteral("shortcutOverlay"));
    setFocusPolicy(Qt::StrongFocus);
    setAutoFillBackground(true);
    setStyleSheet(QStringLiteral("#shortcutOverlay { background: #FAFAFA; border: 2px solid #4A6FA5; }"
                                 " QLabel[role=\"key\"] { font-family: monospace; font-weight: bold; color: #1F3A68; }"
                                 " QLabel[role=\"section\"] { font-weight: bold; color: #1F3A68; }"));
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(24, 12, 24, 16);
    auto *heading = new QLabel(tr("<h2>快捷键一览</h2>按 F1 或 Esc 关闭"), this);
    heading->setObjectName(QStringLiteral("shortcutHeading"));
    outer->addWidget(heading);
    auto *columns = new QHBoxLayout;
    columns->setSpacing(28);
    outer->addLayout(columns, 1);

    // What goes down the columns, in order: a section's title, then its keys.
    struct Line {
        QString section;
        ShortcutEntry entry;
    };
    QList<Line> lines;
    const auto section = [&lines](const QString &title, const QList<ShortcutEntry> &entries) {
        lines.append({title, {}});
        for (const ShortcutEntry &entry : entries)
            lines.append({{}, entry});
    };
    section(tr("操作"), ShortcutCatalog::actions());
    section(tr("跳到字段"), ShortcutCatalog::fields());

    const qsizetype perColumn = (lines.size() + columnCount - 1) / columnCount;
    qsizetype next = 0;
    for (int c = 0; c < columnCount && next < lines.size(); ++c) {
        auto *grid = new QGridLayout;
        grid->setHorizontalSpacing(10);
        grid->setVerticalSpacing(6);
        int row = 0;
        // A column that goes on with a section keeps its first key level with the others'.
        if (lines.at(next).section.isEmpty())
            grid->addItem(new QSpacerItem(0, fontMetrics().height()), row++, 0);
        // The last column takes whatever is left, so nothing is ever dropped.
        const bool last = c == columnCount - 1;
        for (qsizetype taken = 0; (taken < perColumn || last) && next < lines.size(); ++taken, ++next) {
            const Line &line = lines.at(next);
            // A section's title is never left alone at the foot of a column.
            if (!line.section.isEmpty() && taken == perColumn - 1 && !last)
                break;
            if (!line.section.isEmpty()) {
                auto *title = new QLabel(line.section, this);
                title->setProperty("role", QStringLiteral("section"));
                grid->addWidget(title, row++, 0, 1, 2);
                continue;
            }
            // Long descriptions wrap (English runs longer than Chinese) rather than being cut off.
            auto *description = new QLabel(line.entry.description, this);
            description->setWordWrap(true);
            description->setAlignment(Qt::AlignLeft | Qt::AlignTop);
            auto *key = new QLabel(line.entry.keys.toString(QKeySequence::NativeText), this);
            key->setProperty("role", QStringLiteral("key"));
            // Level with the first line of its description: a Chinese line is taller than the key's.
            key->setMinimumHeight(description->heightForWidth(QWIDGETSIZE_MAX));
            key->setAlignment(Qt::AlignLeft | Qt::AlignVCenter);
            grid->addWidget(key, row, 0, Qt::AlignTop);
            grid->addWidget(description, row++, 1);
        }
        // The keys take what they need, the descriptions the rest: fewer lines to wrap.
        grid->setColumnStretch(1, 1);
        grid->setRowStretch(row, 1);
        columns->addLayout(grid, 1);
    }
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
    // Nearly the whole window: the desk's edges show around it, the sheet has room to be read.
    const QRect area = parentWidget()->rect();
    setGeometry(area.adjusted(area.width() / 32, area.height() / 32, -area.width() / 32, -area.height() / 32));
}

} // namespace hotline
