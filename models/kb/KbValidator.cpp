// SPDX-License-Identifier: GPL-3.0-or-later
#include "KbValidator.h"

#include <QCoreApplication>

namespace hotline {

QStringList KbValidator::validate(const KbDraft &draft)
{
    const auto tr = [](const char *text) { return QCoreApplication::translate("hotline::KbValidator", text); };
    QStringList errors;
    if (draft.title.trimmed().isEmpty())
        errors << tr("标题不能为空");
    else if (draft.title.size() > maxTitle)
        errors << tr("标题最多 %1 个字，现有 %2 个字").arg(maxTitle).arg(draft.title.size());
    if (draft.answer.trimmed().isEmpty())
        errors << tr("答案不能为空");
    else if (draft.answer.size() > maxAnswer)
        errors << tr("答案最多 %1 个字，现有 %2 个字").arg(maxAnswer).arg(draft.answer.size());
    if (draft.questions.size() > maxQuestions)
        errors << tr("问法最多 %1 条").arg(maxQuestions);
    for (const QString &question : draft.questions)
        if (question.size() > maxQuestion) {
            errors << tr("每条问法最多 %1 个字").arg(maxQuestion);
            break;
        }
    if (draft.keywords.size() > maxKeywords)
        errors << tr("关键词最多 %1 个").arg(maxKeywords);
    for (const QString &keyword : draft.keywords)
        if (keyword.size() > maxKeyword) {
            errors << tr("每个关键词最多 %1 个字").arg(maxKeyword);
            break;
        }
    if (draft.classification.size() > maxField || draft.unit.size() > maxField || draft.region.size() > maxField)
        errors << tr("分类、责任单位和地区各最多 %1 个字").arg(maxField);
    if (draft.validFrom.isValid() && draft.validUntil.isValid() && draft.validUntil < draft.validFrom)
        errors << tr("有效期的结束日期（%1）早于开始日期（%2）")
                      .arg(draft.validUntil.toString(Qt::ISODate), draft.validFrom.toString(Qt::ISODate));
    return errors;
}

Result<QDate> KbValidator::parseDate(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return QDate();
    const QDate date = QDate::fromString(trimmed, Qt::ISODate);
    if (!date.isValid())
        return Error{QCoreApplication::translate("hotline::KbValidator", "日期“%1”无效，应写作 2026-11-15").arg(trimmed)};
    return date;
}

} // namespace hotline
