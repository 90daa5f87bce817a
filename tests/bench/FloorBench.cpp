// SPDX-License-Identifier: GPL-3.0-or-later
// A refresh of the floor (GET /api/v1/floor) against a centre holding many orders spread over
// months and the operators' states of five weeks: the first answer (everything read and
// parsed) and then p50/p99 of refreshes, each after a few new orders as on a live floor, over
// HTTP to the real hotline-central. SQLite and PostgreSQL in one run. The tables are filled
// directly (one multi-row statement per batch), as CentreQueriesBench does.
//   floor_bench [--orders 1000000] [--requests 50] [--operators 150] [--backend sqlite|postgresql|both]
#include "DeskLoad.h"
#include "Percentile.h"
#include "server/database/CentralDatabase.h"
#include "server/database/RowBatch.h"
#include "server/open311/Open311Service.h"
#include "server/users/UserDirectory.h"
#include "workorder/Lifecycle.h"
#include "workorder/WorkQueue.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QUuid>

#include <cstdio>

using namespace hotline;
using namespace hotline::bench;

namespace {
constexpr int days = 180;
constexpr int units = 80;
const QStringList items{QStringLiteral("路灯"), QStringLiteral("井盖"), QStringLiteral("供暖"), QStringLiteral("噪声"), QStringLiteral("停车"),
                        QStringLiteral("物业"), QStringLiteral("供水"), QStringLiteral("道路"), QStringLiteral("垃圾"), QStringLiteral("绿化")};
const QStringList districts{QStringLiteral("110101"), QStringLiteral("110102"), QStringLiteral("110105"), QStringLiteral("110106"),
                            QStringLiteral("110107"), QStringLiteral("110108"), QStringLiteral("110109"), QStringLiteral("110111")};

// Empty rather than null: the columns are NOT NULL (as SyncWrites writes them).
QString text(const QString &value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

QString compact(const QJsonObject &json)
{
    return QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact));
}

class Filler {
public:
    explicit Filler(CentralDatabase &db) : m_db(db) {}

    // One order filed at `at`, in a stage of its life that suits its age.
    void order(int index, const QDateTime &at, const QDateTime &now, bool heating = false)
    {
        WorkOrderDraft d;
        d.phone = QStringLiteral("139%1").arg(10000000 + int(m_random.bounded(60000)));
        d.appealType = AppealType::Complaint;
        const QString item = heating ? QStringLiteral("供暖") : items.at(int(m_random.bounded(int(items.size()))));
        d.classification = {QStringLiteral("城乡建设"), QStringLiteral("市政设施"), item};
        d.address.districtCode = heating ? QStringLiteral("110105") : districts.at(int(m_random.bounded(int(districts.size()))));
        d.address.districtName = QStringLiteral("某区");
        d.title = item;
        d.description = heating ? QStringLiteral("暖气不热，室温只有十二度，家里有老人") : QStringLiteral("%1的问题，请派人查看").arg(item);
        const bool answered = m_random.bounded(10) < 3;
        if (answered) {
            d.reply = QStringLiteral("已答复");
            d.kbArticleId = 1 + m_random.bounded(50);
        }
        const QString number = QStringLiteral("26%1").arg(index, 10, 10, QLatin1Char('0'));
        const QString desk = m_random.bounded(20) == 0 ? QStringLiteral("open311") : QStringLiteral("desk-%1").arg(index % 300);
        QVector<WorkOrderEvent> events{WorkOrderEvent::make(number, EventType::Created, QStringLiteral("op"), at, d.toJson())};
        const qint64 age = at.secsTo(now);
        if (answered) {
            events.append(WorkOrderEvent::make(number, EventType::Answered, QStringLiteral("op"), at.addSecs(30), {{QStringLiteral("text"), d.reply}}));
        } else {
            const QString unit = QStringLiteral("U-%1").arg(int(m_random.bounded(units)), 3, 10, QLatin1Char('0'));
            const bool review = m_random.bounded(50) == 0 && age < 3600;
            events.append(WorkOrderEvent::make(number, EventType::Dispatched, QStringLiteral("op"), at.addSecs(60),
                                               {{QStringLiteral("unit"), unit}, {QStringLiteral("review"), review}}));
            // Old orders are finished but for a straggler in a hundred; recent ones in every stage.
            const int stage = age > 14 * 86400 ? (m_random.bounded(100) == 0 ? 4 : 9) : int(m_random.bounded(10));
            if (!review && stage >= 3 && age > 1800)
                events.append(WorkOrderEvent::make(number, EventType::Signed, unit, at.addSecs(1800), {}));
            if (!review && stage >= 5 && age > 86400)
                events.append(WorkOrderEvent::make(number, EventType::Replied, unit, at.addSecs(86400), {{QStringLiteral("text"), QStringLiteral("已修复")}}));
            if (!review && stage >= 7 && age > 2 * 86400)
                events.append(WorkOrderEvent::make(number, EventType::CalledBack, QStringLiteral("op"), at.addSecs(2 * 86400),
                                                   {{QStringLiteral("result"), QStringLiteral("satisfied")}}));
        }
        std::optional<WorkOrderState> state;
        for (const WorkOrderEvent &event : std::as_const(events))
            state = Lifecycle::apply(state, event).value();
        m_orders.add({number, desk, state->createdAt.toString(Qt::ISODateWithMs), state->updatedAt.toString(Qt::ISODateWithMs),
                      toCode(state->status), d.phone, d.title, d.address.districtCode,
                      Open311Service::serviceCode(d.classification.level1, d.classification.level2, d.classification.level3),
                      compact(state->toJson()), ++m_revision, text(state->dispatchedTo), text(toCode(queueOf(*state)))});
    }

    void agent(const QString &login, const char *state, const char *from, const QDateTime &at, qint64 seconds)
    {
        const QString when = at.toString(Qt::ISODateWithMs);
        m_agents.add({QUuid::createUuid().toString(QUuid::WithoutBraces), login, QString(QStringLiteral("desk-") + login),
                      QString::fromLatin1(state), QString::fromLatin1(from), QStringLiteral(""), when, seconds, when});
    }

    bool flush()
    {
        const Status written = m_db.transaction([&]() -> Status {
            if (Status s = m_orders.write(m_db, "floor bench orders"); !s)
                return s;
            return m_agents.write(m_db, "floor bench agents");
        });
        if (!written)
            std::fprintf(stderr, "fill: %s\n", qPrintable(written.error()));
        m_orders = RowBatch(ordersHead(), ordersTypes());
        m_agents = RowBatch(agentsHead(), agentsTypes());
        return written.ok();
    }

    bool setCounter()
    {
        QSqlQuery counter(m_db.database());
        return counter.exec(QStringLiteral("UPDATE counters SET value = %1 WHERE name = 'revision'").arg(m_revision + 1));
    }

    qsizetype pending() const { return m_orders.size() + m_agents.size(); }

private:
    static QString ordersHead()
    {
        return QStringLiteral("INSERT INTO work_orders (number, desk, created_at, updated_at, status, phone, title, district_code,"
                              " service_code, state_json, revision, unit_code, queue)");
    }
    static QStringList ordersTypes()
    {
        return QString::fromLatin1("text text text text text text text text text text bigint text text").split(u' ');
    }
    static QString agentsHead()
    {
        return QStringLiteral("INSERT INTO agent_states (transition_id, login, desk, state, from_state, reason, at, seconds, received_at)");
    }
    static QStringList agentsTypes() { return QString::fromLatin1("text text text text text text text bigint text").split(u' '); }

    CentralDatabase &m_db;
    QRandomGenerator m_random{20261207};
    RowBatch m_orders{ordersHead(), ordersTypes()};
    RowBatch m_agents{agentsHead(), agentsTypes()};
    qint64 m_revision = 0;
};

// `orders` orders over `days` days (more in the day hours), a heating surge today, and the
// in_call → after_call → ready rounds of `operators` operators over the last five weeks.
bool fill(CentralDatabase &db, Filler &filler, int orders, int operators, const QDateTime &now)
{
    QRandomGenerator random(7);
    for (int i = 0; i < orders; ++i) {
        QDateTime at = now.addSecs(-qint64(random.bounded(qint64(days) * 86400)));
        if (i % 200 == 0)
            at = now.addSecs(-qint64(random.bounded(6 * 3600))); // a heating day in 朝阳区
        filler.order(i, at, now, i % 200 == 0);
        if (filler.pending() >= 5000 && !filler.flush())
            return false;
    }
    // Each operator: a call about every ten minutes over eight hours a day, for 35 days.
    for (int day = 0; day < 35; ++day) {
        for (int op = 0; op < operators; ++op) {
            const QString login = QStringLiteral("op%1").arg(op);
            QDateTime at = now.addDays(-day).addSecs(-qint64(random.bounded(16 * 3600)) - 8 * 3600);
            for (int call = 0; call < 48 && at < now; ++call) {
                filler.agent(login, "in_call", "ready", at, 60 + random.bounded(300));
                const qint64 talk = 60 + random.bounded(300), wrap = 20 + random.bounded(120);
                filler.agent(login, "after_call", "in_call", at.addSecs(talk), talk);
                filler.agent(login, "ready", "after_call", at.addSecs(talk + wrap), wrap);
                at = at.addSecs(talk + wrap + 60 + random.bounded(240));
            }
            if (filler.pending() >= 5000 && !filler.flush())
                return false;
        }
    }
    (void)db;
    return filler.flush() && filler.setCounter();
}

QString leadToken(CentralDatabase &db)
{
    UserDirectory users(db);
    Result<CentralUser> user = users.create(QStringLiteral("lead"), QStringLiteral("lead"), Role::TeamLead,
                                            UserDirectory::hashPassword(QStringLiteral("password-1")).value());
    if (!user)
        return {};
    const QString token = QUuid::createUuid().toString(QUuid::Id128) + QUuid::createUuid().toString(QUuid::Id128);
    QSqlQuery insert(db.database());
    insert.prepare(QStringLiteral("INSERT INTO tokens (token_hash, user_id, desk, expires_at) VALUES (?, ?, ?, ?)"));
    insert.addBindValue(UserDirectory::hashToken(token));
    insert.addBindValue(user.value().id);
    insert.addBindValue(QStringLiteral("bench-lead"));
    insert.addBindValue(QDateTime::currentDateTimeUtc().addDays(1).toString(Qt::ISODateWithMs));
    return insert.exec() ? token : QString();
}

// One GET; its milliseconds, or a negative number when it failed.
double timeFloor(QNetworkAccessManager &network, const QUrl &base, const QString &token, QByteArray *body)
{
    QNetworkRequest request(base.resolved(QUrl(QStringLiteral("/api/v1/floor"))));
    request.setRawHeader("Authorization", "Bearer " + token.toLatin1());
    QElapsedTimer clock;
    clock.start();
    QNetworkReply *reply = network.get(request);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    const double ms = double(clock.nsecsElapsed()) / 1e6;
    *body = reply->readAll();
    const bool ok = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 200;
    reply->deleteLater();
    return ok ? ms : -1;
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    int orders = 1000000;
    int requests = 50;
    int operators = 150;
    QStringList backends{QStringLiteral("sqlite"), QStringLiteral("postgresql")};
    const QStringList args = app.arguments();
    for (qsizetype i = 1; i + 1 < args.size(); i += 2) {
        if (args.at(i) == QLatin1String("--orders"))
            orders = args.at(i + 1).toInt();
        else if (args.at(i) == QLatin1String("--requests"))
            requests = args.at(i + 1).toInt();
        else if (args.at(i) == QLatin1String("--operators"))
            operators = args.at(i + 1).toInt();
        else if (args.at(i) == QLatin1String("--backend"))
            backends = args.at(i + 1) == QLatin1String("both") ? backends : QStringList{args.at(i + 1)};
    }
    std::printf("floor refresh: %d orders over %d days, %d operators' states over 35 days; %d refreshes, 20 new orders before each\n",
                orders, days, operators, requests);
    int failed = 0;
    for (const QString &backend : std::as_const(backends)) {
        QTemporaryDir dir;
        const QString url = benchDatabaseUrl(backend, dir, QStringLiteral("floor_bench"));
        if (url.isEmpty()) {
            std::printf("%-10s skipped: no database\n", qPrintable(backend));
            continue;
        }
        Result<std::unique_ptr<CentralDatabase>> db = CentralDatabase::open(url);
        if (!db) {
            std::fprintf(stderr, "%s\n", qPrintable(db.error()));
            return 1;
        }
        const QDateTime now = QDateTime::currentDateTimeUtc();
        Filler filler(*db.value());
        QElapsedTimer filling;
        filling.start();
        if (!fill(*db.value(), filler, orders, operators, now))
            return 1;
        if (db.value()->dialect() == CentralDatabase::Dialect::Postgres) {
            QSqlQuery analyse(db.value()->database());
            (void)analyse.exec(QStringLiteral("VACUUM ANALYZE"));
        }
        const qint64 agentRows = [&] {
            QSqlQuery count(db.value()->database());
            return count.exec(QStringLiteral("SELECT count(*) FROM agent_states")) && count.next() ? count.value(0).toLongLong() : 0;
        }();
        std::printf("%-10s filled in %.1f s (%lld agent states)\n", qPrintable(backend), double(filling.elapsed()) / 1000, agentRows);
        const QString token = leadToken(*db.value());
        CentralChild central;
        if (token.isEmpty() || !central.start(url, {QStringLiteral("--auto-urge-seconds"), QStringLiteral("0")})) {
            std::fprintf(stderr, "the centre did not start\n");
            return 1;
        }
        QNetworkAccessManager network;
        QByteArray body;
        const double first = timeFloor(network, central.base(), token, &body);
        const QJsonObject figures = QJsonDocument::fromJson(body).object();
        std::vector<double> refresh;
        int next = orders;
        for (int i = 0; i < requests; ++i) {
            for (int k = 0; k < 20; ++k)
                filler.order(next++, QDateTime::currentDateTimeUtc().addSecs(-5), QDateTime::currentDateTimeUtc());
            if (!filler.flush())
                return 1;
            const double ms = timeFloor(network, central.base(), token, &body);
            if (ms < 0)
                ++failed;
            else
                refresh.push_back(ms);
        }
        std::printf("%-10s first answer (everything read)   %8.1f ms\n", qPrintable(backend), first);
        std::printf("%-10s refresh after 20 new orders      p50 %7.1f ms  p99 %7.1f ms  (%zu)\n", qPrintable(backend), percentile(refresh, 0.5),
                    percentile(refresh, 0.99), refresh.size());
        std::printf("%-10s figures: today %d orders, %d calls; sliding day %d orders, %d calls; overdue %d; pending review %d; surges %lld;"
                    " body %lld bytes\n",
                    qPrintable(backend), figures[QLatin1String("today")][QLatin1String("orders")].toInt(),
                    figures[QLatin1String("today")][QLatin1String("calls")].toInt(), figures[QLatin1String("day")][QLatin1String("orders")].toInt(),
                    figures[QLatin1String("day")][QLatin1String("calls")].toInt(), figures[QLatin1String("overdue")].toInt(),
                    figures[QLatin1String("pendingReview")].toInt(), qint64(figures[QLatin1String("surges")].toArray().size()), qint64(body.size()));
        if (first < 0 || figures.isEmpty())
            ++failed;
        central.stop();
    }
    return failed == 0 ? 0 : 1;
}
