// SPDX-License-Identifier: GPL-3.0-or-later
// The editors' synonym groups as a draft: each change checked with the import's rules (a bad
// one named by its place in the list, nothing changed), the differences from the published
// groups counted, the file the centre is sent read back by the import with its notes, and the
// preview of what a change does to a query's first titles. The misses list from the centre's
// answer: checked whole, most frequent first.
#include "KbTestArticles.h"
#include "kb/KbSynonymDraft.h"
#include "kb/KbMiss.h"
#include "kb/KbSynonymPreview.h"
#include "kb/KnowledgeBase.h"
#include "pinyin/PinyinTable.h"
#include "store/LocalStore.h"
#include "sync/ReferenceData.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace hotline;

namespace {
class KbSynonymDraftTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        auto opened = LocalStore::open(dir.filePath(QStringLiteral("kb.sqlite")));
        ASSERT_TRUE(opened.ok());
        store = std::move(opened).value();
        kb = std::make_unique<KnowledgeBase>(*store, PinyinTable::builtIn());
    }
    qint64 publish(const char *title, const char *answer) { return test::publishArticle(*kb, title, answer); }
    static QStringList terms(const KbSynonymDraft &draft)
    {
        QStringList all;
        for (const KbSynonymDraft::Group &group : draft.groups())
            all.append(group.terms.join(u'|'));
        return all;
    }

    QTemporaryDir dir;
    std::unique_ptr<LocalStore> store;
    std::unique_ptr<KnowledgeBase> kb;
};
} // namespace

TEST_F(KbSynonymDraftTest, ChangesAreCheckedWithTheImportsRulesAndCounted)
{
    ASSERT_TRUE(
        ReferenceData::import(*store, QStringLiteral("synonyms"), "terms,note\n电表|电能表,计量\n丢失|遗失,\n").ok());
    KbSynonymDraft draft = KbSynonymDraft::load(*store);
    ASSERT_EQ(draft.groups().size(), 2);
    EXPECT_EQ(draft.groups().at(0).note, QStringLiteral("计量")) << "the note is kept beside the group in the store";
    EXPECT_EQ(draft.groups().at(0).terms, (QStringList{QStringLiteral("电表"), QStringLiteral("电能表")}))
        << "in the order written";
    EXPECT_FALSE(draft.isChanged());

    // Separators an editor may type; full-width letters folded as the import folds them.
    const Result<int> added = draft.add(QStringLiteral(" 驾照、驾驶证 ｜ ＤＬ "), QStringLiteral("证件\n简称"));
    ASSERT_TRUE(added.ok()) << qPrintable(added.error());
    EXPECT_EQ(added.value(), 2);
    EXPECT_EQ(draft.groups().at(2).terms,
              (QStringList{QStringLiteral("驾照"), QStringLiteral("驾驶证"), QStringLiteral("dl")}));
    EXPECT_EQ(draft.groups().at(2).note, QStringLiteral("证件 简称"));
    EXPECT_EQ(draft.stateOf(2), KbSynonymDraft::GroupState::Added);

    // Refused, each with the reason and the group named as the list numbers it; nothing changes.
    const QStringList before = terms(draft);
    const struct {
        int index; // -1: a new group
        const char *terms;
        const char *message;
    } bad[] = {
        {-1, "电能表|电度表", "“电能表”已在第 1 行"},
        {-1, "补办", "2 到"},
        {-1, "补办||补领", "不能为空"},
        {-1, "", "至少两个"},
        {1, "丢失|丢失", "写了两次"},
        {1, "丢失|一二三四五六七八九十一二三", "太长"},
        {0, "电表|驾照", "第 3 行"},
    };
    const auto attempt = [&draft](int index, const QString &text) -> Status {
        if (index >= 0)
            return draft.edit(index, text, {});
        const Result<int> added = draft.add(text, {});
        return added ? Status::success() : Status(Error{added.error()});
    };
    for (const auto &[index, text, message] : bad) {
        const Status status = attempt(index, QString::fromUtf8(text));
        ASSERT_FALSE(status.ok()) << text;
        EXPECT_TRUE(status.error().contains(QString::fromUtf8(message))) << text << ": " << qPrintable(status.error());
        EXPECT_EQ(terms(draft), before) << text << ": nothing changed";
    }
    EXPECT_FALSE(draft.remove(7).ok());

    ASSERT_TRUE(draft.edit(0, QStringLiteral("电表|电能表|电度表"), QStringLiteral("计量")).ok());
    EXPECT_EQ(draft.stateOf(0), KbSynonymDraft::GroupState::Changed);
    ASSERT_TRUE(draft.remove(1).ok());
    KbSynonymDraft::Changes changes = draft.changes();
    EXPECT_EQ(changes.added, 1);
    EXPECT_EQ(changes.changed, 1);
    EXPECT_EQ(changes.removed, 1);
    // Deleted and written again alike is no change.
    ASSERT_TRUE(draft.add(QStringLiteral("遗失|丢失"), {}).ok());
    changes = draft.changes();
    EXPECT_EQ(changes.removed, 0);
    EXPECT_EQ(changes.added, 1);
    EXPECT_EQ(changes.total(), 2);

    draft.revert();
    EXPECT_FALSE(draft.isChanged());
    EXPECT_EQ(terms(draft), (QStringList{QStringLiteral("电表|电能表"), QStringLiteral("丢失|遗失")}));
}

TEST_F(KbSynonymDraftTest, TheFileSentIsTheOneTheImportReadsNotesAndAll)
{
    KbSynonymDraft draft;
    ASSERT_TRUE(draft.add(QStringLiteral("煤气|燃气"), QStringLiteral("带引号的\"说明\", 和逗号")).ok());
    ASSERT_TRUE(draft.add(QStringLiteral("丢了|遗失"), {}).ok());
    const QByteArray csv = draft.toCsv();
    const Result<int> checked = ReferenceData::check(QStringLiteral("synonyms"), csv);
    ASSERT_TRUE(checked.ok()) << qPrintable(checked.error());
    EXPECT_EQ(checked.value(), 2);
    ASSERT_TRUE(ReferenceData::import(*store, QStringLiteral("synonyms"), csv).ok());
    const KbSynonymDraft again = KbSynonymDraft::load(*store);
    EXPECT_EQ(again.groups(), draft.groups());
    // The same file given to `hotline-ctl import synonyms` keeps the notes too.
    ASSERT_TRUE(ReferenceData::import(*store, QStringLiteral("synonyms"), "terms,note\n电表|电能表,\n").ok());
    QFile file(dir.filePath(QStringLiteral("synonyms.csv")));
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(csv);
    file.close();
    ASSERT_TRUE(KbSynonyms::importCsv(*store, file.fileName()).ok());
    EXPECT_EQ(KbSynonymDraft::load(*store).groups(), draft.groups());

    // Written locally by the editor's desk: the same groups and notes.
    ASSERT_TRUE(draft.edit(1, QStringLiteral("丢了|遗失|弄丢"), QStringLiteral("口语")).ok());
    ASSERT_TRUE(draft.saveTo(*store).ok());
    EXPECT_EQ(KbSynonymDraft::load(*store).groups(), draft.groups());
    draft.markPublished();
    EXPECT_FALSE(draft.isChanged());
}

TEST_F(KbSynonymDraftTest, ThePreviewShowsWhichRanksAGroupChanges)
{
    const qint64 lost =
        publish("遗失物品的登记与招领", "在公共场所遗失物品的，可到属地派出所登记，招领信息在网站公布。");
    publish("供暖开始时间和室温标准", "本市供暖期为11月15日至次年3月15日。");
    KbSynonymDraft draft;
    const KbSynonymPreview::Line unchanged = KbSynonymPreview::compare(kb->search(), QStringLiteral("钱包丢了"),
                                                                       draft.publishedSynonyms(), draft.synonyms());
    EXPECT_EQ(unchanged.changedRanks(), 0);

    ASSERT_TRUE(draft.add(QStringLiteral("丢了|遗失"), {}).ok());
    const KbSynonymPreview::Line line = KbSynonymPreview::compare(kb->search(), QStringLiteral("钱包丢了"),
                                                                  draft.publishedSynonyms(), draft.synonyms());
    ASSERT_FALSE(line.ranks.isEmpty());
    EXPECT_NE(line.ranks.first().beforeId, lost) << "the published groups do not find it";
    EXPECT_EQ(line.ranks.first().afterId, lost);
    EXPECT_TRUE(line.ranks.first().changed);
    EXPECT_GE(line.changedRanks(), 1);
    // A query the group does not touch keeps its ranks.
    const KbSynonymPreview::Line heating = KbSynonymPreview::compare(kb->search(), QStringLiteral("供暖时间"),
                                                                     draft.publishedSynonyms(), draft.synonyms());
    ASSERT_FALSE(heating.ranks.isEmpty());
    EXPECT_EQ(heating.changedRanks(), 0);
}

TEST(KbMissTest, TheCentresListIsCheckedWholeAndMostFrequentFirst)
{
    const QJsonObject body = QJsonDocument::fromJson(R"({"misses":[
        {"query":"暖气片漏水","nothing":1,"again":1,"desks":1,"last":"2026-12-07T09:00:00Z"},
        {"query":"公证书丢了","nothing":3,"again":2,"desks":2,"last":"2026-12-07T10:00:00Z"},
        {"query":"头一回办居住证","nothing":0,"again":2,"desks":3,"last":"2026-12-06T10:00:00.250Z"}]})")
                                 .object();
    const Result<QVector<KbMiss>> misses = KbMiss::listFromJson(body);
    ASSERT_TRUE(misses.ok()) << qPrintable(misses.error());
    ASSERT_EQ(misses.value().size(), 3);
    EXPECT_EQ(misses.value().at(0).query, QStringLiteral("公证书丢了"));
    EXPECT_EQ(misses.value().at(0).total(), 5);
    EXPECT_EQ(misses.value().at(1).query, QStringLiteral("头一回办居住证")) << "equal counts: more desks first";
    EXPECT_EQ(misses.value().at(0).last, QDateTime(QDate(2026, 12, 7), QTime(10, 0), Qt::UTC));

    const struct {
        const char *json;
        const char *message;
    } bad[] = {
        {R"({"rows":[]})", "misses"},
        {R"({"misses":[1]})", "第 1 条"},
        {R"({"misses":[{"query":" ","nothing":1,"again":0,"desks":1,"last":"2026-12-07T10:00:00Z"}]})", "没有查询"},
        {R"({"misses":[{"query":"a","nothing":-1,"again":0,"desks":1,"last":"2026-12-07T10:00:00Z"}]})", "整数"},
        {R"({"misses":[{"query":"a","nothing":1.5,"again":0,"desks":1,"last":"2026-12-07T10:00:00Z"}]})", "整数"},
        {R"({"misses":[{"query":"a","nothing":"2","again":0,"desks":1,"last":"2026-12-07T10:00:00Z"}]})", "整数"},
        {R"({"misses":[{"query":"a","nothing":0,"again":0,"desks":1,"last":"2026-12-07T10:00:00Z"}]})", "不该"},
        {R"({"misses":[{"query":"a","nothing":1,"again":0,"desks":1,"last":"yesterday"}]})", "ISO"},
        {R"({"misses":[{"query":"a","nothing":1,"again":0,"desks":1,"last":"2026-12-07T10:00:00Z"},{"query":"b"}]})",
         "第 2 条"},
    };
    for (const auto &[json, message] : bad) {
        const Result<QVector<KbMiss>> refused = KbMiss::listFromJson(QJsonDocument::fromJson(json).object());
        ASSERT_FALSE(refused.ok()) << json;
        EXPECT_TRUE(refused.error().contains(QString::fromUtf8(message)))
            << json << ": " << qPrintable(refused.error());
    }
    const Result<QVector<KbMiss>> none = KbMiss::listFromJson(QJsonObject{{QStringLiteral("misses"), QJsonArray()}});
    ASSERT_TRUE(none.ok());
    EXPECT_TRUE(none.value().isEmpty());
}
