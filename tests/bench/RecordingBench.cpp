// SPDX-License-Identifier: GPL-3.0-or-later
// Hang-up → recording uploaded: the two mono files of a call (--minutes, 5 by default) mixed
// into the stereo Ogg Opus file, hashed and stored on a desk, then uploaded in 1 MiB chunks to
// the real hotline-central on loopback (SQLite) and completed there (its SHA-256 checked).
// Prints the time of each step, per minute of audio where that is the figure that scales,
// and the file's size per minute. The speech is the two AISHELL-1 clips of the shared data
// (16 kHz, brought to the phone's 8 kHz), the sides taking turns as in a call; without them,
// bursts of noise shaped like syllables.
#include "RecordingAudio.h"
#include "bench/DeskLoad.h"
#include "kb/KnowledgeBase.h"
#include "pinyin/PinyinTable.h"
#include "recordings/RecordingFiles.h"
#include "recordings/RecordingRepository.h"
#include "recordings/RecordingUploader.h"
#include "recordings/StereoMixer.h"
#include "store/LocalStore.h"
#include "sync/SyncEngine.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTimer>

#include <samplerate.h>
#include <sndfile.h>

#include <cstdio>

using namespace hotline;

namespace {

// A clip of the shared data at 8 kHz, or nothing.
std::vector<float> clipAt8k(const QString &path)
{
    SF_INFO info{};
    SNDFILE *file = sf_open(QFile::encodeName(path).constData(), SFM_READ, &info);
    if (!file || info.channels != 1)
        return {};
    std::vector<float> in(size_t(info.frames));
    sf_readf_float(file, in.data(), info.frames);
    sf_close(file);
    std::vector<float> out(size_t(double(in.size()) * 8000 / info.samplerate) + 16);
    SRC_DATA data{};
    data.data_in = in.data();
    data.input_frames = long(in.size());
    data.data_out = out.data();
    data.output_frames = long(out.size());
    data.src_ratio = 8000.0 / info.samplerate;
    if (src_simple(&data, SRC_SINC_MEDIUM_QUALITY, 1) != 0)
        return {};
    out.resize(size_t(data.output_frames_gen));
    return out;
}

// Syllable-shaped noise: 4 bursts a second, for when the clips are not there.
std::vector<float> syntheticSpeech(double seconds)
{
    std::vector<float> out(size_t(seconds * 8000));
    QRandomGenerator random(20261207);
    for (size_t i = 0; i < out.size(); ++i) {
        const double envelope = std::max(0.0, std::sin(2 * std::numbers::pi * 4 * double(i) / 8000));
        out[i] = float(0.3 * envelope * (random.generateDouble() * 2 - 1));
    }
    return out;
}

bool writeMono(const QString &path, const std::vector<float> &samples)
{
    SF_INFO info{};
    info.samplerate = 8000;
    info.channels = 1;
    info.format = SF_FORMAT_WAV | SF_FORMAT_PCM_16;
    SNDFILE *file = sf_open(QFile::encodeName(path).constData(), SFM_WRITE, &info);
    if (!file)
        return false;
    const bool written = sf_writef_float(file, samples.data(), sf_count_t(samples.size())) == sf_count_t(samples.size());
    return sf_close(file) == 0 && written;
}

// The call's two sides: they take turns, each silent (a faint line noise) while the other talks.
bool writeCall(const QString &dir, double seconds, PhoneCall &call, bool *realSpeech)
{
    const QString shared = QStringLiteral(HOTLINE_SHARED_DATA) + QStringLiteral("/audio/");
    std::vector<float> citizenClip = clipAt8k(shared + QStringLiteral("BAC009S0764W0121.wav"));
    std::vector<float> operatorClip = clipAt8k(shared + QStringLiteral("BAC009S0764W0122.wav"));
    *realSpeech = !citizenClip.empty() && !operatorClip.empty();
    if (!*realSpeech) {
        citizenClip = syntheticSpeech(4.2);
        operatorClip = syntheticSpeech(4.1);
    }
    const size_t total = size_t(seconds * 8000);
    std::vector<float> citizen(total), operatorSide(total);
    QRandomGenerator random(7);
    for (size_t i = 0; i < total; ++i) {
        citizen[i] = float(0.0005 * (random.generateDouble() * 2 - 1));
        operatorSide[i] = float(0.0005 * (random.generateDouble() * 2 - 1));
    }
    const size_t pause = 4000; // half a second between turns
    bool citizenTurn = true;
    for (size_t at = 0; at < total;) {
        const std::vector<float> &clip = citizenTurn ? citizenClip : operatorClip;
        std::vector<float> &side = citizenTurn ? citizen : operatorSide;
        for (size_t i = 0; i < clip.size() && at + i < total; ++i)
            side[at + i] += clip[i];
        at += clip.size() + pause;
        citizenTurn = !citizenTurn;
    }
    call.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    call.remoteNumber = QStringLiteral("13912345678");
    call.endedAt = QDateTime::currentDateTimeUtc();
    call.answeredAt = call.endedAt.addMSecs(qint64(-seconds * 1000));
    call.receivedAudio = dir + QStringLiteral("/received.wav");
    call.sentAudio = dir + QStringLiteral("/sent.wav");
    return writeMono(call.receivedAudio, citizen) && writeMono(call.sentAudio, operatorSide);
}

bool addUser(const QString &url)
{
    QProcess add;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOTLINE_PASSWORD"), QStringLiteral("bench-password-1"));
    add.setProcessEnvironment(env);
    add.start(QStringLiteral(HOTLINE_CENTRAL_BIN),
              {QStringLiteral("--database"), url, QStringLiteral("--add-user"), QStringLiteral("op1"), QStringLiteral("--role"), QStringLiteral("operator")});
    return add.waitForFinished(30000) && add.exitCode() == 0;
}

double msSince(const QElapsedTimer &clock)
{
    return double(clock.nsecsElapsed()) / 1e6;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    double minutes = 5;
    int repeat = 3;
    const QStringList arguments = QCoreApplication::arguments();
    for (qsizetype i = 1; i + 1 < arguments.size(); i += 2) {
        if (arguments.at(i) == QLatin1String("--minutes"))
            minutes = arguments.at(i + 1).toDouble();
        else if (arguments.at(i) == QLatin1String("--repeat"))
            repeat = arguments.at(i + 1).toInt();
    }
    if (minutes <= 0 || repeat <= 0) {
        std::fprintf(stderr, "usage: recording_bench [--minutes M] [--repeat N]\n");
        return 2;
    }
    QTemporaryDir dir;
    PhoneCall call;
    bool realSpeech = false;
    if (!writeCall(dir.path(), minutes * 60, call, &realSpeech)) {
        std::fprintf(stderr, "cannot write the call's audio\n");
        return 1;
    }
    std::printf("a %.1f-minute call at 8 kHz, %s\n", minutes, realSpeech ? "AISHELL-1 speech, the sides taking turns" : "synthetic speech (no shared clips)");

    // The centre on loopback, and a desk signed in to it.
    const QString url = QStringLiteral("sqlite:") + dir.filePath(QStringLiteral("central.sqlite"));
    bench::CentralChild central;
    if (!addUser(url) || !central.start(url, {QStringLiteral("--recordings-dir"), dir.filePath(QStringLiteral("centre"))})) {
        std::fprintf(stderr, "cannot start hotline-central\n");
        return 1;
    }
    std::unique_ptr<LocalStore> store = std::move(LocalStore::open(dir.filePath(QStringLiteral("desk.sqlite")))).value();
    KnowledgeBase kb(*store, PinyinTable::builtIn());
    SyncEngine sync(*store, kb.articles());
    QEventLoop loop;
    QString problem = QStringLiteral("no answer");
    sync.signIn(central.base(), QStringLiteral("op1"), QStringLiteral("bench-password-1"), [&](const QString &error) {
        problem = error;
        loop.quit();
    });
    loop.exec();
    if (!problem.isEmpty()) {
        std::fprintf(stderr, "sign-in: %s\n", qPrintable(problem));
        return 1;
    }
    RecordingRepository recordings(*store);
    QDir().mkpath(recordings.directory());
    RecordingUploader uploader(*store, sync);

    std::printf("%-4s %12s %12s %12s %12s %14s %12s\n", "run", "mix ms", "hash ms", "store ms", "upload ms", "hang-up→up ms", "bytes");
    for (int run = 1; run <= repeat; ++run) {
        PhoneCall copy = call;
        copy.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        // The recording step keeps its sources here: the same call is mixed on every run.
        copy.receivedAudio = dir.filePath(QStringLiteral("r%1.wav").arg(run));
        copy.sentAudio = dir.filePath(QStringLiteral("s%1.wav").arg(run));
        QFile::copy(call.receivedAudio, copy.receivedAudio);
        QFile::copy(call.sentAudio, copy.sentAudio);

        QElapsedTimer total;
        total.start();
        QElapsedTimer step;
        step.start();
        const QUuid id = QUuid::createUuid();
        const Result<MixedRecording> mixed = StereoMixer::mix(copy.receivedAudio, copy.sentAudio, recordings.pathFor(id));
        const double mixMs = msSince(step);
        step.restart();
        const Result<QString> hash = mixed ? RecordingFiles::sha256(recordings.pathFor(id)) : Result<QString>(Error{mixed.error()});
        const double hashMs = msSince(step);
        step.restart();
        const Result<Recording> stored = hash ? recordings.store(id, copy, mixed.value(), hash.value()) : Result<Recording>(Error{hash.error()});
        const double storeMs = msSince(step);
        if (!stored) {
            std::fprintf(stderr, "recording: %s\n", qPrintable(stored.error()));
            return 1;
        }
        step.restart();
        bool done = false;
        const QMetaObject::Connection connection = QObject::connect(&uploader, &RecordingUploader::uploaded, &loop, [&](const QUuid &uploadedId) {
            if (uploadedId == id) {
                done = true;
                loop.quit();
            }
        });
        QTimer::singleShot(120000, &loop, &QEventLoop::quit);
        uploader.uploadSoon();
        loop.exec();
        QObject::disconnect(connection);
        const double uploadMs = msSince(step);
        if (!done) {
            std::fprintf(stderr, "the upload did not finish: %s\n", qPrintable(recordings.find(id)->lastError));
            return 1;
        }
        const qint64 bytes = stored.value().bytes;
        std::printf("%-4d %12.1f %12.1f %12.1f %12.1f %14.1f %12lld\n", run, mixMs, hashMs, storeMs, uploadMs, msSince(total), bytes);
        if (run == repeat) {
            std::printf("\nmix: %.1f ms per minute of audio; file: %.1f KB per minute (%.1f kbit/s for both channels);"
                        " 8 kHz 16-bit stereo PCM would be 1920 KB per minute\n",
                        mixMs / minutes, double(bytes) / 1000 / minutes, double(bytes) * 8 / 1000 / (minutes * 60));
            std::printf("upload of the %.1f-minute call: %.1f ms; hang-up → uploaded: %.1f ms\n", minutes, uploadMs, msSince(total));
        }
    }
    central.stop();
    return 0;
}
