// SPDX-License-Identifier: GPL-3.0-or-later
#include "AgentSettings.h"

#include "store/LocalStore.h"

#include <QRegularExpression>

namespace hotline {

namespace {
const QString reasonsKey = QStringLiteral("agent.not_ready_reasons");
const QString afterCallKey = QStringLiteral("agent.after_call_seconds");
const QString divertKey = QStringLiteral("agent.divert_to");
} // namespace

QStringList AgentSettings::defaultReasons()
{
    return {tr("小休"), tr("就餐"), tr("培训"), tr("减压"), tr("会议")};
}

Result<AgentSettings> AgentSettings::parse(const QString &reasons, const QString &afterCallSeconds, const QString &divertTo)
{
    AgentSettings settings;
    if (!reasons.trimmed().isEmpty()) {
        QStringList list;
        for (const QString &part : reasons.split(QLatin1Char(';'))) {
            const QString reason = part.trimmed();
            if (reason.isEmpty())
                return Error{tr("示忙原因“%1”中有空的一项（用分号分隔，如 小休;就餐;培训）").arg(reasons)};
            if (reason.size() > 20)
                return Error{tr("示忙原因“%1”太长（最多 20 个字）").arg(reason)};
            if (list.contains(reason))
                return Error{tr("示忙原因“%1”重复").arg(reason)};
            list.append(reason);
        }
        if (list.size() > 9)
            return Error{tr("示忙原因最多 9 个（数字键 1–9 选择），给了 %1 个").arg(list.size())};
        settings.notReadyReasons = list;
    }
    if (!afterCallSeconds.trimmed().isEmpty()) {
        bool ok = false;
        const int seconds = afterCallSeconds.trimmed().toInt(&ok);
        if (!ok || seconds < 0 || seconds > 3600)
            return Error{tr("话后整理时长“%1”应为 0–3600 秒（0 为不限）").arg(afterCallSeconds)};
        settings.afterCallSeconds = seconds;
    }
    static const QRegularExpression number(QStringLiteral("^[0-9*#+]{2,20}$"));
    if (!divertTo.trimmed().isEmpty() && !number.match(divertTo.trimmed()).hasMatch())
        return Error{tr("示忙转接号码“%1”不是电话号码或分机号").arg(divertTo)};
    settings.divertTo = divertTo.trimmed();
    return settings;
}

AgentSettings AgentSettings::load(const LocalStore &store)
{
    // Stored values were checked when they were saved; one that no longer reads (edited by
    // hand) gives the defaults rather than a seat that cannot change state.
    Result<AgentSettings> stored = parse(store.meta(reasonsKey), store.meta(afterCallKey), store.meta(divertKey));
    return stored ? stored.value() : AgentSettings{};
}

Status AgentSettings::save(LocalStore &store) const
{
    return store.transaction([&]() -> Status {
        if (Status s = store.setMeta(reasonsKey, notReadyReasons.join(QLatin1Char(';'))); !s)
            return s;
        if (Status s = store.setMeta(afterCallKey, QString::number(afterCallSeconds)); !s)
            return s;
        return store.setMeta(divertKey, divertTo);
    });
}

} // namespace hotline
