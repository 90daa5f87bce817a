// SPDX-License-Identifier: GPL-3.0-or-later
// How fast are trainee scenarios generated from the labelled messages? Every one of the 395
// messages of tests/data/gov_messages_labeled.csv, first without audio (times from the
// speaking rate), then with the caller's voice from espeak-ng (one process per sentence, the
// sentences joined into one WAV per scenario). Prints messages a second, the total time and
// the seconds of speech produced per second of wall time — the figures the README quotes.
//
//   training_generate_bench [--limit N] [--no-audio]
//
// A plain harness rather than Google Benchmark: one pass with audio takes minutes, and the
// figure wanted is that pass, not a per-iteration time.
#include "catalog/CatalogCsv.h"
#include "importing/CsvReader.h"
#include "training/ScenarioGenerator.h"
#include "training/SpeechSynthesis.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>

#include <cstdio>

using namespace hotline;

namespace {

struct Pass {
    int accepted = 0;
    int refused = 0;
    qint64 speechMs = 0;
    qint64 audioBytes = 0;
    double seconds = 0;
};

Pass run(const QVector<Classification> &catalogue, const QList<LabelledMessage> &messages, const SpeechSynthesis *voice, const QString &dir)
{
    ScenarioGenerator generator(catalogue);
    if (voice)
        generator.setSynthesis(voice, dir);
    Pass pass;
    QElapsedTimer clock;
    clock.start();
    for (const LabelledMessage &message : messages) {
        const GeneratedScenario made = generator.generate(message);
        if (!made.scenario) {
            ++pass.refused;
            continue;
        }
        ++pass.accepted;
        pass.speechMs += made.scenario->scriptMs();
        if (voice)
            pass.audioBytes += QFileInfo(QDir(dir).filePath(made.scenario->audio)).size();
    }
    pass.seconds = double(clock.nsecsElapsed()) / 1e9;
    return pass;
}

void print(const char *name, const Pass &pass, int messages)
{
    std::printf("%-22s %4d messages  %4d scenarios  %3d refused  %8.2f s  %8.1f messages/s  %8.1f s of speech  %7.1f s speech per s"
                "%s\n",
                name, messages, pass.accepted, pass.refused, pass.seconds, messages / pass.seconds, double(pass.speechMs) / 1000.0,
                double(pass.speechMs) / 1000.0 / pass.seconds,
                pass.audioBytes ? qPrintable(QStringLiteral("  %1 MB of WAV").arg(double(pass.audioBytes) / 1e6, 0, 'f', 1)) : "");
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    int limit = -1;
    if (const qsizetype at = arguments.indexOf(QStringLiteral("--limit")); at >= 0)
        limit = arguments.value(at + 1).toInt();
    const bool audio = !arguments.contains(QStringLiteral("--no-audio"));

    const Result<QVector<CsvRecord>> records = CsvReader::readFile(QStringLiteral(HOTLINE_TEST_DATA "/catalog_3level.csv"));
    const Result<QVector<Classification>> catalogue = records ? CatalogCsv::parse(records.value()) : Result<QVector<Classification>>(Error{records.error()});
    Result<QList<LabelledMessage>> messages =
        ScenarioGenerator::readMessages(QStringLiteral(HOTLINE_TEST_DATA "/gov_messages_labeled.csv"), ScenarioGenerator::Format::Gov);
    if (!catalogue || !messages) {
        std::fprintf(stderr, "training_generate_bench: %s\n", qPrintable(!catalogue ? catalogue.error() : messages.error()));
        return 1;
    }
    QList<LabelledMessage> list = messages.value();
    if (limit > 0)
        list = list.mid(0, limit);
    std::printf("generating scenarios from %lld labelled messages (tests/data/gov_messages_labeled.csv)\n", qlonglong(list.size()));
    print("without audio", run(catalogue.value(), list, nullptr, {}), int(list.size()));
    if (!audio)
        return 0;
    const SpeechSynthesis voice;
    if (Status ready = voice.check(); !ready) {
        std::printf("with audio: skipped (%s)\n", qPrintable(ready.error()));
        return 77;
    }
    QTemporaryDir dir;
    print("with audio (espeak-ng)", run(catalogue.value(), list, &voice, dir.path()), int(list.size()));
    return 0;
}
