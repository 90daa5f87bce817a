// SPDX-License-Identifier: GPL-3.0-or-later
// hotline-ctl: imports, exports and support commands over a local store.
#include "CtlCommands.h"
#include "FiguresCommand.h"
#include "QualityCommand.h"
#include "ReportCommand.h"
#include "TrainingCommand.h"
#include "store/LocalStore.h"

#include <QApplication>
#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

#include <cstdio>
#include <cstring>
#include <memory>

using namespace hotline;

int main(int argc, char *argv[])
{
    // `report` draws a PDF with Qt Charts, whose charts are graphics widgets: that one command
    // gets a QApplication, on the offscreen platform unless told otherwise, so it needs no
    // display; every other command stays a QCoreApplication.
    const bool drawing = argc > 1 && std::strcmp(argv[1], "report") == 0;
    if (drawing && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    const std::unique_ptr<QCoreApplication> app =
        drawing ? std::make_unique<QApplication>(argc, argv) : std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("hotline-ctl"));
    QTextStream out(stdout);
    QTextStream err(stderr);

    // Hand-rolled rather than QCommandLineParser: the subcommands own their arguments.
    QStringList arguments = QCoreApplication::arguments().mid(1);
    QString storePath;
    bool json = false;
    for (qsizetype i = 0; i < arguments.size();) {
        if (arguments.at(i) == QLatin1String("--store") && i + 1 < arguments.size()) {
            storePath = arguments.at(i + 1);
            arguments.remove(i, 2);
        } else if (arguments.at(i) == QLatin1String("--json")) {
            json = true;
            arguments.remove(i);
        } else if (arguments.at(i) == QLatin1String("--help") || arguments.at(i) == QLatin1String("-h")) {
            arguments = {QStringLiteral("help")};
            break;
        } else {
            ++i;
        }
    }
    // The figures are the centre's: asked of it, no store needed.
    if (!arguments.isEmpty() && arguments.first() == QLatin1String("figures"))
        return runFigures(arguments, out, err);
    // Scoring forms are the centre's too: checked here, published there.
    if (!arguments.isEmpty() && arguments.first() == QLatin1String("quality"))
        return runQuality(arguments, out, err);
    // Scenarios for trainees are files generated from labelled messages: no store either.
    if (!arguments.isEmpty() && arguments.first() == QLatin1String("training"))
        return runTraining(arguments, out, err);
    if (drawing)
        return runReport(arguments, out, err);
    if (storePath.isEmpty()) {
        err << "hotline-ctl: --store PATH is required" << Qt::endl
            << "usage: hotline-ctl --store PATH import divisions|catalog|units|synonyms|kb|geo FILE | kb search QUERY"
               " | geo find TEXT | geo where LNG LAT | orders list|show NUMBER [--json] | classify train|suggest"
               " | seed-demo | config KEY VALUE"
               " | (no store) training generate --messages FILE --out DIR [--audio]"
            << Qt::endl;
        return 2;
    }
    Result<std::unique_ptr<LocalStore>> store = LocalStore::open(storePath);
    if (!store) {
        err << store.error() << Qt::endl;
        return 1;
    }
    CtlCommands commands(*store.value(), out, err);
    return commands.run(arguments, json);
}
