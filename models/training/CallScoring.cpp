// SPDX-License-Identifier: GPL-3.0-or-later
#include "training/CallScoring.h"

#include "text/TextNormalizer.h"

#include <algorithm>

namespace hotline {

namespace {

// A line before rescaling: its weight out of ScoringWeights and the share of it earned.
struct Part {
    ScoreLine line;
    double weight = 0;
    double earned = 0; // 0–1
};

int numeralDigit(QChar ch)
{
    static const QString digits = QStringLiteral("零一二三四五六七八九");
    if (ch == u'〇')
        return 0;
    if (ch == u'两')
        return 2;
    return int(digits.indexOf(ch));
}

int numeralUnit(QChar ch)
{
    if (ch == u'十')
        return 10;
    if (ch == u'百')
        return 100;
    if (ch == u'千')
        return 1000;
    return 0;
}

bool isNumeral(QChar ch) { return numeralDigit(ch) >= 0 || numeralUnit(ch) > 0; }

// A run of Chinese numerals as digits: read digit by digit when it has no 十/百/千 (二零二六
// → 2026, a year or a house number), as a number when it has (三十五 → 35, 一百零五 → 105).
QString numeralRun(QStringView run)
{
    const bool hasUnit = std::any_of(run.begin(), run.end(), [](QChar ch) { return numeralUnit(ch) > 0; });
    if (!hasUnit) {
        QString out;
        for (QChar ch : run)
            out.append(QChar(u'0' + numeralDigit(ch)));
        return out;
    }
    int total = 0;
    int current = -1; // the digit waiting for its unit; -1: none said (十五: the 十 alone is 10)
    for (QChar ch : run) {
        if (const int unit = numeralUnit(ch)) {
            total += (current < 0 ? 1 : current) * unit;
            current = -1;
        } else {
            current = numeralDigit(ch);
        }
    }
    if (current > 0)
        total += current;
    return QString::number(total);
}

bool containsNormalized(const QString &text, const QString &fact)
{
    if (fact.isEmpty())
        return true;
    if (text.contains(fact))
        return true;
    // The fact's characters in order with at most factGapAllowance others between them. From a
    // fixed start the leftmost match of each next character leaves the fewest in between.
    for (qsizetype start = text.indexOf(fact.front()); start >= 0; start = text.indexOf(fact.front(), start + 1)) {
        qsizetype at = start + 1;
        int extra = 0;
        qsizetype matched = 1;
        while (matched < fact.size() && at < text.size() && extra <= CallScoring::factGapAllowance) {
            if (text.at(at) == fact.at(matched))
                ++matched;
            else
                ++extra;
            ++at;
        }
        if (matched == fact.size() && extra <= CallScoring::factGapAllowance)
            return true;
    }
    return false;
}

// Division parts compare by code when both have one (a name repeats across districts), by name
// otherwise (a generated scenario may know only the name).
bool samePlacePart(const QString &expectedCode, const QString &expectedName, const QString &givenCode, const QString &givenName)
{
    if (!expectedCode.isEmpty() && !givenCode.isEmpty())
        return expectedCode == givenCode;
    return !expectedName.isEmpty() && TextNormalizer::forSearch(expectedName) == TextNormalizer::forSearch(givenName);
}

// The levels known, joined (Classification::path() wants all three).
QString itemPath(const Classification &item)
{
    QStringList levels;
    for (const QString &level : {item.level1, item.level2, item.level3})
        if (!level.isEmpty())
            levels.append(level);
    return levels.join(QStringLiteral(" › "));
}

QString percentText(double value) { return QString::number(value, 'f', 0); }

} // namespace

CallScore scoreCall(const Scenario &scenario, const CallObservation &call, const ScoringWeights &weights)
{
    return CallScoring::score(scenario, call, weights);
}

QString CallScoring::normalizeForFacts(const QString &text)
{
    // NFKC makes full-width letters, digits and punctuation half-width and the ideographic
    // space a space.
    const QString folded = text.normalized(QString::NormalizationForm_KC).toLower();
    QString kept;
    kept.reserve(folded.size());
    for (QChar ch : folded)
        if (!ch.isSpace() && !ch.isPunct() && !ch.isSymbol())
            kept.append(ch);
    QString out;
    out.reserve(kept.size());
    for (qsizetype i = 0; i < kept.size();) {
        if (!isNumeral(kept.at(i))) {
            out.append(kept.at(i++));
            continue;
        }
        qsizetype end = i;
        while (end < kept.size() && isNumeral(kept.at(end)))
            ++end;
        out += numeralRun(QStringView(kept).mid(i, end - i));
        i = end;
    }
    return out;
}

bool CallScoring::containsFact(const QString &text, const QString &fact)
{
    return containsNormalized(normalizeForFacts(text), normalizeForFacts(fact));
}

CallScore CallScoring::score(const Scenario &scenario, const CallObservation &call, const ScoringWeights &weights)
{
    const ExpectedOutcome &expected = scenario.expected;
    const WorkOrderDraft &filed = call.filed;
    const bool wasFiled = call.wasFiled();
    const QString notFiled = tr("未提交");
    QList<Part> parts;
    qsizetype fieldParts = 0; // the first parts are the order's fields: type, item, place, unit

    {
        Part part{{QStringLiteral("appealType"), tr("诉求类型"), displayName(expected.appealType),
                   wasFiled ? displayName(filed.appealType) : notFiled, 0, 0, {}},
                  weights.appealType, 0};
        part.earned = wasFiled && filed.appealType == expected.appealType ? 1 : 0;
        parts.append(part);
    }

    const Classification &item = expected.item;
    if (!item.level1.isEmpty()) {
        const Classification &given = filed.classification;
        const double possible = weights.itemLevel1 + (item.level2.isEmpty() ? 0 : weights.itemLevel2)
                              + (item.level3.isEmpty() ? 0 : weights.itemLevel3);
        double got = 0;
        QString note;
        if (!wasFiled || given.level1.isEmpty()) {
            note = wasFiled ? tr("没有选事项") : QString();
        } else if (given.level1 != item.level1) {
            note = tr("一级分类不对，不得分");
        } else {
            got = weights.itemLevel1;
            if (!item.level2.isEmpty() && given.level2 != item.level2) {
                note = tr("一级分类对，二级不对：部分得分");
            } else if (!item.level2.isEmpty()) {
                got += weights.itemLevel2;
                if (!item.level3.isEmpty() && given.level3 != item.level3)
                    note = tr("二级分类对，三级不对：部分得分");
                else if (!item.level3.isEmpty())
                    got += weights.itemLevel3;
            }
        }
        const QString givenPath = itemPath(given);
        Part part{{QStringLiteral("item"), tr("事项"), itemPath(item),
                   wasFiled ? (givenPath.isEmpty() ? tr("（未填）") : givenPath) : notFiled, 0, 0, note},
                  weights.item, possible > 0 ? got / possible : 0};
        parts.append(part);
    }

    const Address &place = expected.place;
    const bool hasDistrict = !place.districtCode.isEmpty() || !place.districtName.isEmpty();
    const bool hasStreet = !place.streetCode.isEmpty() || !place.streetName.isEmpty();
    const bool hasCommunity = !place.communityCode.isEmpty() || !place.communityName.isEmpty();
    if (hasDistrict || hasStreet || hasCommunity) {
        const Address &given = filed.address;
        const double possible = (hasDistrict ? weights.placeDistrict : 0) + (hasStreet ? weights.placeStreet : 0)
                              + (hasCommunity ? weights.placeCommunity : 0);
        double got = 0;
        QStringList problems;
        // Each part counts only under the right part above it: a right street name in the wrong
        // district is another street.
        bool aboveRight = true;
        const auto check = [&](bool expectedPart, const QString &code, const QString &name, const QString &givenCode,
                               const QString &givenName, double share, const QString &missing, const QString &wrong) {
            if (!expectedPart)
                return;
            if (aboveRight && samePlacePart(code, name, givenCode, givenName)) {
                got += share;
                return;
            }
            aboveRight = false;
            if (wasFiled)
                problems.append(givenCode.isEmpty() && givenName.isEmpty() ? missing : wrong);
        };
        check(hasDistrict, place.districtCode, place.districtName, given.districtCode, given.districtName,
              weights.placeDistrict, tr("少了区"), tr("区不对"));
        check(hasStreet, place.streetCode, place.streetName, given.streetCode, given.streetName, weights.placeStreet,
              tr("少了街道"), tr("街道不对"));
        check(hasCommunity, place.communityCode, place.communityName, given.communityCode, given.communityName,
              weights.placeCommunity, tr("少了社区"), tr("社区不对"));
        const QString givenPath = given.path();
        Part part{{QStringLiteral("place"), tr("地点"), place.path(),
                   wasFiled ? (givenPath.isEmpty() ? tr("（未填）") : givenPath) : notFiled, 0, 0,
                   problems.join(tr("，"))},
                  weights.place, wasFiled && possible > 0 ? got / possible : 0};
        parts.append(part);
    }

    if (!expected.unitName.isEmpty() || !expected.unitCode.isEmpty()) {
        const QString given = filed.involvedUnit.trimmed();
        const QString wanted = TextNormalizer::forSearch(expected.unitName);
        const QString got = TextNormalizer::forSearch(given);
        // Loosely: the picker's full name and a short name ("北京市西城区城管委" / "西城区城管委").
        const QString &shorter = wanted.size() <= got.size() ? wanted : got;
        const QString &longer = wanted.size() <= got.size() ? got : wanted;
        const bool same = !got.isEmpty()
                       && (got == wanted || (!expected.unitCode.isEmpty() && given == expected.unitCode)
                           || (shorter.size() >= 4 && longer.contains(shorter)));
        Part part{{QStringLiteral("unit"), tr("涉及单位"),
                   expected.unitName.isEmpty() ? expected.unitCode : expected.unitName,
                   wasFiled ? (given.isEmpty() ? tr("（未填）") : given) : notFiled, 0, 0, {}},
                  weights.unit, wasFiled && same ? 1.0 : 0.0};
        parts.append(part);
    }
    fieldParts = parts.size();

    // Each piece of the order on its own, so a fact never straddles the title and the description.
    const QStringList pieces{normalizeForFacts(filed.title), normalizeForFacts(filed.description),
                             normalizeForFacts(filed.reply)};
    int covered = 0;
    for (qsizetype i = 0; i < expected.keyFacts.size(); ++i) {
        const QString &fact = expected.keyFacts.at(i);
        const QString wanted = normalizeForFacts(fact);
        bool exact = false;
        bool loose = false;
        if (wasFiled) {
            for (const QString &piece : pieces) {
                exact = exact || piece.contains(wanted);
                loose = loose || containsNormalized(piece, wanted);
            }
        }
        covered += loose ? 1 : 0;
        Part part{{QStringLiteral("fact:%1").arg(i + 1), tr("要点 %1").arg(i + 1), fact,
                   wasFiled ? (loose ? tr("描述中有") : tr("描述中没有")) : notFiled, 0, 0,
                   loose && !exact ? tr("中间多了字，仍算写到") : QString()},
                  weights.facts / double(expected.keyFacts.size()), loose ? 1.0 : 0.0};
        parts.append(part);
    }

    const bool articleApplies = expected.appealType == AppealType::Consultation && !expected.articleKey.isEmpty();
    const bool taken = articleApplies && call.articleTaken == expected.articleKey;
    const bool opened = articleApplies && call.articlesOpened.contains(expected.articleKey);
    if (articleApplies) {
        const QString wanted = expected.articleTitle.isEmpty() ? expected.articleKey : expected.articleTitle;
        QString given = taken ? wanted : call.articleTaken;
        if (given.isEmpty())
            given = opened ? tr("打开过：%1").arg(wanted) : tr("（未引用）");
        const QString note = !taken && opened ? tr("打开了正确的条目，但没有引用到答复：一半分")
                           : !taken && !call.articleTaken.isEmpty() ? tr("引用的不是这一条")
                                                                    : QString();
        parts.append(Part{{QStringLiteral("article"), tr("知识库条目"), wanted, given, 0, 0, note},
                          weights.article, taken ? 1 : opened ? 0.5 : 0});
    }

    const qint64 callMs = call.answeredAt.isValid() && call.hungUpAt.isValid() ? call.answeredAt.msecsTo(call.hungUpAt) : 0;
    const double charsPerMinute = callMs > 0 ? call.charactersDuringCall * 60000.0 / double(callMs) : 0;
    {
        const double target = weights.targetCharsPerMinute;
        const double earned = target > 0 ? std::clamp(charsPerMinute / target, 0.0, 1.0) : 1;
        parts.append(Part{{QStringLiteral("speed"), tr("录入速度"), tr("%1 字/分").arg(percentText(target)),
                           tr("%1 字/分").arg(percentText(charsPerMinute)), 0, 0,
                           earned < 1 ? tr("按速度比例得分") : QString()},
                          weights.speed, earned});
    }

    double secondsToSubmit = -1;
    {
        double earned = 0;
        QString given = notFiled;
        if (wasFiled) {
            // Filed before the call ended counts as at once.
            const qint64 ms = call.hungUpAt.isValid() ? std::max<qint64>(0, call.hungUpAt.msecsTo(call.submittedAt)) : 0;
            secondsToSubmit = ms / 1000.0;
            const double full = weights.fullSubmitSeconds;
            const double zero = std::max(weights.zeroSubmitSeconds, full);
            earned = secondsToSubmit <= full ? 1 : secondsToSubmit >= zero ? 0 : (zero - secondsToSubmit) / (zero - full);
            given = tr("%1 秒").arg(QString::number(secondsToSubmit, 'f', 1));
        }
        parts.append(Part{{QStringLiteral("submit"), tr("挂机到提交"), tr("%1 秒内").arg(percentText(weights.fullSubmitSeconds)),
                           given, 0, 0, wasFiled && earned < 1 ? tr("超过 %1 秒，按时间递减").arg(percentText(weights.fullSubmitSeconds)) : QString()},
                          weights.submit, earned});
    }

    // The parts that apply share the 100 points in proportion to their weights.
    double applicable = 0;
    for (const Part &part : parts)
        applicable += part.weight;
    const double scale = applicable > 0 ? 100.0 / applicable : 0;
    CallScore score;
    double fieldPoints = 0;
    double fieldMax = 0;
    for (qsizetype i = 0; i < parts.size(); ++i) {
        Part &part = parts[i];
        part.line.maxPoints = part.weight * scale;
        part.line.points = part.earned * part.line.maxPoints;
        score.total += part.line.points;
        if (i < fieldParts) {
            fieldPoints += part.line.points;
            fieldMax += part.line.maxPoints;
        }
        score.lines.append(part.line);
    }
    score.total = std::clamp(score.total, 0.0, 100.0);
    score.fieldAccuracy = wasFiled && fieldMax > 0 ? fieldPoints / fieldMax : 0;
    score.factsCovered = expected.keyFacts.isEmpty() ? (wasFiled ? 1 : 0) : double(covered) / double(expected.keyFacts.size());
    score.charsPerMinute = charsPerMinute;
    score.secondsToSubmit = secondsToSubmit;
    score.articleFound = taken || opened;
    score.keystrokes = call.keystrokes;
    score.silenceSeconds = call.silenceMs / 1000.0;
    return score;
}

} // namespace hotline
