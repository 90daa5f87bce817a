// SPDX-License-Identifier: GPL-3.0-or-later
// hotline-desk: the operator's workstation. Composition root only: parse the command line,
// open the local store, build the indexes and the window.
#include "operator/DeskWindow.h"
#include "common/InterfaceLanguage.h"
#include "telephony/AgentSession.h"
#include "telephony/AgentStateLog.h"
#include "desk/FormProposals.h"
#include "desk/SeatServices.h"
#include "telephony/CallControl.h"
#include "desk/ReferenceIndexes.h"
#include "geo/MbTiles.h"
#include "kb/KnowledgeBase.h"
#include "editor/KbEditorWindow.h"
#include "store/LocalStore.h"
#include "training/TrainingStore.h"
#include "training/TrainingWindow.h"
#include "sync/SyncEngine.h"
#include "workorder/WorkOrderRepository.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QMessageBox>
#include <QStandardPaths>
#include <QTimer>

#include <cstdio>

using namespace hotline;

namespace {

// --training: the trainee's window over the training store beside the desk's (made from its
// reference data the first time), with the scenarios shipped in the program and any in
// `folder`. Nothing of it touches the desk's store or a centre.
int runTraining(LocalStore &desk, const QString &folder, int quitAfterMs)
{
    Result<std::unique_ptr<TrainingStore>> training = TrainingStore::openOrCreate(TrainingStore::pathBeside(desk), desk);
    if (!training) {
        std::fprintf(stderr, "%s\n", qPrintable(training.error()));
        QMessageBox::critical(nullptr, QApplication::translate("main", "无法打开培训库"), training.error());
        return 2;
    }
    for (const QString &source : {QStringLiteral(":/training"), folder}) {
        if (source.isEmpty())
            continue;
        const TrainingLoadReport report = training.value()->loadFolder(source);
        for (const QString &problem : report.problems)
            std::fprintf(stderr, "training: %s\n", qPrintable(problem));
    }
    TrainingWindow window(*training.value(), PinyinTable::builtIn());
    // The trainee signs in on the desk's own store (Ctrl+Shift+I): the centre's scenarios and
    // courses come down, scored attempts go up. The practice desk's store never syncs.
    KnowledgeBase kb(desk, PinyinTable::builtIn());
    SyncEngine sync(desk, kb.articles());
    sync.start();
    window.setCentre(&sync);
    window.show();
    qInfo("training ready: store %s", qPrintable(training.value()->store().path()));
    if (quitAfterMs >= 0)
        QTimer::singleShot(quitAfterMs, &window, &QWidget::close);
    return QApplication::exec();
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("hotline-desk"));
    QApplication::setOrganizationName(QStringLiteral("HotlineDesk"));
    QApplication::setApplicationVersion(QStringLiteral(HOTLINE_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("12345 hotline operator desk"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption storeOption(QStringLiteral("store"), QStringLiteral("Local SQLite store."),
                                         QStringLiteral("path"));
    const QCommandLineOption langOption(QStringLiteral("lang"), QStringLiteral("Interface language: zh_CN or en."),
                                        QStringLiteral("language"));
    const QCommandLineOption quitOption(QStringLiteral("quit-after"),
                                        QStringLiteral("Close the window after this many milliseconds (smoke tests)."),
                                        QStringLiteral("ms"));
    const QCommandLineOption editorOption(QStringLiteral("editor"),
                                          QStringLiteral("Open the knowledge-base editor instead of the operator desk."));
    const QCommandLineOption basemapOption(QStringLiteral("basemap"),
                                           QStringLiteral("Raster MBTiles basemap for the map tab (else the store's map.basemap)."),
                                           QStringLiteral("file"));
    const QCommandLineOption trainingOption(QStringLiteral("training"),
                                            QStringLiteral("Trainee mode: scripted calls on a training store of its own, scored."));
    const QCommandLineOption scenariosOption(QStringLiteral("training-scenarios"),
                                             QStringLiteral("A folder of scenario and course JSON files to load for --training."),
                                             QStringLiteral("folder"));
    parser.addOptions({storeOption, langOption, quitOption, editorOption, basemapOption, trainingOption, scenariosOption});
    parser.process(app);

    // Chinese is the source language and the default, whatever locale the workstation image
    // was set up with; English comes from the translation compiled in.
    const QString language = parser.isSet(langOption) ? parser.value(langOption) : QStringLiteral("zh_CN");
    InterfaceLanguage interfaceLanguage;
    if (!interfaceLanguage.install(language, QStringLiteral(":/i18n/hotline_en.qm")))
        std::fprintf(stderr, "hotline-desk: some of the %s translation is missing (package qt6-translations-l10n?)\n",
                     qPrintable(language));

    const QString storePath = parser.isSet(storeOption)
        ? parser.value(storeOption)
        : QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/desk.sqlite");
    Result<std::unique_ptr<LocalStore>> store = LocalStore::open(storePath);
    if (!store) {
        std::fprintf(stderr, "%s\n", qPrintable(store.error()));
        if (!parser.isSet(quitOption))
            QMessageBox::critical(nullptr, QApplication::translate("main", "无法打开本地数据库"), store.error());
        return 2;
    }
    if (parser.isSet(trainingOption))
        return runTraining(*store.value(), parser.value(scenariosOption),
                           parser.isSet(quitOption) ? parser.value(quitOption).toInt() : -1);
    WorkOrderRepository orders(*store.value());
    const auto pinyin = PinyinTable::builtIn();
    ReferenceIndexes indexes(*store.value(), pinyin);
    // Items, place and unit proposed on the form as the operator types, from the same store.
    FormProposals proposals(*store.value(), indexes);
    KnowledgeBase kb(*store.value(), pinyin);
    AgentSession agent(AgentSettings::load(*store.value()));
    // Every change of the operator's state goes to the centre (the wallboard reads them).
    AgentStateLog agentLog(agent, *store.value());
    const QString operatorName = store.value()->meta(QStringLiteral("operator"), qEnvironmentVariable("USER"));
    // Syncs in the background once the desk has signed in to a centre (Ctrl+Shift+I).
    SyncEngine sync(*store.value(), kb.articles());
    sync.start();
    std::unique_ptr<SeatServices> seat;
    std::unique_ptr<QMainWindow> shown;
    std::unique_ptr<MbTiles> basemap;
    const QString basemapPath = parser.isSet(basemapOption) ? parser.value(basemapOption)
                                                            : store.value()->meta(QStringLiteral("map.basemap"));
    if (!basemapPath.isEmpty()) {
        // A missing basemap costs the operator only the background, so the desk still starts.
        Result<std::unique_ptr<MbTiles>> opened = MbTiles::open(basemapPath);
        if (opened)
            basemap = std::move(opened).value();
        else
            std::fprintf(stderr, "basemap not used: %s\n", qPrintable(opened.error()));
    }
    if (parser.isSet(editorOption)) {
        auto editor = std::make_unique<KbEditorWindow>(kb, operatorName);
        // Synonyms are published to the centre and the misses read from it (Ctrl+Shift+I).
        editor->setSync(&sync);
        shown = std::move(editor);
    } else {
        auto desk = std::make_unique<DeskWindow>(*store.value(), orders, indexes, kb, agent);
        desk->setBasemap(basemap.get());
        desk->setSync(&sync);
        desk->setProposals(&proposals);
        // The phone, the recording of every call and its transcript, as the site file says.
        SeatServices::Options seatOptions;
        seatOptions.siteConfig = DeskSiteConfig::defaultPath();
        seatOptions.storeFolder = QFileInfo(store.value()->path()).absolutePath();
        seat = std::make_unique<SeatServices>(*store.value(), sync, seatOptions);
        desk->setPhone(seat->phone());
        desk->setTranscriptSource(seat->transcript());
        QObject::connect(desk->calls(), &CallControl::answered, seat.get(), &SeatServices::callAnswered);
        QObject::connect(desk->calls(), &CallControl::callEnded, seat.get(), &SeatServices::callEnded);
        QObject::connect(desk.get(), &DeskWindow::orderFiledForCall, seat.get(), &SeatServices::orderFiled);
        QObject::connect(seat.get(), &SeatServices::trouble, desk.get(), &DeskWindow::notify);
        for (const QString &problem : seat->problems()) {
            std::fprintf(stderr, "%s\n", qPrintable(problem));
            desk->notify(problem);
        }
        shown = std::move(desk);
    }
    QMainWindow &window = *shown;
    window.show();
    qInfo("desk ready: store %s", qPrintable(store.value()->path()));

    if (parser.isSet(quitOption)) {
        bool ok = false;
        const int ms = parser.value(quitOption).toInt(&ok);
        if (!ok || ms < 0) {
            std::fprintf(stderr, "--quit-after needs a number of milliseconds\n");
            return 2;
        }
        QTimer::singleShot(ms, &window, [&window] {
            if (window.isVisible())
                qInfo("main window shown");
            window.close();
        });
    }
    return QApplication::exec();
}
