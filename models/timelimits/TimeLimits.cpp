// SPDX-License-Identifier: GPL-3.0-or-later
#include "TimeLimits.h"

#include <QRegularExpression>

namespace hotline {

QString toCode(LimitStage stage)
{
    switch (stage) {
    case LimitStage::Sign:
        return QStringLiteral("sign");
    case LimitStage::Reply:
        return QStringLiteral("reply");
    case LimitStage::Callback:
        return QStringLiteral("callback");
    }
    return {};
}

std::optional<LimitStage> limitStageFromCode(const QString &code)
{
    for (LimitStage stage : {LimitStage::Sign, LimitStage::Reply, LimitStage::Callback})
        if (toCode(stage) == code)
            return stage;
    return std::nullopt;
}

std::optional<LimitSpan> LimitSpan::parse(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{1,4})(m|h|d|wd)$"));
    const QRegularExpressionMatch match = pattern.match(text.trimmed().toLower());
    if (!match.hasMatch())
        return std::nullopt;
    LimitSpan span;
    span.amount = match.captured(1).toInt();
    const QString unit = match.captured(2);
    span.unit = unit == QLatin1String("m")   ? Unit::Minutes
                : unit == QLatin1String("h") ? Unit::Hours
                : unit == QLatin1String("d") ? Unit::Days
                                             : Unit::WorkingDays;
    if (span.amount <= 0)
        return std::nullopt;
    return span;
}

QString LimitSpan::toText() const
{
    static const char *const suffix[] = {"m", "h", "d", "wd"};
    return QString::number(amount) + QLatin1String(suffix[int(unit)]);
}

QDateTime LimitSpan::after(const QDateTime &start, const WorkingCalendar &calendar) const
{
    switch (unit) {
    case Unit::Minutes:
        return start.addSecs(qint64(amount) * 60);
    case Unit::Hours:
        return start.addSecs(qint64(amount) * 3600);
    case Unit::Days:
        return start.toTimeZone(calendar.zone()).addDays(amount);
    case Unit::WorkingDays:
        return calendar.addWorkingDays(start, amount);
    }
    return {};
}

TimeLimits::TimeLimits(QVector<TimeLimitRule> rules, WorkingCalendar calendar)
    : m_rules(std::move(rules)), m_calendar(std::move(calendar))
{
}

std::optional<TimeLimitRule> TimeLimits::ruleFor(LimitStage stage, Urgency urgency, AppealType type,
                                                 const Classification &item) const
{
    std::optional<TimeLimitRule> best;
    int bestScore = -1;
    for (const TimeLimitRule &rule : m_rules) {
        if (rule.stage != stage || (rule.urgency && *rule.urgency != urgency)
            || (rule.appealType && *rule.appealType != type))
            continue;
        if (!rule.item.isEmpty() && rule.item != item.level3 && rule.item != item.level2 && rule.item != item.level1)
            continue;
        const int score = (rule.urgency ? 4 : 0) + (rule.item.isEmpty() ? 0 : 2) + (rule.appealType ? 1 : 0);
        if (score > bestScore) { // on a tie the earlier line wins, as a reader of the file expects
            best = rule;
            bestScore = score;
        }
    }
    return best;
}

QVector<TimeLimitRule> TimeLimits::defaultRules()
{
    const auto rule = [](LimitStage stage, LimitSpan span) { return TimeLimitRule{std::nullopt, std::nullopt, QString(), stage, span, 0}; };
    return {rule(LimitStage::Sign, {2, LimitSpan::Unit::Hours}), rule(LimitStage::Reply, {7, LimitSpan::Unit::WorkingDays}),
            rule(LimitStage::Callback, {7, LimitSpan::Unit::Days})};
}

QDateTime TimeLimits::due(LimitStage stage, Urgency urgency, AppealType type, const Classification &item,
                          const QDateTime &start) const
{
    const std::optional<TimeLimitRule> rule = ruleFor(stage, urgency, type, item);
    return rule ? rule->span.after(start, m_calendar) : QDateTime();
}

} // namespace hotline
