// SPDX-License-Identifier: GPL-3.0-or-later
#include "SamplingPlan.h"

#include <QMap>

#include <algorithm>
#include <cmath>
#include <random>

namespace hotline {

int ReviewQuota::wantedOf(int calls) const
{
    if (share <= 0)
        return std::max(0, count);
    return std::max(std::max(0, minimum), int(std::ceil(share * calls - 1e-9)));
}

QVector<SampleAssignment> SamplingPlan::assign(const QVector<SampledCall> &calls, const QVector<ReviewQuota> &quotas, quint64 seed)
{
    QMap<QString, QVector<SampledCall>> byOperator; // sorted by login: the draws do not depend on input order
    for (const SampledCall &call : calls)
        byOperator[call.operatorLogin].append(call);

    QVector<SampleAssignment> plan;
    std::mt19937_64 random(seed);
    for (auto it = byOperator.begin(); it != byOperator.end(); ++it) {
        QVector<SampledCall> &week = it.value();
        std::sort(week.begin(), week.end(), [](const SampledCall &a, const SampledCall &b) {
            return a.startedAt != b.startedAt ? a.startedAt < b.startedAt : a.recording < b.recording;
        });
        const int n = int(week.size());
        // Each reviewer's share of this operator, the largest giving way while it is too much.
        QVector<int> wanted;
        for (const ReviewQuota &quota : quotas)
            wanted.append(quota.reviewer == it.key() ? 0 : quota.wantedOf(n));
        int total = 0;
        for (int w : wanted)
            total += w;
        while (total > n) {
            const auto largest = std::max_element(wanted.begin(), wanted.end()); // the first of equals
            --*largest;
            --total;
        }
        if (total == 0)
            continue;
        // Dealing order: reviewers in turn while they still want calls.
        QVector<int> order;
        QVector<int> left = wanted;
        while (int(order.size()) < total)
            for (int r = 0; r < int(left.size()); ++r)
                if (left[r] > 0) {
                    order.append(r);
                    --left[r];
                }
        for (int s = 0; s < total; ++s) {
            // Stretch s covers calls [n*s/total, n*(s+1)/total): never empty since total ≤ n.
            const int first = int(qint64(n) * s / total);
            const int last = int(qint64(n) * (s + 1) / total);
            const int pick = first + int(random() % quint64(last - first));
            plan.append({quotas.at(order.at(s)).reviewer, week.at(pick).recording, it.key()});
        }
    }
    return plan;
}

} // namespace hotline
