// SPDX-License-Identifier: GPL-3.0-or-later
#include "operator/TransferPicker.h"

#include "common/ListNavigation.h"
#include "common/SelectionColours.h"

#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QVBoxLayout>

namespace hotline {

TransferPicker::TransferPicker(const QVector<TransferTarget> &directory, Kind kind, QWidget *parent)
    : QDialog(parent), m_directory(directory), m_filter(new QLineEdit(this)), m_list(new QListWidget(this)), m_hint(new QLabel(this))
{
    setObjectName(QStringLiteral("transferPicker"));
    setWindowTitle(kind == Kind::Blind ? tr("转接") : tr("咨询转接"));
    m_filter->setObjectName(QStringLiteral("transferFilter"));
    m_filter->setPlaceholderText(tr("单位、同事名称或号码"));
    m_list->setObjectName(QStringLiteral("transferList"));
    SelectionColours::apply(*m_list);
    m_hint->setWordWrap(true);
    m_hint->setText(kind == Kind::Blind ? tr("↑↓ 选择，回车转接（来电人转给对方，本席挂机），Esc 取消")
                                        : tr("↑↓ 选择，回车呼叫对方（来电人保持），通话后再按咨询转接键完成，Esc 取消"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_filter);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_hint);
    m_filter->installEventFilter(this);
    m_list->installEventFilter(this);
    connect(m_filter, &QLineEdit::textChanged, this, &TransferPicker::refilter);
    connect(m_list, &QListWidget::itemActivated, this, &TransferPicker::take);
    refilter({});
    resize(420, 360);
}

void TransferPicker::refilter(const QString &text)
{
    const QString wanted = text.trimmed();
    m_list->clear();
    for (const TransferTarget &target : std::as_const(m_directory)) {
        if (!wanted.isEmpty() && !target.name.contains(wanted, Qt::CaseInsensitive) && !target.number.contains(wanted))
            continue;
        auto *item = new QListWidgetItem(tr("%1  %2").arg(target.name, target.number), m_list);
        item->setData(Qt::UserRole, target.number);
        item->setData(Qt::UserRole + 1, target.name);
    }
    // A number keyed by the operator goes at the top, as typed.
    if (TransferDirectory::isDiallable(wanted) && m_list->findItems(wanted, Qt::MatchContains).isEmpty()) {
        auto *keyed = new QListWidgetItem(tr("拨打 %1").arg(wanted));
        keyed->setData(Qt::UserRole, wanted);
        m_list->insertItem(0, keyed);
    }
    if (m_list->count() > 0)
        m_list->setCurrentRow(0);
}

void TransferPicker::take()
{
    const QListWidgetItem *item = m_list->currentItem();
    if (!item)
        return;
    Q_EMIT chosen(item->data(Qt::UserRole).toString(), item->data(Qt::UserRole + 1).toString());
    accept();
}

bool TransferPicker::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress && (watched == m_filter || watched == m_list)) {
        const auto *key = static_cast<QKeyEvent *>(event);
        switch (key->key()) {
        case Qt::Key_Down: moveCurrentRow(m_list, 1); return true;
        case Qt::Key_Up: moveCurrentRow(m_list, -1); return true;
        case Qt::Key_Return:
        case Qt::Key_Enter: take(); return true;
        default: break;
        }
    }
    return QDialog::eventFilter(watched, event);
}

} // namespace hotline
