// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestData.h"
#include "catalog/CatalogCsv.h"
#include "divisions/DivisionCsv.h"
#include "divisions/DivisionIndex.h"
#include "importing/CsvReader.h"
#include "pinyin/PinyinTable.h"
#include "training/ScenarioGenerator.h"
#include "training/SentenceCutter.h"
#include "training/SpeechSynthesis.h"
#include "workorder/PhoneNumber.h"

#include <QFile>
#include <QSet>
#include <QTemporaryDir>

#include <cstdio>

#include <gtest/gtest.h>

using namespace hotline;
using hotline::test::dataFile;
using hotline::test::seedFile;

namespace {

QVector<Classification> teddyCatalogue()
{
    const Result<QVector<CsvRecord>> records = CsvReader::readFile(dataFile("catalog_3level.csv"));
    if (!records)
        return {};
    const Result<QVector<Classification>> items = CatalogCsv::parse(records.value());
    return items ? items.value() : QVector<Classification>{};
}

LabelledMessage message(const QString &id, const QString &title, const QString &detail, const QString &label = QStringLiteral("城乡建设"))
{
    return {id, title, detail, label};
}

void expectGood(const Scenario &scenario)
{
    const Status valid = scenario.validate();
    EXPECT_TRUE(valid.ok()) << qPrintable(valid.error());
    const QString script = scenario.scriptText();
    EXPECT_GE(scenario.expected.keyFacts.size(), 2) << qPrintable(scenario.id);
    EXPECT_LE(scenario.expected.keyFacts.size(), 6) << qPrintable(scenario.id);
    for (const QString &fact : scenario.expected.keyFacts)
        EXPECT_TRUE(script.contains(fact)) << qPrintable(scenario.id + QStringLiteral(": ") + fact);
    qint64 previousEnd = 0;
    for (const TranscriptSentence &sentence : scenario.transcript) {
        EXPECT_GE(sentence.startMs, previousEnd) << qPrintable(scenario.id);
        EXPECT_GT(sentence.endMs, sentence.startMs) << qPrintable(scenario.id);
        EXPECT_LE(sentence.text.size(), SentenceCutter::kMaxChars) << qPrintable(scenario.id);
        previousEnd = sentence.endMs;
    }
    EXPECT_LE(scenario.scriptMs(), ScenarioGenerator::kMaxScriptMs);
    EXPECT_TRUE(PhoneNumber::isValid(scenario.callerNumber));
    EXPECT_TRUE(scenario.callerNumber.startsWith(QStringLiteral("170")));
    // The JSON the centre and the desk read back is the same scenario.
    const Result<Scenario> back = Scenario::fromJson(scenario.toJson());
    ASSERT_TRUE(back.ok()) << qPrintable(back.error());
    EXPECT_EQ(back.value(), scenario);
}

} // namespace

TEST(ScenarioGeneratorTest, EveryLabelledMessageMakesAValidScenarioOrIsRefusedWithAReason)
{
    const QVector<Classification> catalogue = teddyCatalogue();
    ASSERT_EQ(catalogue.size(), 517);
    const Result<QList<LabelledMessage>> messages =
        ScenarioGenerator::readMessages(dataFile("gov_messages_labeled.csv"), ScenarioGenerator::Format::Gov);
    ASSERT_TRUE(messages.ok()) << qPrintable(messages.error());
    ASSERT_EQ(messages.value().size(), 395);
    ScenarioGenerator generator(catalogue);
    int accepted = 0;
    int refused = 0;
    QHash<QString, int> byReason;
    QSet<QString> numbers;
    for (const LabelledMessage &m : messages.value()) {
        const GeneratedScenario made = generator.generate(m);
        EXPECT_EQ(made.messageId, m.id);
        if (made.scenario) {
            ++accepted;
            EXPECT_TRUE(made.refusal.code.isEmpty());
            expectGood(*made.scenario);
            EXPECT_EQ(made.scenario->expected.item.level1, m.label);
            // These messages are not from Beijing: no place is made up.
            EXPECT_TRUE(made.scenario->expected.place.districtCode.isEmpty()) << qPrintable(m.id);
            EXPECT_TRUE(made.scenario->audio.isEmpty());
            numbers.insert(made.scenario->callerNumber);
        } else {
            ++refused;
            EXPECT_TRUE(ScenarioGenerator::refusalCodes().contains(made.refusal.code)) << qPrintable(made.refusal.code);
            EXPECT_FALSE(made.refusal.reason.isEmpty());
            EXPECT_TRUE(made.refusal.reason.contains(m.id));
            ++byReason[made.refusal.code];
        }
    }
    EXPECT_EQ(accepted + refused, 395);
    // Measured on the file: 47 messages take more than three minutes to say at 4.5 characters a
    // second; every label is a level 1 of the catalogue, every text is Chinese and longer
    // than 20 characters, no two are the same; one says too little once its marks and Latin
    // letters are left out (fewer than 20 Chinese characters).
    EXPECT_EQ(byReason.value(ScenarioGenerator::kTooLong), 47);
    EXPECT_EQ(byReason.value(ScenarioGenerator::kTooShort), 1);
    EXPECT_EQ(byReason.value(ScenarioGenerator::kDuplicate), 0);
    // A few say one thing in one sentence ("…什么时候开通？"): no two facts to check.
    EXPECT_LE(byReason.value(ScenarioGenerator::kTooFewFacts), 5);
    EXPECT_EQ(byReason.value(ScenarioGenerator::kUnknownLabel), 0);
    EXPECT_GE(accepted, 340);
    std::printf("%d scenarios, %d refused\n", accepted, refused);
    EXPECT_EQ(numbers.size(), accepted); // one made-up caller per message
}

TEST(ScenarioGeneratorTest, RefusesWhatWouldNotMakeACall)
{
    ScenarioGenerator generator(teddyCatalogue());
    const QString good = QStringLiteral("我住在幸福小区，小区门口的路灯坏了3个月了，晚上出门很不方便，希望有关部门尽快修好。");
    EXPECT_EQ(generator.generate(message(QStringLiteral("1"), QStringLiteral("路灯坏了"), QStringLiteral("hello world, the lamp is broken again and again")))
                  .refusal.code,
              ScenarioGenerator::kNoChinese);
    EXPECT_EQ(generator.generate(message(QStringLiteral("2"), QStringLiteral("路灯"), QStringLiteral("路灯坏了，请修。"))).refusal.code,
              ScenarioGenerator::kTooShort);
    EXPECT_EQ(generator.generate(message(QStringLiteral("3"), QStringLiteral("路灯"), good, QStringLiteral("费用问题"))).refusal.code,
              ScenarioGenerator::kUnknownLabel);
    EXPECT_TRUE(generator.generate(message(QStringLiteral("4"), QStringLiteral("幸福小区路灯坏了"), good)).scenario.has_value());
    const GeneratedScenario again = generator.generate(message(QStringLiteral("5"), QStringLiteral("路灯又坏了"), good));
    EXPECT_EQ(again.refusal.code, ScenarioGenerator::kDuplicate);
    EXPECT_FALSE(again.scenario.has_value());
    QString endless;
    for (int i = 0; i < 120; ++i)
        endless += QStringLiteral("第%1次反映噪音扰民的问题。").arg(i);
    EXPECT_EQ(generator.generate(message(QStringLiteral("6"), QStringLiteral("噪音"), endless)).refusal.code, ScenarioGenerator::kTooLong);
}

TEST(ScenarioGeneratorTest, TheExpectedOutcomeComesFromTheMessage)
{
    ScenarioGenerator generator(teddyCatalogue());
    const GeneratedScenario made = generator.generate(message(
        QStringLiteral("24"), QStringLiteral("投诉幸福小区物业乱收费"),
        QStringLiteral("您好，我是幸福小区的业主，2019年5月物业开始每户多收200元的电梯费，已经3个月了，物业说是上面定的，请问这合理吗？")));
    ASSERT_TRUE(made.scenario.has_value()) << qPrintable(made.refusal.reason);
    const Scenario &s = *made.scenario;
    EXPECT_EQ(s.id, QStringLiteral("gen-msg-24"));
    EXPECT_EQ(s.title, QStringLiteral("投诉幸福小区物业乱收费"));
    EXPECT_EQ(s.expected.appealType, AppealType::Complaint);
    EXPECT_EQ(s.expected.item, (Classification{QStringLiteral("城乡建设"), {}, {}}));
    EXPECT_TRUE(s.expected.keyFacts.contains(QStringLiteral("幸福小区"))) << qPrintable(s.expected.keyFacts.join(u'|'));
    EXPECT_TRUE(s.expected.keyFacts.contains(QStringLiteral("2019年5月"))) << qPrintable(s.expected.keyFacts.join(u'|'));
    EXPECT_TRUE(s.expected.keyFacts.contains(QStringLiteral("3个月"))) << qPrintable(s.expected.keyFacts.join(u'|'));
    EXPECT_TRUE(s.expected.keyFacts.contains(QStringLiteral("200元"))) << qPrintable(s.expected.keyFacts.join(u'|'));
    EXPECT_EQ(s.callerNumber, QStringLiteral("17000000024"));
    EXPECT_EQ(ScenarioGenerator::callerNumberFor(QStringLiteral("24")), s.callerNumber);
    expectGood(s);
}

TEST(ScenarioGeneratorTest, AppealTypeFromTheWords)
{
    EXPECT_EQ(ScenarioGenerator::appealTypeOf(QStringLiteral("举报非法采砂"), {}), AppealType::Report);
    EXPECT_EQ(ScenarioGenerator::appealTypeOf(QStringLiteral("投诉物业"), QStringLiteral("我想举报")), AppealType::Complaint);
    EXPECT_EQ(ScenarioGenerator::appealTypeOf(QStringLiteral("关于增加公交线路的建议"), {}), AppealType::Suggestion);
    EXPECT_EQ(ScenarioGenerator::appealTypeOf(QStringLiteral("社保卡怎么办理"), {}), AppealType::Consultation);
    EXPECT_EQ(ScenarioGenerator::appealTypeOf(QStringLiteral("孩子上学难"), QStringLiteral("恳请帮助")), AppealType::Help);
    EXPECT_EQ(ScenarioGenerator::appealTypeOf(QStringLiteral("小区停水"), QStringLiteral("已经两天了")), AppealType::Help);
}

TEST(ScenarioGeneratorTest, APlaceOnlyWhenTheMessageSaysBeijing)
{
    const Result<QVector<CsvRecord>> records = CsvReader::readFile(seedFile("beijing_divisions.csv"));
    ASSERT_TRUE(records.ok());
    const Result<QVector<Division>> divisions = DivisionCsv::parse(records.value());
    ASSERT_TRUE(divisions.ok()) << qPrintable(divisions.error());
    const DivisionIndex index(divisions.value(), *PinyinTable::builtIn());
    ScenarioGenerator generator(teddyCatalogue(), &index);
    const GeneratedScenario beijing = generator.generate(message(
        QStringLiteral("b1"), QStringLiteral("路灯坏了"), QStringLiteral("我在北京市西城区牛街街道，楼下的路灯坏了3个月了，晚上很黑，老人出门不方便。")));
    ASSERT_TRUE(beijing.scenario.has_value()) << qPrintable(beijing.refusal.reason);
    EXPECT_FALSE(beijing.scenario->expected.place.districtCode.isEmpty());
    EXPECT_EQ(beijing.scenario->expected.place.districtName, QStringLiteral("西城区"));
    const GeneratedScenario elsewhere = generator.generate(message(
        QStringLiteral("b2"), QStringLiteral("路灯坏了"), QStringLiteral("我在A市西城区牛街，楼下的路灯坏了3个月了，晚上很黑，老人出门很不方便。")));
    ASSERT_TRUE(elsewhere.scenario.has_value());
    EXPECT_TRUE(elsewhere.scenario->expected.place.districtCode.isEmpty());
}

TEST(ScenarioGeneratorTest, WithAVoiceTheAudioTimesTheScript)
{
    if (!SpeechSynthesis().check().ok())
        GTEST_SKIP() << "espeak-ng with the cmn-latn-pinyin voice is not installed";
    QTemporaryDir dir;
    const SpeechSynthesis voice;
    ScenarioGenerator generator(teddyCatalogue());
    generator.setSynthesis(&voice, dir.path());
    const GeneratedScenario made = generator.generate(message(
        QStringLiteral("7"), QStringLiteral("幸福小区路灯坏了"), QStringLiteral("我住在幸福小区，小区门口的路灯坏了3个月了，晚上出门很不方便，希望尽快修好。")));
    ASSERT_TRUE(made.scenario.has_value()) << qPrintable(made.refusal.reason);
    EXPECT_EQ(made.scenario->audio, QStringLiteral("gen-msg-7.wav"));
    EXPECT_TRUE(QFile::exists(dir.filePath(QStringLiteral("gen-msg-7.wav"))));
    expectGood(*made.scenario);
}

TEST(ScenarioGeneratorTest, TheComplaintFileIsReadAndItsLabelsAreNotTheCatalogues)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("c.csv"));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(QStringLiteral("text,label\n客户反映手机从10月18日开始短信不好用，请后台帮助处理。,业务使用问题\n").toUtf8());
    file.close();
    const Result<QList<LabelledMessage>> messages = ScenarioGenerator::readMessages(path, ScenarioGenerator::Format::Complaint);
    ASSERT_TRUE(messages.ok()) << qPrintable(messages.error());
    ASSERT_EQ(messages.value().size(), 1);
    ScenarioGenerator generator(teddyCatalogue());
    const GeneratedScenario made = generator.generate(messages.value().first());
    EXPECT_EQ(made.refusal.code, ScenarioGenerator::kUnknownLabel);
    EXPECT_TRUE(made.refusal.reason.contains(QStringLiteral("业务使用问题")));
    const Result<QList<LabelledMessage>> wrongFormat = ScenarioGenerator::readMessages(path, ScenarioGenerator::Format::Gov);
    EXPECT_FALSE(wrongFormat.ok());
}
