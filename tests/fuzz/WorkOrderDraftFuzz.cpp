// SPDX-License-Identifier: GPL-3.0-or-later
// A work-order draft as JSON (what a Created event carries) through WorkOrderDraft::fromJson
// and the validator. The desk validates the draft it holds; the centre validates the same
// draft read from the wire: the two must be the same draft and get the same verdict. The form
// shows one message per field; a draft without errors is one the lifecycle takes as it is.
#include "FuzzSupport.h"

#include "workorder/Lifecycle.h"
#include "workorder/PhoneNumber.h"
#include "workorder/WorkOrderValidator.h"

#include <QJsonDocument>
#include <QSet>

using namespace hotline;

namespace {

QString fieldsOf(const QList<FieldError> &errors)
{
    QString text;
    for (const FieldError &e : errors)
        text += QString::number(int(e.field)) + u' ';
    return text;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QJsonDocument document = QJsonDocument::fromJson(fuzz::bytes(data, size));
    if (!document.isObject())
        return 0;
    const WorkOrderDraft draft = WorkOrderDraft::fromJson(document.object());
    const QList<FieldError> errors = WorkOrderValidator::validate(draft);
    QSet<int> fields;
    for (const FieldError &error : errors) {
        FUZZ_CHECK(!error.message.isEmpty(), QStringLiteral("an error without a message"));
        FUZZ_CHECK(!fields.contains(int(error.field)), QStringLiteral("two messages for field %1").arg(int(error.field)));
        fields.insert(int(error.field));
    }

    const QByteArray wire = QJsonDocument(draft.toJson()).toJson(QJsonDocument::Compact);
    const WorkOrderDraft received = WorkOrderDraft::fromJson(QJsonDocument::fromJson(wire).object());
    FUZZ_CHECK(received == draft, QStringLiteral("the draft changed on the wire: ") + QString::fromUtf8(wire));
    const QList<FieldError> again = WorkOrderValidator::validate(received);
    FUZZ_CHECK(fieldsOf(again) == fieldsOf(errors), QStringLiteral("desk: ") + fieldsOf(errors) + QStringLiteral("centre: ") + fieldsOf(again));

    if (!errors.isEmpty())
        return 0;
    FUZZ_CHECK(PhoneNumber::isValid(draft.phone), draft.phone);
    FUZZ_CHECK(!draft.title.trimmed().isEmpty() && !draft.classification.isEmpty(), QStringLiteral("a draft without title or item passed"));
    const WorkOrderEvent created{QUuid::createUuidV5(QUuid(), wire), QStringLiteral("261203-01-0001"), EventType::Created,
                                 QDateTime(QDate(2026, 12, 3), QTime(9, 0), Qt::UTC), QStringLiteral("op1"), draft.toJson()};
    const Result<WorkOrderState> state = Lifecycle::apply(std::nullopt, created);
    FUZZ_CHECK(state.ok() && state.value().draft == draft && state.value().status == OrderStatus::Open,
               QStringLiteral("a valid draft is not the order the lifecycle makes"));
    return 0;
}
