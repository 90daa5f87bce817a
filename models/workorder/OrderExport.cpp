// SPDX-License-Identifier: GPL-3.0-or-later
#include "OrderExport.h"

#include <QStringList>

namespace hotline {

namespace {
// TSV cells cannot hold tabs or line breaks.
QString cell(QString text)
{
    text.replace(u'\t', u' ');
    text.replace(u'\n', u' ');
    text.remove(u'\r');
    return text;
}

QString iso(const QDateTime &at)
{
    return at.toUTC().toString(Qt::ISODate);
}
} // namespace

QString OrderExport::listTsv(const QVector<WorkOrderSummary> &orders)
{
    QString out = QStringLiteral("number\tcreated_at\tstatus\tphone\tcaller\ttitle\n");
    for (const WorkOrderSummary &o : orders)
        out += QStringList{o.number, iso(o.createdAt), toCode(o.status), o.phone, cell(o.callerName), cell(o.title)}
                   .join(u'\t')
             + u'\n';
    return out;
}

QJsonArray OrderExport::listJson(const QVector<WorkOrderSummary> &orders)
{
    QJsonArray array;
    for (const WorkOrderSummary &o : orders)
        array.append(QJsonObject{{QStringLiteral("number"), o.number},
                                 {QStringLiteral("createdAt"), iso(o.createdAt)},
                                 {QStringLiteral("status"), toCode(o.status)},
                                 {QStringLiteral("phone"), o.phone},
                                 {QStringLiteral("caller"), o.callerName},
                                 {QStringLiteral("title"), o.title}});
    return array;
}

QString OrderExport::detailTsv(const WorkOrderState &state, const QVector<WorkOrderEvent> &events)
{
    const WorkOrderDraft &d = state.draft;
    const QList<std::pair<const char *, QString>> fields = {
        {"number", state.number},
        {"status", toCode(state.status)},
        {"created_at", iso(state.createdAt)},
        {"updated_at", iso(state.updatedAt)},
        {"created_by", state.createdBy},
        {"caller", d.callerName},
        {"phone", d.phone},
        {"gender", toCode(d.gender)},
        {"callback_number", d.callbackNumber},
        {"wants_reply", d.wantsReply ? QStringLiteral("yes") : QStringLiteral("no")},
        {"confidential", d.confidential ? QStringLiteral("yes") : QStringLiteral("no")},
        {"appeal_type", toCode(d.appealType)},
        {"classification", d.classification.path()},
        {"district", d.address.districtName},
        {"district_code", d.address.districtCode},
        {"street", d.address.streetName},
        {"street_code", d.address.streetCode},
        {"community", d.address.communityName},
        {"community_code", d.address.communityCode},
        {"address_detail", d.address.detail},
        {"involved_unit", d.involvedUnit},
        {"urgency", toCode(d.urgency)},
        {"repeat_of", d.repeatOf},
        {"repeat_calls", QString::number(state.repeatCalls)},
        {"title", d.title},
        {"description", d.description},
        {"reply", state.reply},
        {"kb_article", d.kbArticleId > 0 ? QStringLiteral("%1 v%2").arg(d.kbArticleId).arg(d.kbVersion) : QString()},
    };
    QString out;
    for (const auto &[name, value] : fields)
        out += QString::fromLatin1(name) + u'\t' + cell(value) + u'\n';
    for (const WorkOrderEvent &event : events)
        out += QStringLiteral("event\t") + iso(event.at) + u'\t' + toCode(event.type) + u'\t' + cell(event.actor) + u'\n';
    return out;
}

QJsonObject OrderExport::detailJson(const WorkOrderState &state, const QVector<WorkOrderEvent> &events)
{
    QJsonObject json = state.toJson();
    QJsonArray history;
    for (const WorkOrderEvent &event : events)
        history.append(event.toJson());
    json.insert(QStringLiteral("events"), history);
    return json;
}

} // namespace hotline
