// SPDX-License-Identifier: GPL-3.0-or-later
// A knowledge-base editor publishes the synonym groups from a desk (the file the editors'
// draft makes, through the desk's own session): the centre keeps who did it, a second desk
// pulls them and its search finds with them. An operator may not publish synonyms, nor an
// editor any other reference data: 403, and nothing changes.
#include "sync/CentralHarness.h"

#include "kb/KbSynonymDraft.h"

#include <gtest/gtest.h>

#include <optional>

using namespace hotline;
using namespace hotline::test;

namespace {
class SynonymPublishTest : public CentralTest {};

qint64 publishArticle(DeskHarness &desk, const char *title, const char *answer)
{
    KbDraft draft;
    draft.title = QString::fromUtf8(title);
    draft.answer = QString::fromUtf8(answer);
    const Result<qint64> id = desk.kb->articles().create(draft, QStringLiteral("editor"));
    EXPECT_TRUE(id.ok());
    EXPECT_TRUE(desk.kb->articles().publish(id.value(), QStringLiteral("editor")).ok());
    return id.value();
}

qint64 top(const DeskHarness &desk, const QString &query)
{
    const QVector<KbHit> hits = desk.kb->search().search(query, 5);
    return hits.isEmpty() ? 0 : hits.first().articleId;
}
} // namespace

TEST_P(SynonymPublishTest, AnEditorPublishesAndAnotherDeskSearchesWithThem)
{
    startCentral({{"editor1", "kb_editor"}, {"op1", "operator"}, {"admin1", "admin"}});
    DeskHarness editor(dir.filePath(QStringLiteral("editor.sqlite")));
    ASSERT_TRUE(editor.signIn(central->url(), QStringLiteral("editor1")));
    DeskHarness desk(dir.filePath(QStringLiteral("desk.sqlite")));
    ASSERT_TRUE(desk.signIn(central->url(), QStringLiteral("op1")));
    ASSERT_TRUE(desk.syncUntilIdle());
    const qint64 lost =
        publishArticle(desk, "遗失物品的登记与招领", "在公共场所遗失物品的，可到属地派出所登记，招领信息在网站公布。");
    publishArticle(desk, "供暖开始时间和室温标准", "本市供暖期为11月15日至次年3月15日。");
    ASSERT_NE(top(desk, QStringLiteral("钱包丢了")), lost) << "without the group the caller's words miss";

    KbSynonymDraft draft = KbSynonymDraft::load(*editor.store);
    ASSERT_TRUE(draft.add(QStringLiteral("丢了|遗失"), QStringLiteral("口语")).ok());
    std::optional<QJsonObject> answer;
    QString error = QStringLiteral("no answer");
    editor.sync->put(QStringLiteral("/api/v1/reference/synonyms"), draft.toCsv(), "text/csv; charset=utf-8",
                     [&](const std::optional<QJsonObject> &body, const QString &problem) {
                         answer = body;
                         error = problem;
                     });
    ASSERT_TRUE(waitUntil([&] { return answer.has_value() || error != QLatin1String("no answer"); }, 15000));
    ASSERT_TRUE(answer.has_value()) << qPrintable(error);
    EXPECT_EQ(answer->value(QLatin1String("rows")).toInt(), 1);
    EXPECT_EQ(count("SELECT count(*) FROM changes WHERE kind = 'reference.synonyms'"), 1);
    EXPECT_EQ(count("SELECT count(*) FROM audit_log WHERE login = 'editor1' AND action = 'publish' AND target = "
                    "'reference:synonyms'"),
              1)
        << "who published is on record";

    ASSERT_TRUE(desk.syncUntilIdle());
    EXPECT_EQ(top(desk, QStringLiteral("钱包丢了")), lost) << "the other desk searches with the published group";
    const KbSynonymDraft pulled = KbSynonymDraft::load(*desk.store);
    ASSERT_EQ(pulled.groups().size(), 1);
    EXPECT_EQ(pulled.groups().first().note, QStringLiteral("口语")) << "the note travels with the group";

    // An operator may not publish synonyms; an editor may not publish other reference data.
    const QString op1 = signInToken(central->url(), QStringLiteral("op1"));
    const QString editor1 = signInToken(central->url(), QStringLiteral("editor1"));
    EXPECT_EQ(rawHttp(central->url(), "PUT", QStringLiteral("/api/v1/reference/synonyms"), "terms,note\n丢了|不见了,\n",
                      op1, "text/csv")
                  .status,
              403);
    EXPECT_EQ(
        rawHttp(central->url(), "PUT", QStringLiteral("/api/v1/reference/units"), "code,name\n", editor1, "text/csv")
            .status,
        403);
    // A bad file from an editor is refused with its line, as from an administrator.
    const RawAnswer bad = rawHttp(central->url(), "PUT", QStringLiteral("/api/v1/reference/synonyms"),
                                  "terms,note\n丢了,\n", editor1, "text/csv");
    EXPECT_EQ(bad.status, 400);
    EXPECT_EQ(count("SELECT count(*) FROM changes WHERE kind LIKE 'reference.%'"), 1)
        << "nothing refused was published";
    ASSERT_TRUE(desk.syncUntilIdle());
    ASSERT_EQ(KbSynonymDraft::load(*desk.store).groups().size(), 1);
    EXPECT_EQ(KbSynonymDraft::load(*desk.store).groups().first().terms,
              (QStringList{QStringLiteral("丢了"), QStringLiteral("遗失")}));
    // The administrator still publishes every kind.
    EXPECT_EQ(http(central->url(), "PUT", QStringLiteral("/api/v1/reference/synonyms"), "terms,note\n丢了|遗失|弄丢,\n",
                   signInToken(central->url(), QStringLiteral("admin1")))
                  .status,
              200);

    // Signed out, the desk's put is refused at once, with the reason.
    editor.sync->signOut();
    QString refused;
    editor.sync->put(QStringLiteral("/api/v1/reference/synonyms"), draft.toCsv(), "text/csv",
                     [&](const std::optional<QJsonObject> &, const QString &problem) { refused = problem; });
    EXPECT_FALSE(refused.isEmpty());
}

INSTANTIATE_TEST_SUITE_P(Central, SynonymPublishTest, ::testing::Values("sqlite", "postgresql"),
                         [](const auto &info) { return std::string(info.param); });
