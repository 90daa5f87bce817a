// SPDX-License-Identifier: GPL-3.0-or-later
#include "OrderQueueView.h"

#include "PromptBar.h"
#include "common/SelectionColours.h"
#include "desk/QueueSource.h"

#include <QAction>
#include <QBrush>
#include <QHeaderView>
#include <QIdentityProxyModel>
#include <QLabel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace hotline {

namespace {
// Overdue rows in red: the model says which, the widgets say how.
class OverdueColours : public QIdentityProxyModel {
public:
    using QIdentityProxyModel::QIdentityProxyModel;
    QVariant data(const QModelIndex &index, int role) const override
    {
        if (role == Qt::ForegroundRole && QIdentityProxyModel::data(index, QueueListModel::OverdueRole).toBool())
            return QBrush(QColor(0xb0, 0x00, 0x20));
        return QIdentityProxyModel::data(index, role);
    }
};

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}
} // namespace

OrderQueueView::OrderQueueView(QString queue, QueueSource &source, const OrderActions &actions, const Deadlines &deadlines, QWidget *parent)
    : QWidget(parent), m_queue(std::move(queue)), m_source(source), m_actions(actions), m_model(deadlines), m_table(new QTableView(this)),
      m_details(new QLabel(this)), m_keys(new QLabel(this)), m_status(new QLabel(this)), m_prompt(new PromptBar(this))
{
    setObjectName(QStringLiteral("queue-") + m_queue);
    auto *colours = new OverdueColours(this);
    colours->setSourceModel(&m_model);
    m_table->setModel(colours);
    m_table->setObjectName(QStringLiteral("queue-table"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setTabKeyNavigation(false);
    // Selected, an overdue row is drawn in the selection's white like the others: red on the
    // selection's blue would be unreadable, and the time-left column still says it is overdue.
    SelectionColours::apply(*m_table);
    // Every column as wide as its contents, the title taking what is left: the time left is
    // never cut off.
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(QueueListModel::TitleColumn, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_details->setObjectName(QStringLiteral("queue-details"));
    m_details->setWordWrap(true);
    m_details->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setMinimumWidth(280);
    m_status->setObjectName(QStringLiteral("queue-status"));
    m_status->setWordWrap(true);
    m_keys->setWordWrap(true);

    auto *split = new QSplitter(this);
    split->addWidget(m_table);
    split->addWidget(m_details);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setSizes({640, 360});
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(split, 1);
    layout->addWidget(m_prompt);
    layout->addWidget(m_keys);
    layout->addWidget(m_status);

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &OrderQueueView::showDetails);
    connect(&m_model, &QAbstractItemModel::modelReset, this, &OrderQueueView::showDetails);
    connect(&m_source, &QueueSource::loaded, this, &OrderQueueView::loaded);
    connect(m_prompt, &PromptBar::finished, m_table, [this] { m_table->setFocus(Qt::OtherFocusReason); });
    addKey(QKeySequence(Qt::Key_F5), tr("刷新"), [this] { refresh(); });
}

void OrderQueueView::refresh()
{
    say(tr("正在向中心查询…"));
    m_source.refresh(m_queue);
}

QString OrderQueueView::statusText() const
{
    return m_status->text();
}

void OrderQueueView::loaded(const QString &queue, const QVector<WorkOrderState> &orders, bool offline, const QString &error)
{
    if (queue != m_queue)
        return;
    const QString number = current() ? current()->number : QString();
    m_model.setOrders(orders);
    int row = 0;
    for (int i = 0; i < m_model.rowCount(); ++i)
        if (m_model.orders().at(i).number == number)
            row = i;
    if (m_model.rowCount() > 0)
        m_table->selectRow(row);
    say(offline ? tr("离线：显示的是上次从中心取到的列表（%1）").arg(error) : tr("共 %n 张工单", nullptr, int(orders.size())));
}

const WorkOrderState *OrderQueueView::current() const
{
    const int row = m_table->currentIndex().row();
    return row >= 0 && row < m_model.rowCount() ? &m_model.orders().at(row) : nullptr;
}

void OrderQueueView::addKey(const QKeySequence &key, const QString &label, std::function<void()> handler)
{
    auto *action = new QAction(label, this);
    action->setShortcut(key);
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(action, &QAction::triggered, this, [this, handler = std::move(handler)] {
        if (!m_prompt->isVisible())
            handler();
    });
    addAction(action);
    m_keyHelp.append(QStringLiteral("<b>%1</b> %2").arg(escaped(key.toString(QKeySequence::NativeText)), escaped(label)));
    m_keys->setText(m_keyHelp.join(QStringLiteral(" · ")));
}

bool OrderQueueView::act(EventType type, QJsonObject payload, const QString &done)
{
    const WorkOrderState *order = current();
    if (!order) {
        say(tr("列表里没有选中的工单"));
        return false;
    }
    const int row = m_table->currentIndex().row();
    const QString number = order->number;
    Result<WorkOrderState> next = m_actions.act(*order, type, std::move(payload));
    if (!next) {
        say(next.error());
        return false;
    }
    if (keeps(next.value())) {
        m_model.replace(row, next.value());
        showDetails();
    } else {
        m_model.remove(row);
        if (m_model.rowCount() > 0)
            m_table->selectRow(std::min(row, m_model.rowCount() - 1));
    }
    say(tr("工单 %1：%2").arg(number, done));
    return true;
}

void OrderQueueView::ask(const QString &question, const QStringList &choices, const QString &initial,
                         std::function<void(int, const QString &)> then)
{
    if (!current())
        return say(tr("列表里没有选中的工单"));
    m_prompt->ask(question, choices, initial, std::move(then));
}

void OrderQueueView::say(const QString &text)
{
    m_status->setText(text);
}

void OrderQueueView::showDetails()
{
    const WorkOrderState *order = current();
    m_details->setText(order ? details(*order) : tr("没有待办的工单"));
}

QString OrderQueueView::details(const WorkOrderState &order) const
{
    QString html = QStringLiteral("<h3>%1</h3><p>%2</p>").arg(escaped(order.draft.title), escaped(order.draft.description));
    const auto line = [&html](const QString &label, const QString &value) {
        if (!value.isEmpty())
            html += QStringLiteral("<p><b>%1</b> %2</p>").arg(escaped(label), escaped(value));
    };
    line(tr("地点："), QString(order.draft.address.path() + u' ' + order.draft.address.detail).trimmed());
    line(tr("事项："), order.draft.classification.level3);
    QStringList coUnits;
    for (const QString &unit : order.coUnits)
        coUnits.append(m_model.unitName(unit));
    line(tr("承办单位："), m_model.unitName(order.dispatchedTo) + (coUnits.isEmpty() ? QString() : tr("（协办：%1）").arg(coUnits.join(u'、'))));
    line(tr("派单理由："), order.dispatchReason);
    line(tr("审核意见："), order.reviewNote);
    if (order.lastReturnReason)
        line(tr("退单理由："), displayName(*order.lastReturnReason) + u' ' + order.lastReturnText);
    if (order.extensionPending)
        line(tr("申请延期至："), order.extensionRequestedUntil.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) + u' ' + order.extensionReason);
    line(tr("办理答复："), order.reply);
    if (order.satisfaction)
        line(tr("回访结果："), displayName(*order.satisfaction));
    if (order.progressInquiries > 0)
        line(tr("催问进度："), tr("%n 次", nullptr, order.progressInquiries));
    if (order.returnCount > 0)
        line(tr("退单次数："), QString::number(order.returnCount));
    return html;
}

} // namespace hotline
