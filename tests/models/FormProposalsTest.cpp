// SPDX-License-Identifier: GPL-3.0-or-later
// The form fills itself: the place a description names, the items it points to, the unit the
// order goes to, and the Dispatched event appended when it is filed.
#include "ProposalFixture.h"
#include "StoreFixture.h"
#include "desk/FilingDispatch.h"
#include "desk/FormProposals.h"
#include "desk/PlaceFromText.h"
#include "workorder/WorkOrderRepository.h"

#include <QJsonArray>

#include <gtest/gtest.h>

using namespace hotline;
using namespace hotline::test;

namespace {
const Classification streetLamp{QStringLiteral("城乡建设"), QStringLiteral("市政设施"), QStringLiteral("路灯")};

class FormProposalsTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        importProposalData(*fx.store);
        proposals.reload(); // a training stores a model without touching the reference data
    }

    std::optional<PlaceInText> place(const char *text) const { return proposals.place(QString::fromUtf8(text)); }

    WorkOrderDraft lampOrder(const char *description) const
    {
        WorkOrderDraft draft;
        draft.phone = QStringLiteral("13911112222");
        draft.appealType = AppealType::Complaint;
        draft.classification = streetLamp;
        draft.description = QString::fromUtf8(description);
        draft.title = QStringLiteral("路灯不亮");
        if (const std::optional<PlaceInText> found = proposals.place(draft.description))
            draft.address = found->address;
        return draft;
    }

    StoreFixture fx;
    ReferenceIndexes indexes{*fx.store, StoreFixture::pinyin()};
    FormProposals proposals{*fx.store, indexes};
    WorkOrderRepository orders{*fx.store};
};
} // namespace

TEST_F(FormProposalsTest, ACommunityAndTheWordsAfterItFillDivisionsAndDetail)
{
    const auto found = place("我家在牛街西里二区3号楼门口，路灯坏了一个礼拜");
    ASSERT_TRUE(found.has_value());
    EXPECT_EQ(found->address.districtName, QStringLiteral("西城区"));
    EXPECT_EQ(found->address.streetCode, QStringLiteral("110102018"));
    EXPECT_EQ(found->address.communityName, QStringLiteral("牛街西里二区社区"));
    EXPECT_EQ(found->address.detail, QStringLiteral("牛街西里二区3号楼门口"));
    EXPECT_EQ(found->name, QStringLiteral("牛街西里二区"));
    EXPECT_FALSE(found->address.location.has_value()) << "a community has no point of its own";
}

TEST_F(FormProposalsTest, AMetroStationGivesItsDistrictAndPoint)
{
    const auto found = place("七里庄地铁站A口的电梯停了");
    ASSERT_TRUE(found.has_value());
    EXPECT_EQ(found->address.districtCode, QStringLiteral("110106"));
    EXPECT_EQ(found->address.districtName, QStringLiteral("丰台区"));
    ASSERT_TRUE(found->address.location.has_value());
    EXPECT_NEAR(found->address.location->lat, 39.865, 0.01);
    EXPECT_EQ(found->address.detail, QStringLiteral("七里庄地铁站A口"));
}

TEST_F(FormProposalsTest, AStationNamedLikeItsStreetKeepsTheStreet)
{
    const auto found = place("西城区广安门内大街与牛街路口的井盖丢了");
    ASSERT_TRUE(found.has_value());
    EXPECT_EQ(found->address.streetName, QStringLiteral("广安门内街道"));
    EXPECT_TRUE(found->address.location.has_value());
    EXPECT_EQ(found->address.detail, QStringLiteral("广安门内大街"));
}

TEST_F(FormProposalsTest, ADistrictAloneFillsNoDetailAndNoPlaceFillsNothing)
{
    const auto district = place("朝阳区有人在小区里烧东西");
    ASSERT_TRUE(district.has_value());
    EXPECT_EQ(district->address.districtName, QStringLiteral("朝阳区"));
    EXPECT_TRUE(district->address.streetCode.isEmpty());
    EXPECT_TRUE(district->address.detail.isEmpty());
    EXPECT_FALSE(place("电话里说不清楚在哪里").has_value());
    EXPECT_FALSE(place("").has_value());
}

TEST(PlaceFromText, ThePhraseStopsWhereTheAddressEnds)
{
    const QString text = QStringLiteral("在牛街西里二区12号楼3单元门口，有人");
    EXPECT_EQ(PlaceFromText::phraseAt(text, 1, 6), QStringLiteral("牛街西里二区12号楼3单元门口"));
    EXPECT_EQ(PlaceFromText::phraseAt(QStringLiteral("陶然亭公园东门路灯不亮"), 0, 3), QStringLiteral("陶然亭公园东门"));
    EXPECT_EQ(PlaceFromText::phraseAt(QStringLiteral("七里庄路灯"), 0, 3), QStringLiteral("七里庄")) << "路灯 is no road";
    EXPECT_TRUE(PlaceFromText::phraseAt(text, -1, 2).isEmpty());
    EXPECT_TRUE(PlaceFromText::phraseAt(text, 20, 6).isEmpty());
}

TEST_F(FormProposalsTest, TheStoredModelSuggestsCatalogueItems)
{
    ASSERT_TRUE(proposals.hasClassifier());
    const QVector<ClassificationSuggestion> offered = proposals.items(u"楼下的路灯不亮了，晚上很黑", 3);
    ASSERT_FALSE(offered.isEmpty());
    EXPECT_EQ(offered.first().item, streetLamp);
    EXPECT_LE(offered.size(), 3);
    EXPECT_TRUE(proposals.items(u"", 3).isEmpty());
}

TEST(FormProposals, WithoutAStoredModelNothingIsSuggested)
{
    StoreFixture fx;
    importProposalData(*fx.store, false);
    ReferenceIndexes indexes(*fx.store, StoreFixture::pinyin());
    const FormProposals proposals(*fx.store, indexes);
    EXPECT_FALSE(proposals.hasClassifier());
    EXPECT_TRUE(proposals.items(u"楼下的路灯不亮了", 3).isEmpty());
    EXPECT_TRUE(proposals.hasRules());
}

TEST_F(FormProposalsTest, TheUnitFollowsItemPlaceAndGround)
{
    const Result<DispatchProposal> road = proposals.unit(lampOrder("广安门内大街与牛街路口的路灯不亮"));
    ASSERT_TRUE(road.ok()) << qPrintable(road.error());
    EXPECT_EQ(road.value().lead.code, QStringLiteral("CGW-110102"));
    EXPECT_EQ(road.value().reason, QStringLiteral("路灯 · 市政道路 · 西城区 → 西城区城市管理委员会"));
    const Result<DispatchProposal> compound = proposals.unit(lampOrder("牛街西里二区3号楼门口的路灯不亮"));
    ASSERT_TRUE(compound.ok()) << qPrintable(compound.error());
    EXPECT_TRUE(compound.value().lead.name.startsWith(QStringLiteral("牛街街道"))) << qPrintable(compound.value().lead.name);
    EXPECT_FALSE(proposals.unit(lampOrder("说不清在哪里")).ok()) << "no district, no street: nobody to send it to";
    WorkOrderDraft unclassified = lampOrder("牛街西里二区路灯");
    unclassified.classification = {};
    EXPECT_FALSE(proposals.unit(unclassified).ok());

    const Result<DispatchProposal> chosen = proposals.chosenUnit(QStringLiteral("YLJ-110102"), lampOrder("牛街西里二区"));
    ASSERT_TRUE(chosen.ok());
    EXPECT_EQ(chosen.value().lead.name, QStringLiteral("西城区园林绿化局"));
    EXPECT_DOUBLE_EQ(chosen.value().confidence, 1.0);
    EXPECT_FALSE(proposals.chosenUnit(QStringLiteral("NO-SUCH"), lampOrder("牛街西里二区")).ok());
}

TEST_F(FormProposalsTest, NewRulesAreUsedOnceImported)
{
    const QString csv = fx.dir.filePath(QStringLiteral("rules.csv"));
    QFile file(csv);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("item,context,district,lead,co_units\n*,*,*,@street,\n路灯,*,*,YLJ-{district},\n");
    file.close();
    ASSERT_TRUE(ReferenceData::importFile(*fx.store, QStringLiteral("rules"), csv).ok());
    const Result<DispatchProposal> proposal = proposals.unit(lampOrder("广安门内大街与牛街路口的路灯不亮"));
    ASSERT_TRUE(proposal.ok());
    EXPECT_EQ(proposal.value().lead.code, QStringLiteral("YLJ-110102"));
}

namespace {
class FilingDispatchTest : public FormProposalsTest {
protected:
    // Files the order and dispatches it as the desk does at Ctrl+Enter.
    FilingOutcome file(const WorkOrderDraft &draft, const QString &chosenUnit = {})
    {
        Result<QString> number = orders.create(draft, QStringLiteral("op1"));
        EXPECT_TRUE(number.ok()) << qPrintable(number.ok() ? QString() : number.error());
        filed = number.ok() ? number.value() : QString();
        Result<FilingOutcome> outcome = FilingDispatch(proposals, orders, *fx.store).dispatch(filed, draft, chosenUnit, QStringLiteral("op1"));
        EXPECT_TRUE(outcome.ok()) << qPrintable(outcome.ok() ? QString() : outcome.error());
        return outcome.ok() ? outcome.value() : FilingOutcome{};
    }
    QString filed;
};
} // namespace

TEST_F(FilingDispatchTest, EveryDispatchIsReviewedUnlessTheCentreSaysOtherwise)
{
    EXPECT_EQ(FilingDispatch::reviewPolicy(*fx.store).toText(), QStringLiteral("all"));
    const FilingOutcome reviewed = file(lampOrder("广安门内大街与牛街路口的路灯不亮"));
    EXPECT_EQ(reviewed.kind, FilingOutcome::Kind::PendingReview);
    EXPECT_EQ(orders.find(filed)->status, OrderStatus::PendingReview);
    EXPECT_EQ(orders.find(filed)->dispatchedTo, QStringLiteral("CGW-110102"));

    const QJsonObject payload = dispatchedPayload(orders, filed);
    EXPECT_EQ(payload.value(QStringLiteral("unit")).toString(), QStringLiteral("CGW-110102"));
    EXPECT_TRUE(payload.value(QStringLiteral("coUnits")).isArray());
    EXPECT_EQ(payload.value(QStringLiteral("reason")).toString(), reviewed.proposal.reason);
    EXPECT_DOUBLE_EQ(payload.value(QStringLiteral("confidence")).toDouble(), reviewed.proposal.confidence);
    EXPECT_TRUE(payload.value(QStringLiteral("review")).toBool());
    EXPECT_EQ(orders.pendingOutboxCount(), 2) << "both events go to the centre";

    ASSERT_TRUE(FilingDispatch::setReviewPolicy(*fx.store, QStringLiteral("none")).ok());
    const FilingOutcome out = file(lampOrder("广安门内大街与牛街路口的路灯不亮"));
    EXPECT_EQ(out.kind, FilingOutcome::Kind::Dispatched);
    EXPECT_EQ(orders.find(filed)->status, OrderStatus::Dispatched);
    EXPECT_FALSE(dispatchedPayload(orders, filed).value(QStringLiteral("review")).toBool());
}

TEST_F(FilingDispatchTest, TheOperatorsUnitIsSureAndLowConfidenceIsReviewed)
{
    ASSERT_TRUE(FilingDispatch::setReviewPolicy(*fx.store, QStringLiteral("confidence<0.95")).ok());
    EXPECT_EQ(file(lampOrder("广安门内大街与牛街路口的路灯不亮")).kind, FilingOutcome::Kind::PendingReview);
    const FilingOutcome chosen = file(lampOrder("广安门内大街与牛街路口的路灯不亮"), QStringLiteral("YLJ-110102"));
    EXPECT_EQ(chosen.kind, FilingOutcome::Kind::Dispatched);
    EXPECT_EQ(orders.find(filed)->dispatchedTo, QStringLiteral("YLJ-110102"));
    EXPECT_DOUBLE_EQ(dispatchedPayload(orders, filed).value(QStringLiteral("confidence")).toDouble(), 1.0);
}

TEST_F(FilingDispatchTest, NoUnitLeavesTheOrderOpenAndAnAnswerDispatchesNothing)
{
    // A consultation needs no place; without one no rule for 路灯 finds a unit.
    WorkOrderDraft nowhere = lampOrder("说不清在哪里，反正路灯坏了");
    nowhere.appealType = AppealType::Consultation;
    const FilingOutcome open = file(nowhere);
    EXPECT_EQ(open.kind, FilingOutcome::Kind::LeftOpen);
    EXPECT_FALSE(open.problem.isEmpty());
    EXPECT_EQ(orders.find(filed)->status, OrderStatus::Open);
    EXPECT_EQ(orders.events(filed).size(), 1);

    WorkOrderDraft answered = lampOrder("牛街西里二区的路灯什么时候修");
    answered.reply = QStringLiteral("已报修，三天内修好");
    EXPECT_EQ(file(answered).kind, FilingOutcome::Kind::NotDispatched);
    EXPECT_EQ(orders.find(filed)->status, OrderStatus::Answered);
}

namespace {
QStringList warnings;
void keepWarnings(QtMsgType type, const QMessageLogContext &, const QString &message)
{
    if (type == QtWarningMsg)
        warnings.append(message);
}
} // namespace

TEST_F(FilingDispatchTest, AnUnreadablePolicyMeansReviewEverything)
{
    ASSERT_TRUE(fx.store->setMeta(FilingDispatch::reviewPolicyKey, QStringLiteral("sometimes")).ok());
    warnings.clear();
    const QtMessageHandler previous = qInstallMessageHandler(keepWarnings);
    EXPECT_EQ(FilingDispatch::reviewPolicy(*fx.store).toText(), QStringLiteral("all"));
    // An urgent order goes out at once whatever the policy.
    WorkOrderDraft urgent = lampOrder("广安门内大街与牛街路口的路灯不亮");
    urgent.urgency = Urgency::Urgent;
    EXPECT_EQ(file(urgent).kind, FilingOutcome::Kind::Dispatched);
    qInstallMessageHandler(previous);
    ASSERT_FALSE(warnings.isEmpty());
    EXPECT_TRUE(warnings.first().contains(QStringLiteral("dispatch.review"))) << qPrintable(warnings.first());
    EXPECT_TRUE(warnings.first().contains(QStringLiteral("sometimes"))) << qPrintable(warnings.first());
    EXPECT_FALSE(FilingDispatch::setReviewPolicy(*fx.store, QStringLiteral("sometimes")).ok()) << "never stored";
}
