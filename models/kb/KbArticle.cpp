// SPDX-License-Identifier: GPL-3.0-or-later
#include "KbArticle.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace hotline {

QJsonObject KbDraft::toJson() const
{
    const auto date = [](const QDate &d) { return d.isValid() ? d.toString(Qt::ISODate) : QString(); };
    return {{QStringLiteral("title"), title},
            {QStringLiteral("questions"), QJsonArray::fromStringList(questions)},
            {QStringLiteral("answer"), answer},
            {QStringLiteral("keywords"), QJsonArray::fromStringList(keywords)},
            {QStringLiteral("classification"), classification},
            {QStringLiteral("unit"), unit},
            {QStringLiteral("region"), region},
            {QStringLiteral("validFrom"), date(validFrom)},
            {QStringLiteral("validUntil"), date(validUntil)}};
}

KbDraft KbDraft::fromJson(const QJsonObject &json)
{
    const auto list = [&json](const char *key) {
        QStringList items;
        for (const QJsonValue &v : json.value(QLatin1String(key)).toArray())
            items.append(v.toString());
        return items;
    };
    const auto text = [&json](const char *key) { return json.value(QLatin1String(key)).toString(); };
    KbDraft draft;
    draft.title = text("title");
    draft.questions = list("questions");
    draft.answer = text("answer");
    draft.keywords = list("keywords");
    draft.classification = text("classification");
    draft.unit = text("unit");
    draft.region = text("region");
    draft.validFrom = QDate::fromString(text("validFrom"), Qt::ISODate);
    draft.validUntil = QDate::fromString(text("validUntil"), Qt::ISODate);
    return draft;
}

QString toCode(KbStatus status)
{
    switch (status) {
    case KbStatus::Draft: return QStringLiteral("draft");
    case KbStatus::Published: return QStringLiteral("published");
    case KbStatus::Withdrawn: return QStringLiteral("withdrawn");
    }
    return {};
}

std::optional<KbStatus> kbStatusFromCode(const QString &code)
{
    for (KbStatus status : {KbStatus::Draft, KbStatus::Published, KbStatus::Withdrawn})
        if (toCode(status) == code)
            return status;
    return std::nullopt;
}

QString displayName(KbStatus status)
{
    switch (status) {
    case KbStatus::Draft: return QCoreApplication::translate("hotline", "草稿");
    case KbStatus::Published: return QCoreApplication::translate("hotline", "已发布");
    case KbStatus::Withdrawn: return QCoreApplication::translate("hotline", "已撤回");
    }
    return {};
}

bool KbArticle::isCurrentOn(const QDate &day) const
{
    const KbDraft &c = latest.content;
    return status == KbStatus::Published && (c.validFrom.isNull() || c.validFrom <= day)
        && (c.validUntil.isNull() || day <= c.validUntil);
}

} // namespace hotline
