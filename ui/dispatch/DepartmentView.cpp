// SPDX-License-Identifier: GPL-3.0-or-later
#include "DepartmentView.h"

#include "workorder/LifecycleCodes.h"

namespace hotline {

namespace {
// Extensions a unit may ask for, in calendar days: the dispatcher decides.
const QList<int> extensionDays{3, 5, 7, 10, 15, 30};
} // namespace

DepartmentView::DepartmentView(QueueSource &source, const OrderActions &actions, const Deadlines &deadlines, QWidget *parent)
    : OrderQueueView(QStringLiteral("department"), source, actions, deadlines, parent)
{
    addKey(QKeySequence(Qt::Key_S), tr("签收"), [this] { act(EventType::Signed, {}, tr("已签收")); });
    addKey(QKeySequence(Qt::Key_R), tr("回复"), [this] {
        ask(tr("办理结果（回访时读给市民听）："), {}, {}, [this](int, const QString &text) {
            act(EventType::Replied, {{QStringLiteral("text"), text}}, tr("已回复"));
        });
    });
    addKey(QKeySequence(Qt::Key_E), tr("申请延期"), [this] {
        QStringList choices;
        for (int days : extensionDays)
            choices.append(tr("延期 %n 天", nullptr, days));
        ask(tr("申请延期，选天数并写明理由："), choices, {}, [this](int choice, const QString &reason) {
            const QDateTime until = QDateTime::currentDateTimeUtc().addDays(extensionDays.value(choice, extensionDays.first()));
            act(EventType::ExtensionRequested, {{QStringLiteral("until"), until.toString(Qt::ISODate)}, {QStringLiteral("text"), reason}},
                tr("已申请延期，等待派单员审批"));
        });
    });
    addKey(QKeySequence(Qt::Key_T), tr("退单"), [this] {
        QStringList reasons;
        for (ReturnReason reason : allReturnReasons())
            reasons.append(displayName(reason));
        ask(tr("退单理由："), reasons, {}, [this](int choice, const QString &text) {
            const ReturnReason reason = allReturnReasons().value(choice, ReturnReason::Other);
            act(EventType::Returned, {{QStringLiteral("reason"), toCode(reason)}, {QStringLiteral("text"), text}}, tr("已退单：%1").arg(displayName(reason)));
        });
    });
}

bool DepartmentView::keeps(const WorkOrderState &order) const
{
    return order.status == OrderStatus::Dispatched || order.status == OrderStatus::Accepted;
}

} // namespace hotline
