// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace hotline {

// Why a unit sends an order back (退单). A fixed list, so returns can be counted by reason
// and a dispatcher sees at a glance whether the dispatch or the order was wrong.
enum class ReturnReason { NotOurDuty, OutsideOurArea, UnclearAppeal, Duplicate, NeedsCoordination, Other };
// What the citizen said at the callback (回访).
enum class CallbackResult { Satisfied, BasicallySatisfied, Dissatisfied, Unreachable };
// What a dispatcher decides on a proposed dispatch (派单审核).
enum class ReviewDecision { Approve, Correct, SendBack };

QString toCode(ReturnReason value);
QString toCode(CallbackResult value);
QString toCode(ReviewDecision value);
std::optional<ReturnReason> returnReasonFromCode(const QString &code);
std::optional<CallbackResult> callbackResultFromCode(const QString &code);
std::optional<ReviewDecision> reviewDecisionFromCode(const QString &code);
QString displayName(ReturnReason value);
QString displayName(CallbackResult value);
QString displayName(ReviewDecision value);
const QList<ReturnReason> &allReturnReasons();
const QList<CallbackResult> &allCallbackResults();

// Unreachable citizens are tried this many times before the order closes without an answer.
inline constexpr int callbackAttempts = 3;

} // namespace hotline
