// SPDX-License-Identifier: GPL-3.0-or-later
#include "quality/Calibration.h"

#include <QJsonArray>

#include <cmath>

namespace hotline {

namespace {
// Points a reviewer gave a question; nothing for N/A or unanswered.
std::optional<double> pointsOf(const ScoringQuestion &question, const GivenAnswers &answers)
{
    const std::optional<int> index = answers.value(question.id).answer;
    if (!answers.contains(question.id) || !index || *index < 0 || *index >= question.answers.size())
        return std::nullopt;
    return question.weight * question.answers.at(*index).sharePercent / 100;
}

bool sameAnswer(const ScoringQuestion &question, const GivenAnswers &a, const GivenAnswers &b)
{
    return a.contains(question.id) && b.contains(question.id) && a.value(question.id).answer == b.value(question.id).answer;
}
} // namespace

Result<CalibrationSpread> Calibration::spread(const ScoringForm &form, const QString &reference, const QVector<CalibrationEntry> &entries)
{
    const CalibrationEntry *ref = nullptr;
    QVector<const CalibrationEntry *> others;
    for (const CalibrationEntry &entry : entries) {
        if (entry.reviewer == reference && !ref)
            ref = &entry;
        else
            others.append(&entry);
    }
    if (!ref)
        return Error{tr("参考质检员 %1 没有给这条录音评分").arg(reference)};
    if (others.isEmpty())
        return Error{tr("只有参考质检员 %1 评了分：校准至少要两位质检员").arg(reference)};

    CalibrationSpread result;
    result.reference = reference;
    result.referenceScore = Scoring::score(form, ref->answers).score;
    for (const ScoringQuestion *question : form.questions()) {
        QuestionSpread spread{question->id, question->text, question->weight, int(others.size()), 0, 0};
        const std::optional<double> refPoints = pointsOf(*question, ref->answers);
        int agreed = 0;
        int pointPairs = 0;
        double sum = 0;
        for (const CalibrationEntry *other : others) {
            agreed += sameAnswer(*question, ref->answers, other->answers) ? 1 : 0;
            const std::optional<double> points = pointsOf(*question, other->answers);
            if (refPoints && points) {
                sum += std::abs(*points - *refPoints);
                ++pointPairs;
            }
        }
        spread.meanAbsPoints = pointPairs ? sum / pointPairs : 0;
        spread.agreementRate = double(agreed) / others.size();
        result.questions.append(spread);
    }
    const int questionCount = int(form.questions().size());
    for (const CalibrationEntry *other : others) {
        const Score score = Scoring::score(form, other->answers);
        int agreed = 0;
        for (const ScoringQuestion *question : form.questions())
            agreed += sameAnswer(*question, ref->answers, other->answers) ? 1 : 0;
        result.reviewers.append(ReviewerSpread{other->reviewer, score.score, score.fatal, score.score - result.referenceScore,
                                               questionCount ? double(agreed) / questionCount : 0});
    }
    return result;
}

QJsonObject CalibrationSpread::toJson() const
{
    QJsonArray questionRows;
    for (const QuestionSpread &q : questions)
        questionRows.append(QJsonObject{{QStringLiteral("question"), q.questionId}, {QStringLiteral("text"), q.text},
                                        {QStringLiteral("weight"), q.weight}, {QStringLiteral("compared"), q.compared},
                                        {QStringLiteral("meanAbsPoints"), q.meanAbsPoints}, {QStringLiteral("agreementRate"), q.agreementRate}});
    QJsonArray reviewerRows;
    for (const ReviewerSpread &r : reviewers)
        reviewerRows.append(QJsonObject{{QStringLiteral("reviewer"), r.reviewer}, {QStringLiteral("score"), r.score},
                                        {QStringLiteral("fatal"), r.fatal}, {QStringLiteral("difference"), r.difference},
                                        {QStringLiteral("agreementRate"), r.agreementRate}});
    return {{QStringLiteral("reference"), reference}, {QStringLiteral("referenceScore"), referenceScore},
            {QStringLiteral("questions"), questionRows}, {QStringLiteral("reviewers"), reviewerRows}};
}

} // namespace hotline
