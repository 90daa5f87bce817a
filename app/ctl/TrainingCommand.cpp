// SPDX-License-Identifier: GPL-3.0-or-later
// hotline-ctl training: scenarios for trainees generated from labelled messages. Like
// `figures`, it needs no store: the scenarios are files a team lead reviews and publishes.
#include "TrainingCommand.h"

#include "catalog/CatalogCsv.h"
#include "divisions/DivisionCsv.h"
#include "divisions/DivisionIndex.h"
#include "importing/CsvReader.h"
#include "pinyin/PinyinTable.h"
#include "training/ScenarioGenerator.h"
#include "training/SpeechSynthesis.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>

#include <memory>

namespace hotline {

namespace {

const char *const kUsage = "usage: hotline-ctl training generate --messages FILE [--format gov|complaint] --out DIR [--audio] [--limit N]"
                           " [--catalog FILE]";

QString shippedSeedFile(const char *name)
{
    const QString installed = QCoreApplication::applicationDirPath() + QStringLiteral("/../share/hotline-desk/seed/") + QLatin1String(name);
    if (QFileInfo::exists(installed))
        return QDir::cleanPath(installed);
    return QStringLiteral(HOTLINE_SOURCE_SEED "/") + QLatin1String(name);
}

// Takes "--name VALUE" out of the words; false when the name is there without a value.
bool takeOption(QStringList &words, const char *name, QString *value)
{
    const qsizetype at = words.indexOf(QLatin1String(name));
    if (at < 0)
        return true;
    if (at + 1 >= words.size() || words.at(at + 1).startsWith(QStringLiteral("--")))
        return false;
    *value = words.at(at + 1);
    words.remove(at, 2);
    return true;
}

bool writeFile(const QString &path, const QByteArray &bytes, QTextStream &err)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        err << "training: cannot write " << path << ": " << file.errorString() << Qt::endl;
        return false;
    }
    return true;
}

} // namespace

int runTraining(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QStringList words = arguments.mid(1);
    QString messagesPath, format = QStringLiteral("gov"), outDir, limitText, catalogPath = shippedSeedFile("catalogue.csv");
    const bool audio = words.removeAll(QStringLiteral("--audio")) > 0;
    const bool options = takeOption(words, "--messages", &messagesPath) && takeOption(words, "--format", &format)
        && takeOption(words, "--out", &outDir) && takeOption(words, "--limit", &limitText) && takeOption(words, "--catalog", &catalogPath);
    bool limitOk = true;
    const int limit = limitText.isEmpty() ? -1 : limitText.toInt(&limitOk);
    if (!options || words != QStringList{QStringLiteral("generate")} || messagesPath.isEmpty() || outDir.isEmpty() || !limitOk
        || (limitOk && !limitText.isEmpty() && limit <= 0) || (format != QLatin1String("gov") && format != QLatin1String("complaint"))) {
        err << kUsage << Qt::endl;
        return 2;
    }
    Result<QVector<CsvRecord>> catalogRecords = CsvReader::readFile(catalogPath);
    const Result<QVector<Classification>> catalogue =
        catalogRecords ? CatalogCsv::parse(catalogRecords.value()) : Result<QVector<Classification>>(Error{catalogRecords.error()});
    if (!catalogue) {
        err << "training: " << catalogPath << ": " << catalogue.error() << Qt::endl;
        return 1;
    }
    const Result<QList<LabelledMessage>> messages =
        ScenarioGenerator::readMessages(messagesPath, format == QLatin1String("gov") ? ScenarioGenerator::Format::Gov : ScenarioGenerator::Format::Complaint);
    if (!messages) {
        err << "training: " << messages.error() << Qt::endl;
        return 1;
    }
    // Beijing's divisions name the place of a message that says it is in Beijing.
    std::unique_ptr<DivisionIndex> divisions;
    if (Result<QVector<CsvRecord>> records = CsvReader::readFile(shippedSeedFile("beijing_divisions.csv")); records) {
        if (Result<QVector<Division>> parsed = DivisionCsv::parse(records.value()); parsed)
            divisions = std::make_unique<DivisionIndex>(parsed.value(), *PinyinTable::builtIn());
    }
    if (!QDir().mkpath(outDir)) {
        err << "training: cannot create " << outDir << Qt::endl;
        return 1;
    }
    SpeechSynthesis voice;
    if (audio) {
        if (Status ready = voice.check(); !ready) {
            err << "training: " << ready.error() << Qt::endl;
            return 1;
        }
    }
    ScenarioGenerator generator(catalogue.value(), divisions.get());
    if (audio)
        generator.setSynthesis(&voice, outDir);
    QByteArray refusals = "id\tcode\treason\n";
    int accepted = 0, refused = 0;
    qint64 audioMs = 0;
    QElapsedTimer clock;
    clock.start();
    for (const LabelledMessage &message : messages.value()) {
        if (limit > 0 && accepted + refused >= limit)
            break;
        const GeneratedScenario made = generator.generate(message);
        if (!made.scenario) {
            ++refused;
            refusals += (message.id + u'\t' + made.refusal.code + u'\t' + QString(made.refusal.reason).replace(u'\t', u' ') + u'\n').toUtf8();
            continue;
        }
        const QString path = QDir(outDir).filePath(made.scenario->id + QStringLiteral(".json"));
        if (!writeFile(path, QJsonDocument(made.scenario->toJson()).toJson(QJsonDocument::Indented), err))
            return 1;
        audioMs += made.scenario->scriptMs();
        ++accepted;
    }
    if (!writeFile(QDir(outDir).filePath(QStringLiteral("refusals.tsv")), refusals, err))
        return 1;
    out << "scenarios: " << accepted << ", refused: " << refused << " (reasons in " << QDir(outDir).filePath(QStringLiteral("refusals.tsv")) << ")"
        << Qt::endl;
    out << "speech: " << QString::number(double(audioMs) / 1000.0, 'f', 1) << " s" << (audio ? " of audio" : " (estimated, no audio)") << " in "
        << QString::number(double(clock.elapsed()) / 1000.0, 'f', 1) << " s" << Qt::endl;
    return 0;
}

} // namespace hotline
