// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "WorkingCalendar.h"
#include "catalog/Classification.h"
#include "workorder/WorkOrder.h"

#include <QDateTime>
#include <QVector>

#include <optional>

namespace hotline {

// The three clocks of an order's life: the unit signs for it, the unit replies, the hotline
// calls the citizen back.
enum class LimitStage { Sign, Reply, Callback };
QString toCode(LimitStage stage);
std::optional<LimitStage> limitStageFromCode(const QString &code);

// "2h", "30m", "7d" (calendar days), "7wd" (working days on the centre's calendar).
struct LimitSpan {
    enum class Unit { Minutes, Hours, Days, WorkingDays };
    int amount = 0;
    Unit unit = Unit::Hours;
    static std::optional<LimitSpan> parse(const QString &text);
    QString toText() const;
    QDateTime after(const QDateTime &start, const WorkingCalendar &calendar) const;
    friend bool operator==(const LimitSpan &, const LimitSpan &) = default;
};

// One line of the limits file: a stage's span for the orders it matches. Empty criteria
// match every order; `item` names a catalogue node at any level (路灯 or 城乡建设).
struct TimeLimitRule {
    std::optional<Urgency> urgency;
    std::optional<AppealType> appealType;
    QString item;
    LimitStage stage = LimitStage::Reply;
    LimitSpan span;
    int line = 0;
};

// Picks, for an order and a stage, the most specific rule (urgency, then item, then appeal
// type decide; an emergency's hour beats a street lamp's days), and counts it on the calendar.
class TimeLimits {
    Q_DECLARE_TR_FUNCTIONS(hotline::TimeLimits)
public:
    TimeLimits(QVector<TimeLimitRule> rules, WorkingCalendar calendar);
    // Until a centre publishes its own: sign within 2 h, reply within 7 working days, call back
    // within 7 days of the reply, so no list is ever without a clock.
    static QVector<TimeLimitRule> defaultRules();

    std::optional<TimeLimitRule> ruleFor(LimitStage stage, Urgency urgency, AppealType type,
                                         const Classification &item) const;
    // When the stage is due for an order whose clock started at `start`; invalid when no rule
    // covers the stage (the file always should: a line with `*,*,*` for each stage).
    QDateTime due(LimitStage stage, Urgency urgency, AppealType type, const Classification &item,
                  const QDateTime &start) const;
    const WorkingCalendar &calendar() const { return m_calendar; }

private:
    QVector<TimeLimitRule> m_rules;
    WorkingCalendar m_calendar;
};

} // namespace hotline
