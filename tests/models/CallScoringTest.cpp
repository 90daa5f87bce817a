// SPDX-License-Identifier: GPL-3.0-or-later
// Scoring a played training call against the scenario's expected outcome, with the points
// counted by hand: the heating complaint has every part but the article (10+20+15+10+20+10+5 = 90
// points apply, each scaled by 100/90); the consultation has no place or unit but an article
// (10+20+20+10+10+5 = 75, scaled by 100/75).
#include "TrainingSamples.h"
#include "training/CallScoring.h"

#include <gtest/gtest.h>

using namespace hotline;
using namespace hotline::test;

namespace {

const ScoreLine *lineOf(const CallScore &score, const QString &key)
{
    for (const ScoreLine &line : score.lines)
        if (line.key == key)
            return &line;
    return nullptr;
}

double maxSum(const CallScore &score)
{
    double sum = 0;
    for (const ScoreLine &line : score.lines)
        sum += line.maxPoints;
    return sum;
}

} // namespace

TEST(CallScoringTest, WeightsSumToHundred)
{
    const ScoringWeights weights;
    EXPECT_DOUBLE_EQ(weights.sum(), 100);
    EXPECT_DOUBLE_EQ(weights.itemLevel1 + weights.itemLevel2 + weights.itemLevel3, weights.item);
    EXPECT_DOUBLE_EQ(weights.placeDistrict + weights.placeStreet + weights.placeCommunity, weights.place);
}

TEST(CallScoringTest, ExactCallScoresFull)
{
    const CallScore score = scoreCall(heatingScenario(), heatingCallDoneWell());
    EXPECT_NEAR(score.total, 100, 1e-9);
    EXPECT_NEAR(maxSum(score), 100, 1e-9);
    // appealType, item, place, unit, six facts, speed, submit; no article for a complaint.
    ASSERT_EQ(score.lines.size(), 12);
    EXPECT_EQ(lineOf(score, QStringLiteral("article")), nullptr);
    for (const ScoreLine &line : score.lines)
        EXPECT_TRUE(line.full()) << qPrintable(line.key) << " " << qPrintable(line.note);
    const ScoreLine *item = lineOf(score, QStringLiteral("item"));
    ASSERT_NE(item, nullptr);
    EXPECT_EQ(item->expected, QStringLiteral("城乡建设 › 供热 › 供热质量"));
    EXPECT_EQ(item->given, item->expected);
    EXPECT_NEAR(item->maxPoints, 20 * 100.0 / 90, 1e-9);
    EXPECT_NEAR(lineOf(score, QStringLiteral("fact:1"))->maxPoints, 20.0 / 6 * 100 / 90, 1e-9);
    EXPECT_EQ(lineOf(score, QStringLiteral("place"))->expected, QStringLiteral("西城区 › 牛街街道 › 牛街西里二区社区"));
    EXPECT_DOUBLE_EQ(score.fieldAccuracy, 1);
    EXPECT_DOUBLE_EQ(score.factsCovered, 1);
    EXPECT_DOUBLE_EQ(score.charsPerMinute, 80);
    EXPECT_DOUBLE_EQ(score.secondsToSubmit, 3);
    EXPECT_FALSE(score.articleFound);
    EXPECT_EQ(score.keystrokes, 420);
    EXPECT_DOUBLE_EQ(score.silenceSeconds, 6.5);
}

TEST(CallScoringTest, SameLevelTwoIsPartialCredit)
{
    CallObservation call = heatingCallDoneWell();
    call.filed.classification.level3 = QStringLiteral("供热设施");
    const CallScore score = scoreCall(heatingScenario(), call);
    const ScoreLine *item = lineOf(score, QStringLiteral("item"));
    ASSERT_NE(item, nullptr);
    // level1 8 + level2 6 of 20.
    EXPECT_NEAR(item->points, 14 * 100.0 / 90, 1e-9);
    EXPECT_TRUE(item->note.contains(QStringLiteral("三级不对"))) << qPrintable(item->note);
    EXPECT_NEAR(score.total, 100 - 6 * 100.0 / 90, 1e-9);

    call.filed.classification.level2 = QStringLiteral("市政");
    const CallScore levelOne = scoreCall(heatingScenario(), call);
    EXPECT_NEAR(lineOf(levelOne, QStringLiteral("item"))->points, 8 * 100.0 / 90, 1e-9);
    EXPECT_TRUE(lineOf(levelOne, QStringLiteral("item"))->note.contains(QStringLiteral("二级不对")));
}

TEST(CallScoringTest, WrongLevelOneGetsNothingForTheItem)
{
    CallObservation call = heatingCallDoneWell();
    // Same level2 and level3 names under another branch still score nothing.
    call.filed.classification.level1 = QStringLiteral("市场监管");
    const CallScore score = scoreCall(heatingScenario(), call);
    EXPECT_DOUBLE_EQ(lineOf(score, QStringLiteral("item"))->points, 0);
    EXPECT_NEAR(score.total, 100 - 20 * 100.0 / 90, 1e-9);
    // Fields: type 10, item 20, place 15, unit 10 → 35 of 55.
    EXPECT_NEAR(score.fieldAccuracy, 35.0 / 55, 1e-9);
}

TEST(CallScoringTest, ItemKnownToLevelTwoScoresTheBranch)
{
    Scenario scenario = heatingScenario();
    scenario.expected.item.level3.clear();
    CallObservation call = heatingCallDoneWell();
    call.filed.classification.level3 = QStringLiteral("供热设施");
    EXPECT_NEAR(scoreCall(scenario, call).total, 100, 1e-9);
    call.filed.classification.level2 = QStringLiteral("市政");
    // 8 of 8+6, on a part of 20.
    EXPECT_NEAR(lineOf(scoreCall(scenario, call), QStringLiteral("item"))->points, 8.0 / 14 * 20 * 100 / 90, 1e-9);
}

TEST(CallScoringTest, FactsAreNormalisedBeforeComparing)
{
    // Digits and Chinese numerals, full width, spaces and punctuation.
    EXPECT_TRUE(CallScoring::containsFact(QStringLiteral("已经3个月了"), QStringLiteral("三个月")));
    EXPECT_TRUE(CallScoring::containsFact(QStringLiteral("室温只有十八度"), QStringLiteral("18度")));
    EXPECT_TRUE(CallScoring::containsFact(QStringLiteral("幸福小区３号楼"), QStringLiteral("三号楼")));
    EXPECT_TRUE(CallScoring::containsFact(QStringLiteral("物业，不 管！"), QStringLiteral("物业不管")));
    EXPECT_TRUE(CallScoring::containsFact(QStringLiteral("ＡＢＣ公司"), QStringLiteral("abc公司")));
    EXPECT_TRUE(CallScoring::containsFact(QStringLiteral("拖欠一百零五元"), QStringLiteral("105元")));
    EXPECT_TRUE(CallScoring::containsFact(QStringLiteral("二零二六年"), QStringLiteral("2026年")));
    EXPECT_TRUE(CallScoring::containsFact(QStringLiteral("两个月"), QStringLiteral("2个月")));
    EXPECT_EQ(CallScoring::normalizeForFacts(QStringLiteral("十五 号、三十层")), QStringLiteral("15号30层"));
    // A few characters added inside count; one left out does not; a different number does not.
    EXPECT_TRUE(CallScoring::containsFact(QStringLiteral("幸福里小区"), QStringLiteral("幸福小区")));
    EXPECT_TRUE(CallScoring::containsFact(QStringLiteral("三个多月"), QStringLiteral("3个月")));
    EXPECT_FALSE(CallScoring::containsFact(QStringLiteral("幸福家园东里小区"), QStringLiteral("幸福小区")));
    EXPECT_FALSE(CallScoring::containsFact(QStringLiteral("3月"), QStringLiteral("3个月")));
    EXPECT_FALSE(CallScoring::containsFact(QStringLiteral("十三度"), QStringLiteral("18度")));

    CallObservation call = heatingCallDoneWell();
    call.filed.description = QStringLiteral("暖气不热三个多月，幸福里小区3号楼");
    const CallScore score = scoreCall(heatingScenario(), call);
    // 暖气不热, 三个月 (loosely), 幸福小区 (loosely), 3号楼: 4 of 6; 18度 and 物业不管 missing.
    EXPECT_DOUBLE_EQ(score.factsCovered, 4.0 / 6);
    EXPECT_FALSE(lineOf(score, QStringLiteral("fact:3"))->full());
    EXPECT_FALSE(lineOf(score, QStringLiteral("fact:6"))->full());
    EXPECT_TRUE(lineOf(score, QStringLiteral("fact:2"))->full());
    EXPECT_FALSE(lineOf(score, QStringLiteral("fact:2"))->note.isEmpty());
    EXPECT_TRUE(lineOf(score, QStringLiteral("fact:1"))->note.isEmpty());
    EXPECT_NEAR(score.total, 100 - 2 * (20.0 / 6) * 100 / 90, 1e-9);
}

TEST(CallScoringTest, FactsMayBeInTheTitleOrTheReplyButNotAcrossThem)
{
    CallObservation call = heatingCallDoneWell();
    call.filed.title = QStringLiteral("物业不管");
    call.filed.description = QStringLiteral("暖气不热三个月，18度，幸福小区");
    call.filed.reply = QStringLiteral("3号楼");
    EXPECT_DOUBLE_EQ(scoreCall(heatingScenario(), call).factsCovered, 1);
    call.filed.title = QStringLiteral("物业");
    call.filed.description = QStringLiteral("不管。暖气不热三个月，18度，幸福小区");
    EXPECT_DOUBLE_EQ(scoreCall(heatingScenario(), call).factsCovered, 5.0 / 6);
}

TEST(CallScoringTest, ConsultationArticleTakenFullOpenedHalf)
{
    const Scenario scenario = consultationScenario();
    CallObservation call = heatingCallDoneWell();
    call.scenarioId = scenario.id;
    call.filed = {};
    call.filed.appealType = AppealType::Consultation;
    call.filed.classification = scenario.expected.item;
    call.filed.description = QStringLiteral("来电人社保卡丢失，咨询如何补办。");
    call.filed.reply = QStringLiteral("告知携带身份证到银行网点补办。");
    call.articlesOpened = {QStringLiteral("kb-other"), QStringLiteral("kb-social-card")};
    call.articleTaken = QStringLiteral("kb-social-card");

    const CallScore taken = scoreCall(scenario, call);
    EXPECT_NEAR(taken.total, 100, 1e-9);
    EXPECT_NEAR(maxSum(taken), 100, 1e-9);
    EXPECT_EQ(lineOf(taken, QStringLiteral("place")), nullptr);
    EXPECT_EQ(lineOf(taken, QStringLiteral("unit")), nullptr);
    const ScoreLine *article = lineOf(taken, QStringLiteral("article"));
    ASSERT_NE(article, nullptr);
    EXPECT_NEAR(article->maxPoints, 10 * 100.0 / 75, 1e-9);
    EXPECT_EQ(article->expected, QStringLiteral("社保卡丢失补办流程"));
    EXPECT_TRUE(taken.articleFound);

    call.articleTaken.clear();
    const CallScore opened = scoreCall(scenario, call);
    EXPECT_NEAR(lineOf(opened, QStringLiteral("article"))->points, 5 * 100.0 / 75, 1e-9);
    EXPECT_FALSE(lineOf(opened, QStringLiteral("article"))->note.isEmpty());
    EXPECT_NEAR(opened.total, 100 - 5 * 100.0 / 75, 1e-9);
    EXPECT_TRUE(opened.articleFound);

    call.articlesOpened = {QStringLiteral("kb-other")};
    call.articleTaken = QStringLiteral("kb-other");
    const CallScore wrong = scoreCall(scenario, call);
    EXPECT_DOUBLE_EQ(lineOf(wrong, QStringLiteral("article"))->points, 0);
    EXPECT_NEAR(wrong.total, 100 - 10 * 100.0 / 75, 1e-9);
    EXPECT_FALSE(wrong.articleFound);

    // A complaint is not answered from an article: the part leaves the card.
    call.filed.appealType = AppealType::Complaint;
    Scenario complaint = scenario;
    complaint.expected.appealType = AppealType::Complaint;
    EXPECT_EQ(lineOf(scoreCall(complaint, call), QStringLiteral("article")), nullptr);
}

TEST(CallScoringTest, PartsNotExpectedAreRescaledAway)
{
    Scenario scenario = heatingScenario();
    scenario.expected.unitCode.clear();
    scenario.expected.unitName.clear();
    CallObservation call = heatingCallDoneWell();
    call.filed.involvedUnit.clear();
    // 90 − 10 for the unit: 80 points apply, scaled by 100/80.
    const CallScore score = scoreCall(scenario, call);
    EXPECT_EQ(lineOf(score, QStringLiteral("unit")), nullptr);
    EXPECT_NEAR(score.total, 100, 1e-9);
    EXPECT_NEAR(maxSum(score), 100, 1e-9);
    EXPECT_DOUBLE_EQ(lineOf(score, QStringLiteral("appealType"))->maxPoints, 12.5);
    EXPECT_DOUBLE_EQ(lineOf(score, QStringLiteral("item"))->maxPoints, 25);
    EXPECT_DOUBLE_EQ(lineOf(score, QStringLiteral("place"))->maxPoints, 18.75);
    EXPECT_DOUBLE_EQ(lineOf(score, QStringLiteral("speed"))->maxPoints, 12.5);
    EXPECT_DOUBLE_EQ(lineOf(score, QStringLiteral("submit"))->maxPoints, 6.25);
    call.filed.appealType = AppealType::Help;
    EXPECT_NEAR(scoreCall(scenario, call).total, 87.5, 1e-9);

    // No community known: district 6 and street 5 share the place's points.
    scenario.expected.place.communityCode.clear();
    scenario.expected.place.communityName.clear();
    call.filed.address.communityCode.clear();
    call.filed.address.communityName.clear();
    EXPECT_TRUE(lineOf(scoreCall(scenario, call), QStringLiteral("place"))->full());
}

TEST(CallScoringTest, PlaceScoresItsPartsUnderTheRightOneAbove)
{
    CallObservation call = heatingCallDoneWell();
    call.filed.address.communityCode.clear();
    call.filed.address.communityName.clear();
    const ScoreLine *place = lineOf(scoreCall(heatingScenario(), call), QStringLiteral("place"));
    // district 6 + street 5 of 15.
    EXPECT_NEAR(place->points, 11 * 100.0 / 90, 1e-9);
    EXPECT_EQ(place->note, QStringLiteral("少了社区"));

    call = heatingCallDoneWell();
    call.filed.address.districtCode = QStringLiteral("110105");
    call.filed.address.districtName = QStringLiteral("朝阳区");
    const CallScore wrongDistrict = scoreCall(heatingScenario(), call);
    EXPECT_DOUBLE_EQ(lineOf(wrongDistrict, QStringLiteral("place"))->points, 0);
    EXPECT_TRUE(lineOf(wrongDistrict, QStringLiteral("place"))->note.startsWith(QStringLiteral("区不对")));

    // A scenario that knows only names is compared by name.
    Scenario byName = heatingScenario();
    byName.expected.place.districtCode.clear();
    byName.expected.place.streetCode.clear();
    byName.expected.place.communityCode.clear();
    EXPECT_TRUE(lineOf(scoreCall(byName, heatingCallDoneWell()), QStringLiteral("place"))->full());
}

TEST(CallScoringTest, UnitByNameLooselyOrByCode)
{
    CallObservation call = heatingCallDoneWell();
    call.filed.involvedUnit = QStringLiteral("北京市西城区供热办");
    EXPECT_TRUE(lineOf(scoreCall(heatingScenario(), call), QStringLiteral("unit"))->full());
    call.filed.involvedUnit = QStringLiteral("XC-HEAT");
    EXPECT_TRUE(lineOf(scoreCall(heatingScenario(), call), QStringLiteral("unit"))->full());
    call.filed.involvedUnit = QStringLiteral("供热办");
    EXPECT_FALSE(lineOf(scoreCall(heatingScenario(), call), QStringLiteral("unit"))->full());
    call.filed.involvedUnit.clear();
    const ScoreLine *unit = lineOf(scoreCall(heatingScenario(), call), QStringLiteral("unit"));
    EXPECT_DOUBLE_EQ(unit->points, 0);
    EXPECT_EQ(unit->given, QStringLiteral("（未填）"));
}

TEST(CallScoringTest, SpeedAndSubmitAreLinear)
{
    CallObservation call = heatingCallDoneWell();
    call.charactersDuringCall = 80; // over two minutes: 40 a minute, half of 80
    call.submittedAt = call.hungUpAt.addSecs(32); // (60 − 32) / (60 − 4) = half
    const CallScore score = scoreCall(heatingScenario(), call);
    EXPECT_DOUBLE_EQ(score.charsPerMinute, 40);
    EXPECT_DOUBLE_EQ(score.secondsToSubmit, 32);
    EXPECT_NEAR(lineOf(score, QStringLiteral("speed"))->points, 5 * 100.0 / 90, 1e-9);
    EXPECT_NEAR(lineOf(score, QStringLiteral("submit"))->points, 2.5 * 100.0 / 90, 1e-9);
    EXPECT_NEAR(score.total, 100 - 7.5 * 100 / 90, 1e-9);

    call.submittedAt = call.hungUpAt.addSecs(75);
    EXPECT_DOUBLE_EQ(lineOf(scoreCall(heatingScenario(), call), QStringLiteral("submit"))->points, 0);
    // Filed before hanging up counts as at once.
    call.submittedAt = call.hungUpAt.addSecs(-10);
    EXPECT_DOUBLE_EQ(scoreCall(heatingScenario(), call).secondsToSubmit, 0);
    EXPECT_TRUE(lineOf(scoreCall(heatingScenario(), call), QStringLiteral("submit"))->full());
    // Faster than the target is full, not more.
    call.charactersDuringCall = 400;
    EXPECT_TRUE(lineOf(scoreCall(heatingScenario(), call), QStringLiteral("speed"))->full());
}

TEST(CallScoringTest, NeverFiledScoresNoFields)
{
    CallObservation call = heatingCallDoneWell();
    call.submittedAt = {};
    call.filed = {};
    const CallScore score = scoreCall(heatingScenario(), call);
    // Only the speed the desk saw during the call is left.
    EXPECT_NEAR(score.total, 10 * 100.0 / 90, 1e-9);
    EXPECT_DOUBLE_EQ(score.fieldAccuracy, 0);
    EXPECT_DOUBLE_EQ(score.factsCovered, 0);
    EXPECT_DOUBLE_EQ(score.secondsToSubmit, -1);
    for (const ScoreLine &line : score.lines) {
        if (line.key == QStringLiteral("speed"))
            continue;
        EXPECT_DOUBLE_EQ(line.points, 0) << qPrintable(line.key);
        EXPECT_EQ(line.given, QStringLiteral("未提交")) << qPrintable(line.key);
    }
    // Even with a draft left in the form, an order never filed scores nothing.
    call.filed = heatingCallDoneWell().filed;
    EXPECT_NEAR(scoreCall(heatingScenario(), call).total, 10 * 100.0 / 90, 1e-9);
}

TEST(CallScoringTest, WeightsCanBeChanged)
{
    ScoringWeights weights;
    weights.speed = 0;
    weights.submit = 0;
    CallObservation call = heatingCallDoneWell();
    call.charactersDuringCall = 0;
    call.submittedAt = call.hungUpAt.addSecs(59);
    // Speed and submit weigh nothing: the rest is all that counts.
    EXPECT_NEAR(scoreCall(heatingScenario(), call, weights).total, 100, 1e-9);
}
