// SPDX-License-Identifier: GPL-3.0-or-later
#include "ScenarioGenerator.h"

#include "SentenceCutter.h"
#include "SpeechSynthesis.h"
#include "divisions/DivisionIndex.h"
#include "importing/CsvReader.h"
#include "workorder/PhoneNumber.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>

#include <algorithm>

namespace hotline {

namespace {

qsizetype hanCount(const QString &text)
{
    qsizetype n = 0;
    for (char32_t c : text.toUcs4())
        if ((c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF))
            ++n;
    return n;
}

// Characters that do not belong to a place's name: function words, pronouns and the verbs a
// place is glued to in writing ("住在幸福小区", "该小区"); a name is read back from its suffix
// (小区, 路, 村…) up to one of these, at most four characters.
const QString kNotInName = QStringLiteral("在住于的是到我你他她们从去位和与及或向对把被个了就都也还又并而但该这那此本其每各有说为让给将已未没不很就占省市县区");

QString placeBefore(const QString &text, qsizetype suffixAt, qsizetype suffixLength)
{
    qsizetype start = suffixAt;
    while (start > 0 && suffixAt - start < 4) {
        const QChar before = text.at(start - 1);
        if (!before.isLetterOrNumber() || kNotInName.contains(before))
            break;
        --start;
    }
    if (start == suffixAt)
        return {};
    return text.mid(start, suffixAt - start + suffixLength);
}

// Words of a title that carry no fact: what the writer wants done, politeness, marks.
const QStringList &titleFiller()
{
    static const QStringList words{QStringLiteral("关于"),   QStringLiteral("的问题"), QStringLiteral("问题"), QStringLiteral("反映"),
                                   QStringLiteral("投诉"),   QStringLiteral("举报"),   QStringLiteral("咨询"), QStringLiteral("建议"),
                                   QStringLiteral("请求"),   QStringLiteral("希望"),   QStringLiteral("要求"), QStringLiteral("恳请"),
                                   QStringLiteral("领导"),   QStringLiteral("尽快"),   QStringLiteral("解决"), QStringLiteral("处理"),
                                   QStringLiteral("求助"),   QStringLiteral("请问"),   QStringLiteral("有关部门"), QStringLiteral("相关部门"),
                                   QStringLiteral("政府"),   QStringLiteral("帮忙"),   QStringLiteral("能否"), QStringLiteral("一下")};
    return words;
}

void addFact(QStringList &facts, const QString &fact, const QString &script)
{
    const QString phrase = fact.trimmed();
    if (phrase.size() < 2 || phrase.size() > 20 || !script.contains(phrase))
        return;
    for (const QString &known : std::as_const(facts))
        if (known.contains(phrase) || phrase.contains(known))
            return;
    facts.append(phrase);
}

} // namespace

QStringList ScenarioGenerator::refusalCodes()
{
    return {kNoChinese, kTooShort, kTooLong, kUnknownLabel, kDuplicate, kTooFewFacts, kAudioFailed, kInvalid};
}

ScenarioGenerator::ScenarioGenerator(const QVector<Classification> &catalogue, const DivisionIndex *divisions)
    : m_catalogue(catalogue), m_divisions(divisions)
{
    for (const Classification &item : catalogue)
        m_level1.insert(item.level1);
}

void ScenarioGenerator::setSynthesis(const SpeechSynthesis *synthesis, const QString &audioDir)
{
    m_synthesis = synthesis;
    m_audioDir = audioDir;
}

QString ScenarioGenerator::callerNumberFor(const QString &messageId)
{
    // FNV-1a rather than qHash: qHash is seeded per process, the number must not change.
    quint64 hash = 1469598103934665603ULL;
    for (const char byte : messageId.toUtf8()) {
        hash ^= quint8(byte);
        hash *= 1099511628211ULL;
    }
    bool numeric = false;
    const qulonglong id = messageId.toULongLong(&numeric);
    const quint64 tail = (numeric ? id : hash) % 100000000ULL;
    return QStringLiteral("170%1").arg(tail, 8, 10, QLatin1Char('0'));
}

AppealType ScenarioGenerator::appealTypeOf(const QString &title, const QString &detail)
{
    struct Cue {
        AppealType type;
        QStringList words;
    };
    static const QList<Cue> cues{
        {AppealType::Report, {QStringLiteral("举报"), QStringLiteral("检举"), QStringLiteral("揭发")}},
        {AppealType::Complaint, {QStringLiteral("投诉"), QStringLiteral("控告"), QStringLiteral("不作为"), QStringLiteral("乱收费")}},
        {AppealType::Suggestion, {QStringLiteral("建议"), QStringLiteral("提议"), QStringLiteral("意见")}},
        {AppealType::Help, {QStringLiteral("求助"), QStringLiteral("帮助"), QStringLiteral("救助"), QStringLiteral("帮忙")}},
        {AppealType::Consultation,
         {QStringLiteral("咨询"), QStringLiteral("请问"), QStringLiteral("询问"), QStringLiteral("是否"), QStringLiteral("能否"),
          QStringLiteral("怎么办"), QStringLiteral("如何"), QStringLiteral("多少")}},
    };
    // The title says what the writer wants in a few words; the body only when the title does not.
    for (const QString &text : {title, detail})
        for (const Cue &cue : cues)
            for (const QString &word : cue.words)
                if (text.contains(word))
                    return cue.type;
    if (title.contains(u'？') || title.contains(u'?'))
        return AppealType::Consultation;
    return AppealType::Help;
}

QStringList ScenarioGenerator::keyFactsFrom(const QString &title, const QString &script)
{
    static const QRegularExpression placeSuffix(QStringLiteral(
        R"(小区|花园|家园|公寓|大厦|广场|社区|村委会|村|镇|乡|街道|大道|路|街|巷|中学|小学|大学|学校|幼儿园|医院|卫生院|市场|工业园|车站|公园)"));
    static const QRegularExpression numbers(QStringLiteral(
        R"(\d+(?:\.\d+)?(?:年\d{1,2}月(?:\d{1,2}[日号])?|月\d{1,2}[日号]|个多月|个月|多年|年|月|日|号楼|号|天|元|万元|万|平方米|平米|米|公里|小时|分钟|岁|人|户|次|栋|层|单元|套|辆|%|多元|多人|多户)|[一二三四五六七八九十两几]+(?:个多月|个月|多年|年|天|次|户|人))"));
    QStringList facts;
    // Places the title names first (a title usually starts with where), then the caller's.
    for (const QString &text : {title, script}) {
        for (auto it = placeSuffix.globalMatch(text); it.hasNext() && facts.size() < 3;) {
            const QRegularExpressionMatch match = it.next();
            const QString phrase = placeBefore(text, match.capturedStart(), match.capturedLength());
            if (hanCount(phrase) >= 3)
                addFact(facts, phrase, script);
        }
    }
    for (auto it = numbers.globalMatch(script); it.hasNext() && facts.size() < 5;)
        addFact(facts, it.next().captured(), script);
    // The matter: the title's clauses without filler, as far as the caller says them.
    static const QRegularExpression clauseBreak(QStringLiteral(R"([，。！？；、,.!?;：:…\s（）()【】“”"《》]+)"));
    for (QString clause : title.split(clauseBreak, Qt::SkipEmptyParts)) {
        for (const QString &word : titleFiller())
            clause.remove(word);
        if (hanCount(clause) >= 2)
            addFact(facts, clause, script);
        if (facts.size() >= 6)
            break;
    }
    // Too few still: the first clauses of substance of the caller's own words.
    if (facts.size() < 2) {
        static const QStringList greetings{QStringLiteral("尊敬"), QStringLiteral("您好"), QStringLiteral("你好"), QStringLiteral("领导")};
        for (const QString &clause : script.split(clauseBreak, Qt::SkipEmptyParts)) {
            if (facts.size() >= 2)
                break;
            if (hanCount(clause) < 4 || std::any_of(greetings.cbegin(), greetings.cend(), [&](const QString &g) { return clause.contains(g); }))
                continue;
            addFact(facts, clause.left(12), script);
        }
    }
    return facts.mid(0, 6);
}

Classification ScenarioGenerator::itemFor(const QString &label, const QString &text) const
{
    // Level 2 and 3 only when the text names exactly one item of the branch by its own name:
    // a guess from words would score the trainee against our guess, not against the message.
    Classification item{label, {}, {}};
    const Classification *named = nullptr;
    int matches = 0;
    for (const Classification &candidate : m_catalogue) {
        if (candidate.level1 != label || candidate.level3.size() < 4 || !text.contains(candidate.level3))
            continue;
        named = &candidate;
        ++matches;
    }
    if (matches == 1)
        return *named;
    return item;
}

std::optional<Address> ScenarioGenerator::placeIn(const QString &text) const
{
    // The messages are not all from Beijing: a division name alone (朝阳, 新华) occurs in any
    // city, so a place is taken only from a message that says it is in Beijing.
    if (!m_divisions || !text.contains(QStringLiteral("北京")))
        return std::nullopt;
    std::optional<Address> place = m_divisions->findInText(text);
    if (place && place->districtCode.isEmpty())
        return std::nullopt;
    return place;
}

GeneratedScenario ScenarioGenerator::generate(const LabelledMessage &message)
{
    GeneratedScenario out;
    out.messageId = message.id;
    const auto refuse = [&out](const QString &code, const QString &reason) {
        out.refusal = {code, reason};
        return out;
    };
    const QString detail = message.detail.trimmed();
    if (hanCount(detail) == 0)
        return refuse(kNoChinese, tr("留言 %1 没有中文，来电人不会这样说").arg(message.id));
    const QStringList sentences = SentenceCutter::cut(detail);
    const QString script = sentences.join(QString());
    if (hanCount(script) < kMinChars)
        return refuse(kTooShort, tr("留言 %1 只有 %2 个字，不够一通电话（至少 %3 个字）").arg(message.id).arg(hanCount(script)).arg(kMinChars));
    if (!m_level1.contains(message.label))
        return refuse(kUnknownLabel, tr("留言 %1 的标注“%2”不是目录里的一级分类").arg(message.id, message.label));
    const QString seenKey = script;
    if (m_seen.contains(seenKey))
        return refuse(kDuplicate, tr("留言 %1 与前面的一条留言内容相同").arg(message.id));
    m_seen.insert(seenKey);
    QList<TranscriptSentence> transcript = SentenceCutter::timedAtRate(sentences);
    if (transcript.isEmpty() || transcript.back().endMs > kMaxScriptMs)
        return refuse(kTooLong, tr("留言 %1 说完要 %2 秒，超过一通电话的 %3 秒")
                                    .arg(message.id)
                                    .arg(transcript.isEmpty() ? 0 : transcript.back().endMs / 1000)
                                    .arg(kMaxScriptMs / 1000));
    const QStringList facts = keyFactsFrom(message.title, script);
    if (facts.size() < 2)
        return refuse(kTooFewFacts, tr("留言 %1 找不到两条可核对的要点").arg(message.id));

    Scenario scenario;
    scenario.id = QStringLiteral("gen-msg-%1").arg(message.id);
    scenario.title = message.title.trimmed().isEmpty() ? script.left(20) : message.title.trimmed().left(60);
    scenario.source = QStringLiteral("labelled:%1").arg(message.id);
    const qint64 spoken = transcript.back().endMs;
    scenario.difficulty = spoken < 60000 ? 1 : spoken < 120000 ? 2 : 3;
    scenario.callerNumber = callerNumberFor(message.id);
    scenario.expected.appealType = appealTypeOf(message.title, detail);
    scenario.expected.item = itemFor(message.label, message.title + detail);
    if (const std::optional<Address> place = placeIn(detail))
        scenario.expected.place = *place;
    scenario.expected.keyFacts = facts;
    if (m_synthesis) {
        const QString file = scenario.id + QStringLiteral(".wav");
        Result<QList<TranscriptSentence>> voiced = m_synthesis->synthesize(sentences, QDir(m_audioDir).filePath(file));
        if (!voiced)
            return refuse(kAudioFailed, tr("留言 %1 的语音合成失败：%2").arg(message.id, voiced.error()));
        // The voice may run slower than the estimate: a call it makes too long is refused too.
        if (voiced.value().back().endMs > kMaxScriptMs) {
            QFile::remove(QDir(m_audioDir).filePath(file));
            return refuse(kTooLong, tr("留言 %1 读出来要 %2 秒，超过一通电话的 %3 秒")
                                        .arg(message.id)
                                        .arg(voiced.value().back().endMs / 1000)
                                        .arg(kMaxScriptMs / 1000));
        }
        transcript = voiced.value();
        scenario.audio = file;
    }
    scenario.transcript = transcript;
    if (Status valid = scenario.validate(); !valid)
        return refuse(kInvalid, valid.error());
    out.scenario = scenario;
    return out;
}

Result<QList<LabelledMessage>> ScenarioGenerator::readMessages(const QString &path, Format format)
{
    Result<QVector<CsvRecord>> records = CsvReader::readFile(path);
    if (!records)
        return Error{records.error()};
    const QStringList header = format == Format::Gov
        ? QStringList{QStringLiteral("msg_id"), QStringLiteral("user"), QStringLiteral("title"), QStringLiteral("time"), QStringLiteral("detail"),
                      QStringLiteral("label_level1")}
        : QStringList{QStringLiteral("text"), QStringLiteral("label")};
    if (Status ok = CsvReader::expectHeader(records.value(), header); !ok)
        return Error{ok.error()};
    QList<LabelledMessage> messages;
    for (qsizetype i = 1; i < records.value().size(); ++i) {
        const CsvRecord &record = records.value().at(i);
        if (record.fields.size() != header.size())
            return Error{tr("%1 第 %2 行应有 %3 列，却有 %4 列").arg(path).arg(record.line).arg(header.size()).arg(record.fields.size())};
        if (format == Format::Gov)
            messages.append({record.fields.at(0).trimmed(), record.fields.at(2), record.fields.at(4), record.fields.at(5).trimmed()});
        else
            messages.append({QStringLiteral("c%1").arg(i), QString(), record.fields.at(0), record.fields.at(1).trimmed()});
    }
    return messages;
}

} // namespace hotline
