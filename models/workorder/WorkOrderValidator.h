// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "WorkOrder.h"

#include <QList>

namespace hotline {

enum class FormField {
    CallerName, Phone, Gender, CallbackNumber, WantsReply, Confidential, AppealType,
    Classification, Address, AddressDetail, InvolvedUnit, Urgency, Title, Description, RepeatCall, Reply,
};

struct FieldError {
    FormField field;
    QString message;
};

// The rules a work order must meet before it is stored; the form shows each message next
// to its field.
class WorkOrderValidator {
public:
    static constexpr int maxTitleLength = 60;
    static constexpr int minDescriptionLength = 5;
    static constexpr int maxDescriptionLength = 4000;
    static constexpr int maxNameLength = 30;
    static constexpr int maxDetailLength = 120;
    static constexpr int maxReplyLength = 4000;

    static QList<FieldError> validate(const WorkOrderDraft &draft);
};

} // namespace hotline
