// SPDX-License-Identifier: GPL-3.0-or-later
// Classification suggestion: the n-gram features, both learners on a handwritten set, the
// bytes a model is stored as, the training file's checks and the catalogue items offered.
#include "classify/ClassificationSuggester.h"
#include "classify/ClassifierRepository.h"
#include "classify/HashedNgrams.h"
#include "classify/TextClassifier.h"
#include "classify/TrainingCsv.h"
#include "store/LocalStore.h"

#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace hotline;

namespace {

// Four kinds of appeal as callers word them, four past orders each.
TrainingSet handwritten()
{
    const std::pair<const char *, const char *> rows[] = {
        {"小区门口的路灯不亮了，晚上很黑", "路灯"},
        {"路灯坏了好几天，一直没人修", "路灯"},
        {"我家楼下那排路灯晚上不亮", "路灯"},
        {"马路边的灯杆倒了，灯也不亮", "路灯"},
        {"楼上装修噪音太大，中午也在施工", "噪音"},
        {"晚上工地施工噪音扰民，睡不着觉", "噪音"},
        {"广场舞音响声音太大，噪音严重", "噪音"},
        {"隔壁商铺音箱噪音很大，影响休息", "噪音"},
        {"家里停水了，水龙头没有水", "停水"},
        {"小区突然停水，也没有通知", "停水"},
        {"自来水停了一整天，什么时候来水", "停水"},
        {"水管爆了以后整栋楼停水", "停水"},
        {"公交车司机态度差，不等乘客上车就开走", "公交"},
        {"这路公交车经常不按时到站", "公交"},
        {"公交站牌的时间写错了，车迟迟不来", "公交"},
        {"公交车上太挤，希望增加班次", "公交"},
    };
    TrainingSet set;
    for (const auto &[text, label] : rows) {
        set.texts.append(QString::fromUtf8(text));
        set.labels.append(QString::fromUtf8(label));
    }
    return set;
}

TextClassifier trained(TextClassifier::Method method = TextClassifier::Method::Softmax)
{
    TextClassifier::Options options;
    options.method = method;
    const TrainingSet set = handwritten();
    Result<TextClassifier> model = TextClassifier::train(set.texts, set.labels, options);
    EXPECT_TRUE(model.ok()) << qPrintable(model.error());
    return model ? std::move(model).value() : TextClassifier{};
}

QString first(const TextClassifier &model, const char *text)
{
    const QVector<LabelScore> offered = model.suggest(QString::fromUtf8(text), 3);
    return offered.isEmpty() ? QString() : offered.first().label;
}

Result<TrainingSet> parseCsv(const QByteArray &bytes, const QStringList &text = {QStringLiteral("text")})
{
    const Result<QVector<CsvRecord>> records = CsvReader::parse(bytes);
    if (!records)
        return Error{records.error()};
    return TrainingCsv::parse(records.value(), text, QStringLiteral("label"));
}

} // namespace

TEST(HashedNgrams, CharactersPairsAndTriplesWithinARun)
{
    const HashedNgrams ngrams(3, 20);
    EXPECT_EQ(ngrams.count(u"路灯").size(), 3u); // 路, 灯, 路灯
    EXPECT_EQ(ngrams.count(u"路灯坏").size(), 6u);
    // Punctuation and blanks end a run: 灯，不 gives no pair across the comma.
    EXPECT_EQ(ngrams.count(u"路灯，不亮").size(), 6u);
    EXPECT_EQ(ngrams.count(u"路灯 不亮"), ngrams.count(u"路灯，不亮"));
    EXPECT_TRUE(ngrams.count(u"，。！ ").empty());
}

TEST(HashedNgrams, DigitRunsAreOneUnitAndWidthAndCaseFold)
{
    const HashedNgrams ngrams(3, 20);
    EXPECT_EQ(ngrams.count(u"电话13800138000打不通"), ngrams.count(u"电话5打不通"));
    EXPECT_EQ(ngrams.count(u"ＯＮＵ故障"), ngrams.count(u"onu故障"));
    EXPECT_EQ(ngrams.count(u"ONU").size(), 1u); // one Latin word, one unit
    const auto counts = ngrams.count(u"停水停水");
    ASSERT_FALSE(counts.empty());
    EXPECT_TRUE(std::is_sorted(counts.begin(), counts.end()));
    int total = 0;
    for (const auto &[bucket, count] : counts)
        total += count;
    EXPECT_EQ(total, 4 + 3 + 2); // four characters, three pairs, two triples
}

TEST(TextClassifier, SuggestsTheLikelyLabelsOfAHandwrittenSet)
{
    for (const TextClassifier::Method method : {TextClassifier::Method::Softmax, TextClassifier::Method::NaiveBayes}) {
        SCOPED_TRACE(int(method));
        const TextClassifier model = trained(method);
        ASSERT_TRUE(model.isTrained());
        EXPECT_EQ(model.labels().size(), 4);
        EXPECT_EQ(model.exampleCount(), 16);
        EXPECT_EQ(first(model, "路灯不亮"), QStringLiteral("路灯"));
        EXPECT_EQ(first(model, "晚上施工噪音很大"), QStringLiteral("噪音"));
        EXPECT_EQ(first(model, "我们这里停水了"), QStringLiteral("停水"));
        EXPECT_EQ(first(model, "公交车不来"), QStringLiteral("公交"));

        const QVector<LabelScore> offered = model.suggest(u"楼下路灯不亮", 3);
        ASSERT_EQ(offered.size(), 3);
        double sum = 0;
        for (qsizetype i = 0; i < offered.size(); ++i) {
            sum += offered.at(i).score;
            if (i > 0) {
                EXPECT_GE(offered.at(i - 1).score, offered.at(i).score);
            }
        }
        EXPECT_LE(sum, 1.0 + 1e-9);
        EXPECT_EQ(model.suggest(u"路灯", 10).size(), 4) << "never more than the labels";
        EXPECT_TRUE(model.suggest(u"", 3).isEmpty()) << "nothing typed, nothing offered";
        EXPECT_TRUE(model.suggest(u"xyz", 3).isEmpty()) << "nothing the model knows";
        EXPECT_TRUE(model.suggest(u"路灯", 0).isEmpty());
    }
}

TEST(TextClassifier, TrainingIsDeterministic)
{
    EXPECT_EQ(trained().serialize(), trained().serialize());
    EXPECT_EQ(trained(TextClassifier::Method::NaiveBayes).serialize(), trained(TextClassifier::Method::NaiveBayes).serialize());
}

TEST(TextClassifier, RefusesWhatCannotBeLearned)
{
    const QStringList two{QStringLiteral("路灯不亮"), QStringLiteral("停水")};
    EXPECT_FALSE(TextClassifier::train({}, {}).ok());
    EXPECT_FALSE(TextClassifier::train(two, {QStringLiteral("路灯")}).ok());
    EXPECT_FALSE(TextClassifier::train(two, {QStringLiteral("路灯"), QStringLiteral("路灯")}).ok()) << "one label";
    EXPECT_FALSE(TextClassifier::train(two, {QStringLiteral("路灯"), QString()}).ok());
    TextClassifier::Options options;
    options.maxNgram = 9;
    EXPECT_FALSE(TextClassifier::train(two, {QStringLiteral("路灯"), QStringLiteral("停水")}, options).ok());
}

TEST(TextClassifier, SerialisationRoundTripsAndRefusesDamage)
{
    const TextClassifier model = trained();
    const QByteArray bytes = model.serialize();
    const Result<TextClassifier> read = TextClassifier::deserialize(bytes);
    ASSERT_TRUE(read.ok()) << qPrintable(read.error());
    EXPECT_EQ(read.value().serialize(), bytes);
    EXPECT_EQ(read.value().labels(), model.labels());
    EXPECT_EQ(read.value().featureCount(), model.featureCount());
    for (const char16_t *text : {u"路灯不亮", u"噪音", u"自来水", u"公交车司机"}) {
        const QVector<LabelScore> a = model.suggest(text, 4);
        const QVector<LabelScore> b = read.value().suggest(text, 4);
        ASSERT_EQ(a.size(), b.size());
        for (qsizetype i = 0; i < a.size(); ++i) {
            EXPECT_EQ(a.at(i).label, b.at(i).label);
            EXPECT_DOUBLE_EQ(a.at(i).score, b.at(i).score);
        }
    }
    EXPECT_FALSE(TextClassifier::deserialize({}).ok());
    EXPECT_FALSE(TextClassifier::deserialize(bytes.left(bytes.size() - 1)).ok());
    EXPECT_FALSE(TextClassifier::deserialize(bytes + "x").ok());
    QByteArray wrongMagic = bytes;
    wrongMagic[0] = 'X';
    EXPECT_FALSE(TextClassifier::deserialize(wrongMagic).ok());
}

TEST(TrainingCsv, ReadsTheNamedColumnsAndJoinsTextColumns)
{
    const auto set = parseCsv("id,title,detail,label\n1,路灯,不亮了,路灯\n2,,停水了,停水\n",
                              {QStringLiteral("title"), QStringLiteral("DETAIL")});
    ASSERT_TRUE(set.ok()) << qPrintable(set.error());
    EXPECT_EQ(set.value().texts, (QStringList{QStringLiteral("路灯\n不亮了"), QStringLiteral("停水了")}));
    EXPECT_EQ(set.value().labels, (QStringList{QStringLiteral("路灯"), QStringLiteral("停水")}));
}

TEST(TrainingCsv, ABadLineIsNamed)
{
    const auto expectRefusal = [](const Result<TrainingSet> &set, const char *line) {
        ASSERT_FALSE(set.ok()) << "expected a refusal naming " << line;
        EXPECT_TRUE(set.error().contains(QString::fromUtf8(line))) << qPrintable(set.error());
    };
    expectRefusal(parseCsv("text,label\n路灯不亮,路灯\n  ,停水\n"), "第 3 行");
    expectRefusal(parseCsv("text,label\n路灯不亮,路灯\n停水了,\n"), "第 3 行");
    expectRefusal(parseCsv("text,label\n路灯不亮,路灯\n停水了,停水,多一列\n"), "第 3 行");
    expectRefusal(parseCsv("text,label\n路灯不亮,路灯\n\xB6\xAB\xB3\xC7,停水\n"), "第 3 行"); // GBK
    expectRefusal(parseCsv("content,label\n路灯不亮,路灯\n"), "第 1 行");
    expectRefusal(parseCsv("content,label\n路灯不亮,路灯\n"), "content");
    expectRefusal(parseCsv("text,label\n"), "没有任何记录");
}

TEST(ClassifierRepository, StoresAndReplacesTheModel)
{
    QTemporaryDir dir;
    auto opened = LocalStore::open(dir.filePath(QStringLiteral("desk.sqlite")));
    ASSERT_TRUE(opened.ok()) << qPrintable(opened.error());
    LocalStore &store = *opened.value();
    ClassifierRepository repository(store);
    const Result<TextClassifier> none = repository.load();
    ASSERT_TRUE(none.ok());
    EXPECT_FALSE(none.value().isTrained());
    EXPECT_FALSE(repository.save(ClassifierRepository::classificationModel, TextClassifier{}).ok());

    const TextClassifier model = trained();
    ASSERT_TRUE(repository.save(ClassifierRepository::classificationModel, model).ok());
    Result<TextClassifier> loaded = repository.load();
    ASSERT_TRUE(loaded.ok()) << qPrintable(loaded.error());
    EXPECT_EQ(loaded.value().serialize(), model.serialize());

    const TextClassifier bayes = trained(TextClassifier::Method::NaiveBayes);
    ASSERT_TRUE(repository.save(ClassifierRepository::classificationModel, bayes).ok());
    loaded = repository.load();
    ASSERT_TRUE(loaded.ok());
    EXPECT_EQ(loaded.value().method(), TextClassifier::Method::NaiveBayes) << "a training replaces the model";
}

TEST(ClassificationSuggester, OffersCatalogueItemsForLabelsThatNameThem)
{
    const QVector<Classification> catalogue = {
        {QStringLiteral("城乡建设"), QStringLiteral("市政管理"), QStringLiteral("路灯")},
        {QStringLiteral("环境保护"), QStringLiteral("噪声污染"), QStringLiteral("施工噪音")},
        {QStringLiteral("城乡建设"), QStringLiteral("供水"), QStringLiteral("停水")},
        {QStringLiteral("交通运输"), QStringLiteral("公共交通"), QStringLiteral("停水")}, // a second leaf of that name
    };
    TrainingSet set = handwritten();
    for (QString &label : set.labels) {
        if (label == QStringLiteral("路灯"))
            label = QStringLiteral("城乡建设 › 市政管理 › 路灯");
        else if (label == QStringLiteral("噪音"))
            label = QStringLiteral("环境保护/噪声污染/施工噪音");
        // 停水 is ambiguous as a leaf name and 公交 is in no catalogue: neither is offered.
    }
    Result<TextClassifier> model = TextClassifier::train(set.texts, set.labels);
    ASSERT_TRUE(model.ok());
    const ClassificationSuggester suggester(std::move(model).value(), catalogue);
    ASSERT_TRUE(suggester.isReady());
    EXPECT_EQ(suggester.matchedLabels(), 2);

    const QVector<ClassificationSuggestion> offered = suggester.suggest(u"路灯晚上不亮", 3);
    ASSERT_EQ(offered.size(), 2);
    EXPECT_EQ(offered.first().item, catalogue.at(0));
    EXPECT_EQ(offered.at(1).item, catalogue.at(1));
    EXPECT_EQ(suggester.suggest(u"路灯晚上不亮", 1).size(), 1);
    EXPECT_EQ(suggester.suggest(u"施工噪音", 3).first().item, catalogue.at(1));
    EXPECT_TRUE(suggester.suggest(u"", 3).isEmpty());

    EXPECT_EQ(ClassificationSuggester::itemFor(QStringLiteral("城乡建设 > 供水 > 停水"), catalogue), catalogue.at(2));
    EXPECT_EQ(ClassificationSuggester::itemFor(QStringLiteral("施工噪音"), catalogue), catalogue.at(1));
    EXPECT_FALSE(ClassificationSuggester::itemFor(QStringLiteral("停水"), catalogue));
    EXPECT_FALSE(ClassificationSuggester::itemFor(QStringLiteral("公交"), catalogue));
    EXPECT_FALSE(ClassificationSuggester(TextClassifier{}, catalogue).isReady());
}
