// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace hotline {

// Where an evaluation stands. The operator answers a scored one: acknowledged, or disputed
// with a comment, which returns it to its reviewer; the reviewer upholds it with a note or
// rescores it. A rescore is a new evaluation and the old one stays as it was, marked rescored
// (superseded): a score is never silently changed.
enum class EvaluationState { Scored, Acknowledged, Disputed, Upheld, Rescored };
enum class EvaluationAction { Acknowledge, Dispute, Uphold, Rescore };

QString toCode(EvaluationState state);
std::optional<EvaluationState> evaluationStateFromCode(const QString &code);
QString toCode(EvaluationAction action);

class EvaluationLifecycle {
    Q_DECLARE_TR_FUNCTIONS(hotline::EvaluationLifecycle)
public:
    // The state after `action`, or why it cannot be taken now. A dispute needs the
    // operator's comment, an uphold the reviewer's note.
    static Result<EvaluationState> next(EvaluationState state, EvaluationAction action, const QString &comment = {});
    static QString displayName(EvaluationState state);
};

} // namespace hotline
