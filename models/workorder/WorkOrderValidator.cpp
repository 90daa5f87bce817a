// SPDX-License-Identifier: GPL-3.0-or-later
#include "WorkOrderValidator.h"

#include "PhoneNumber.h"

#include <QCoreApplication>

namespace hotline {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("hotline::WorkOrderValidator", text);
}
} // namespace

QList<FieldError> WorkOrderValidator::validate(const WorkOrderDraft &draft)
{
    QList<FieldError> errors;
    const auto fail = [&errors](FormField field, const QString &message) { errors.append({field, message}); };

    if (draft.callerName.trimmed().size() > maxNameLength)
        fail(FormField::CallerName, tr("姓名最多 %1 个字").arg(maxNameLength));
    if (draft.phone.trimmed().isEmpty())
        fail(FormField::Phone, tr("请填写来电号码"));
    else if (!PhoneNumber::isValid(draft.phone))
        fail(FormField::Phone, tr("号码格式不对：手机 11 位，座机带区号如 010-66012345"));
    if (!draft.callbackNumber.trimmed().isEmpty() && !PhoneNumber::isValid(draft.callbackNumber))
        fail(FormField::CallbackNumber, tr("回访号码格式不对"));
    if (draft.classification.isEmpty())
        fail(FormField::Classification, tr("请选择事项分类"));
    // Consultations are answered on the call; everything else is dispatched by place.
    if (draft.appealType != AppealType::Consultation && !draft.address.hasDistrict())
        fail(FormField::Address, tr("请选择发生地点（至少到区）"));
    if (draft.address.detail.size() > maxDetailLength)
        fail(FormField::AddressDetail, tr("详细地址最多 %1 个字").arg(maxDetailLength));
    const QString title = draft.title.trimmed();
    if (title.isEmpty())
        fail(FormField::Title, tr("请填写标题"));
    else if (title.size() > maxTitleLength)
        fail(FormField::Title, tr("标题最多 %1 个字").arg(maxTitleLength));
    const qsizetype length = draft.description.trimmed().size();
    if (length < minDescriptionLength)
        fail(FormField::Description, tr("诉求内容至少 %1 个字").arg(minDescriptionLength));
    else if (length > maxDescriptionLength)
        fail(FormField::Description, tr("诉求内容最多 %1 个字").arg(maxDescriptionLength));
    if (draft.reply.size() > maxReplyLength)
        fail(FormField::Reply, tr("答复内容最多 %1 个字").arg(maxReplyLength));
    return errors;
}

} // namespace hotline
