// SPDX-License-Identifier: GPL-3.0-or-later
// A scripted call and a trainee's play of it, for the scoring tests, the class view's tests and
// the training bench: a heating complaint with a place down to the community, a unit and six key
// facts, and a consultation answered from the knowledge base.
#pragma once

#include "training/CallObservation.h"
#include "training/Scenario.h"
#include "training/TrainingAttempt.h"

#include <QDateTime>
#include <QUuid>

namespace hotline::test {

inline Scenario heatingScenario()
{
    Scenario scenario;
    scenario.id = QStringLiteral("heating-01");
    scenario.version = 2;
    scenario.title = QStringLiteral("暖气不热");
    scenario.source = QStringLiteral("written");
    scenario.difficulty = 2;
    scenario.callerNumber = QStringLiteral("13800138000");
    scenario.callerName = QStringLiteral("王女士");
    scenario.transcript = {
        {QStringLiteral("你好，我家暖气不热，已经三个月了。"), 0, 4000, true},
        {QStringLiteral("室温只有十八度，在牛街西里二区幸福小区3号楼，物业不管。"), 4500, 10000, true},
    };
    ExpectedOutcome &expected = scenario.expected;
    expected.appealType = AppealType::Complaint;
    expected.item = {QStringLiteral("城乡建设"), QStringLiteral("供热"), QStringLiteral("供热质量")};
    expected.place.districtCode = QStringLiteral("110102");
    expected.place.districtName = QStringLiteral("西城区");
    expected.place.streetCode = QStringLiteral("110102007");
    expected.place.streetName = QStringLiteral("牛街街道");
    expected.place.communityCode = QStringLiteral("110102007001");
    expected.place.communityName = QStringLiteral("牛街西里二区社区");
    expected.unitCode = QStringLiteral("XC-HEAT");
    expected.unitName = QStringLiteral("西城区供热办");
    expected.keyFacts = {QStringLiteral("暖气不热"), QStringLiteral("三个月"), QStringLiteral("18度"),
                         QStringLiteral("幸福小区"), QStringLiteral("3号楼"), QStringLiteral("物业不管")};
    return scenario;
}

inline Scenario consultationScenario()
{
    Scenario scenario;
    scenario.id = QStringLiteral("social-card-01");
    scenario.title = QStringLiteral("社保卡补办");
    scenario.callerNumber = QStringLiteral("13900139000");
    scenario.transcript = {{QStringLiteral("社保卡丢了，怎么补办？"), 0, 3000, true}};
    ExpectedOutcome &expected = scenario.expected;
    expected.appealType = AppealType::Consultation;
    expected.item = {QStringLiteral("劳动和社会保障"), QStringLiteral("社会保险"), QStringLiteral("社保卡")};
    expected.keyFacts = {QStringLiteral("社保卡丢失"), QStringLiteral("补办")};
    expected.articleKey = QStringLiteral("kb-social-card");
    expected.articleTitle = QStringLiteral("社保卡丢失补办流程");
    return scenario;
}

// The heating call played well: everything right, 80 characters a minute over a two-minute
// call, filed 3 s after hang-up.
inline CallObservation heatingCallDoneWell()
{
    const Scenario scenario = heatingScenario();
    CallObservation call;
    call.scenarioId = scenario.id;
    call.scenarioVersion = scenario.version;
    call.ringingAt = QDateTime(QDate(2026, 12, 7), QTime(9, 0, 0), Qt::UTC);
    call.answeredAt = call.ringingAt.addSecs(3);
    call.hungUpAt = call.answeredAt.addSecs(120);
    call.submittedAt = call.hungUpAt.addSecs(3);
    call.charactersDuringCall = 160;
    call.keystrokes = 420;
    call.holdMs = 0;
    call.silenceMs = 6500;
    WorkOrderDraft &filed = call.filed;
    filed.phone = scenario.callerNumber;
    filed.appealType = AppealType::Complaint;
    filed.classification = scenario.expected.item;
    filed.address = scenario.expected.place;
    filed.involvedUnit = QStringLiteral("西城区供热办");
    filed.title = QStringLiteral("暖气不热");
    filed.description = QStringLiteral("来电人反映暖气不热已经3个月了，室温只有十八度，地址为幸福小区三号楼，物业不管。");
    return call;
}

inline TrainingAttempt attemptOf(const QString &trainee, const QString &courseId, const QString &scenarioId, double total,
                                 double fieldAccuracy, const QDateTime &playedAt, bool exam = false,
                                 const QString &item = QStringLiteral("城乡建设"), const QString &district = QStringLiteral("西城区"))
{
    TrainingAttempt attempt;
    attempt.id = QUuid::createUuid();
    attempt.trainee = trainee;
    attempt.courseId = courseId;
    attempt.scenarioId = scenarioId;
    attempt.exam = exam;
    attempt.playedAt = playedAt;
    attempt.score.total = total;
    attempt.score.fieldAccuracy = fieldAccuracy;
    attempt.score.factsCovered = 0.5;
    attempt.score.charsPerMinute = 60;
    attempt.score.secondsToSubmit = 5;
    attempt.score.keystrokes = 300;
    attempt.score.silenceSeconds = 4;
    attempt.expectedItem = item;
    attempt.expectedDistrict = district;
    return attempt;
}

} // namespace hotline::test
