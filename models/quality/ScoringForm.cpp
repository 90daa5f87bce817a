// SPDX-License-Identifier: GPL-3.0-or-later
#include "quality/ScoringForm.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>

#include <cmath>

namespace hotline {

namespace {

// Weights are written with at most a couple of decimals; a sum within this of 100 is 100.
constexpr double tolerance = 1e-6;

QString number(double value)
{
    return QString::number(value, 'g', 10);
}

// The first field of `object` not in `known`: a misspelt "wieght" must not silently drop the
// weight.
QString unknownField(const QJsonObject &object, std::initializer_list<const char *> known)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        bool found = false;
        for (const char *name : known)
            found = found || it.key() == QLatin1String(name);
        if (!found)
            return it.key();
    }
    return {};
}

std::optional<CommentRule> commentRule(const QJsonValue &value)
{
    if (value.isUndefined() || value.toString() == QLatin1String("never"))
        return CommentRule::Never;
    if (value.toString() == QLatin1String("below_full"))
        return CommentRule::BelowFull;
    if (value.toString() == QLatin1String("always"))
        return CommentRule::Always;
    return std::nullopt;
}

} // namespace

QString toCode(CommentRule rule)
{
    switch (rule) {
    case CommentRule::Never: return QStringLiteral("never");
    case CommentRule::BelowFull: return QStringLiteral("below_full");
    case CommentRule::Always: return QStringLiteral("always");
    }
    return {};
}

bool ScoringQuestion::isFatal() const
{
    for (const ScoringAnswer &answer : answers)
        if (answer.fatal)
            return true;
    return false;
}

bool ScoringQuestion::needsComment(std::optional<int> index) const
{
    switch (comment) {
    case CommentRule::Never: return false;
    case CommentRule::Always: return true;
    case CommentRule::BelowFull:
        return index && *index >= 0 && *index < answers.size() && answers.at(*index).sharePercent < 100 - tolerance;
    }
    return false;
}

Result<ScoringForm> ScoringForm::parse(const QByteArray &json)
{
    QJsonParseError problem;
    const QJsonDocument document = QJsonDocument::fromJson(json, &problem);
    if (problem.error != QJsonParseError::NoError)
        return Error{tr("评分表不是有效的 JSON（第 %1 个字符处：%2）").arg(problem.offset).arg(problem.errorString())};
    if (!document.isObject())
        return Error{tr("评分表应是一个 JSON 对象")};
    return fromJson(document.object());
}

Result<ScoringForm> ScoringForm::fromJson(const QJsonObject &definition)
{
    if (const QString field = unknownField(definition, {"key", "name", "version", "groups"}); !field.isEmpty())
        return Error{tr("评分表有不认识的字段“%1”（可用：key、name、version、groups）").arg(field)};
    ScoringForm form;
    form.m_key = definition.value(QLatin1String("key")).toString().trimmed();
    form.m_name = definition.value(QLatin1String("name")).toString().trimmed();
    const QJsonValue version = definition.value(QLatin1String("version"));
    static const QRegularExpression keyForm(QStringLiteral("^[a-z0-9][a-z0-9_-]{0,63}$"));
    if (!keyForm.match(form.m_key).hasMatch())
        return Error{tr("评分表的 key 应为 1 到 64 个小写字母、数字、- 或 _（现为“%1”）").arg(form.m_key.left(80))};
    if (form.m_name.isEmpty() || form.m_name.size() > 200)
        return Error{tr("评分表需要名称（name，不超过 200 字）")};
    if (!version.isDouble() || version.toDouble() != std::floor(version.toDouble()) || version.toDouble() < 1 || version.toDouble() > 1e6)
        return Error{tr("评分表的版本（version）应为正整数")};
    form.m_version = version.toInt();
    const QJsonArray groups = definition.value(QLatin1String("groups")).toArray();
    if (groups.isEmpty())
        return Error{tr("评分表没有题组（groups）")};

    QSet<QString> ids;
    double sum = 0;
    for (qsizetype g = 0; g < groups.size(); ++g) {
        const QJsonObject groupObject = groups.at(g).toObject();
        const QString where = tr("第 %1 组").arg(g + 1);
        if (const QString field = unknownField(groupObject, {"name", "questions"}); !field.isEmpty())
            return Error{tr("%1：不认识的字段“%2”（可用：name、questions）").arg(where, field)};
        ScoringGroup group;
        group.name = groupObject.value(QLatin1String("name")).toString().trimmed();
        if (group.name.isEmpty())
            return Error{tr("%1：题组需要名称").arg(where)};
        const QJsonArray questions = groupObject.value(QLatin1String("questions")).toArray();
        if (questions.isEmpty())
            return Error{tr("%1（%2）：题组是空的，至少要有一道题").arg(where, group.name)};
        for (qsizetype q = 0; q < questions.size(); ++q) {
            const QJsonObject object = questions.at(q).toObject();
            ScoringQuestion question;
            question.id = object.value(QLatin1String("id")).toString().trimmed();
            const QString at = tr("第 %1 组第 %2 题（%3）").arg(g + 1).arg(q + 1).arg(question.id);
            if (const QString field = unknownField(object, {"id", "text", "weight", "answers", "na", "comment"}); !field.isEmpty())
                return Error{tr("%1：不认识的字段“%2”（可用：id、text、weight、answers、na、comment）").arg(at, field)};
            if (question.id.isEmpty() || question.id.size() > 64)
                return Error{tr("%1：题目需要 id（不超过 64 字）").arg(at)};
            if (ids.contains(question.id))
                return Error{tr("%1：题目 id“%2”重复了，每道题的 id 必须不同").arg(at, question.id)};
            ids.insert(question.id);
            question.text = object.value(QLatin1String("text")).toString().trimmed();
            if (question.text.isEmpty())
                return Error{tr("%1：题目需要文字（text）").arg(at)};
            const QJsonValue weight = object.value(QLatin1String("weight"));
            if (!weight.isDouble() || !(weight.toDouble() > 0) || weight.toDouble() > total)
                return Error{tr("%1：分值（weight）应为大于 0、不超过 %2 的数").arg(at, number(total))};
            question.weight = weight.toDouble();
            sum += question.weight;
            const QJsonValue na = object.value(QLatin1String("na"));
            if (!na.isUndefined() && !na.isBool())
                return Error{tr("%1：na 应为 true 或 false").arg(at)};
            question.allowNa = na.toBool();
            const std::optional<CommentRule> rule = commentRule(object.value(QLatin1String("comment")));
            if (!rule)
                return Error{tr("%1：comment 应为 never、below_full 或 always").arg(at)};
            question.comment = *rule;
            const QJsonArray answers = object.value(QLatin1String("answers")).toArray();
            if (answers.size() < 2 || answers.size() > 9)
                return Error{tr("%1：应有 2 到 9 个答案（数字键 1–9 选答案）").arg(at)};
            bool full = false;
            for (qsizetype a = 0; a < answers.size(); ++a) {
                const QJsonObject answerObject = answers.at(a).toObject();
                const QString answerAt = tr("%1第 %2 个答案").arg(at).arg(a + 1);
                if (const QString field = unknownField(answerObject, {"label", "share", "fatal"}); !field.isEmpty())
                    return Error{tr("%1：不认识的字段“%2”（可用：label、share、fatal）").arg(answerAt, field)};
                ScoringAnswer answer;
                answer.label = answerObject.value(QLatin1String("label")).toString().trimmed();
                if (answer.label.isEmpty())
                    return Error{tr("%1：答案需要文字（label）").arg(answerAt)};
                const QJsonValue share = answerObject.value(QLatin1String("share"));
                if (!share.isDouble())
                    return Error{tr("%1（%2）：答案没有得分比例（share，0 到 100）").arg(answerAt, answer.label)};
                if (share.toDouble() < 0 || share.toDouble() > 100)
                    return Error{tr("%1（%2）：得分比例 %3 不在 0 到 100 之间").arg(answerAt, answer.label, number(share.toDouble()))};
                answer.sharePercent = share.toDouble();
                full = full || answer.sharePercent >= 100 - tolerance;
                const QJsonValue fatal = answerObject.value(QLatin1String("fatal"));
                if (!fatal.isUndefined() && !fatal.isBool())
                    return Error{tr("%1：fatal 应为 true 或 false").arg(answerAt)};
                answer.fatal = fatal.toBool();
                if (answer.fatal && answer.sharePercent > 0)
                    return Error{tr("%1（%2）：致命答案使整张评分为 0，它自己的得分比例也应为 0").arg(answerAt, answer.label)};
                question.answers.append(answer);
            }
            if (!full)
                return Error{tr("%1：没有得满分（share 100）的答案").arg(at)};
            group.questions.append(question);
        }
        form.m_groups.append(group);
    }
    if (std::abs(sum - total) > tolerance)
        return Error{tr("各题分值之和为 %1，应为 %2：请调整分值").arg(number(sum), number(total))};
    return form;
}

QJsonObject ScoringForm::toJson() const
{
    QJsonArray groups;
    for (const ScoringGroup &group : m_groups) {
        QJsonArray questions;
        for (const ScoringQuestion &question : group.questions) {
            QJsonArray answers;
            for (const ScoringAnswer &answer : question.answers) {
                QJsonObject object{{QStringLiteral("label"), answer.label}, {QStringLiteral("share"), answer.sharePercent}};
                if (answer.fatal)
                    object.insert(QStringLiteral("fatal"), true);
                answers.append(object);
            }
            QJsonObject object{{QStringLiteral("id"), question.id}, {QStringLiteral("text"), question.text},
                               {QStringLiteral("weight"), question.weight}, {QStringLiteral("answers"), answers}};
            if (question.allowNa)
                object.insert(QStringLiteral("na"), true);
            if (question.comment != CommentRule::Never)
                object.insert(QStringLiteral("comment"), toCode(question.comment));
            questions.append(object);
        }
        groups.append(QJsonObject{{QStringLiteral("name"), group.name}, {QStringLiteral("questions"), questions}});
    }
    return {{QStringLiteral("key"), m_key}, {QStringLiteral("name"), m_name}, {QStringLiteral("version"), m_version},
            {QStringLiteral("groups"), groups}};
}

QVector<const ScoringQuestion *> ScoringForm::questions() const
{
    QVector<const ScoringQuestion *> all;
    for (const ScoringGroup &group : m_groups)
        for (const ScoringQuestion &question : group.questions)
            all.append(&question);
    return all;
}

const ScoringQuestion *ScoringForm::question(const QString &id) const
{
    for (const ScoringGroup &group : m_groups)
        for (const ScoringQuestion &question : group.questions)
            if (question.id == id)
                return &question;
    return nullptr;
}

} // namespace hotline
