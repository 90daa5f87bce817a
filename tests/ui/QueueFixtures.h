// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The lifecycle's lists fed as the centre would: orders made by folding events, a queue that
// answers with them, time limits short enough that an order can be overdue.
#include "desk/QueueSource.h"
#include "timelimits/Deadlines.h"
#include "workorder/Lifecycle.h"

#include <initializer_list>

namespace hotline::test {

// The centre's answer, as a test writes it.
class FixedQueue : public QueueSource {
public:
    QVector<WorkOrderState> orders;
    void refresh(const QString &queue) override { Q_EMIT loaded(queue, orders, false, QString()); }
};

// An order created `hoursAgo`, then each event a minute later.
inline WorkOrderState queuedOrder(const QString &number, int hoursAgo, std::initializer_list<std::pair<EventType, QJsonObject>> events)
{
    WorkOrderDraft draft;
    draft.phone = QStringLiteral("13901012345");
    draft.callerName = QStringLiteral("李先生");
    draft.title = QStringLiteral("路灯不亮 ") + number;
    draft.description = QStringLiteral("牛街西里二区3号楼门口路灯一周不亮");
    const QDateTime start = QDateTime::currentDateTimeUtc().addSecs(-3600 * hoursAgo);
    std::optional<WorkOrderState> state =
        Lifecycle::apply(std::nullopt, WorkOrderEvent::make(number, EventType::Created, QStringLiteral("op1"), start, draft.toJson())).value();
    int minute = 0;
    for (const auto &[type, payload] : events)
        state = Lifecycle::apply(state, WorkOrderEvent::make(number, type, QStringLiteral("x"), start.addSecs(60 * ++minute), payload)).value();
    return *state;
}

// Signed within 2 hours, replied within 7 days, called back within 7 days.
inline TimeLimits shortLimits()
{
    return TimeLimits{{{std::nullopt, std::nullopt, QString(), LimitStage::Sign, LimitSpan{2, LimitSpan::Unit::Hours}},
                       {std::nullopt, std::nullopt, QString(), LimitStage::Reply, LimitSpan{7, LimitSpan::Unit::Days}},
                       {std::nullopt, std::nullopt, QString(), LimitStage::Callback, LimitSpan{7, LimitSpan::Unit::Days}}},
                      WorkingCalendar()};
}

} // namespace hotline::test
