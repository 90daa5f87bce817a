// SPDX-License-Identifier: GPL-3.0-or-later
// The month in figures over a centre holding many orders: FigureQuery's report of the month with
// a six-month trend (what the charts page and every report ask), the orders behind one unit's
// bar, and the PDF and CSV written from that report — SQLite and PostgreSQL in one run.
//   report_bench [--orders 100000] [--backend sqlite|postgresql|both]
#include "DeskLoad.h"
#include "ReportWriter.h"
#include "server/database/CentralDatabase.h"
#include "server/orders/FigureQuery.h"
#include "server/sync/SyncWrites.h"
#include "timelimits/TimeLimits.h"
#include "workorder/Lifecycle.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTimeZone>

#include <cstdio>

using namespace hotline;
using namespace hotline::bench;

namespace {
constexpr int units = 80;

QString unitOf(int index)
{
    return QStringLiteral("U-%1").arg(index, 3, 10, QLatin1Char('0'));
}

// `orders` orders over the last 180 days, dispatched to 80 units on 15 streets, a third of them
// returned once, most signed, replied and called back.
bool seed(CentralDatabase &db, int orders)
{
    QRandomGenerator random(20261207);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    qint64 revision = 1;
    constexpr int batch = 2000;
    for (int first = 0; first < orders; first += batch) {
        SyncWrites writes(db);
        for (int i = first; i < std::min(orders, first + batch); ++i) {
            WorkOrderDraft d;
            d.phone = QStringLiteral("139%1").arg(10000000 + i % 50000);
            d.appealType = AppealType::Complaint;
            d.classification = {i % 2 ? QStringLiteral("城乡建设") : QStringLiteral("环境保护"), QStringLiteral("市政设施"), QStringLiteral("路灯")};
            d.address.districtCode = QStringLiteral("110102");
            d.address.districtName = QStringLiteral("西城区");
            d.address.streetCode = QStringLiteral("1101020%1").arg(10 + i % 15);
            d.address.streetName = QStringLiteral("第%1街道").arg(i % 15 + 1);
            d.title = QStringLiteral("路灯不亮");
            d.description = QStringLiteral("小区门口路灯一周不亮，晚上出行不便，请尽快修复。");
            const QString number = QStringLiteral("26%1").arg(i, 10, 10, QLatin1Char('0'));
            const QDateTime at = now.addSecs(-qint64(random.bounded(180 * 24 * 3600)));
            const QString unit = unitOf(int(random.bounded(units)));
            QVector<WorkOrderEvent> events{WorkOrderEvent::make(number, EventType::Created, QStringLiteral("op"), at, d.toJson()),
                                           WorkOrderEvent::make(number, EventType::Dispatched, QStringLiteral("op"), at.addSecs(60), {{QStringLiteral("unit"), unit}})};
            const int stage = int(random.bounded(10));
            if (stage >= 3)
                events.append(WorkOrderEvent::make(number, EventType::Signed, unit, at.addSecs(1800), {}));
            if (stage >= 5)
                events.append(WorkOrderEvent::make(number, EventType::Replied, unit, at.addSecs(86400), {{QStringLiteral("text"), QStringLiteral("已修复")}}));
            if (stage >= 7)
                events.append(WorkOrderEvent::make(number, EventType::CalledBack, QStringLiteral("op"), at.addSecs(2 * 86400),
                                                   {{QStringLiteral("result"), stage == 9 ? QStringLiteral("dissatisfied") : QStringLiteral("satisfied")}}));
            std::optional<WorkOrderState> state;
            for (const WorkOrderEvent &event : events) {
                const Result<WorkOrderState> next = Lifecycle::apply(state, event);
                if (!next)
                    break; // a stage the lifecycle refuses: the order stays where it got
                state = next.value();
                writes.addEvent(event, *state, QStringLiteral("desk-%1").arg(i % 300), QStringLiteral("op"), revision);
                revision += SyncWrites::revisionsFor(*state);
            }
        }
        if (Status s = db.transaction([&] { return writes.write(); }); !s) {
            std::fprintf(stderr, "seed: %s\n", qPrintable(s.error()));
            return false;
        }
    }
    return true;
}

double seconds(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e9;
}
} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen"); // the PDF's charts are graphics widgets
    QApplication app(argc, argv);
    int orders = 100000;
    QStringList backends{QStringLiteral("sqlite"), QStringLiteral("postgresql")};
    const QStringList args = app.arguments();
    for (qsizetype i = 1; i + 1 < args.size(); i += 2) {
        if (args.at(i) == QLatin1String("--orders"))
            orders = args.at(i + 1).toInt();
        else if (args.at(i) == QLatin1String("--backend"))
            backends = args.at(i + 1) == QLatin1String("both") ? backends : QStringList{args.at(i + 1)};
    }
    const TimeLimits limits(TimeLimits::defaultRules(), WorkingCalendar());
    const Deadlines deadlines(limits);
    const QString period = QDateTime::currentDateTime().toTimeZone(QTimeZone(QByteArrayLiteral("Asia/Shanghai"))).toString(QStringLiteral("yyyy-MM"));
    std::printf("report: %d orders over 180 days, %d units; the month %s with a 6-month trend\n", orders, units, qPrintable(period));
    for (const QString &backend : std::as_const(backends)) {
        QTemporaryDir dir;
        const QString url = benchDatabaseUrl(backend, dir, QStringLiteral("report"));
        if (url.isEmpty()) {
            std::printf("%-10s skipped: no database\n", qPrintable(backend));
            continue;
        }
        Result<std::unique_ptr<CentralDatabase>> db = CentralDatabase::open(url);
        if (!db || !seed(*db.value(), orders)) {
            std::fprintf(stderr, "%s\n", db ? "seeding failed" : qPrintable(db.error()));
            return 1;
        }
        const FigureQuery query(*db.value(), deadlines, QDateTime::currentDateTimeUtc());
        QElapsedTimer timer;
        timer.start();
        const Result<FigureReport> month = query.report(period, {}, 6);
        const double centre = seconds(timer);
        if (!month || month.value().units.isEmpty()) {
            std::fprintf(stderr, "no figures for the month\n");
            return 1;
        }
        const QString busiest = month.value().units.first().key; // most orders: the fullest report
        timer.restart();
        const Result<FigureReport> unit = query.report(period, {busiest, {}}, 6);
        const double unitReport = seconds(timer);
        timer.restart();
        const Result<QJsonArray> behind = query.orders(period, {}, {Figures::By::Unit, busiest, Figures::Measure::Orders, {}});
        const double drill = seconds(timer);
        if (!unit || !behind) {
            std::fprintf(stderr, "the figures failed\n");
            return 1;
        }
        timer.restart();
        const Status pdf = ReportWriter::writePdf(unit.value(), dir.filePath(QStringLiteral("unit.pdf")));
        const double drawing = seconds(timer);
        timer.restart();
        const Status csv = ReportWriter::writeCsv(month.value(), dir.filePath(QStringLiteral("month.csv")));
        const double table = seconds(timer);
        if (!pdf || !csv) {
            std::fprintf(stderr, "%s\n", qPrintable(pdf ? csv.error() : pdf.error()));
            return 1;
        }
        std::printf("%-10s the month, whole centre (%d orders in it):  %7.3f s\n", qPrintable(backend), month.value().total.orders, centre);
        std::printf("%-10s the month, one unit (%d orders):              %7.3f s\n", qPrintable(backend), unit.value().total.orders, unitReport);
        std::printf("%-10s the orders behind the unit's bar (%lld):       %7.3f s\n", qPrintable(backend), qlonglong(behind.value().size()), drill);
        std::printf("%-10s the unit's PDF (charts, tables):             %7.3f s\n", qPrintable(backend), drawing);
        std::printf("%-10s the month's CSV:                             %7.3f s\n", qPrintable(backend), table);
    }
    return 0;
}
