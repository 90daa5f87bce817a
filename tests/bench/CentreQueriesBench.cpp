// SPDX-License-Identifier: GPL-3.0-or-later
// The centre-wide questions a desk asks during a call, against a centre holding many orders:
// a caller's history by phone, open orders near a place, and the lists of the lifecycle (the
// dispatcher's queue, a department's orders, the callback list) — latency p50/p99 over HTTP to
// the real hotline-central, each answer put on record as in production. SQLite and PostgreSQL
// in one run.
//   centre_queries_bench [--orders 200000] [--requests 1000] [--backend sqlite|postgresql|both]
#include "DeskLoad.h"
#include "Percentile.h"
#include "server/database/CentralDatabase.h"
#include "server/sync/SyncWrites.h"
#include "server/users/UserDirectory.h"
#include "workorder/Lifecycle.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <cstdio>

using namespace hotline;
using namespace hotline::bench;

namespace {
constexpr int callers = 60000; // many call more than once, as on a real floor
constexpr int units = 80;

QString phoneOf(int caller)
{
    return QStringLiteral("139%1").arg(10000000 + caller);
}

QString unitOf(int index)
{
    return QStringLiteral("U-%1").arg(index, 3, 10, QLatin1Char('0'));
}

// `orders` orders over the last 60 days in the centre of Beijing, in every state of their life.
bool seed(CentralDatabase &db, int orders)
{
    QRandomGenerator random(20261204);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    qint64 revision = 1;
    constexpr int batch = 2000;
    for (int first = 0; first < orders; first += batch) {
        SyncWrites writes(db);
        for (int i = first; i < std::min(orders, first + batch); ++i) {
            WorkOrderDraft d;
            d.phone = phoneOf(int(random.bounded(callers)));
            d.callerName = QStringLiteral("来电人");
            d.appealType = AppealType::Complaint;
            d.classification = {QStringLiteral("城乡建设"), QStringLiteral("市政设施"), i % 3 ? QStringLiteral("路灯") : QStringLiteral("井盖")};
            d.address.districtCode = QStringLiteral("110102");
            d.address.districtName = QStringLiteral("西城区");
            d.address.streetCode = QStringLiteral("1101020%1").arg(10 + i % 15);
            d.address.location = GeoPoint{116.20 + random.generateDouble() * 0.35, 39.80 + random.generateDouble() * 0.25};
            d.title = QStringLiteral("路灯不亮");
            d.description = QStringLiteral("小区门口路灯一周不亮，晚上出行不便，请尽快修复。");
            const QString number = QStringLiteral("26%1").arg(i, 10, 10, QLatin1Char('0'));
            const QDateTime at = now.addSecs(-qint64(random.bounded(60 * 24 * 3600)));
            const QString unit = unitOf(int(random.bounded(units)));
            QVector<WorkOrderEvent> events{WorkOrderEvent::make(number, EventType::Created, QStringLiteral("op"), at, d.toJson()),
                                           WorkOrderEvent::make(number, EventType::Dispatched, QStringLiteral("op"), at.addSecs(60),
                                                                {{QStringLiteral("unit"), unit}, {QStringLiteral("review"), i % 10 == 0}})};
            const int stage = int(random.bounded(10));
            if (i % 10 != 0 && stage >= 3)
                events.append(WorkOrderEvent::make(number, EventType::Signed, unit, at.addSecs(1800), {}));
            if (i % 10 != 0 && stage >= 5)
                events.append(WorkOrderEvent::make(number, EventType::Replied, unit, at.addSecs(86400), {{QStringLiteral("text"), QStringLiteral("已修复")}}));
            if (i % 10 != 0 && stage >= 7)
                events.append(WorkOrderEvent::make(number, EventType::CalledBack, QStringLiteral("op"), at.addSecs(2 * 86400),
                                                   {{QStringLiteral("result"), QStringLiteral("satisfied")}}));
            std::optional<WorkOrderState> state;
            for (const WorkOrderEvent &event : events) {
                state = Lifecycle::apply(state, event).value();
                writes.addEvent(event, *state, QStringLiteral("desk-%1").arg(i % 300), QStringLiteral("op"), revision);
                revision += SyncWrites::revisionsFor(*state);
            }
        }
        if (Status s = db.transaction([&] { return writes.write(); }); !s) {
            std::fprintf(stderr, "seed: %s\n", qPrintable(s.error()));
            return false;
        }
    }
    QSqlQuery counter(db.database());
    return counter.exec(QStringLiteral("UPDATE counters SET value = %1 WHERE name = 'revision'").arg(revision));
}

// A signed-in session of a user of `role` (a department: of unit U-007), written to the tables.
QString tokenFor(CentralDatabase &db, const QString &login, Role role)
{
    UserDirectory users(db);
    Result<CentralUser> user = users.create(login, login, role, UserDirectory::hashPassword(QStringLiteral("password-1")).value(),
                                            role == Role::Department ? unitOf(7) : QString());
    if (!user)
        return {};
    const QString token = QUuid::createUuid().toString(QUuid::Id128) + QUuid::createUuid().toString(QUuid::Id128);
    QSqlQuery insert(db.database());
    insert.prepare(QStringLiteral("INSERT INTO tokens (token_hash, user_id, desk, expires_at) VALUES (?, ?, ?, ?)"));
    insert.addBindValue(UserDirectory::hashToken(token));
    insert.addBindValue(user.value().id);
    insert.addBindValue(QString(QStringLiteral("bench-") + login));
    insert.addBindValue(QDateTime::currentDateTimeUtc().addDays(1).toString(Qt::ISODateWithMs));
    return insert.exec() ? token : QString();
}

struct Timing {
    std::vector<double> ms;
    int failures = 0;
    qint64 rows = 0;
};

Timing timeRequests(QNetworkAccessManager &network, const QUrl &base, const QString &token, int count,
                    const std::function<QString(int)> &path)
{
    Timing timing;
    for (int i = 0; i < count; ++i) {
        QNetworkRequest request(base.resolved(QUrl(path(i))));
        request.setRawHeader("Authorization", "Bearer " + token.toLatin1());
        QElapsedTimer clock;
        clock.start();
        QNetworkReply *reply = network.get(request);
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        const double ms = double(clock.nsecsElapsed()) / 1e6;
        const QByteArray body = reply->readAll();
        if (reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() != 200)
            ++timing.failures;
        else
            timing.ms.push_back(ms);
        timing.rows += body.count("\"number\"");
        reply->deleteLater();
    }
    return timing;
}

void print(const QString &backend, const char *what, const Timing &t)
{
    const double n = double(t.ms.size());
    std::printf("%-10s %-34s %6zu  p50 %7.2f ms  p99 %7.2f ms  %7.1f orders/answer  failures %d\n", qPrintable(backend), what,
                t.ms.size(), percentile(t.ms, 0.5), percentile(t.ms, 0.99), n > 0 ? double(t.rows) / n : 0.0, t.failures);
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    int orders = 200000;
    int requests = 1000;
    QStringList backends{QStringLiteral("sqlite"), QStringLiteral("postgresql")};
    const QStringList args = app.arguments();
    for (qsizetype i = 1; i + 1 < args.size(); i += 2) {
        if (args.at(i) == QLatin1String("--orders"))
            orders = args.at(i + 1).toInt();
        else if (args.at(i) == QLatin1String("--requests"))
            requests = args.at(i + 1).toInt();
        else if (args.at(i) == QLatin1String("--backend"))
            backends = args.at(i + 1) == QLatin1String("both") ? backends : QStringList{args.at(i + 1)};
    }
    std::printf("centre queries: %d orders of %d callers, %d requests of each kind, one after another\n", orders, callers, requests);
    int failed = 0;
    for (const QString &backend : std::as_const(backends)) {
        QTemporaryDir dir;
        const QString url = benchDatabaseUrl(backend, dir, QStringLiteral("centre_queries"));
        if (url.isEmpty()) {
            std::printf("%-10s skipped: no database\n", qPrintable(backend));
            continue;
        }
        QString op, dispatcher, department;
        {
            Result<std::unique_ptr<CentralDatabase>> db = CentralDatabase::open(url);
            if (!db) {
                std::fprintf(stderr, "%s\n", qPrintable(db.error()));
                return 1;
            }
            QElapsedTimer seeding;
            seeding.start();
            if (!seed(*db.value(), orders))
                return 1;
            std::printf("%-10s seeded in %.1f s\n", qPrintable(backend), double(seeding.elapsed()) / 1000);
            op = tokenFor(*db.value(), QStringLiteral("op"), Role::Operator);
            dispatcher = tokenFor(*db.value(), QStringLiteral("disp"), Role::Dispatcher);
            department = tokenFor(*db.value(), QStringLiteral("dept"), Role::Department);
        }
        CentralChild central;
        if (!central.start(url, {QStringLiteral("--auto-urge-seconds"), QStringLiteral("0")})) {
            std::fprintf(stderr, "the centre did not start\n");
            return 1;
        }
        QNetworkAccessManager network;
        QRandomGenerator random(7);
        // The floor under every answer: a request the centre answers without the database.
        const Timing health = timeRequests(network, central.base(), op, requests, [](int) { return QStringLiteral("/api/v1/health"); });
        const Timing history = timeRequests(network, central.base(), op, requests, [&](int) {
            return QString(QStringLiteral("/api/v1/orders?phone=") + phoneOf(int(random.bounded(callers))));
        });
        const Timing nearby = timeRequests(network, central.base(), op, requests, [&](int) {
            return QStringLiteral("/api/v1/orders?near=%1,%2&radius=500&days=7")
                .arg(116.20 + random.generateDouble() * 0.35, 0, 'f', 5)
                .arg(39.80 + random.generateDouble() * 0.25, 0, 'f', 5);
        });
        const int lists = std::max(10, requests / 10);
        const Timing queue = timeRequests(network, central.base(), dispatcher, lists, [](int) { return QStringLiteral("/api/v1/queues/dispatcher"); });
        const Timing unit = timeRequests(network, central.base(), department, lists, [](int) { return QStringLiteral("/api/v1/queues/department"); });
        const Timing callbacks = timeRequests(network, central.base(), op, lists, [](int) { return QStringLiteral("/api/v1/queues/callback"); });
        print(backend, "health (no database, no record)", health);
        print(backend, "caller history (phone)", history);
        print(backend, "open orders within 500 m, 7 days", nearby);
        print(backend, "dispatcher's queue (≤ 500)", queue);
        print(backend, "department's orders (≤ 500)", unit);
        print(backend, "callback list (≤ 500)", callbacks);
        failed += history.failures + nearby.failures + queue.failures + unit.failures + callbacks.failures;
        central.stop();
    }
    return failed == 0 ? 0 : 1;
}
