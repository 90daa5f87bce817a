// SPDX-License-Identifier: GPL-3.0-or-later
#include "LifecycleCodes.h"

#include "core/CodeTable.h"

#include <QCoreApplication>


namespace hotline {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("hotline", text);
}

constexpr CodeTable<ReturnReason, 6> returnCodes{{{ReturnReason::NotOurDuty, "not_our_duty"},
                                              {ReturnReason::OutsideOurArea, "outside_our_area"},
                                              {ReturnReason::UnclearAppeal, "unclear_appeal"},
                                              {ReturnReason::Duplicate, "duplicate"},
                                              {ReturnReason::NeedsCoordination, "needs_coordination"},
                                              {ReturnReason::Other, "other"}}};
constexpr CodeTable<CallbackResult, 4> callbackCodes{{{CallbackResult::Satisfied, "satisfied"},
                                                  {CallbackResult::BasicallySatisfied, "basically_satisfied"},
                                                  {CallbackResult::Dissatisfied, "dissatisfied"},
                                                  {CallbackResult::Unreachable, "unreachable"}}};
constexpr CodeTable<ReviewDecision, 3> reviewCodes{
    {{ReviewDecision::Approve, "approve"}, {ReviewDecision::Correct, "correct"}, {ReviewDecision::SendBack, "send_back"}}};

} // namespace

QString toCode(ReturnReason value) { return codeOf(returnCodes, value); }
QString toCode(CallbackResult value) { return codeOf(callbackCodes, value); }
QString toCode(ReviewDecision value) { return codeOf(reviewCodes, value); }
std::optional<ReturnReason> returnReasonFromCode(const QString &code) { return valueOf(returnCodes, code); }
std::optional<CallbackResult> callbackResultFromCode(const QString &code) { return valueOf(callbackCodes, code); }
std::optional<ReviewDecision> reviewDecisionFromCode(const QString &code) { return valueOf(reviewCodes, code); }

QString displayName(ReturnReason value)
{
    switch (value) {
    case ReturnReason::NotOurDuty: return tr("不属于本单位职责");
    case ReturnReason::OutsideOurArea: return tr("不在本单位辖区");
    case ReturnReason::UnclearAppeal: return tr("诉求或地址不清");
    case ReturnReason::Duplicate: return tr("重复工单");
    case ReturnReason::NeedsCoordination: return tr("需多部门协调");
    case ReturnReason::Other: return tr("其他");
    }
    return {};
}

QString displayName(CallbackResult value)
{
    switch (value) {
    case CallbackResult::Satisfied: return tr("满意");
    case CallbackResult::BasicallySatisfied: return tr("基本满意");
    case CallbackResult::Dissatisfied: return tr("不满意");
    case CallbackResult::Unreachable: return tr("未接通");
    }
    return {};
}

QString displayName(ReviewDecision value)
{
    switch (value) {
    case ReviewDecision::Approve: return tr("通过");
    case ReviewDecision::Correct: return tr("改派");
    case ReviewDecision::SendBack: return tr("退回接线员");
    }
    return {};
}

const QList<ReturnReason> &allReturnReasons()
{
    static const QList<ReturnReason> all = valuesOf(returnCodes);
    return all;
}

const QList<CallbackResult> &allCallbackResults()
{
    static const QList<CallbackResult> all = valuesOf(callbackCodes);
    return all;
}

} // namespace hotline
