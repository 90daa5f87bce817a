// SPDX-License-Identifier: GPL-3.0-or-later
#include "quality/EvaluationLifecycle.h"

namespace hotline {

QString toCode(EvaluationState state)
{
    switch (state) {
    case EvaluationState::Scored: return QStringLiteral("scored");
    case EvaluationState::Acknowledged: return QStringLiteral("acknowledged");
    case EvaluationState::Disputed: return QStringLiteral("disputed");
    case EvaluationState::Upheld: return QStringLiteral("upheld");
    case EvaluationState::Rescored: return QStringLiteral("rescored");
    }
    return {};
}

std::optional<EvaluationState> evaluationStateFromCode(const QString &code)
{
    for (EvaluationState state : {EvaluationState::Scored, EvaluationState::Acknowledged, EvaluationState::Disputed,
                                  EvaluationState::Upheld, EvaluationState::Rescored})
        if (toCode(state) == code)
            return state;
    return std::nullopt;
}

QString toCode(EvaluationAction action)
{
    switch (action) {
    case EvaluationAction::Acknowledge: return QStringLiteral("acknowledge");
    case EvaluationAction::Dispute: return QStringLiteral("dispute");
    case EvaluationAction::Uphold: return QStringLiteral("uphold");
    case EvaluationAction::Rescore: return QStringLiteral("rescore");
    }
    return {};
}

QString EvaluationLifecycle::displayName(EvaluationState state)
{
    switch (state) {
    case EvaluationState::Scored: return tr("待确认");
    case EvaluationState::Acknowledged: return tr("已确认");
    case EvaluationState::Disputed: return tr("申诉中");
    case EvaluationState::Upheld: return tr("维持原评");
    case EvaluationState::Rescored: return tr("已重评");
    }
    return {};
}

Result<EvaluationState> EvaluationLifecycle::next(EvaluationState state, EvaluationAction action, const QString &comment)
{
    const bool said = !comment.trimmed().isEmpty();
    switch (action) {
    case EvaluationAction::Acknowledge:
        if (state == EvaluationState::Scored)
            return EvaluationState::Acknowledged;
        break;
    case EvaluationAction::Dispute:
        if (state == EvaluationState::Scored) {
            if (!said)
                return Error{tr("申诉需要写明理由")};
            return EvaluationState::Disputed;
        }
        break;
    case EvaluationAction::Uphold:
        if (state == EvaluationState::Disputed) {
            if (!said)
                return Error{tr("维持原评需要写明说明")};
            return EvaluationState::Upheld;
        }
        break;
    case EvaluationAction::Rescore:
        // A reviewer may correct a score the operator has not answered yet, or one disputed.
        if (state == EvaluationState::Scored || state == EvaluationState::Disputed)
            return EvaluationState::Rescored;
        break;
    }
    return Error{tr("评分状态为“%1”，不能再%2").arg(displayName(state), [action] {
        switch (action) {
        case EvaluationAction::Acknowledge: return tr("确认");
        case EvaluationAction::Dispute: return tr("申诉");
        case EvaluationAction::Uphold: return tr("维持原评");
        case EvaluationAction::Rescore: return tr("重评");
        }
        return QString();
    }())};
}

} // namespace hotline
