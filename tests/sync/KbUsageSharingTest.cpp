// SPDX-License-Identifier: GPL-3.0-or-later
// The floor's use of the knowledge base, shared through the real centre: what operators take
// after a query reaches every desk's search, one desk's clicks count as one desk's, a
// withdrawn article never comes back through it, and the editors read what found nothing.
#include "sync/CentralHarness.h"

#include "kb/KbUsageEvent.h"
#include "kb/KbUsageRecorder.h"
#include "store/Outbox.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <gtest/gtest.h>

using namespace hotline;
using namespace hotline::test;
using Action = KbUsageEvent::Action;

namespace {

const QString question = QStringLiteral("外地人在这边住要办什么");

class KbUsageSharingTest : public CentralTest {
protected:
    void SetUp() override
    {
        startCentral({{"editor1", "kb_editor"}, {"op1", "operator"}, {"op2", "operator"}, {"op3", "operator"}, {"op4", "operator"},
                      {"op5", "operator"}, {"lead1", "team_lead"}, {"trainee1", "trainee"}});
    }
    // A desk signed in with every article the editor published.
    std::unique_ptr<DeskHarness> desk(const char *login)
    {
        auto harness = std::make_unique<DeskHarness>(dir.filePath(QString::fromLatin1(login) + QStringLiteral(".sqlite")));
        EXPECT_TRUE(harness->signIn(central->url(), QString::fromLatin1(login)));
        EXPECT_TRUE(harness->syncUntilIdle());
        return harness;
    }
    static qint64 idOn(const DeskHarness &desk, const QString &key) { return desk.kb->articles().idForSource(key).value_or(0); }
    static QList<qint64> ids(const DeskHarness &desk, const QString &query)
    {
        QList<qint64> result;
        for (const KbHit &hit : desk.kb->search().search(query, 5))
            result.append(hit.articleId);
        return result;
    }
    QJsonObject get(const QString &path, const char *login)
    {
        const RawAnswer answer = rawHttp(central->url(), "GET", path, {}, signInToken(central->url(), QString::fromLatin1(login)));
        EXPECT_EQ(answer.status, 200) << answer.body.constData();
        return QJsonDocument::fromJson(answer.body).object();
    }
};

} // namespace

TEST_P(KbUsageSharingTest, WhatSeveralDesksTookReachesEveryDeskAndNoDeskDominates)
{
    DeskHarness editor(dir.filePath(QStringLiteral("editor.sqlite")));
    ASSERT_TRUE(editor.signIn(central->url(), QStringLiteral("editor1")));
    const auto publish = [&](const char *title, const char *answer) {
        KbDraft draft;
        draft.title = QString::fromUtf8(title);
        draft.answer = QString::fromUtf8(answer);
        const Result<qint64> id = editor.kb->articles().create(draft, QStringLiteral("editor1"));
        EXPECT_TRUE(id.ok());
        EXPECT_TRUE(editor.kb->articles().publish(id.value(), QStringLiteral("editor1")).ok());
        return editor.kb->articles().article(id.value())->sourceKey;
    };
    const QString permit = publish("居住证申领条件和材料", "在本市居住半年以上，有合法稳定就业或住所，可申领居住证。");
    const QString settle = publish("外地户籍人员落户办理", "符合条件的外地户籍人员可申请落户本市。");
    ASSERT_TRUE(editor.syncUntilIdle());

    // Three operators answer the question with the permit; a fourth takes the other article
    // for it two hundred times.
    for (const char *login : {"op1", "op2", "op3"}) {
        auto operatorDesk = desk(login);
        ASSERT_EQ(ids(*operatorDesk, question).value(0), idOn(*operatorDesk, settle)) << "the words alone point elsewhere";
        KbUsageRecorder recorder(*operatorDesk->store, *operatorDesk->kb);
        recorder.searched(question, 2);
        ASSERT_TRUE(recorder.articleUsed(idOn(*operatorDesk, permit), Action::Taken, true).ok());
        ASSERT_TRUE(operatorDesk->syncUntilIdle());
    }
    {
        auto clicker = desk("op4");
        KbUsageRecorder recorder(*clicker->store, *clicker->kb);
        recorder.searched(question, 2);
        for (int i = 0; i < 200; ++i)
            ASSERT_TRUE(recorder.articleUsed(idOn(*clicker, settle), Action::Taken, true).ok());
        ASSERT_TRUE(clicker->syncUntilIdle());
    }
    EXPECT_EQ(count("SELECT count(*) FROM kb_usage"), 203);

    // The model every desk reads: the permit learnt for the question, the other article not
    // (one desk alone teaches no phrasing), its popularity capped.
    // The desks' own rounds asked for it before any click: that one is answered for up to
    // KbUsageRoutes::modelSeconds.
    QJsonObject model;
    waitUntil([&] {
        model = get(QStringLiteral("/api/v1/kb/usage"), "op5");
        return !model.value(QStringLiteral("phrasings")).toArray().isEmpty();
    }, 20000);
    const QJsonArray phrasings = model.value(QStringLiteral("phrasings")).toArray();
    ASSERT_EQ(phrasings.size(), 1) << QJsonDocument(model).toJson().constData();
    EXPECT_EQ(phrasings.at(0).toObject().value(QStringLiteral("key")).toString(), permit);
    EXPECT_EQ(phrasings.at(0).toObject().value(QStringLiteral("desks")).toDouble(), 3.0);
    for (const QJsonValue &article : model.value(QStringLiteral("articles")).toArray())
        EXPECT_LE(article.toObject().value(QStringLiteral("weight")).toDouble(), 9.0) << "at most 3 from each desk";

    // A desk that never saw any of it finds the permit first for the question.
    auto fresh = desk("op5");
    EXPECT_EQ(ids(*fresh, question).value(0), idOn(*fresh, permit));
    EXPECT_EQ(ids(*fresh, QStringLiteral("落户")).value(0), idOn(*fresh, settle)) << "other questions are the text's";

    // Withdrawn: gone from that desk's answers at once (its model still names it), and from
    // the model the centre gives the next desk.
    auto lead = desk("lead1");
    const QString withdrawnKey = permit;
    ASSERT_TRUE(editor.kb->articles().withdraw(editor.kb->articles().idForSource(permit).value(), QStringLiteral("editor1")).ok());
    ASSERT_TRUE(editor.syncUntilIdle());
    ASSERT_TRUE(fresh->syncUntilIdle());
    EXPECT_FALSE(ids(*fresh, question).contains(idOn(*fresh, withdrawnKey)));
    const QJsonObject after = get(QStringLiteral("/api/v1/kb/usage"), "lead1");
    EXPECT_FALSE(QJsonDocument(after).toJson().contains(withdrawnKey.toUtf8())) << QJsonDocument(after).toJson().constData();
}

TEST_P(KbUsageSharingTest, EditorsReadTheQueriesThatFoundNothingMostFrequentFirst)
{
    for (const char *login : {"op1", "op2"}) {
        auto operatorDesk = desk(login);
        KbUsageRecorder recorder(*operatorDesk->store, *operatorDesk->kb);
        const QDateTime start = QDateTime::currentDateTimeUtc().addSecs(-600);
        recorder.searched(QStringLiteral("无人机备案"), 0, start);
        ASSERT_TRUE(recorder.callEnded(start.addSecs(30)).ok());
        if (QByteArray(login) == "op1")
            for (int call = 0; call < 3; ++call) {
                recorder.searched(QStringLiteral("电动车上牌"), 1, start.addSecs(60 + call * 60));
                recorder.searched(QStringLiteral("电动自行车登记"), 1, start.addSecs(70 + call * 60));
                ASSERT_TRUE(recorder.callEnded(start.addSecs(80 + call * 60)).ok());
            }
        ASSERT_TRUE(operatorDesk->syncUntilIdle());
    }
    const QJsonArray misses = get(QStringLiteral("/api/v1/kb/misses?days=7"), "editor1").value(QStringLiteral("misses")).toArray();
    ASSERT_EQ(misses.size(), 2) << QJsonDocument(misses).toJson().constData();
    const QJsonObject first = misses.at(0).toObject();
    EXPECT_EQ(first.value(QStringLiteral("query")).toString(), QStringLiteral("电动车上牌"));
    EXPECT_EQ(first.value(QStringLiteral("again")).toInt(), 3);
    EXPECT_EQ(first.value(QStringLiteral("desks")).toInt(), 1);
    const QJsonObject second = misses.at(1).toObject();
    EXPECT_EQ(second.value(QStringLiteral("query")).toString(), QStringLiteral("无人机备案"));
    EXPECT_EQ(second.value(QStringLiteral("nothing")).toInt(), 2);
    EXPECT_EQ(second.value(QStringLiteral("desks")).toInt(), 2);

    // Operators read no misses; a period that is not one is refused.
    const QString op1 = signInToken(central->url(), QStringLiteral("op1"));
    EXPECT_EQ(rawHttp(central->url(), "GET", QStringLiteral("/api/v1/kb/misses"), {}, op1).status, 403);
    const QString editor = signInToken(central->url(), QStringLiteral("editor1"));
    EXPECT_EQ(rawHttp(central->url(), "GET", QStringLiteral("/api/v1/kb/misses?days=0"), {}, editor).status, 400);
    EXPECT_EQ(rawHttp(central->url(), "GET", QStringLiteral("/api/v1/kb/misses?since=x"), {}, editor).status, 400);
}

TEST_P(KbUsageSharingTest, ATraineeOrABadEventIsRefusedAndNothingIsKept)
{
    KbUsageEvent event;
    event.id = QUuid::createUuid();
    event.action = Action::Nothing;
    event.query = QStringLiteral("无人机备案");
    event.at = QDateTime::currentDateTimeUtc();
    const auto push = [&](const QJsonObject &payload, const char *login) {
        const QJsonObject op{{QStringLiteral("opId"), QUuid::createUuid().toString(QUuid::WithoutBraces)},
                             {QStringLiteral("kind"), QStringLiteral("kb.usage")},
                             {QStringLiteral("payload"), payload}};
        return rawHttp(central->url(), "POST", QStringLiteral("/api/v1/sync/push"),
                       QJsonDocument(QJsonObject{{QStringLiteral("ops"), QJsonArray{op}}}).toJson(QJsonDocument::Compact),
                       signInToken(central->url(), QString::fromLatin1(login)));
    };
    const RawAnswer byTrainee = push(event.toJson(), "trainee1");
    EXPECT_TRUE(byTrainee.status == 403 || byTrainee.body.contains("rejected")) << byTrainee.body.constData();
    QJsonObject phone = event.toJson();
    phone.insert(QStringLiteral("query"), QStringLiteral("13812345678"));
    const RawAnswer withPhone = push(phone, "op1");
    EXPECT_TRUE(withPhone.body.contains("rejected")) << withPhone.body.constData();
    QJsonObject future = event.toJson();
    future.insert(QStringLiteral("at"), QDateTime::currentDateTimeUtc().addDays(1).toString(Qt::ISODateWithMs));
    EXPECT_TRUE(push(future, "op1").body.contains("rejected"));
    EXPECT_EQ(count("SELECT count(*) FROM kb_usage"), 0);
    // The same event twice (a lost answer, another operation id): kept once.
    EXPECT_TRUE(push(event.toJson(), "op1").body.contains("applied"));
    EXPECT_EQ(push(event.toJson(), "op1").status, 200);
    EXPECT_EQ(count("SELECT count(*) FROM kb_usage"), 1);
}

INSTANTIATE_TEST_SUITE_P(Central, KbUsageSharingTest, ::testing::Values("sqlite", "postgresql"),
                         [](const auto &info) { return std::string(info.param); });
