// SPDX-License-Identifier: GPL-3.0-or-later
#include "CtlCommands.h"

#include "desk/DemoOrders.h"
#include "desk/FilingDispatch.h"
#include "desk/ReferenceIndexes.h"
#include "geo/GeoRepository.h"
#include "kb/KbImporter.h"
#include "kb/KnowledgeBase.h"
#include "store/LocalStore.h"
#include "store/Outbox.h"
#include "sync/ReferenceData.h"
#include "sync/SyncEngine.h"
#include "workorder/NearbyOrders.h"
#include "workorder/OrderExport.h"
#include "workorder/WorkOrderRepository.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QTimer>

namespace hotline {

bool CtlCommands::takeLimit(QStringList &words, int *limit)
{
    const qsizetype at = words.indexOf(QStringLiteral("--limit"));
    if (at < 0)
        return true; // the caller's default stands
    bool ok = false;
    const int value = words.value(at + 1).toInt(&ok);
    if (!ok || value <= 0)
        return false;
    *limit = value;
    words.remove(at, 2);
    return true;
}

int CtlCommands::usage(const QString &problem)
{
    m_err << problem << Qt::endl
          << "usage: hotline-ctl --store PATH import divisions|catalog|units|synonyms|calendar|limits|rules FILE" << Qt::endl
          << "       hotline-ctl --store PATH init [--seed DIR]   (divisions, catalogue, units, synonyms, calendar, limits, rules, stations)" << Qt::endl
          << "       hotline-ctl --store PATH import kb FILE [--skip-bad]" << Qt::endl
          << "       hotline-ctl --store PATH import geo FILE [--crs wgs84|gcj02] [--kind KIND]" << Qt::endl
          << "       hotline-ctl --store PATH kb search QUERY [--limit N]" << Qt::endl
          << "       hotline-ctl --store PATH geo find TEXT [--limit N]" << Qt::endl
          << "       hotline-ctl --store PATH geo where LNG LAT   (WGS84)" << Qt::endl
          << "       hotline-ctl --store PATH orders list [--json] [--limit N]" << Qt::endl
          << "       hotline-ctl --store PATH orders show NUMBER [--json]" << Qt::endl
          << "       hotline-ctl --store PATH calendar import FILE   (date,kind: holiday|workday)" << Qt::endl
          << "       hotline-ctl --store PATH calendar due START --working-days N" << Qt::endl
          << "       hotline-ctl --store PATH dispatch propose --item TEXT --address TEXT" << Qt::endl
          << "       hotline-ctl --store PATH classify train CSV --text COL[,COL...] --label COL   (labelled past orders)" << Qt::endl
          << "       hotline-ctl --store PATH classify suggest [--limit K]   (descriptions on stdin, one a line; K labels out)" << Qt::endl
          << "       hotline-ctl --store PATH seed-demo" << Qt::endl
          << "       hotline-ctl --store PATH sign-in URL LOGIN   (password from HOTLINE_PASSWORD or stdin)" << Qt::endl
          << "       hotline-ctl --store PATH sync" << Qt::endl
          << "       hotline-ctl --store PATH recordings upload [--chunk-bytes N] [--chunk-pause-ms MS] | list | retention DAYS" << Qt::endl
          << "       hotline-ctl --store PATH recordings import STEREO.wav | CITIZEN.wav OPERATOR.wav [--meta call=ID caller=NUMBER started=ISO orders=N1,N2]" << Qt::endl
          << "       hotline-ctl --store PATH config workstation N" << Qt::endl
          << "       hotline-ctl --store PATH config nearby-radius METRES | nearby-days DAYS" << Qt::endl
          << "       hotline-ctl --store PATH config dispatch-review all|none|confidence<0.8|items:路灯;井盖[,…]" << Qt::endl
          << "       hotline-ctl --store PATH config agent-reasons 小休;就餐;培训;减压;会议 | after-call-seconds N (0: no limit)" << Qt::endl
          << "       hotline-ctl --store PATH config divert-to NUMBER ('' refuses calls while not ready)" << Qt::endl
          << "       hotline-ctl --store PATH config transfer-directory 名称=号码;名称=号码" << Qt::endl
          << "       hotline-ctl figures --central URL --period YYYY-MM --by unit|street|top-streets   (token in HOTLINE_TOKEN)" << Qt::endl
          << "       hotline-ctl report --central URL --period YYYY-MM --unit CODE|--district CODE [--pdf FILE] [--csv FILE]" << Qt::endl
          << "       hotline-ctl quality form import FORM.json [--central URL]   (checks; publishes with a token)" << Qt::endl
          << "       hotline-ctl training generate --messages FILE [--format gov|complaint] --out DIR [--audio] [--limit N] [--catalog FILE]" << Qt::endl;
    return 2;
}

int CtlCommands::run(const QStringList &arguments, bool json)
{
    if (arguments.isEmpty())
        return usage(QStringLiteral("missing command"));
    const QString command = arguments.first();
    const QStringList rest = arguments.mid(1);
    if (command == QLatin1String("import"))
        return import(rest);
    if (command == QLatin1String("orders"))
        return orders(rest, json);
    if (command == QLatin1String("kb"))
        return kb(rest);
    if (command == QLatin1String("geo"))
        return geo(rest);
    if (command == QLatin1String("calendar"))
        return calendar(rest);
    if (command == QLatin1String("init"))
        return init(rest);
    if (command == QLatin1String("dispatch"))
        return dispatch(rest);
    if (command == QLatin1String("classify"))
        return classify(rest);
    if (command == QLatin1String("seed-demo"))
        return seedDemo();
    if (command == QLatin1String("config"))
        return config(rest);
    if (command == QLatin1String("sign-in"))
        return signIn(rest);
    if (command == QLatin1String("sync") && rest.isEmpty())
        return sync();
    if (command == QLatin1String("recordings"))
        return recordings(rest);
    return usage(QStringLiteral("unknown command: ") + command);
}

int CtlCommands::import(const QStringList &arguments)
{
    if (arguments.value(0) == QLatin1String("kb"))
        return importKb(arguments.mid(1));
    if (arguments.value(0) == QLatin1String("geo"))
        return importGeo(arguments.mid(1));
    if (arguments.size() != 2)
        return usage(QStringLiteral("import needs a kind and a file"));
    const QString &kind = arguments.at(0);
    const QString &file = arguments.at(1);
    if (!ReferenceData::isKind(kind))
        return usage(QStringLiteral("unknown import kind: ") + kind);
    const Result<int> imported = ReferenceData::importFile(m_store, kind, file);
    if (!imported) {
        m_err << file << ": " << imported.error() << Qt::endl << "nothing was imported" << Qt::endl;
        return 1;
    }
    m_out << "imported " << imported.value() << ' ' << kind << " from " << file << Qt::endl;
    return 0;
}

int CtlCommands::importKb(const QStringList &arguments)
{
    const bool skipBad = arguments.contains(QStringLiteral("--skip-bad"));
    QStringList files = arguments;
    files.removeAll(QStringLiteral("--skip-bad"));
    if (files.size() != 1)
        return usage(QStringLiteral("import kb needs one file"));
    KnowledgeBase kb(m_store, PinyinTable::builtIn());
    Result<KbImportReport> report = KbImporter::importCsv(m_store, kb.articles(), files.first(), skipBad);
    if (!report) {
        m_err << files.first() << ": " << report.error() << Qt::endl;
        return 1;
    }
    for (const QString &line : report.value().skipped)
        m_err << "skipped " << line << Qt::endl;
    m_out << "imported " << report.value().rows - report.value().skipped.size() << " articles ("
          << report.value().format << "): " << report.value().written << " written, " << report.value().unchanged
          << " unchanged, " << report.value().skipped.size() << " skipped" << Qt::endl;
    return 0;
}

int CtlCommands::importGeo(const QStringList &arguments)
{
    GeoImportOptions options;
    QStringList files;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        if (arguments.at(i) == QLatin1String("--crs") && i + 1 < arguments.size()) {
            options.crs = coordinateSystemFromName(arguments.at(++i));
            if (!options.crs)
                return usage(QStringLiteral("--crs takes wgs84 or gcj02"));
        } else if (arguments.at(i) == QLatin1String("--kind") && i + 1 < arguments.size()) {
            options.kind = arguments.at(++i);
        } else {
            files.append(arguments.at(i));
        }
    }
    if (files.size() != 1)
        return usage(QStringLiteral("import geo needs one file"));
    Result<GeoImportReport> report = GeoRepository(m_store).importFile(files.first(), options);
    if (!report) {
        m_err << files.first() << ": " << report.error() << Qt::endl << "nothing was imported" << Qt::endl;
        return 1;
    }
    m_out << "imported " << report.value().areas << " boundaries and " << report.value().places << " places ("
          << report.value().format << ") from " << files.first() << Qt::endl;
    return 0;
}

int CtlCommands::geo(const QStringList &arguments)
{
    const auto coordinate = [](double value) { return QString::number(value, 'f', 6); };
    ReferenceIndexes indexes(m_store, PinyinTable::builtIn());
    if (arguments.value(0) == QLatin1String("find") && arguments.size() >= 2) {
        QStringList words = arguments.mid(1);
        int limit = 10;
        if (!takeLimit(words, &limit))
            return usage(QStringLiteral("--limit needs a positive number"));
        m_out << "name\tkind\tdistrict_code\tdistrict\tstreet_code\tstreet\tcommunity\tlng\tlat" << Qt::endl;
        for (const GeoMatch &match : indexes.geo().find(words.join(u' '), limit)) {
            const Address &a = match.address;
            m_out << match.name << '\t' << match.kind << '\t' << a.districtCode << '\t' << a.districtName << '\t'
                  << a.streetCode << '\t' << a.streetName << '\t' << a.communityName << '\t'
                  << (match.location ? coordinate(match.location->lng) : QString()) << '\t'
                  << (match.location ? coordinate(match.location->lat) : QString()) << Qt::endl;
        }
        return 0;
    }
    if (arguments.value(0) == QLatin1String("where") && arguments.size() == 3) {
        bool lngOk = false;
        bool latOk = false;
        const GeoPoint point{arguments.at(1).toDouble(&lngOk), arguments.at(2).toDouble(&latOk)};
        if (!lngOk || !latOk || !point.isValid())
            return usage(QStringLiteral("geo where needs LNG LAT in degrees (WGS84), longitude first"));
        const PointLookup lookup = indexes.geo().whereIs(point);
        if (!lookup.address.hasDistrict()) {
            m_err << "the point " << coordinate(point.lng) << ',' << coordinate(point.lat)
                  << " is outside every imported district boundary" << Qt::endl;
            return 1;
        }
        m_out << "district_code\tdistrict\tstreet_code\tstreet\tnearest\tnearest_m" << Qt::endl
              << lookup.address.districtCode << '\t' << lookup.address.districtName << '\t' << lookup.address.streetCode
              << '\t' << lookup.address.streetName << '\t' << (lookup.nearest ? lookup.nearest->name : QString()) << '\t'
              << (lookup.nearest ? QString::number(qRound(lookup.nearestMeters)) : QString()) << Qt::endl;
        return 0;
    }
    return usage(QStringLiteral("geo needs: find TEXT [--limit N] | where LNG LAT"));
}

int CtlCommands::kb(const QStringList &arguments)
{
    if (arguments.value(0) != QLatin1String("search") || arguments.size() < 2)
        return usage(QStringLiteral("kb needs: search QUERY [--limit N]"));
    int limit = 10;
    QStringList words = arguments.mid(1);
    if (!takeLimit(words, &limit))
        return usage(QStringLiteral("--limit needs a positive number"));
    KnowledgeBase kb(m_store, PinyinTable::builtIn());
    m_out << "id\ttitle\tscore" << Qt::endl;
    for (const KbHit &hit : kb.search().search(words.join(u' '), limit))
        m_out << hit.articleId << '\t' << QString(hit.title).replace(u'\t', u' ') << '\t'
              << QString::number(hit.score, 'f', 3) << Qt::endl;
    return 0;
}

int CtlCommands::orders(const QStringList &arguments, bool json)
{
    WorkOrderRepository repository(m_store);
    if (arguments.value(0) == QLatin1String("list")) {
        int limit = 200;
        if (arguments.size() == 3 && arguments.at(1) == QLatin1String("--limit")) {
            bool ok = false;
            limit = arguments.at(2).toInt(&ok);
            if (!ok || limit <= 0)
                return usage(QStringLiteral("--limit needs a positive number"));
        } else if (arguments.size() != 1) {
            return usage(QStringLiteral("orders list takes only --json and --limit N"));
        }
        const QVector<WorkOrderSummary> list = repository.recent(limit);
        if (json)
            m_out << QJsonDocument(OrderExport::listJson(list)).toJson(QJsonDocument::Indented);
        else
            m_out << OrderExport::listTsv(list);
        return 0;
    }
    if (arguments.value(0) == QLatin1String("show") && arguments.size() == 2) {
        const QString number = arguments.at(1);
        const std::optional<WorkOrderState> state = repository.find(number);
        if (!state) {
            m_err << "no work order " << number << Qt::endl;
            return 1;
        }
        const QVector<WorkOrderEvent> events = repository.events(number);
        if (json)
            m_out << QJsonDocument(OrderExport::detailJson(*state, events)).toJson(QJsonDocument::Indented);
        else
            m_out << OrderExport::detailTsv(*state, events);
        return 0;
    }
    return usage(QStringLiteral("orders needs list or show NUMBER"));
}

int CtlCommands::seedDemo()
{
    ReferenceIndexes indexes(m_store, PinyinTable::builtIn());
    Result<int> seeded = DemoOrders::seed(m_store, indexes);
    if (!seeded) {
        m_err << seeded.error() << Qt::endl;
        return 1;
    }
    m_out << "created " << seeded.value() << " demo work orders" << Qt::endl;
    return 0;
}

int CtlCommands::signIn(const QStringList &arguments)
{
    const QUrl url(arguments.value(0));
    if (arguments.size() != 2 || !url.isValid() || url.scheme().isEmpty())
        return usage(QStringLiteral("sign-in needs the centre's URL (http://host:port) and a login"));
    QString password = qEnvironmentVariable("HOTLINE_PASSWORD");
    if (password.isEmpty())
        password = QTextStream(stdin).readLine();
    KnowledgeBase kb(m_store, PinyinTable::builtIn());
    SyncEngine engine(m_store, kb.articles());
    QEventLoop loop;
    QString problem;
    engine.signIn(url, arguments.at(1), password, [&](const QString &error) {
        problem = error;
        loop.quit();
    });
    loop.exec();
    if (!problem.isEmpty()) {
        m_err << problem << Qt::endl;
        return 1;
    }
    m_out << "signed in to " << url.toString() << " as " << arguments.at(1) << Qt::endl;
    return 0;
}

int CtlCommands::sync()
{
    KnowledgeBase kb(m_store, PinyinTable::builtIn());
    SyncEngine engine(m_store, kb.articles());
    if (engine.state() == SyncEngine::State::NotConfigured || engine.state() == SyncEngine::State::SignedOut) {
        m_err << "not signed in: hotline-ctl --store PATH sign-in URL LOGIN" << Qt::endl;
        return 1;
    }
    // One round: push everything, pull everything, top up the numbers.
    QEventLoop loop;
    QObject::connect(&engine, &SyncEngine::stateChanged, &loop, [&](SyncEngine::State state) {
        if (state != SyncEngine::State::Syncing)
            loop.quit();
    });
    QTimer::singleShot(0, &engine, &SyncEngine::syncNow);
    QTimer::singleShot(120000, &loop, &QEventLoop::quit);
    loop.exec();
    const int pending = Outbox(m_store).pendingCount();
    if (engine.state() != SyncEngine::State::Online) {
        m_err << SyncEngine::displayName(engine.state()) << ": " << engine.lastError() << Qt::endl
              << pending << " operations wait for the centre" << Qt::endl;
        return 1;
    }
    m_out << "synced; " << pending << " operations pending, " << Outbox(m_store).rejected(100000).size() << " refused by the centre"
          << Qt::endl;
    return 0;
}

int CtlCommands::config(const QStringList &arguments)
{
    const QString key = arguments.value(0);
    if (key == QLatin1String("dispatch-review") && arguments.size() == 2) {
        // Which proposed dispatches of this desk wait for a dispatcher: checked before it is kept.
        if (Status s = FilingDispatch::setReviewPolicy(m_store, arguments.at(1)); !s) {
            m_err << s.error() << Qt::endl;
            return 1;
        }
        m_out << key << ' ' << FilingDispatch::reviewPolicy(m_store).toText() << Qt::endl;
        return 0;
    }
    if (isSeatSetting(key) && arguments.size() == 2)
        return seatConfig(key, arguments.at(1));
    const bool known = key == QLatin1String("workstation") || key == QLatin1String("nearby-radius")
        || key == QLatin1String("nearby-days");
    if (arguments.size() != 2 || !known)
        return usage(QStringLiteral("config takes: workstation N | nearby-radius METRES | nearby-days DAYS"
                                    " | dispatch-review all|none|confidence<0.8|items:路灯;井盖"
                                    " | agent-reasons 小休;就餐;… | after-call-seconds N | divert-to NUMBER | transfer-directory 名称=号码;…"));
    bool ok = false;
    const int number = arguments.at(1).toInt(&ok);
    Status status;
    if (!ok) {
        status = Error{key + QStringLiteral(" must be a whole number")};
    } else if (key == QLatin1String("workstation")) {
        status = WorkOrderRepository(m_store).setWorkstation(number);
    } else {
        NearbySettings settings = NearbySettings::load(m_store);
        (key == QLatin1String("nearby-radius") ? settings.radiusMeters : settings.days) = number;
        status = NearbySettings::save(m_store, settings);
    }
    if (!status) {
        m_err << status.error() << Qt::endl;
        return 1;
    }
    m_out << key << ' ' << number << Qt::endl;
    return 0;
}

} // namespace hotline
