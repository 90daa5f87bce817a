// SPDX-License-Identifier: GPL-3.0-or-later
// Who may read a caller's details, and who may write what, at the real centre: a trainee, a
// department and a desk that claims another desk's name cannot read another desk's callers;
// roles that do not need them see them masked; a department sees only what is dispatched to
// its unit and never a confidential order; events come only from their roles; final numbers
// only from the desk's lease; Open311 lists no phone-filed address detail.
#include "CentralHarness.h"

#include "workorder/WorkOrderEvent.h"

#include <QJsonArray>

using namespace hotline;
using namespace hotline::test;

namespace {

class PrivacyTest : public CentralTest {
protected:
    void SetUp() override
    {
        startCentral({{"op1", "operator"}, {"trainee1", "trainee"}, {"dept1", "department"}, {"dept2", "department"},
                      {"disp1", "dispatcher"}, {"admin1", "admin"}, {"lead1", "team_lead"}});
        desk = std::make_unique<DeskHarness>(dir.filePath(QStringLiteral("desk.sqlite")));
        ASSERT_TRUE(desk->signIn(central->url(), QStringLiteral("op1")));
        number = desk->file(7);
        ASSERT_FALSE(number.isEmpty());
        ASSERT_TRUE(desk->syncUntilIdle());
        deskName = CentralSettings::load(*desk->store).desk;
    }

    // A sign-in of a client of the test's own, at desk `name` with key `key`.
    HttpAnswer signInAt(const QString &login, const QString &name, const QString &key)
    {
        const QJsonObject body{{QStringLiteral("login"), login}, {QStringLiteral("password"), QStringLiteral("password-1")},
                               {QStringLiteral("desk"), name}, {QStringLiteral("deskKey"), key}};
        return http(central->url(), "POST", QStringLiteral("/api/v1/auth/sign-in"), QJsonDocument(body).toJson());
    }
    QString tokenAt(const QString &login, const QString &name)
    {
        return signInAt(login, name, QStringLiteral("key-of-") + name + QStringLiteral("-workstation")).body.value(QLatin1String("token")).toString();
    }
    // Everything a pull gives this token, as one text (to look for a phone number in).
    QString pulled(const QString &token)
    {
        const HttpAnswer answer = http(central->url(), "GET", QStringLiteral("/api/v1/sync/pull?since=0&limit=2000"), {}, token);
        EXPECT_EQ(answer.status, 200) << QJsonDocument(answer.body).toJson().constData();
        return QString::fromUtf8(QJsonDocument(answer.body.value(QLatin1String("changes")).toArray()).toJson());
    }
    QJsonObject pushEvent(const QString &token, const WorkOrderEvent &event)
    {
        const QJsonObject op{{QStringLiteral("opId"), QUuid::createUuid().toString(QUuid::WithoutBraces)},
                             {QStringLiteral("kind"), QStringLiteral("workorder.event")},
                             {QStringLiteral("payload"), event.toJson()}};
        const HttpAnswer answer = http(central->url(), "POST", QStringLiteral("/api/v1/sync/push"),
                                       QJsonDocument(QJsonObject{{QStringLiteral("ops"), QJsonArray{op}}}).toJson(), token);
        EXPECT_EQ(answer.status, 200);
        return answer.body.value(QLatin1String("results")).toArray().at(0).toObject();
    }
    WorkOrderEvent event(EventType type, QJsonObject payload = {}, const QString &order = {})
    {
        return WorkOrderEvent::make(order.isEmpty() ? number : order, type, QStringLiteral("someone else"),
                                    QDateTime::currentDateTimeUtc(), std::move(payload));
    }

    std::unique_ptr<DeskHarness> desk;
    QString number;
    QString deskName;
    const QString phone = QStringLiteral("13910000007"); // DeskHarness::file(7)
};

TEST_P(PrivacyTest, NoOneReadsAnotherDesksCallersByClaimingItsName)
{
    // The desk's name is bound to the desk's own key: another machine cannot take it.
    const HttpAnswer claimed = signInAt(QStringLiteral("trainee1"), deskName, QStringLiteral("a-key-of-another-machine"));
    EXPECT_EQ(claimed.status, 403);
    EXPECT_TRUE(claimed.body.value(QLatin1String("error")).toString().contains(QLatin1String("another workstation")));
    EXPECT_EQ(signInAt(QStringLiteral("op1"), deskName, QStringLiteral("a-key-of-another-machine")).status, 403) << "not even its own user";
    for (const char *name : {"open311", "", "../ws-01", "ws 01"})
        EXPECT_EQ(signInAt(QStringLiteral("op1"), QString::fromLatin1(name), QStringLiteral("key-of-a-hostile-machine")).status, 403) << name;
    EXPECT_EQ(count("SELECT count(*) FROM audit_log WHERE action = 'sign-in-refused'"), 6);

    // At their own desks, a trainee and a department read nothing of it; an operator at another
    // desk neither.
    EXPECT_FALSE(pulled(tokenAt(QStringLiteral("trainee1"), QStringLiteral("ws-trainee"))).contains(number));
    EXPECT_FALSE(pulled(tokenAt(QStringLiteral("dept1"), QStringLiteral("ws-dept"))).contains(number));
    EXPECT_FALSE(pulled(tokenAt(QStringLiteral("op1"), QStringLiteral("ws-other"))).contains(number));
    EXPECT_EQ(http(central->url(), "GET", QStringLiteral("/api/v1/orders/") + number, {}, tokenAt(QStringLiteral("dept1"), QStringLiteral("ws-dept"))).status, 404);
    EXPECT_EQ(http(central->url(), "GET", QStringLiteral("/api/v1/orders/") + number, {}, tokenAt(QStringLiteral("trainee1"), QStringLiteral("ws-trainee"))).status, 403);
    // The desk's own pull had it, and that read is on record.
    EXPECT_GE(count("SELECT count(*) FROM audit_log WHERE action = 'pull'"), 1);

    // A freed name (a replaced machine) can be taken again, and the old machine's session ends.
    const QString oldMachine = tokenAt(QStringLiteral("op1"), QStringLiteral("ws-replaced"));
    ASSERT_FALSE(oldMachine.isEmpty());
    for (const QString &name : {deskName, QStringLiteral("ws-replaced")}) {
        QProcess release;
        release.start(QStringLiteral(HOTLINE_CENTRAL_BIN), {QStringLiteral("--database"), url, QStringLiteral("--release-desk"), name});
        ASSERT_TRUE(release.waitForFinished(30000));
        EXPECT_EQ(release.exitCode(), 0) << release.readAllStandardError().constData();
    }
    EXPECT_EQ(signInAt(QStringLiteral("op1"), deskName, QStringLiteral("the-new-machine-key-1")).status, 200);
    EXPECT_EQ(http(central->url(), "GET", QStringLiteral("/api/v1/sync/pull?since=0"), {}, oldMachine).status, 401);
    EXPECT_EQ(count("SELECT count(*) FROM tokens WHERE desk = 'ws-replaced'"), 0);
    EXPECT_EQ(count("SELECT count(*) FROM audit_log WHERE action = 'release-desk'"), 2);
}

TEST_P(PrivacyTest, CallerDetailsAreMaskedForRolesThatDoNotNeedThem)
{
    const auto read = [&](const char *login) {
        return http(central->url(), "GET", QStringLiteral("/api/v1/orders/") + number, {},
                    tokenAt(QString::fromLatin1(login), QStringLiteral("ws-") + QString::fromLatin1(login)));
    };
    for (const char *login : {"op1", "disp1", "lead1"}) {
        const HttpAnswer answer = read(login);
        ASSERT_EQ(answer.status, 200) << login;
        EXPECT_EQ(answer.body.value(QLatin1String("phone")).toString(), phone) << login;
    }
    const HttpAnswer admin = read("admin1");
    ASSERT_EQ(admin.status, 200);
    EXPECT_EQ(admin.body.value(QLatin1String("phone")).toString(), QStringLiteral("139****0007"));
    EXPECT_EQ(admin.body.value(QLatin1String("callerName")).toString(), QStringLiteral("来***"));
    // Every one of those reads is on record, before it was answered.
    EXPECT_EQ(count("SELECT count(*) FROM audit_log WHERE action = 'read'"), 4);
}

TEST_P(PrivacyTest, ADepartmentSeesOnlyItsUnitsOrdersMaskedAndNeverConfidentialOnes)
{
    const QString dispatcher = tokenAt(QStringLiteral("disp1"), QStringLiteral("ws-disp"));
    const QString dept1 = tokenAt(QStringLiteral("dept1"), QStringLiteral("ws-dept1"));
    const QString dept2 = tokenAt(QStringLiteral("dept2"), QStringLiteral("ws-dept2"));
    const QJsonObject unit{{QStringLiteral("unit"), departmentUnit(QStringLiteral("dept1"))}};
    EXPECT_EQ(pushEvent(dispatcher, event(EventType::Dispatched, unit)).value(QLatin1String("status")).toString(), QStringLiteral("applied"));
    const QString seen = pulled(dept1);
    EXPECT_TRUE(seen.contains(number));
    EXPECT_FALSE(seen.contains(phone)) << "masked for the department";
    EXPECT_TRUE(seen.contains(QLatin1String("139****0007")));
    EXPECT_FALSE(pulled(dept2).contains(number)) << "another unit sees nothing";
    EXPECT_EQ(http(central->url(), "GET", QStringLiteral("/api/v1/orders/") + number, {}, dept1).status, 200);
    EXPECT_EQ(http(central->url(), "GET", QStringLiteral("/api/v1/orders/") + number, {}, dept2).status, 404);

    // The department signs what is its own; not another unit's, and it files no calls.
    EXPECT_EQ(pushEvent(dept2, event(EventType::Signed)).value(QLatin1String("status")).toString(), QStringLiteral("rejected"));
    EXPECT_EQ(pushEvent(dept1, event(EventType::Signed)).value(QLatin1String("status")).toString(), QStringLiteral("applied"));
    EXPECT_EQ(pushEvent(dept1, event(EventType::Urged)).value(QLatin1String("status")).toString(), QStringLiteral("rejected"));
    // The actor is who signed in, whatever the event said.
    EXPECT_EQ(count("SELECT count(*) FROM work_order_events WHERE type = 'signed' AND actor = 'dept1'"), 1);
    // An operator cannot sign for a unit.
    const QJsonObject replied = pushEvent(tokenAt(QStringLiteral("op1"), QStringLiteral("ws-op1b")),
                                          event(EventType::Replied, {{QStringLiteral("text"), QStringLiteral("办好了")}}));
    EXPECT_EQ(replied.value(QLatin1String("status")).toString(), QStringLiteral("rejected"));

    // A confidential order never reaches a department, even dispatched to it.
    WorkOrderDraft secret;
    secret.phone = QStringLiteral("13800009999");
    secret.callerName = QStringLiteral("保密人");
    secret.appealType = AppealType::Complaint;
    secret.classification = {QStringLiteral("城乡建设"), QStringLiteral("城市建设和市政管理"), QStringLiteral("市政设施")};
    secret.address.districtCode = QStringLiteral("110102");
    secret.address.districtName = QStringLiteral("西城区");
    secret.title = QStringLiteral("举报");
    secret.description = QStringLiteral("举报内容，来电人要求保密");
    secret.confidential = true;
    const Result<QString> hidden = desk->orders->create(secret, QStringLiteral("op"));
    ASSERT_TRUE(hidden.ok());
    ASSERT_TRUE(desk->syncUntilIdle());
    EXPECT_EQ(pushEvent(dispatcher, event(EventType::Dispatched, unit, hidden.value())).value(QLatin1String("status")).toString(),
              QStringLiteral("applied"));
    EXPECT_FALSE(pulled(dept1).contains(hidden.value()));
    EXPECT_EQ(http(central->url(), "GET", QStringLiteral("/api/v1/orders/") + hidden.value(), {}, dept1).status, 404);
}

TEST_P(PrivacyTest, NumbersComeOnlyFromTheDesksOwnLeaseAndLeasesAreCapped)
{
    const QString token = tokenAt(QStringLiteral("op1"), QStringLiteral("ws-numbers"));
    const QJsonObject created = desk->orders->find(number)->draft.toJson();
    // A final number nobody leased to this desk (the desk's own lease is another desk's now).
    const QJsonObject foreign = pushEvent(token, event(EventType::Created, created, QStringLiteral("2600099999")));
    EXPECT_EQ(foreign.value(QLatin1String("status")).toString(), QStringLiteral("rejected"));
    EXPECT_TRUE(foreign.value(QLatin1String("error")).toString().contains(QLatin1String("2600099999")));
    // A number in no known form.
    EXPECT_EQ(pushEvent(token, event(EventType::Created, created, QStringLiteral("HACK-1"))).value(QLatin1String("status")).toString(),
              QStringLiteral("rejected"));
    // One leased to this desk is fine.
    const HttpAnswer lease = http(central->url(), "POST", QStringLiteral("/api/v1/numbers/lease"), R"({"count": 1000})", token);
    ASSERT_EQ(lease.status, 200);
    const QString mine = QString::number(lease.body.value(QLatin1String("first")).toInteger());
    EXPECT_EQ(pushEvent(token, event(EventType::Created, created, mine)).value(QLatin1String("status")).toString(), QStringLiteral("applied"));
    // A day's numbers for one desk are capped.
    for (int i = 0; i < 2; ++i)
        EXPECT_EQ(http(central->url(), "POST", QStringLiteral("/api/v1/numbers/lease"), R"({"count": 1000})", token).status, 200);
    const HttpAnswer greedy = http(central->url(), "POST", QStringLiteral("/api/v1/numbers/lease"), R"({"count": 1000})", token);
    EXPECT_EQ(greedy.status, 400);
    EXPECT_TRUE(greedy.body.value(QLatin1String("error")).toString().contains(QLatin1String("3000")));
}

TEST_P(PrivacyTest, Open311ListsOnlyPublicRequestsWithoutPersonalDetail)
{
    WorkOrderDraft open;
    open.phone = QStringLiteral("13700001234");
    open.callerName = QStringLiteral("王五");
    open.appealType = AppealType::Report;
    open.classification = {QStringLiteral("城乡建设"), QStringLiteral("城市建设和市政管理"), QStringLiteral("市政设施")};
    open.address = {QStringLiteral("110102"), QStringLiteral("西城区"), QStringLiteral("110102018"), QStringLiteral("牛街街道"),
                    {}, {}, QStringLiteral("牛街西里二区3号楼2单元501"), GeoPoint{116.361234, 39.884567}};
    open.title = QStringLiteral("井盖丢失");
    open.description = QStringLiteral("井盖丢了，我的电话 13700001234，身份证 110102199001011234");
    open.publishable = true;
    const Result<QString> filed = desk->orders->create(open, QStringLiteral("op"));
    ASSERT_TRUE(filed.ok());
    // The reply read out on the call names the caller's number too: it is published as status_notes.
    ASSERT_TRUE(desk->orders
                    ->append(WorkOrderEvent::make(filed.value(), EventType::Answered, QStringLiteral("op"), QDateTime::currentDateTimeUtc(),
                                                  {{QStringLiteral("text"), QStringLiteral("已告知处理办法，回访电话 13700001234")}}))
                    .ok());
    ASSERT_TRUE(desk->syncUntilIdle());
    const RawAnswer list = rawHttp(central->url(), "GET", QStringLiteral("/open311/v2/requests.json"));
    ASSERT_EQ(list.status, 200);
    const QJsonArray requests = QJsonDocument::fromJson(list.body).array();
    ASSERT_EQ(requests.size(), 1) << "the order filed without consent is not listed: " << list.body.constData();
    const QJsonObject listed = requests.at(0).toObject();
    EXPECT_EQ(listed.value(QLatin1String("address")).toString(), QStringLiteral("西城区牛街街道")) << "no building, no door";
    EXPECT_DOUBLE_EQ(listed.value(QLatin1String("lat")).toDouble(), 39.88);
    EXPECT_DOUBLE_EQ(listed.value(QLatin1String("long")).toDouble(), 116.36);
    EXPECT_TRUE(listed.value(QLatin1String("status_notes")).toString().startsWith(QStringLiteral("已告知处理办法"))) << list.body.constData();
    for (const char *personal : {"13700001234", "110102199001011234", "王五", "501"})
        EXPECT_FALSE(list.body.contains(personal)) << personal;
    // The spec's discovery document says where all this is.
    const RawAnswer discovery = rawHttp(central->url(), "GET", QStringLiteral("/open311/discovery.json"));
    ASSERT_EQ(discovery.status, 200);
    const QJsonObject endpoint = QJsonDocument::fromJson(discovery.body).object().value(QLatin1String("endpoints")).toArray().at(0).toObject();
    EXPECT_TRUE(endpoint.value(QLatin1String("url")).toString().endsWith(QLatin1String("/open311/v2/")));
    EXPECT_EQ(endpoint.value(QLatin1String("specification")).toString(), QStringLiteral("http://wiki.open311.org/GeoReport_v2"));
    EXPECT_EQ(rawHttp(central->url(), "GET", QStringLiteral("/open311/discovery.xml")).status, 200);
}

INSTANTIATE_TEST_SUITE_P(Central, PrivacyTest, ::testing::Values("sqlite", "postgresql"),
                         [](const auto &info) { return std::string(info.param); });

} // namespace
