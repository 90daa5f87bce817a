// SPDX-License-Identifier: GPL-3.0-or-later
// The Service Request Updates that FixMyStreet polls, on the real centre: a request filed over
// Open311 is dispatched, signed, replied to and closed by the hotline's own users through the
// sync API, and the updates list each change of state and the reply in time order, in JSON and
// XML, by period, with the request's own status and notes following — and never the caller's
// name or phone, nor an order that came in by phone.
#include "Open311Fixture.h"

#include "workorder/WorkOrder.h"
#include "workorder/WorkOrderEvent.h"

#include <QDomDocument>
#include <QJsonArray>
#include <QUuid>

using namespace hotline;
using namespace hotline::test;

namespace {

class Open311UpdatesTest : public Open311Fixture {
protected:
    void SetUp() override
    {
        start({{"disp1", "dispatcher"}, {"dept1", "department"}, {"op1", "operator"}});
        dispatcher = signInToken(central->url(), QStringLiteral("disp1"));
        department = signInToken(central->url(), QStringLiteral("dept1"));
        callTaker = signInToken(central->url(), QStringLiteral("op1"));
        ASSERT_FALSE(dispatcher.isEmpty());
        ASSERT_FALSE(department.isEmpty());
        ASSERT_FALSE(callTaker.isEmpty());
        number = file("lat=39.8826&long=116.3622&first_name=%E9%9B%B7&last_name=%E6%9D%8E&phone=13900001111&description=Street+lamp+out");
        ASSERT_FALSE(number.isEmpty());
    }
    // One event of `type` on `order` at `at`, pushed as a desk pushes it; whether it applied.
    bool push(const QString &token, EventType type, const QDateTime &at, QJsonObject payload = {}, const QString &order = {})
    {
        const WorkOrderEvent event = WorkOrderEvent::make(order.isEmpty() ? number : order, type, QStringLiteral("someone"), at, std::move(payload));
        const QJsonObject op{{QStringLiteral("opId"), QUuid::createUuid().toString(QUuid::WithoutBraces)},
                             {QStringLiteral("kind"), QStringLiteral("workorder.event")}, {QStringLiteral("payload"), event.toJson()}};
        const HttpAnswer answer = http(central->url(), "POST", QStringLiteral("/api/v1/sync/push"),
                                       QJsonDocument(QJsonObject{{QStringLiteral("ops"), QJsonArray{op}}}).toJson(), token);
        const QJsonObject result = answer.body.value(QLatin1String("results")).toArray().at(0).toObject();
        EXPECT_EQ(result.value(QLatin1String("status")).toString(), QStringLiteral("applied")) << QJsonDocument(result).toJson().constData();
        return result.value(QLatin1String("status")).toString() == QLatin1String("applied");
    }
    // Dispatched, urged (no update), signed, asked after (no update), replied (with the caller's name and phone in the
    // text, as units write), called back satisfied (which closes it): an hour apart, ending an
    // hour ago.
    void workTheRequest()
    {
        const QJsonObject unit{{QStringLiteral("unit"), departmentUnit(QStringLiteral("dept1"))}};
        ASSERT_TRUE(push(dispatcher, EventType::Dispatched, at(1), unit));
        ASSERT_TRUE(push(dispatcher, EventType::Urged, at(1).addSecs(1800), {{QStringLiteral("text"), QStringLiteral("请尽快")}}));
        ASSERT_TRUE(push(department, EventType::Signed, at(2)));
        EXPECT_EQ(request().value(QLatin1String("status")).toString(), QStringLiteral("open")) << "signed, not yet done";
        ASSERT_TRUE(push(callTaker, EventType::ProgressInquiry, at(2).addSecs(1800)));
        ASSERT_TRUE(push(department, EventType::Replied, at(3), {{QStringLiteral("text"), reply}}));
        ASSERT_TRUE(push(callTaker, EventType::CalledBack, at(4), {{QStringLiteral("result"), QStringLiteral("satisfied")}}));
    }
    // `hours` hours after the work began, five hours ago.
    QDateTime at(int hours) const { return began.addSecs(hours * 3600); }
    QJsonObject request() const
    {
        return QJsonDocument::fromJson(raw("GET", QStringLiteral("/open311/v2/requests/%1.json").arg(number)).body).array().first().toObject();
    }
    RawAnswer updates(const QString &format, const QByteArray &query) const
    {
        return raw("GET", QStringLiteral("/open311/v2/servicerequestupdates.%1?api_key=%2%3").arg(format, QString::fromLatin1(apiKey), QString::fromLatin1(query)));
    }
    QJsonArray updatesIn(const QByteArray &query) const
    {
        const RawAnswer answer = updates(QStringLiteral("json"), query);
        EXPECT_EQ(answer.status, 200) << query.constData() << ": " << answer.body.constData();
        return QJsonDocument::fromJson(answer.body).array();
    }
    // A date as FixMyStreet sends it: in the city's zone, percent-encoded.
    static QByteArray encoded(const QDateTime &at) { return at.toOffsetFromUtc(8 * 3600).toString(Qt::ISODate).toLatin1().toPercentEncoding(); }

    QString dispatcher;
    QString department;
    QString callTaker;
    QString number;
    // Whole seconds, as updated_datetime writes them.
    const QDateTime began = QDateTime::fromSecsSinceEpoch(QDateTime::currentSecsSinceEpoch() - 5 * 3600, Qt::UTC);
    const QString reply = QStringLiteral("路灯已修复。已电话联系李雷（13900001111）确认。");
};

} // namespace

TEST_P(Open311UpdatesTest, EachChangeOfStateAndTheReplyAreListedInTimeOrder)
{
    EXPECT_TRUE(updatesIn({}).isEmpty()) << "filing is not an update";
    workTheRequest();
    const QJsonArray listed = updatesIn({}); // the last 24 hours
    ASSERT_EQ(listed.size(), 4) << QJsonDocument(listed).toJson().constData();
    const QStringList statuses{QStringLiteral("open"), QStringLiteral("open"), QStringLiteral("closed"), QStringLiteral("closed")};
    QStringList ids;
    for (qsizetype i = 0; i < listed.size(); ++i) {
        const QJsonObject update = listed.at(i).toObject();
        EXPECT_EQ(update.value(QLatin1String("service_request_id")).toString(), number);
        EXPECT_EQ(update.value(QLatin1String("status")).toString(), statuses.at(i)) << i;
        EXPECT_EQ(QDateTime::fromString(update.value(QLatin1String("updated_datetime")).toString(), Qt::ISODate), at(int(i) + 1)) << i;
        EXPECT_TRUE(update.contains(QLatin1String("media_url")));
        EXPECT_FALSE(update.value(QLatin1String("description")).toString().isEmpty()) << i;
        ids.append(update.value(QLatin1String("update_id")).toString());
    }
    EXPECT_EQ(listed.at(0).toObject().value(QLatin1String("description")).toString(), displayName(EventType::Dispatched) + QStringLiteral("：")
                                                                                          + displayName(OrderStatus::Dispatched));
    // The reply is the unit's text, with the caller's name and number masked.
    EXPECT_EQ(listed.at(2).toObject().value(QLatin1String("description")).toString(), QStringLiteral("路灯已修复。已电话联系李*（139****1111）确认。"));
    ids.removeDuplicates();
    EXPECT_EQ(ids.size(), 4) << "every update has an id of its own";
    EXPECT_EQ(updatesIn({}), listed) << "and the same one every time";

    // The request itself follows: closed, its notes the reply.
    EXPECT_EQ(request().value(QLatin1String("status")).toString(), QStringLiteral("closed"));
    EXPECT_EQ(request().value(QLatin1String("status_notes")).toString(), listed.at(2).toObject().value(QLatin1String("description")).toString());

    const RawAnswer xml = updates(QStringLiteral("xml"), {});
    ASSERT_EQ(xml.status, 200);
    EXPECT_TRUE(xml.contentType.startsWith("text/xml"));
    QDomDocument document;
    ASSERT_TRUE(document.setContent(xml.body));
    EXPECT_EQ(document.documentElement().tagName(), QStringLiteral("service_request_updates"));
    const QDomNodeList items = document.elementsByTagName(QStringLiteral("request_update"));
    ASSERT_EQ(items.size(), 4);
    for (const char *field : {"update_id", "service_request_id", "status", "description", "updated_datetime", "media_url"})
        EXPECT_EQ(items.at(2).firstChildElement(QString::fromLatin1(field)).isNull(), false) << field;
    EXPECT_EQ(items.at(3).firstChildElement(QStringLiteral("update_id")).text(), ids.at(3));

    // Nothing of the caller, nor who acted.
    for (const QByteArray &body : {xml.body, updates(QStringLiteral("json"), {}).body, raw("GET", QStringLiteral("/open311/v2/requests.json")).body})
        for (const char *secret : {"13900001111", "李雷", "disp1", "dept1", "someone", "请尽快"})
            EXPECT_FALSE(body.contains(secret)) << secret;
}

TEST_P(Open311UpdatesTest, PeriodsAreChosenByStartAndEndDate)
{
    workTheRequest();
    const auto described = [&](const QByteArray &query) {
        QStringList times;
        for (const QJsonValue &update : updatesIn(query))
            times.append(update.toObject().value(QLatin1String("updated_datetime")).toString());
        return times;
    };
    const auto times = [&](std::initializer_list<int> hours) {
        QStringList out;
        for (int hour : hours)
            out.append(at(hour).toString(Qt::ISODate));
        return out;
    };
    // Percent-encoded in the city's zone, as FixMyStreet sends them.
    EXPECT_EQ(described("&start_date=" + encoded(at(2)) + "&end_date=" + encoded(at(3))), times({2, 3})) << "both ends included";
    EXPECT_EQ(described("&start_date=" + encoded(at(1).addSecs(60))), times({2, 3, 4})) << "until now";
    EXPECT_EQ(described("&end_date=" + at(2).toString(Qt::ISODate).toLatin1()), times({1, 2})) << "the day before, written plainly";
    EXPECT_EQ(described("&start_date=" + encoded(at(5)) + "&jurisdiction_id=beijing"), QStringList());
    // A plus of an offset sent unencoded arrives as a space and still reads as the offset.
    EXPECT_EQ(described("&start_date=" + at(4).toOffsetFromUtc(8 * 3600).toString(Qt::ISODate).toLatin1()), times({4}));
}

TEST_P(Open311UpdatesTest, AReopenedRequestIsOpenAgain)
{
    ASSERT_TRUE(push(dispatcher, EventType::Dispatched, at(1), {{QStringLiteral("unit"), departmentUnit(QStringLiteral("dept1"))}}));
    ASSERT_TRUE(push(department, EventType::Signed, at(2)));
    ASSERT_TRUE(push(department, EventType::Replied, at(3), {{QStringLiteral("text"), QStringLiteral("已处理")}}));
    EXPECT_EQ(request().value(QLatin1String("status")).toString(), QStringLiteral("closed"));
    // The citizen is not satisfied: a dispatcher reopens the order, and it goes out again.
    ASSERT_TRUE(push(callTaker, EventType::CalledBack, at(3).addSecs(600), {{QStringLiteral("result"), QStringLiteral("dissatisfied")}}));
    ASSERT_TRUE(push(dispatcher, EventType::Reopened, at(3).addSecs(1200), {{QStringLiteral("text"), QStringLiteral("市民说路灯还是不亮")}}));
    EXPECT_EQ(request().value(QLatin1String("status")).toString(), QStringLiteral("open"));
    ASSERT_TRUE(push(dispatcher, EventType::Dispatched, at(4), {{QStringLiteral("unit"), departmentUnit(QStringLiteral("dept1"))}}));
    const QJsonArray listed = updatesIn({});
    QStringList seen;
    for (const QJsonValue &update : listed)
        seen.append(update.toObject().value(QLatin1String("status")).toString() + u' '
                    + update.toObject().value(QLatin1String("description")).toString());
    EXPECT_EQ(seen, QStringList({QStringLiteral("open 派单：已派单"), QStringLiteral("open 签收：已签收"), QStringLiteral("closed 已处理"),
                                 QStringLiteral("open ") + displayName(EventType::Reopened) + QStringLiteral("：") + displayName(OrderStatus::Reopened),
                                 QStringLiteral("open 派单：已派单")}));
    EXPECT_FALSE(QJsonDocument(listed).toJson().contains("还是不亮")) << "what the citizen said at the callback stays inside";
}

TEST_P(Open311UpdatesTest, OnlyRequestsFiledThroughOpen311AreListed)
{
    // An order an operator took by phone, public or not, is worked the same way: not listed.
    const HttpAnswer lease = http(central->url(), "POST", QStringLiteral("/api/v1/numbers/lease"), R"({"count": 1})", callTaker);
    ASSERT_EQ(lease.status, 200);
    const QString byPhone = QString::number(lease.body.value(QLatin1String("first")).toInteger());
    WorkOrderDraft draft; // a consultation: no place needed
    draft.phone = QStringLiteral("13700004321");
    draft.publishable = true;
    draft.classification = {QStringLiteral("城乡建设"), QStringLiteral("城市建设和市政管理"), QStringLiteral("市政设施")};
    draft.title = draft.description = QStringLiteral("路口井盖丢了该找谁");
    ASSERT_TRUE(push(callTaker, EventType::Created, at(0), draft.toJson(), byPhone));
    ASSERT_TRUE(push(dispatcher, EventType::Dispatched, at(1), {{QStringLiteral("unit"), departmentUnit(QStringLiteral("dept1"))}}, byPhone));
    ASSERT_TRUE(push(dispatcher, EventType::Dispatched, at(1), {{QStringLiteral("unit"), departmentUnit(QStringLiteral("dept1"))}}));
    const QJsonArray listed = updatesIn({});
    ASSERT_EQ(listed.size(), 1);
    EXPECT_EQ(listed.at(0).toObject().value(QLatin1String("service_request_id")).toString(), number);
}

TEST_P(Open311UpdatesTest, BadKeysAndDatesAreRefusedWithTheReason)
{
    const auto refused = [&](const QString &path, int status, const char *reason) {
        const RawAnswer answer = raw("GET", path);
        EXPECT_EQ(answer.status, status) << qPrintable(path);
        const QJsonObject error = QJsonDocument::fromJson(answer.body).array().first().toObject();
        EXPECT_EQ(error.value(QLatin1String("code")).toInt(), status) << qPrintable(path);
        EXPECT_TRUE(error.value(QLatin1String("description")).toString().contains(QLatin1String(reason)))
            << qPrintable(path) << ": " << answer.body.constData();
    };
    const QString base = QStringLiteral("/open311/v2/servicerequestupdates.json?api_key=") + QString::fromLatin1(apiKey);
    refused(QStringLiteral("/open311/v2/servicerequestupdates.json"), 403, "api_key");
    refused(QStringLiteral("/open311/v2/servicerequestupdates.json?api_key=not-a-key"), 403, "api_key");
    refused(base + QStringLiteral("&start_date=yesterday"), 400, "start_date");
    refused(base + QStringLiteral("&end_date=2026-12-01T05%3A00%3A00"), 400, "zone");
    refused(base + QStringLiteral("&start_date=2026-12-02T00:00:00Z&end_date=2026-12-01T00:00:00Z"), 400, "before");
    refused(base + QStringLiteral("&start_date=2026-01-01T00:00:00Z&end_date=2026-06-01T00:00:00Z"), 400, "90 days");
    refused(base + QStringLiteral("&status=open"), 400, "status");
    EXPECT_EQ(raw("GET", QString(base).replace(QLatin1String(".json"), QLatin1String(".csv"))).status, 404);
    const RawAnswer xml = raw("GET", QStringLiteral("/open311/v2/servicerequestupdates.xml"));
    EXPECT_EQ(xml.status, 403);
    EXPECT_TRUE(xml.body.contains("<errors><error><code>403</code>"));
}

INSTANTIATE_TEST_SUITE_P(Central, Open311UpdatesTest, ::testing::Values("sqlite", "postgresql"),
                         [](const auto &info) { return std::string(info.param); });
