// SPDX-License-Identifier: GPL-3.0-or-later
#include "KbTestArticles.h"
#include "TestData.h"
#include "kb/KbImporter.h"
#include "kb/KbSynonyms.h"
#include "kb/KbValidator.h"
#include "kb/KnowledgeBase.h"
#include "pinyin/PinyinTable.h"
#include "store/LocalStore.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace hotline;
using hotline::test::seedFile;

namespace {
class KnowledgeBaseTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        auto opened = LocalStore::open(dir.filePath(QStringLiteral("kb.sqlite")));
        ASSERT_TRUE(opened.ok());
        store = std::move(opened).value();
        kb = std::make_unique<KnowledgeBase>(*store, PinyinTable::builtIn());
    }
    KbDraft heating() const
    {
        KbDraft d;
        d.title = QStringLiteral("供暖开始时间和室温标准");
        d.questions = {QStringLiteral("暖气什么时候来"), QStringLiteral("家里暖气不热找谁")};
        d.answer = QStringLiteral("本市供暖期为11月15日至次年3月15日，室温应不低于18摄氏度。暖气不热可拨打供热单位电话报修。");
        d.keywords = {QStringLiteral("供热"), QStringLiteral("暖气")};
        d.unit = QStringLiteral("北京市城市管理委员会");
        return d;
    }
    QList<qint64> ids(const QString &query, const QDate &day = QDate::currentDate()) const
    {
        QList<qint64> result;
        for (const KbHit &hit : kb->search().search(query, 10, day))
            result.append(hit.articleId);
        return result;
    }
    qint64 publish(const char *title, const char *answer) { return test::publishArticle(*kb, title, answer); }
    int synonymRows() const
    {
        QSqlQuery query(store->database());
        query.exec(QStringLiteral("SELECT count(*) FROM kb_synonyms"));
        return query.next() ? query.value(0).toInt() : -1;
    }
    QString writeFile(const char *name, const QByteArray &content) const
    {
        const QString path = dir.filePath(QString::fromLatin1(name));
        QFile file(path);
        file.open(QIODevice::WriteOnly);
        file.write(content);
        return path;
    }

    QTemporaryDir dir;
    std::unique_ptr<LocalStore> store;
    std::unique_ptr<KnowledgeBase> kb;
};
} // namespace

TEST_F(KnowledgeBaseTest, DraftIsInvisibleUntilPublishedThenSearchableAtOnce)
{
    const auto id = kb->articles().create(heating(), QStringLiteral("editor1"));
    ASSERT_TRUE(id.ok()) << qPrintable(id.error());
    EXPECT_TRUE(ids(QStringLiteral("供暖")).isEmpty());
    ASSERT_TRUE(kb->articles().publish(id.value(), QStringLiteral("editor1")).ok());
    EXPECT_EQ(ids(QStringLiteral("供暖")), QList<qint64>{id.value()});
    EXPECT_EQ(ids(QStringLiteral("暖")), QList<qint64>{id.value()}) << "one character";
    EXPECT_EQ(ids(QStringLiteral("供暖時間")), QList<qint64>{id.value()}) << "traditional characters";
    EXPECT_EQ(ids(QStringLiteral("gnks")), QList<qint64>{id.value()}) << "pinyin initials of the title";
    EXPECT_EQ(ids(QStringLiteral("我家暖气一点都不热了该找谁啊")), QList<qint64>{id.value()}) << "a spoken sentence";
}

TEST_F(KnowledgeBaseTest, EditingAddsVersionsAndDesksKeepThePublishedOne)
{
    const qint64 id = kb->articles().create(heating(), QStringLiteral("editor1")).value();
    ASSERT_TRUE(kb->articles().publish(id, QStringLiteral("editor1")).ok());
    KbDraft changed = heating();
    changed.answer = QStringLiteral("供暖期提前至11月1日开始。");
    const auto version = kb->articles().save(id, changed, QStringLiteral("editor2"));
    ASSERT_TRUE(version.ok());
    EXPECT_EQ(version.value(), 2);
    const auto hits = kb->search().search(QStringLiteral("供暖"), 5);
    ASSERT_EQ(hits.size(), 1);
    EXPECT_EQ(hits.first().version, 1) << "desks answer with the published version until the new one is published";
    ASSERT_TRUE(kb->articles().publish(id, QStringLiteral("editor2")).ok());
    EXPECT_EQ(kb->search().search(QStringLiteral("供暖"), 5).first().version, 2);
    const QVector<KbVersion> history = kb->articles().history(id);
    ASSERT_EQ(history.size(), 2);
    EXPECT_EQ(history.at(1).content.answer, heating().answer) << "old versions stay readable";
    EXPECT_EQ(history.at(0).editor, QStringLiteral("editor2"));
    QSqlQuery query(store->database());
    EXPECT_FALSE(query.exec(QStringLiteral("UPDATE kb_versions SET answer = 'x'"))) << "versions are never rewritten";
}

TEST_F(KnowledgeBaseTest, WithdrawnAndExpiredArticlesAreNeverCurrentAnswers)
{
    KbDraft dated = heating();
    dated.validFrom = QDate(2026, 11, 1);
    dated.validUntil = QDate(2027, 3, 31);
    const qint64 id = kb->articles().create(dated, QStringLiteral("editor1")).value();
    ASSERT_TRUE(kb->articles().publish(id, QStringLiteral("editor1")).ok());
    EXPECT_EQ(ids(QStringLiteral("供暖"), QDate(2026, 12, 1)).size(), 1);
    EXPECT_TRUE(ids(QStringLiteral("供暖"), QDate(2027, 4, 1)).isEmpty()) << "expired";
    EXPECT_TRUE(ids(QStringLiteral("供暖"), QDate(2026, 10, 31)).isEmpty()) << "not yet valid";
    ASSERT_TRUE(kb->articles().withdraw(id, QStringLiteral("editor1")).ok());
    EXPECT_TRUE(ids(QStringLiteral("供暖"), QDate(2026, 12, 1)).isEmpty()) << "withdrawn";
    EXPECT_EQ(kb->articles().article(id)->status, KbStatus::Withdrawn);
}

TEST_F(KnowledgeBaseTest, TermCountsFollowTheIndexThroughEveryChange)
{
    // The counts the search picks terms by must equal what FTS5 itself would count.
    const auto matchesIndex = [this] {
        QSqlQuery query(store->database());
        query.exec(QStringLiteral(
            "SELECT (SELECT count(*) FROM (SELECT term, df FROM kb_term_df EXCEPT SELECT term, doc FROM kb_fts_vocab))"
            " + (SELECT count(*) FROM (SELECT term, doc FROM kb_fts_vocab EXCEPT SELECT term, df FROM kb_term_df))"));
        return query.next() && query.value(0).toInt() == 0;
    };
    const qint64 id = kb->articles().create(heating(), QStringLiteral("e")).value();
    ASSERT_TRUE(kb->articles().publish(id, QStringLiteral("e")).ok());
    EXPECT_TRUE(matchesIndex());
    KbDraft changed = heating();
    changed.answer = QStringLiteral("供暖期改为11月1日开始，室温不低于20摄氏度。");
    (void)kb->articles().save(id, changed, QStringLiteral("e"));
    ASSERT_TRUE(kb->articles().publish(id, QStringLiteral("e")).ok());
    EXPECT_TRUE(matchesIndex());
    ASSERT_TRUE(KbImporter::importCsv(*store, kb->articles(), test::dataFile("kb/teddy2020_message_reply_pairs.csv"), false).ok());
    EXPECT_TRUE(matchesIndex()) << "after a bulk import";
    ASSERT_TRUE(kb->articles().withdraw(id, QStringLiteral("e")).ok());
    EXPECT_TRUE(matchesIndex());
    QSqlQuery query(store->database());
    query.exec(QStringLiteral("SELECT count(*) FROM kb_term_df"));
    ASSERT_TRUE(query.next());
    EXPECT_GT(query.value(0).toInt(), 1000);
}

TEST_F(KnowledgeBaseTest, BadArticlesAreRefusedWithAMessage)
{
    KbDraft empty = heating();
    empty.answer = QStringLiteral("   ");
    const auto refused = kb->articles().create(empty, QStringLiteral("e"));
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.error().contains(QStringLiteral("答案不能为空")));
    KbDraft backwards = heating();
    backwards.validFrom = QDate(2027, 1, 1);
    backwards.validUntil = QDate(2026, 1, 1);
    EXPECT_TRUE(kb->articles().create(backwards, QStringLiteral("e")).error().contains(QStringLiteral("早于")));
    EXPECT_FALSE(KbValidator::parseDate(QStringLiteral("2026-02-30")).ok()) << "30 February";
    EXPECT_FALSE(KbValidator::parseDate(QStringLiteral("明年")).ok());
    EXPECT_TRUE(KbValidator::parseDate(QString()).value().isNull());
    EXPECT_EQ(KbValidator::parseDate(QStringLiteral("2026-11-15")).value(), QDate(2026, 11, 15));
    KbDraft huge = heating();
    huge.answer = QString(KbValidator::maxAnswer + 1, u'字');
    EXPECT_TRUE(kb->articles().create(huge, QStringLiteral("e")).error().contains(QStringLiteral("最多")));
    KbDraft longTitle = heating();
    longTitle.title = QString(KbValidator::maxTitle + 1, u'题');
    EXPECT_FALSE(kb->articles().create(longTitle, QStringLiteral("e")).ok());
    EXPECT_TRUE(kb->articles().list().isEmpty()) << "nothing was stored";
    EXPECT_FALSE(kb->articles().save(424242, heating(), QStringLiteral("e")).ok());
    EXPECT_FALSE(kb->articles().publish(424242, QStringLiteral("e")).ok());
}

TEST_F(KnowledgeBaseTest, AnySearchStringReturnsResultsOrNothing)
{
    const qint64 id = kb->articles().create(heating(), QStringLiteral("e")).value();
    ASSERT_TRUE(kb->articles().publish(id, QStringLiteral("e")).ok());
    const QStringList nasty = {
        QString(), QStringLiteral(" "), QStringLiteral("\""), QStringLiteral("\"供暖"), QStringLiteral("供暖\" OR \"x"),
        QStringLiteral("NEAR(供暖 时间)"), QStringLiteral("供暖*"), QStringLiteral("title:供暖"), QStringLiteral("{title}:x"),
        QStringLiteral("^供暖"), QStringLiteral("AND OR NOT"), QStringLiteral("'; DROP TABLE kb_articles; --"),
        QStringLiteral("(((("), QStringLiteral("\\"), QStringLiteral("😀供暖"), QString(10000, u'暖'),
        QString(10000, u'a'), QString(10000, u'"'),
    };
    for (const QString &query : nasty)
        (void)kb->search().search(query, 10);
    EXPECT_EQ(ids(QStringLiteral("供暖\" OR \"x")), QList<qint64>{id}) << "quotes are text, not syntax";
    EXPECT_EQ(ids(QStringLiteral("😀供暖")), QList<qint64>{id});
    EXPECT_EQ(kb->articles().publishedCount(), 1);
}

TEST_F(KnowledgeBaseTest, HitsCarryAHighlightedSnippet)
{
    const qint64 id = kb->articles().create(heating(), QStringLiteral("e")).value();
    ASSERT_TRUE(kb->articles().publish(id, QStringLiteral("e")).ok());
    const KbHit hit = kb->search().search(QStringLiteral("室温"), 1).value(0);
    EXPECT_TRUE(hit.snippet.contains(QStringLiteral("室温")));
    ASSERT_FALSE(hit.snippetHighlights.isEmpty());
    EXPECT_EQ(hit.snippet.mid(hit.snippetHighlights.first().first, hit.snippetHighlights.first().second), QStringLiteral("室温"));
    EXPECT_TRUE(KbHit::highlighted(hit.title, hit.titleHighlights).contains(QStringLiteral("<b>室温</b>")));
    EXPECT_EQ(KbHit::highlighted(QStringLiteral("<a>"), {}), QStringLiteral("&lt;a&gt;"));
}

TEST_F(KnowledgeBaseTest, ImportRecognisesTheLayoutAndRefusesBadRowsUnlessAsked)
{
    const auto real = KbImporter::importCsv(*store, kb->articles(), test::dataFile("kb/teddy2020_message_reply_pairs.csv"), false);
    ASSERT_TRUE(real.ok()) << qPrintable(real.error());
    EXPECT_EQ(real.value().written, 120);
    const auto again = KbImporter::importCsv(*store, kb->articles(), test::dataFile("kb/teddy2020_message_reply_pairs.csv"), false);
    EXPECT_EQ(again.value().unchanged, 120) << "re-import leaves unchanged articles alone";

    const QString bad = writeFile("bad.csv", "msg_id,user,title,time,detail,reply,reply_time\n"
                                             "1,u,路灯不亮,2020/1/1,小区路灯不亮,已修复,2020/1/2\n"
                                             "2,u,没有答复,2020/1/1,问题,,2020/1/2\n"
                                             "3,u,列数不对\n");
    const auto refused = KbImporter::importCsv(*store, kb->articles(), bad, false);
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.error().contains(QStringLiteral("第 3 行"))) << qPrintable(refused.error());
    EXPECT_TRUE(refused.error().contains(QStringLiteral("第 4 行")));
    EXPECT_EQ(kb->articles().publishedCount(), 120) << "nothing imported";
    const auto skipped = KbImporter::importCsv(*store, kb->articles(), bad, true);
    ASSERT_TRUE(skipped.ok());
    EXPECT_EQ(skipped.value().written, 1);
    EXPECT_EQ(skipped.value().skipped.size(), 2);
    EXPECT_EQ(kb->articles().publishedCount(), 121);

    const QString unknown = writeFile("unknown.csv", "question,answer\n路灯,报修\n");
    EXPECT_TRUE(KbImporter::importCsv(*store, kb->articles(), unknown, false).error().contains(QStringLiteral("无法识别")));
}

// Synonyms: a caller says 丢了 where the article says 遗失. The list is imported like the other
// reference data: a bad file names its line and changes nothing.
TEST_F(KnowledgeBaseTest, SynonymsLetTheCallersWordsFindTheArticleInTheOfficialOnes)
{
    const qint64 lost = publish("遗失物品的登记与招领", "在公共场所遗失物品的，可到属地派出所登记，招领信息在网站公布。");
    const qint64 meter = publish("居民电能表异常的检测申请", "对电能表计量有异议的，可向供电公司申请校验。");
    publish("供暖开始时间和室温标准", "本市供暖期为11月15日至次年3月15日。");
    const auto top = [&](const char *query) {
        const QVector<KbHit> hits = kb->search().search(QString::fromUtf8(query), 5);
        return hits.isEmpty() ? qint64(0) : hits.first().articleId;
    };
    EXPECT_NE(top("钱包丢了怎么办"), lost) << "without synonyms the caller's words miss";
    EXPECT_NE(top("电表走得太快"), meter);

    const Result<int> imported = KbSynonyms::importCsv(
        *store, writeFile("synonyms.csv", "terms,note\n丢失|遗失|丢了|弄丢,失物\n电表|电能表,\n\"煤气|燃气\",\"带引号的, 逗号\"\n"));
    ASSERT_TRUE(imported.ok()) << qPrintable(imported.error());
    EXPECT_EQ(imported.value(), 3);
    // The search picks the new list up without being rebuilt.
    EXPECT_EQ(top("钱包丢了怎么办"), lost);
    EXPECT_EQ(top("电表走得太快"), meter);
    EXPECT_EQ(top("電表走得太快"), meter) << "traditional characters are simplified before the synonyms are looked up";
    const QVector<KbHit> hits = kb->search().search(QStringLiteral("钱包丢了怎么办"), 5);
    ASSERT_FALSE(hits.isEmpty());
    EXPECT_EQ(KbHit::highlighted(hits.first().title, hits.first().titleHighlights), QStringLiteral("<b>遗失</b>物品的登记与招领"));
    // The caller's own wording still wins where an article uses it.
    const qint64 own = publish("钱包丢了怎么办的常见问答", "先挂失银行卡。");
    EXPECT_EQ(top("钱包丢了怎么办"), own);
}

// Callers abbreviate the official name (低保 for 最低生活保障) and the citizens' messages use the
// abbreviation too: the official wording is still searched, though the caller's word is the
// commoner of the two in the articles, because the estimate of a long name's use (its rarest
// pair of characters) is far below the truth.
TEST_F(KnowledgeBaseTest, AnAbbreviationFindsTheOfficialNameTheMessagesAbbreviateToo)
{
    const qint64 official = publish("最低生活保障申请", "申请最低生活保障，需提交家庭收入和财产情况的证明。");
    publish("关于农村低保户评定的建议", "村里低保评定不公开，希望加强监督。");
    publish("低保家庭冬季取暖补助", "低保家庭可申领冬季取暖补助。");
    const auto found = [&] {
        for (const KbHit &hit : kb->search().search(QStringLiteral("低保"), 5))
            if (hit.articleId == official)
                return true;
        return false;
    };
    EXPECT_FALSE(found()) << "without synonyms 低保 holds no pair of the official name";
    ASSERT_TRUE(KbSynonyms::importCsv(*store, writeFile("synonyms.csv", "terms,note\n低保|最低生活保障,\n")).ok());
    EXPECT_TRUE(found());
}

// Questions of time and amount are asked of every matter alike; the citizens' message titles
// hold them (…要多久…), so left in a query they would count as its matter.
TEST_F(KnowledgeBaseTest, QuestionsOfTimeAndAmountAreNotPartOfTheMatter)
{
    const QStringList terms = kb->tokenizer().parseQuery(QStringLiteral("护照要多久能办好，要多少钱，什么时候去")).terms;
    EXPECT_TRUE(terms.contains(QStringLiteral("护照")));
    for (const char *question : {"多久", "多少", "时候"})
        EXPECT_FALSE(terms.contains(QString::fromUtf8(question))) << question;
}

TEST_F(KnowledgeBaseTest, SynonymVariantsReplaceTheLongestTermOfEachGroupTheQueryHolds)
{
    const KbSynonyms synonyms({{QStringLiteral("丢"), QStringLiteral("丢失"), QStringLiteral("遗失")},
                               {QStringLiteral("电表"), QStringLiteral("电能表")}});
    QStringList texts;
    for (const KbSynonyms::Variant &variant : synonyms.variants(QStringLiteral("电表丢失")))
        texts.append(variant.text + u':' + variant.replaced + u'>' + variant.replacement);
    EXPECT_EQ(texts, (QStringList{QStringLiteral("电表遗失:丢失>遗失"), QStringLiteral("电表丢:丢失>丢"),
                                  QStringLiteral("电能表丢失:电表>电能表")}));
    EXPECT_TRUE(synonyms.variants(QStringLiteral("供暖")).isEmpty());
}

TEST_F(KnowledgeBaseTest, ABadSynonymFileNamesItsLineAndChangesNothing)
{
    ASSERT_TRUE(KbSynonyms::importCsv(*store, writeFile("good.csv", "terms,note\n电表|电能表,\n")).ok());
    const struct {
        const char *label;
        QByteArray content;
        const char *message;
    } bad[] = {
        {"wrong header", "words\n电表|电能表\n", "terms"},
        {"a term in two groups", "terms,note\n电表|电能表,\n电能表|电度表,\n", "第 3 行"},
        {"a group of one", "terms,note\n电表,\n", "第 2 行"},
        {"an empty term", "terms,note\n电表||电能表,\n", "第 2 行"},
        {"a term twice in its group", "terms,note\n电表|电表,\n", "第 2 行"},
        {"a term too long", "terms,note\n电表|一二三四五六七八九十一二三,\n", "太长"},
        {"a missing column", "terms,note\n电表|电能表\n", "第 2 行"},
        {"GBK bytes", QByteArray("terms,note\n") + QByteArray::fromHex("b5e7b1ed7cb5e7c4dcb1ed2c0a"), "UTF-8"},
    };
    for (const auto &[label, content, message] : bad) {
        const Result<int> imported = KbSynonyms::importCsv(*store, writeFile("bad.csv", content));
        ASSERT_FALSE(imported.ok()) << label;
        EXPECT_TRUE(imported.error().contains(QString::fromUtf8(message))) << label << ": " << qPrintable(imported.error());
        EXPECT_EQ(synonymRows(), 2) << label << ": the previous list stays";
    }
}

TEST_F(KnowledgeBaseTest, TheShippedSynonymListImports)
{
    const Result<int> imported = KbSynonyms::importCsv(*store, seedFile("kb_synonyms.csv"));
    ASSERT_TRUE(imported.ok()) << qPrintable(imported.error());
    EXPECT_GE(imported.value(), 50);
}

// The winter articles written for the demo (a southern catalogue alone answers no 供暖
// question): imported through the articles format, each kept under its key, and the
// commonest ways a Beijing caller asks find them first — words the articles' titles do not hold.
TEST_F(KnowledgeBaseTest, ShippedWinterDemoArticlesAnswerHeatingQuestions)
{
    const auto report = KbImporter::importCsv(*store, kb->articles(), seedFile("kb_beijing_winter_demo.csv"), false);
    ASSERT_TRUE(report.ok()) << report.error().toStdString();
    EXPECT_EQ(report.value().format, QStringLiteral("articles"));
    const auto keyOf = [this](const QString &query) {
        const QList<KbHit> hits = kb->search().search(query, 3, QDate::currentDate());
        if (hits.isEmpty())
            return QString();
        const std::optional<KbArticle> article = kb->articles().article(hits.first().articleId);
        return article ? article->sourceKey : QString();
    };
    EXPECT_EQ(keyOf(QStringLiteral("供暖")), QStringLiteral("demo:heating-season"));
    EXPECT_EQ(keyOf(QStringLiteral("家里暖气不热怎么办")), QStringLiteral("demo:heating-room-temperature"));
    EXPECT_EQ(keyOf(QStringLiteral("暖气费多少钱一平米")), QStringLiteral("demo:heating-fee"));
    EXPECT_EQ(keyOf(QStringLiteral("楼上暖气跑水了")), QStringLiteral("demo:heating-leak"));
    // Marked as demo content where the operator reads it.
    const QList<KbHit> hits = kb->search().search(QStringLiteral("暖气报停"), 1, QDate::currentDate());
    ASSERT_FALSE(hits.isEmpty());
    EXPECT_TRUE(kb->articles().article(hits.first().articleId)->latest.content.answer.startsWith(QStringLiteral("【演示内容")));
}

TEST_F(KnowledgeBaseTest, AnArticleRowWithABadDateIsRefusedWithTheColumnNamed)
{
    const QString path = dir.filePath(QStringLiteral("bad.csv"));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("key,title,questions,answer,keywords,classification,unit,region,valid_from,valid_until\n"
               "demo:x,\xe4\xbe\x9b\xe6\x9a\x96,,\xe7\xad\x94,,,,,2026-13-01,\n");
    file.close();
    const auto report = KbImporter::importCsv(*store, kb->articles(), path, false);
    ASSERT_FALSE(report.ok());
    EXPECT_TRUE(report.error().contains(QStringLiteral("valid_from"))) << report.error().toStdString();
}
