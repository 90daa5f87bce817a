// SPDX-License-Identifier: GPL-3.0-or-later
#include "KbArticle.h"

#include <QCoreApplication>

namespace hotline {

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
