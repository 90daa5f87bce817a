// SPDX-License-Identifier: GPL-3.0-or-later
// The knowledge base learning from the floor: usage events as they travel, the model counted
// so no desk outweighs the others, the recorder following a call's searches, and the search
// reading the model without letting a withdrawn article back in.
#include "KbTestArticles.h"
#include "kb/KbUsageEvent.h"
#include "kb/KbUsageModel.h"
#include "kb/KbUsagePrior.h"
#include "kb/KbUsageRecorder.h"
#include "kb/KnowledgeBase.h"
#include "pinyin/PinyinTable.h"
#include "store/LocalStore.h"
#include "store/Outbox.h"

#include <QJsonArray>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace hotline;
using Action = KbUsageEvent::Action;

namespace {

KbUsageModel::Tally tally(const char *desk, const char *query, const char *key, double uses)
{
    return {QString::fromLatin1(desk), QString::fromUtf8(query), QString::fromLatin1(key), uses};
}

class KbUsageTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        auto opened = LocalStore::open(dir.filePath(QStringLiteral("desk.sqlite")));
        ASSERT_TRUE(opened.ok());
        store = std::move(opened).value();
        kb = std::make_unique<KnowledgeBase>(*store, PinyinTable::builtIn());
    }
    qint64 publish(const char *title, const char *answer) { return test::publishArticle(*kb, title, answer); }
    bool replaced(const QVector<KbUsageModel::Tally> &tallies)
    {
        const Status status = KbUsagePrior::replace(*store, KbUsageModel::build(tallies));
        EXPECT_TRUE(status.ok()) << qPrintable(status.error());
        return status.ok();
    }
    QString keyOf(qint64 id) const { return kb->articles().article(id)->sourceKey; }
    QList<qint64> ids(const QString &query) const
    {
        QList<qint64> result;
        for (const KbHit &hit : kb->search().search(query, 5))
            result.append(hit.articleId);
        return result;
    }
    // The usage events waiting in the outbox, oldest first.
    QVector<KbUsageEvent> queued() const
    {
        QVector<KbUsageEvent> events;
        for (const OutboxEntry &entry : Outbox(*store).pending(100)) {
            if (entry.kind != QLatin1String("kb.usage"))
                continue; // the articles published for the test
            Result<KbUsageEvent> event = KbUsageEvent::fromJson(entry.payload);
            EXPECT_TRUE(event.ok()) << qPrintable(event.error());
            if (event)
                events.append(event.value());
        }
        return events;
    }

    QTemporaryDir dir;
    std::unique_ptr<LocalStore> store;
    std::unique_ptr<KnowledgeBase> kb;
};

} // namespace

TEST(KbUsageEventTest, ACallersNumberTypedIntoTheSearchIsNeverKept)
{
    EXPECT_EQ(KbUsageEvent::cleanQuery(QStringLiteral("  护照  丢了 ")), QStringLiteral("护照 丢了"));
    EXPECT_EQ(KbUsageEvent::cleanQuery(QStringLiteral("ＡＢＣ公积金")), QStringLiteral("abc公积金"));
    EXPECT_TRUE(KbUsageEvent::cleanQuery(QStringLiteral("13812345678 的工单")).isEmpty());
    EXPECT_TRUE(KbUsageEvent::cleanQuery(QStringLiteral("身份证 110101199001011234")).isEmpty());
    EXPECT_EQ(KbUsageEvent::cleanQuery(QStringLiteral("12345热线")), QString()) << "five digits are a number, not a word";
    EXPECT_EQ(KbUsageEvent::cleanQuery(QStringLiteral("2024年供暖")), QStringLiteral("2024年供暖"));
    EXPECT_EQ(KbUsageEvent::cleanQuery(QString(60, u'证')).size(), KbUsageEvent::maxQueryLength);
}

TEST(KbUsageEventTest, EveryFieldIsCheckedAndABadEventSaysWhy)
{
    KbUsageEvent event;
    event.id = QUuid::createUuid();
    event.action = Action::Taken;
    event.query = QStringLiteral("护照丢了");
    event.articleKey = QStringLiteral("kb:1");
    event.at = QDateTime::currentDateTimeUtc();
    const Result<KbUsageEvent> back = KbUsageEvent::fromJson(event.toJson());
    ASSERT_TRUE(back.ok()) << qPrintable(back.error());
    EXPECT_EQ(back.value().query, event.query);
    EXPECT_EQ(back.value().articleKey, event.articleKey);
    EXPECT_EQ(back.value().action, Action::Taken);

    const auto refused = [&](const std::function<void(QJsonObject &)> &change) {
        QJsonObject json = event.toJson();
        change(json);
        const Result<KbUsageEvent> read = KbUsageEvent::fromJson(json);
        return !read.ok() && !read.error().isEmpty();
    };
    EXPECT_TRUE(refused([](QJsonObject &j) { j.insert(QStringLiteral("caller"), QStringLiteral("13812345678")); }));
    EXPECT_TRUE(refused([](QJsonObject &j) { j.insert(QStringLiteral("action"), QStringLiteral("liked")); }));
    EXPECT_TRUE(refused([](QJsonObject &j) { j.remove(QStringLiteral("article")); }));
    EXPECT_TRUE(refused([](QJsonObject &j) { j.insert(QStringLiteral("query"), QStringLiteral("13812345678")); }));
    EXPECT_TRUE(refused([](QJsonObject &j) { j.insert(QStringLiteral("query"), QStringLiteral("  Padded ")); }));
    EXPECT_TRUE(refused([](QJsonObject &j) { j.insert(QStringLiteral("id"), QStringLiteral("x")); }));
    EXPECT_TRUE(refused([](QJsonObject &j) { j.insert(QStringLiteral("at"), QStringLiteral("yesterday")); }));
    EXPECT_TRUE(refused([](QJsonObject &j) { j.insert(QStringLiteral("action"), QStringLiteral("nothing")); }))
        << "a query that found nothing names no article";
}

TEST(KbUsageModelTest, OneDeskClickingAThousandTimesCountsAsOneDesk)
{
    const KbUsageModel model = KbUsageModel::build({
        tally("desk-a", "办居住证", "kb:wrong", 1000),
        tally("desk-b", "办居住证", "kb:right", 1),
        tally("desk-c", "办居住证", "kb:right", 2),
        tally("desk-d", "办居住证", "kb:right", 0.5),
    });
    const QVector<KbUsageModel::Association> learnt = model.phrasings().value(QStringLiteral("办居住证"));
    ASSERT_EQ(learnt.size(), 1) << "one desk alone teaches no phrasing";
    EXPECT_EQ(learnt.front().articleKey, QStringLiteral("kb:right"));
    EXPECT_DOUBLE_EQ(learnt.front().desks, 2.5) << "each desk adds at most 1; an article opened only, a half";
    EXPECT_DOUBLE_EQ(model.popularity().value(QStringLiteral("kb:wrong")), KbUsageModel::popularityCapPerDesk);
    EXPECT_DOUBLE_EQ(model.popularity().value(QStringLiteral("kb:right")), 3.5);
}

TEST(KbUsageModelTest, TheModelTravelsAsJsonAndABadOneIsRefused)
{
    const KbUsageModel model = KbUsageModel::build({tally("a", "供暖", "kb:1", 2), tally("b", "供暖", "kb:1", 1),
                                                    tally("b", "", "kb:2", 1)});
    const Result<KbUsageModel> back = KbUsageModel::fromJson(model.toJson());
    ASSERT_TRUE(back.ok()) << qPrintable(back.error());
    EXPECT_EQ(back.value().toJson(), model.toJson());
    EXPECT_EQ(back.value().popularity().size(), 2);
    EXPECT_TRUE(back.value().phrasings().contains(QStringLiteral("供暖")));

    QJsonObject bad = model.toJson();
    bad.insert(QStringLiteral("phrasings"), QJsonArray{QJsonObject{{QStringLiteral("query"), QStringLiteral("13812345678")},
                                                                   {QStringLiteral("key"), QStringLiteral("kb:1")},
                                                                   {QStringLiteral("desks"), 2}}});
    EXPECT_FALSE(KbUsageModel::fromJson(bad).ok());
    EXPECT_FALSE(KbUsageModel::fromJson(QJsonObject{}).ok());
}

TEST_F(KbUsageTest, TheRecorderTellsTypingFromSearchingAgain)
{
    const qint64 passport = publish("护照遗失补办", "携带身份证到出入境窗口申请补发。");
    publish("居住证办理", "在居住地连续居住半年以上可申领居住证。");
    KbUsageRecorder recorder(*store, *kb);
    const QDateTime t0 = QDateTime::currentDateTimeUtc().addSecs(-600);
    // Typing, with a correction, in under a second per key: one query, nothing recorded yet.
    recorder.searched(QStringLiteral("护"), 1, t0);
    recorder.searched(QStringLiteral("护照"), 1, t0.addMSecs(300));
    recorder.searched(QStringLiteral("护照不"), 0, t0.addMSecs(600));
    recorder.searched(QStringLiteral("护照"), 1, t0.addMSecs(900));
    recorder.searched(QStringLiteral("护照丢了"), 1, t0.addMSecs(1200));
    EXPECT_TRUE(queued().isEmpty());
    EXPECT_EQ(recorder.currentQuery(), QStringLiteral("护照丢了"));
    // Taken (F9): the article with the query that found it.
    ASSERT_TRUE(recorder.articleUsed(passport, Action::Taken, true, t0.addSecs(5)).ok());
    // A new, unrelated query after that is no "searched again": the last one was answered.
    recorder.searched(QStringLiteral("居住证"), 1, t0.addSecs(10));
    // This one stands a while and is then replaced by another: searched again.
    recorder.searched(QStringLiteral("外地人办证"), 1, t0.addSecs(20));
    // And one that found nothing, left standing when the call ends.
    recorder.searched(QStringLiteral("火星移民"), 0, t0.addSecs(40));
    ASSERT_TRUE(recorder.callEnded(t0.addSecs(60)).ok());
    const QVector<KbUsageEvent> events = queued();
    ASSERT_EQ(events.size(), 4);
    EXPECT_EQ(events.at(0).action, Action::Taken);
    EXPECT_EQ(events.at(0).query, QStringLiteral("护照丢了"));
    EXPECT_EQ(events.at(0).articleKey, keyOf(passport));
    EXPECT_EQ(events.at(1).action, Action::Again);
    EXPECT_EQ(events.at(1).query, QStringLiteral("居住证"));
    EXPECT_EQ(events.at(2).action, Action::Again);
    EXPECT_EQ(events.at(2).query, QStringLiteral("外地人办证"));
    EXPECT_EQ(events.at(3).action, Action::Nothing);
    EXPECT_EQ(events.at(3).query, QStringLiteral("火星移民"));
    EXPECT_TRUE(recorder.currentQuery().isEmpty());
}

TEST_F(KbUsageTest, AProposedArticleTeachesNoPhrasingAndANumberIsNeverRecorded)
{
    const qint64 passport = publish("护照遗失补办", "携带身份证到出入境窗口申请补发。");
    KbUsageRecorder recorder(*store, *kb);
    recorder.searched(QStringLiteral("13812345678"), 0);
    EXPECT_TRUE(recorder.currentQuery().isEmpty());
    ASSERT_TRUE(recorder.callEnded().ok());
    recorder.searched(QStringLiteral("护照"), 1);
    ASSERT_TRUE(recorder.articleUsed(passport, Action::Opened, false).ok());
    const QVector<KbUsageEvent> events = queued();
    ASSERT_EQ(events.size(), 1);
    EXPECT_TRUE(events.front().query.isEmpty()) << "proposed from the description: popularity only";
    EXPECT_EQ(events.front().action, Action::Opened);
}

TEST_F(KbUsageTest, ASimulationStoreRecordsNothing)
{
    ASSERT_TRUE(store->setMeta(QStringLiteral("simulation"), QStringLiteral("1")).ok());
    const qint64 passport = publish("护照遗失补办", "携带身份证到出入境窗口申请补发。");
    KbUsageRecorder recorder(*store, *kb);
    recorder.searched(QStringLiteral("护照"), 1);
    ASSERT_TRUE(recorder.articleUsed(passport, Action::Taken, true).ok());
    recorder.searched(QStringLiteral("火星移民"), 0, QDateTime::currentDateTimeUtc().addSecs(10));
    ASSERT_TRUE(recorder.callEnded(QDateTime::currentDateTimeUtc().addSecs(20)).ok());
    for (const OutboxEntry &entry : Outbox(*store).all(100))
        EXPECT_NE(entry.kind, QStringLiteral("kb.usage"));
}

TEST_F(KbUsageTest, APhrasingSeveralDesksLearntBringsItsArticleFirst)
{
    const qint64 permit = publish("居住证申领条件和材料", "在本市居住半年以上，有合法稳定就业或住所，可申领居住证。");
    const qint64 residence = publish("外地户籍人员落户办理", "符合条件的外地户籍人员可申请落户本市。");
    const QString phrasing = KbUsagePrior::phrasingKey(kb->tokenizer(), QStringLiteral("外地人在这边住要办什么"));
    const QList<qint64> before = ids(QStringLiteral("外地人在这边住要办什么"));
    ASSERT_FALSE(before.isEmpty());
    EXPECT_EQ(before.front(), residence) << "the words alone point to the other article";
    // Three desks answered this very question with the permit.
    QVector<KbUsageModel::Tally> tallies;
    for (const char *desk : {"a", "b", "c"})
        tallies.append({QString::fromLatin1(desk), phrasing, keyOf(permit), 1});
    ASSERT_TRUE(replaced(tallies));
    const QList<qint64> after = ids(QStringLiteral("外地人在这边住要办什么"));
    ASSERT_FALSE(after.isEmpty());
    EXPECT_EQ(after.front(), permit);
    // A different question is untouched by it.
    EXPECT_EQ(ids(QStringLiteral("外地户籍落户")).front(), residence);
}

TEST_F(KbUsageTest, AWithdrawnArticleNeverComesBackThroughUsage)
{
    const qint64 old = publish("二〇二三年供暖费补贴申请", "2023年度供暖费补贴已停止受理。");
    publish("供暖费缴纳方式", "可通过银行、网上营业厅缴纳供暖费。");
    QVector<KbUsageModel::Tally> tallies;
    for (const char *desk : {"a", "b", "c", "d", "e"})
        tallies.append({QString::fromLatin1(desk), QStringLiteral("暖气补贴怎么领"), keyOf(old), 3});
    ASSERT_TRUE(replaced(tallies));
    ASSERT_TRUE(ids(QStringLiteral("暖气补贴怎么领")).contains(old));
    ASSERT_TRUE(kb->articles().withdraw(old, QStringLiteral("editor")).ok());
    // The model this desk holds still names it until the next fetch: the search does not care.
    for (const QString &query : {QStringLiteral("暖气补贴怎么领"), QStringLiteral("供暖"), QStringLiteral("补贴")})
        EXPECT_FALSE(ids(query).contains(old)) << qPrintable(query);
}

TEST_F(KbUsageTest, PopularityBreaksTiesForAShortQueryButNeverOverturnsTheText)
{
    const qint64 fee = publish("供暖费缴纳方式", "可通过银行、网上营业厅缴纳供暖费。");
    const qint64 temperature = publish("供暖室温标准", "供暖期间卧室、起居室温度不低于18摄氏度。");
    QVector<KbUsageModel::Tally> tallies;
    for (int d = 0; d < 20; ++d)
        tallies.append({QStringLiteral("desk-%1").arg(d), QString(), keyOf(temperature), 3});
    tallies.append({QStringLiteral("desk-x"), QString(), keyOf(fee), 1});
    ASSERT_TRUE(replaced(tallies));
    EXPECT_EQ(ids(QStringLiteral("供暖")).front(), temperature) << "a field's name: the floor's usual answer first";
    EXPECT_EQ(ids(QStringLiteral("供暖费怎么交")).front(), fee) << "a longer query is the text's to decide";
}
