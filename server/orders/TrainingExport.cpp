// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/orders/TrainingExport.h"

#include "server/database/CentralDatabase.h"
#include "workorder/WorkOrder.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTimeZone>

namespace hotline {

namespace {
QString csvField(QString text)
{
    text.replace(u'"', QStringLiteral("\"\""));
    return u'"' + text + u'"';
}

// Mobile numbers and landlines with an area code, as a caller says them into the description.
QString withoutNumbers(QString text)
{
    static const QRegularExpression numbers(QStringLiteral("(?<!\\d)(1[3-9]\\d{9}|0\\d{2,3}-?\\d{7,8}|\\d{7,8})(?!\\d)"));
    return text.replace(numbers, QStringLiteral("[号码]"));
}
} // namespace

Result<QByteArray> trainingCsv(const CentralDatabase &db, QDate from, QDate to, int *rows)
{
    const QTimeZone beijing(QByteArrayLiteral("Asia/Shanghai"));
    const auto bound = [&](QDate day) { return QDateTime(day, QTime(0, 0), beijing).toUTC().toString(Qt::ISODateWithMs); };
    const PreparedQuery query = db.prepared(QStringLiteral(
        "SELECT state_json FROM work_orders WHERE created_at >= ? AND created_at < ? AND confidential = 0 ORDER BY created_at"));
    query->addBindValue(bound(from));
    query->addBindValue(bound(to.addDays(1)));
    if (!query->exec())
        return Error{QStringLiteral("the database did not answer")};
    QByteArray csv = "text,label\n";
    *rows = 0;
    while (query->next()) {
        const WorkOrderDraft draft = WorkOrderDraft::fromJson(QJsonDocument::fromJson(query->value(0).toString().toUtf8()).object());
        const QString text = withoutNumbers(draft.description.simplified());
        if (draft.classification.level3.isEmpty() || text.isEmpty())
            continue;
        csv += (csvField(text) + u',' + csvField(draft.classification.path()) + u'\n').toUtf8();
        ++*rows;
    }
    return csv;
}

} // namespace hotline
