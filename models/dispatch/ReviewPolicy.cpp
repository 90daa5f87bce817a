// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReviewPolicy.h"

namespace hotline {

Result<ReviewPolicy> ReviewPolicy::parse(const QString &text)
{
    ReviewPolicy policy;
    for (const QString &raw : text.split(u',', Qt::SkipEmptyParts)) {
        const QString part = raw.trimmed();
        if (part == QLatin1String("all")) {
            policy.m_all = true;
        } else if (part == QLatin1String("none")) {
            continue;
        } else if (part.startsWith(QLatin1String("confidence<"))) {
            bool ok = false;
            const double below = part.mid(11).toDouble(&ok);
            if (!ok || below <= 0 || below > 1)
                return Error{tr("审核规则“%1”：confidence< 后应为 0 到 1 之间的数").arg(part)};
            policy.m_below = below;
        } else if (part.startsWith(QLatin1String("items:"))) {
            for (const QString &item : part.mid(6).split(u';', Qt::SkipEmptyParts))
                policy.m_items.append(item.trimmed());
            if (policy.m_items.isEmpty())
                return Error{tr("审核规则“%1”：items: 后要列出事项，用 ; 分隔").arg(part)};
        } else {
            return Error{tr("不认识的审核规则“%1”：可用 all、none、confidence<0.8、items:路灯;井盖，用逗号组合").arg(part)};
        }
    }
    return policy;
}

ReviewPolicy ReviewPolicy::all()
{
    ReviewPolicy policy;
    policy.m_all = true;
    return policy;
}

bool ReviewPolicy::needsReview(const WorkOrderDraft &draft, double confidence) const
{
    if (draft.urgency != Urgency::Normal)
        return false;
    if (m_all || confidence < m_below)
        return true;
    const Classification &item = draft.classification;
    for (const QString &node : m_items)
        if (node == item.level1 || node == item.level2 || node == item.level3)
            return true;
    return false;
}

QString ReviewPolicy::toText() const
{
    QStringList parts;
    if (m_all)
        parts.append(QStringLiteral("all"));
    if (m_below > 0)
        parts.append(QStringLiteral("confidence<%1").arg(m_below));
    if (!m_items.isEmpty())
        parts.append(QStringLiteral("items:") + m_items.join(u';'));
    return parts.isEmpty() ? QStringLiteral("none") : parts.join(u',');
}

} // namespace hotline
