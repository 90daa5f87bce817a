// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>
#include <QVector>

namespace hotline {

// How many of each operator's calls of a week one reviewer listens to: a number, or a share of
// the operator's calls with a minimum (a share of a quiet week still gives something to hear).
struct ReviewQuota {
    QString reviewer;
    int count = 0;      // used when share is 0
    double share = 0;   // 0..1 of the operator's calls of the week
    int minimum = 0;    // with a share: at least this many

    // The calls wanted of an operator with `calls` calls that week (not capped by them).
    int wantedOf(int calls) const;
};

// A recording of the week as the plan sees it.
struct SampledCall {
    QString recording;
    QString operatorLogin;
    QDateTime startedAt;
};

struct SampleAssignment {
    QString reviewer;
    QString recording;
    QString operatorLogin;
    bool operator==(const SampleAssignment &) const = default;
};

// The week's spot checks (抽检): for each operator, every reviewer gets their quota of that
// operator's calls. The calls are spread evenly over the operator's week — their calls in time
// order cut into as many equal stretches as calls are wanted, one call drawn at random in each —
// so a reviewer does not hear only Monday morning; the stretches are dealt to the reviewers in
// turn, so each reviewer's calls are spread too. What one draw picks is random, from `seed`:
// the same week and seed always give the same plan (the centre seeds with the week), and no
// call goes to two reviewers. A reviewer never gets their own calls. When the quotas ask for
// more calls than an operator made, the largest quotas give way first, one call at a time.
class SamplingPlan {
public:
    static QVector<SampleAssignment> assign(const QVector<SampledCall> &calls, const QVector<ReviewQuota> &quotas, quint64 seed);
};

} // namespace hotline
