// SPDX-License-Identifier: GPL-3.0-or-later
// The review player's waveform: the peaks of a --minutes (60 by default) stereo Ogg Opus call
// computed from the file (decoding it once, as a desk does the first time a recording is opened),
// and the whole call drawn at 1600 px from the cached peaks (reading the cache, aggregating the
// blocks into 1600 columns, painting the widget offscreen). Compared in the same run with BBC's
// audiowaveform on the same file when it is on PATH or given with --audiowaveform PATH (its .dat
// at 256 samples a pixel, then its 1600 px PNG from the .dat), and with sox scanning the same
// call (`sox FILE -n stat`; Debian's sox reads no Opus, so it reads the call decoded to WAV).
// The call: syllable-shaped noise on each side taking turns, with a long pause every few minutes.
#include "RecordingAudio.h"
#include "lead/WaveformView.h"
#include "recordings/StereoMixer.h"
#include "recordings/WaveformPeaks.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QImage>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <numbers>

using namespace hotline;

namespace {

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

// Turns of 3–12 s of syllables (4 a second) on one side, faint line noise on the other; every
// fifth pause is 15 s long.
bool writeCall(const QString &citizenWav, const QString &operatorWav, double seconds)
{
    const auto total = size_t(seconds * 8000);
    std::vector<float> sides[2] = {std::vector<float>(total), std::vector<float>(total)};
    QRandomGenerator random(20261207);
    for (auto &side : sides)
        for (float &sample : side)
            sample = float(0.0005 * (random.generateDouble() * 2 - 1));
    int turn = 0;
    for (size_t at = 0; at < total; ++turn) {
        const auto length = size_t((3 + random.bounded(9)) * 8000);
        std::vector<float> &side = sides[turn % 2];
        for (size_t i = 0; i < length && at + i < total; ++i) {
            const double envelope = std::max(0.0, std::sin(2 * std::numbers::pi * 4 * double(i) / 8000));
            side[at + i] += float(0.3 * envelope * (random.generateDouble() * 2 - 1));
        }
        at += length + (turn % 5 == 4 ? 15 * 8000 : 4000);
    }
    return writeMono(citizenWav, sides[0]) && writeMono(operatorWav, sides[1]);
}

// The Ogg Opus file decoded to a 16-bit stereo WAV (for a reader without Opus).
bool decodeToWav(const QString &from, const QString &to)
{
    SF_INFO in{};
    SNDFILE *source = sf_open(QFile::encodeName(from).constData(), SFM_READ, &in);
    if (!source)
        return false;
    SF_INFO out{};
    out.samplerate = in.samplerate;
    out.channels = in.channels;
    out.format = SF_FORMAT_WAV | SF_FORMAT_PCM_16;
    SNDFILE *target = sf_open(QFile::encodeName(to).constData(), SFM_WRITE, &out);
    bool ok = target != nullptr;
    std::vector<float> buffer(size_t(8192 * in.channels));
    for (sf_count_t read = 0; ok && (read = sf_readf_float(source, buffer.data(), 8192)) > 0;)
        ok = sf_writef_float(target, buffer.data(), read) == read;
    sf_close(source);
    return (!target || sf_close(target) == 0) && ok;
}

double msSince(const QElapsedTimer &clock)
{
    return double(clock.nsecsElapsed()) / 1e6;
}

// Runs a program to its end; its wall time in ms, or a negative number when it failed.
double timed(const QString &program, const QStringList &arguments, QString *output = nullptr)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    QElapsedTimer clock;
    clock.start();
    process.start(program, arguments);
    if (!process.waitForFinished(600000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        if (output)
            *output = QString::fromUtf8(process.readAll()).trimmed();
        return -1;
    }
    const double ms = msSince(clock);
    if (output)
        *output = QString::fromUtf8(process.readAll()).trimmed();
    return ms;
}

void row(const char *what, double ms, const char *note = "")
{
    if (ms < 0)
        std::printf("%-58s %12s  %s\n", what, "failed", note);
    else
        std::printf("%-58s %12.2f  %s\n", what, ms, note);
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    double minutes = 60;
    int repeat = 3;
    QString audiowaveform = QStandardPaths::findExecutable(QStringLiteral("audiowaveform"));
    const QStringList arguments = QCoreApplication::arguments();
    for (qsizetype i = 1; i + 1 < arguments.size(); i += 2) {
        if (arguments.at(i) == QLatin1String("--minutes"))
            minutes = arguments.at(i + 1).toDouble();
        else if (arguments.at(i) == QLatin1String("--repeat"))
            repeat = arguments.at(i + 1).toInt();
        else if (arguments.at(i) == QLatin1String("--audiowaveform"))
            audiowaveform = arguments.at(i + 1);
    }
    if (minutes <= 0 || repeat <= 0) {
        std::fprintf(stderr, "usage: waveform_bench [--minutes M] [--repeat N] [--audiowaveform PATH]\n");
        return 2;
    }
    QTemporaryDir dir;
    const QString citizen = dir.filePath(QStringLiteral("citizen.wav"));
    const QString operatorSide = dir.filePath(QStringLiteral("operator.wav"));
    const QString file = dir.filePath(QStringLiteral("call.opus"));
    QElapsedTimer clock;
    clock.start();
    if (!writeCall(citizen, operatorSide, minutes * 60)) {
        std::fprintf(stderr, "cannot write the call's audio\n");
        return 1;
    }
    const Result<MixedRecording> mixed = StereoMixer::mix(citizen, operatorSide, file);
    if (!mixed) {
        std::fprintf(stderr, "cannot mix: %s\n", qPrintable(mixed.error()));
        return 1;
    }
    QFile::remove(citizen);
    QFile::remove(operatorSide);
    std::printf("a %.0f-minute stereo Ogg Opus call at 8 kHz, %.1f MB (made in %.1f s); %d runs, each figure the best and the worst\n",
                minutes, double(mixed.value().bytes) / 1e6, msSince(clock) / 1000, repeat);
    std::printf("%-58s %12s\n", "step", "ms");

    // Peaks from the file: decoding all of it.
    double best = 1e18, worst = 0;
    WaveformPeaks peaks;
    for (int run = 0; run < repeat; ++run) {
        clock.restart();
        Result<WaveformPeaks> computed = WaveformPeaks::compute(file, mixed.value().durationMs);
        const double ms = msSince(clock);
        if (!computed) {
            std::fprintf(stderr, "peaks: %s\n", qPrintable(computed.error()));
            return 1;
        }
        peaks = computed.value();
        best = std::min(best, ms);
        worst = std::max(worst, ms);
    }
    const QString cache = WaveformPeaks::cachePathFor(file);
    if (Status saved = peaks.save(cache, QFileInfo(file).size()); !saved) {
        std::fprintf(stderr, "cache: %s\n", qPrintable(saved.error()));
        return 1;
    }
    const QByteArray note = QStringLiteral("%1 blocks of 32 ms, cache %2 KB").arg(peaks.blocks()).arg(QFileInfo(cache).size() / 1024).toUtf8();
    row("hotline: peaks computed from the file (best)", best, note.constData());
    row("hotline: peaks computed from the file (worst)", worst);

    // The whole call at 1600 px from the cache.
    WaveformView view;
    view.resize(1600, 200);
    QImage image(1600, 200, QImage::Format_ARGB32_Premultiplied);
    best = 1e18;
    worst = 0;
    double columnsOnly = 1e18;
    for (int run = 0; run < std::max(repeat, 5); ++run) {
        clock.restart();
        const Result<WaveformPeaks> loaded = WaveformPeaks::load(cache, QFileInfo(file).size());
        if (!loaded) {
            std::fprintf(stderr, "cache: %s\n", qPrintable(loaded.error()));
            return 1;
        }
        view.setPeaks(loaded.value(), loaded.value().silences(2000));
        view.render(&image);
        const double ms = msSince(clock);
        best = std::min(best, ms);
        worst = std::max(worst, ms);
        clock.restart();
        const QVector<PeakColumn> columns = loaded.value().columns(0, loaded.value().durationMs(), 1600);
        columnsOnly = std::min(columnsOnly, msSince(clock));
        if (columns.size() != 1600)
            return 1;
    }
    image.save(dir.filePath(QStringLiteral("hotline.png")));
    row("hotline: whole call drawn at 1600 px from the cache (best)", best, "read cache + 1600 columns + paint");
    row("hotline: whole call drawn at 1600 px from the cache (worst)", worst);
    row("hotline:   of which the 1600 columns from the blocks", columnsOnly);

    // The peers on the same file.
    if (!audiowaveform.isEmpty()) {
        const QString dat = dir.filePath(QStringLiteral("call.dat"));
        const QString png = dir.filePath(QStringLiteral("call.png"));
        QString output;
        best = 1e18;
        worst = 0;
        for (int run = 0; run < repeat; ++run) {
            const double ms = timed(audiowaveform, {QStringLiteral("-q"), QStringLiteral("-i"), file, QStringLiteral("-o"), dat, QStringLiteral("-z"),
                                                    QStringLiteral("256"), QStringLiteral("-b"), QStringLiteral("8"), QStringLiteral("--split-channels")},
                                    &output);
            if (ms < 0) {
                best = worst = -1;
                break;
            }
            best = std::min(best, ms);
            worst = std::max(worst, ms);
        }
        row("audiowaveform: .dat at 256 samples/px, both channels (best)", best, qPrintable(output.left(120)));
        row("audiowaveform: .dat at 256 samples/px, both channels (worst)", worst);
        best = 1e18;
        for (int run = 0; run < std::max(repeat, 5) && QFileInfo::exists(dat); ++run) {
            const double ms = timed(audiowaveform, {QStringLiteral("-q"), QStringLiteral("-i"), dat, QStringLiteral("-o"), png, QStringLiteral("-w"),
                                                    QStringLiteral("1600"), QStringLiteral("-h"), QStringLiteral("200"), QStringLiteral("-z"),
                                                    QStringLiteral("auto")},
                                    &output);
            best = ms < 0 ? -1 : std::min(best, ms);
            if (ms < 0)
                break;
        }
        row("audiowaveform: 1600 px PNG from its .dat (best, a process)", QFileInfo::exists(dat) ? best : -1, qPrintable(output.left(120)));
    } else {
        std::printf("%-58s %12s  %s\n", "audiowaveform", "-", "not on PATH (--audiowaveform PATH)");
    }
    const QString sox = QStandardPaths::findExecutable(QStringLiteral("sox"));
    if (!sox.isEmpty()) {
        // Debian's sox reads no Ogg Opus (not even through its libsndfile handler): it reads
        // the same call decoded once to a stereo WAV, so its figure is reading and scanning
        // the samples without the Opus decoding.
        const QString wav = dir.filePath(QStringLiteral("call.wav"));
        if (!decodeToWav(file, wav)) {
            std::fprintf(stderr, "cannot decode the call to WAV for sox\n");
            return 1;
        }
        QString output;
        best = 1e18;
        for (int run = 0; run < repeat; ++run) {
            const double ms = timed(sox, {wav, QStringLiteral("-n"), QStringLiteral("stat")}, &output);
            best = ms < 0 ? -1 : std::min(best, ms);
            if (ms < 0)
                break;
        }
        const QByteArray note = QStringLiteral("the call as WAV, %1 MB").arg(double(QFileInfo(wav).size()) / 1e6, 0, 'f', 1).toUtf8();
        row("sox FILE.wav -n stat: read and scan (best)", best, best < 0 ? qPrintable(output.left(120)) : note.constData());
    } else {
        std::printf("%-58s %12s  %s\n", "sox", "-", "not on PATH");
    }
    return 0;
}
