// SPDX-License-Identifier: GPL-3.0-or-later
#include "quality/Scoring.h"

#include <QJsonObject>

namespace hotline {

Score Scoring::score(const ScoringForm &form, const GivenAnswers &answers)
{
    Score result;
    for (const ScoringQuestion *question : form.questions()) {
        ++result.questions;
        const auto given = answers.constFind(question->id);
        if (given == answers.cend())
            continue;
        ++result.answered;
        const std::optional<int> index = given->answer;
        if (!index || *index < 0 || *index >= question->answers.size())
            continue;
        const ScoringAnswer &answer = question->answers.at(*index);
        result.possible += question->weight;
        result.earned += question->weight * answer.sharePercent / 100;
        if (answer.fatal) {
            result.fatal = true;
            result.fatalQuestions.append(question->id);
        }
    }
    result.score = result.fatal || result.possible <= 0 ? 0 : result.earned / result.possible * ScoringForm::total;
    return result;
}

std::optional<ScoringProblem> Scoring::problem(const ScoringForm &form, const GivenAnswers &answers)
{
    for (auto it = answers.cbegin(); it != answers.cend(); ++it)
        if (!form.question(it.key()))
            return ScoringProblem{it.key(), tr("评分表“%1”第 %2 版没有题目“%3”").arg(form.name()).arg(form.version()).arg(it.key())};
    bool anyCounts = false;
    for (const ScoringQuestion *question : form.questions()) {
        const auto given = answers.constFind(question->id);
        if (given == answers.cend())
            return ScoringProblem{question->id, tr("“%1”还没有回答").arg(question->text)};
        if (!given->answer && !question->allowNa)
            return ScoringProblem{question->id, tr("“%1”不能选“不适用”").arg(question->text)};
        if (given->answer && (*given->answer < 0 || *given->answer >= question->answers.size()))
            return ScoringProblem{question->id, tr("“%1”没有第 %2 个答案").arg(question->text).arg(*given->answer + 1)};
        if (question->needsComment(given->answer) && given->comment.trimmed().isEmpty())
            return ScoringProblem{question->id, tr("“%1”选了“%2”，需要写评语").arg(question->text, question->answers.at(*given->answer).label)};
        if (given->comment.size() > 2000)
            return ScoringProblem{question->id, tr("“%1”的评语超过 2000 字").arg(question->text)};
        anyCounts = anyCounts || given->answer.has_value();
    }
    if (!anyCounts)
        return ScoringProblem{form.questions().value(0)->id, tr("所有题都是“不适用”，无法评分")};
    return std::nullopt;
}

Result<Score> Scoring::evaluate(const ScoringForm &form, const GivenAnswers &answers)
{
    if (const std::optional<ScoringProblem> found = problem(form, answers))
        return Error{found->message};
    return score(form, answers);
}

QJsonArray Scoring::toJson(const GivenAnswers &answers, const ScoringForm *order)
{
    QStringList ids;
    if (order) {
        for (const ScoringQuestion *question : order->questions())
            if (answers.contains(question->id))
                ids.append(question->id);
    } else {
        ids = answers.keys();
        ids.sort();
    }
    QJsonArray array;
    for (const QString &id : ids) {
        const GivenAnswer &given = answers.value(id);
        QJsonObject object{{QStringLiteral("question"), id},
                           {QStringLiteral("answer"), given.answer ? QJsonValue(*given.answer) : QJsonValue(QJsonValue::Null)}};
        if (!given.comment.isEmpty())
            object.insert(QStringLiteral("comment"), given.comment);
        array.append(object);
    }
    return array;
}

Result<GivenAnswers> Scoring::fromJson(const QJsonArray &array)
{
    GivenAnswers answers;
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonObject object = array.at(i).toObject();
        const QString id = object.value(QLatin1String("question")).toString();
        const QJsonValue answer = object.value(QLatin1String("answer"));
        const QJsonValue comment = object.value(QLatin1String("comment"));
        if (id.isEmpty())
            return Error{tr("第 %1 个回答没有题目 id（question）").arg(i + 1)};
        if (answers.contains(id))
            return Error{tr("题目“%1”回答了两次").arg(id)};
        if (!answer.isNull() && !(answer.isDouble() && answer.toDouble() == double(answer.toInt())))
            return Error{tr("题目“%1”的 answer 应为答案序号（从 0 起）或 null（不适用）").arg(id)};
        if (!comment.isUndefined() && !comment.isString())
            return Error{tr("题目“%1”的 comment 应为文字").arg(id)};
        answers.insert(id, GivenAnswer{answer.isNull() ? std::nullopt : std::optional<int>(answer.toInt()), comment.toString()});
    }
    return answers;
}

} // namespace hotline
