// SPDX-License-Identifier: GPL-3.0-or-later
#include "SpeechSynthesis.h"

#include "TonePinyin.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>

#include <sndfile.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <vector>

namespace hotline {

namespace {

struct SndfileCloser {
    void operator()(SNDFILE *file) const { sf_close(file); }
};
using SndfilePtr = std::unique_ptr<SNDFILE, SndfileCloser>;

// Below this a 16-bit sample is the voice's silence: espeak-ng pads each utterance with some,
// trimmed so that a sentence's times hold the speech and the pauses are ours.
constexpr short kQuiet = 48;

struct Clip {
    std::vector<short> samples;
    int rate = 0;
};

Result<Clip> readClip(const QString &path)
{
    SF_INFO info{};
    SndfilePtr file(sf_open(QFile::encodeName(path).constData(), SFM_READ, &info));
    if (!file)
        return Error{SpeechSynthesis::tr("语音合成的输出 %1 无法读取：%2").arg(path, QString::fromUtf8(sf_strerror(nullptr)))};
    if (info.channels != 1 || info.samplerate <= 0)
        return Error{SpeechSynthesis::tr("语音合成的输出 %1 不是单声道音频").arg(path)};
    Clip clip;
    clip.rate = info.samplerate;
    clip.samples.resize(size_t(info.frames));
    const sf_count_t read = sf_readf_short(file.get(), clip.samples.data(), info.frames);
    clip.samples.resize(size_t(std::max<sf_count_t>(0, read)));
    const auto loud = [](short s) { return std::abs(int(s)) > kQuiet; };
    const auto first = std::find_if(clip.samples.begin(), clip.samples.end(), loud);
    const auto last = std::find_if(clip.samples.rbegin(), clip.samples.rend(), loud).base();
    if (first >= last)
        return Error{SpeechSynthesis::tr("语音合成的输出 %1 没有声音").arg(path)};
    clip.samples = std::vector<short>(first, last);
    return clip;
}

} // namespace

SpeechSynthesis::SpeechSynthesis() : SpeechSynthesis(Options{}) {}

SpeechSynthesis::SpeechSynthesis(Options options, std::shared_ptr<const TonePinyin> pinyin)
    : m_options(std::move(options)), m_pinyin(pinyin ? std::move(pinyin) : TonePinyin::builtIn())
{
}

QString SpeechSynthesis::pinyinFor(const QString &sentence) const
{
    return m_pinyin->toPinyin(sentence);
}

Status SpeechSynthesis::check() const
{
    QProcess process;
    process.start(m_options.program, {QStringLiteral("--voices=cmn")});
    if (!process.waitForStarted(5000))
        return Error{tr("找不到语音合成程序 %1（请安装 espeak-ng）").arg(m_options.program)};
    if (!process.waitForFinished(m_options.timeoutMs) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        process.kill();
        process.waitForFinished(1000);
        return Error{tr("语音合成程序 %1 无法运行").arg(m_options.program)};
    }
    const QString voices = QString::fromUtf8(process.readAllStandardOutput());
    if (!voices.contains(m_options.voice, Qt::CaseInsensitive))
        return Error{tr("语音合成程序 %1 没有 %2 语音").arg(m_options.program, m_options.voice)};
    if (m_pinyin->size() == 0)
        return Error{tr("拼音读音表是空的，无法合成普通话")};
    return Status::success();
}

Result<QList<TranscriptSentence>> SpeechSynthesis::synthesize(const QStringList &sentences, const QString &wavPath) const
{
    if (sentences.isEmpty())
        return Error{tr("没有要合成的句子")};
    QTemporaryDir work;
    if (!work.isValid())
        return Error{tr("无法建立语音合成的临时目录：%1").arg(work.errorString())};
    std::vector<Clip> clips;
    for (qsizetype i = 0; i < sentences.size(); ++i) {
        const QString pinyin = pinyinFor(sentences.at(i));
        if (pinyin.isEmpty())
            return Error{tr("第 %1 句“%2”没有可读的字").arg(i + 1).arg(sentences.at(i))};
        const QString clipPath = work.filePath(QStringLiteral("s%1.wav").arg(i));
        QProcess process;
        process.start(m_options.program, {QStringLiteral("-v"), m_options.voice, QStringLiteral("-s"), QString::number(m_options.speed),
                                          QStringLiteral("-w"), clipPath, QStringLiteral("--"), pinyin});
        if (!process.waitForStarted(5000))
            return Error{tr("找不到语音合成程序 %1（请安装 espeak-ng）").arg(m_options.program)};
        if (!process.waitForFinished(m_options.timeoutMs)) {
            process.kill();
            process.waitForFinished(1000);
            return Error{tr("语音合成程序 %1 在第 %2 句上超时").arg(m_options.program).arg(i + 1)};
        }
        if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
            return Error{tr("语音合成程序 %1 在第 %2 句上出错：%3")
                             .arg(m_options.program)
                             .arg(i + 1)
                             .arg(QString::fromUtf8(process.readAllStandardError()).trimmed())};
        Result<Clip> clip = readClip(clipPath);
        if (!clip)
            return Error{clip.error()};
        if (!clips.empty() && clip.value().rate != clips.front().rate)
            return Error{tr("语音合成的各句采样率不一致")};
        clips.push_back(std::move(clip).value());
    }
    const int rate = clips.front().rate;
    const size_t pause = size_t(m_options.pauseMs * rate / 1000);
    QList<TranscriptSentence> timed;
    std::vector<short> audio;
    for (size_t i = 0; i < clips.size(); ++i) {
        if (i > 0)
            audio.insert(audio.end(), pause, short(0));
        const qint64 start = qint64(audio.size()) * 1000 / rate;
        audio.insert(audio.end(), clips[i].samples.begin(), clips[i].samples.end());
        timed.append(TranscriptSentence{sentences.at(qsizetype(i)), start, qint64(audio.size()) * 1000 / rate, true});
    }

    // Written beside the target and renamed over it: a failure leaves no half file.
    const QFileInfo target(wavPath);
    if (!QDir().mkpath(target.absolutePath()))
        return Error{tr("无法建立目录 %1").arg(target.absolutePath())};
    const QString partial = target.absoluteFilePath() + QStringLiteral(".part");
    SF_INFO info{};
    info.samplerate = rate;
    info.channels = 1;
    info.format = SF_FORMAT_WAV | SF_FORMAT_PCM_16;
    SndfilePtr out(sf_open(QFile::encodeName(partial).constData(), SFM_WRITE, &info));
    if (!out)
        return Error{tr("无法写入音频 %1：%2").arg(wavPath, QString::fromUtf8(sf_strerror(nullptr)))};
    const sf_count_t frames = sf_count_t(audio.size());
    if (sf_writef_short(out.get(), audio.data(), frames) != frames) {
        const QString problem = QString::fromUtf8(sf_strerror(out.get()));
        out.reset();
        QFile::remove(partial);
        return Error{tr("无法写入音频 %1：%2").arg(wavPath, problem)};
    }
    if (const int closed = sf_close(out.release()); closed != 0) {
        QFile::remove(partial);
        return Error{tr("无法写完音频 %1：%2").arg(wavPath, QString::fromUtf8(sf_error_number(closed)))};
    }
    // rename(2) replaces an older file in one step.
    if (std::rename(QFile::encodeName(partial).constData(), QFile::encodeName(target.absoluteFilePath()).constData()) != 0) {
        QFile::remove(partial);
        return Error{tr("无法把音频存为 %1").arg(wavPath)};
    }
    return timed;
}

} // namespace hotline
