// SPDX-License-Identifier: GPL-3.0-or-later
#include "RecordingImport.h"

#include "recordings/RecordingRepository.h"
#include "telephony/Phone.h"
#include "workorder/OrderNumber.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <sndfile.h>

#include <memory>
#include <vector>

namespace hotline {

namespace {

struct SndfileCloser {
    void operator()(SNDFILE *file) const { sf_close(file); }
};
using Sndfile = std::unique_ptr<SNDFILE, SndfileCloser>;

// Copies channel `channel` (or the only one) of `from` into a mono 16-bit WAV `to`; the frames copied.
Result<qint64> monoCopy(const QString &from, int channel, const QString &to)
{
    SF_INFO in{};
    Sndfile source(sf_open(QFile::encodeName(from).constData(), SFM_READ, &in));
    if (!source)
        return Error{RecordingImport::tr("录音文件 %1 无法读取：%2").arg(from, QString::fromUtf8(sf_strerror(nullptr)))};
    SF_INFO out{};
    out.samplerate = in.samplerate;
    out.channels = 1;
    out.format = SF_FORMAT_WAV | SF_FORMAT_PCM_16;
    Sndfile target(sf_open(QFile::encodeName(to).constData(), SFM_WRITE, &out));
    if (!target)
        return Error{RecordingImport::tr("无法写临时文件 %1：%2").arg(to, QString::fromUtf8(sf_strerror(nullptr)))};
    constexpr sf_count_t block = 4096;
    std::vector<float> frames(size_t(block * in.channels));
    std::vector<float> mono(static_cast<size_t>(block));
    qint64 total = 0;
    for (;;) {
        const sf_count_t read = sf_readf_float(source.get(), frames.data(), block);
        if (read < 0 || sf_error(source.get()) != SF_ERR_NO_ERROR)
            return Error{RecordingImport::tr("录音文件 %1 读到一半出错：%2").arg(from, QString::fromUtf8(sf_strerror(source.get())))};
        if (read == 0)
            break;
        for (sf_count_t i = 0; i < read; ++i)
            mono[size_t(i)] = frames[size_t(i * in.channels + std::min(channel, in.channels - 1))];
        if (sf_writef_float(target.get(), mono.data(), read) != read)
            return Error{RecordingImport::tr("无法写临时文件 %1").arg(to)};
        total += read;
    }
    return total;
}

int channelsOf(const QString &file)
{
    SF_INFO info{};
    Sndfile opened(sf_open(QFile::encodeName(file).constData(), SFM_READ, &info));
    return opened ? info.channels : 0;
}

} // namespace

const QStringList &RecordingImport::metaKeys()
{
    static const QStringList keys{QStringLiteral("call"), QStringLiteral("caller"), QStringLiteral("started"), QStringLiteral("orders")};
    return keys;
}

Result<Recording> RecordingImport::import(RecordingRepository &repository, const QStringList &files, const QMap<QString, QString> &meta)
{
    for (auto it = meta.cbegin(); it != meta.cend(); ++it)
        if (!metaKeys().contains(it.key()))
            return Error{tr("不认识的通话信息 %1（可用：%2）").arg(it.key(), metaKeys().join(QStringLiteral("、")))};
    if (files.isEmpty() || files.size() > 2)
        return Error{tr("导入一个立体声 WAV 文件，或市民、接线员两个单声道文件")};
    for (const QString &file : files)
        if (!QFileInfo(file).isFile())
            return Error{tr("录音文件 %1 不存在").arg(file)};
    const int channels = channelsOf(files.first());
    if (files.size() == 1 && channels != 2)
        return Error{tr("%1 不是立体声文件（%2 个声道）：单声道录音请给市民和接线员两个文件").arg(files.first()).arg(channels)};
    if (files.size() == 2)
        for (const QString &file : files)
            if (channelsOf(file) != 1)
                return Error{tr("%1 不是单声道文件").arg(file)};

    PhoneCall call;
    call.id = meta.value(QStringLiteral("call"), QStringLiteral("import-") + QFileInfo(files.first()).fileName());
    call.remoteNumber = meta.value(QStringLiteral("caller"));
    call.state = PhoneCall::State::Ended;
    QStringList orders;
    for (const QString &number : meta.value(QStringLiteral("orders")).split(u',', Qt::SkipEmptyParts)) {
        if (!OrderNumber::isFinal(number.trimmed()) && !OrderNumber::isProvisional(number.trimmed()))
            return Error{tr("%1 不是工单编号").arg(number)};
        orders.append(number.trimmed());
    }
    QDateTime started = QFileInfo(files.first()).lastModified().toUTC();
    if (meta.contains(QStringLiteral("started"))) {
        started = QDateTime::fromString(meta.value(QStringLiteral("started")), Qt::ISODateWithMs);
        if (!started.isValid() || started.timeSpec() == Qt::LocalTime)
            return Error{tr("started 要写成带时区的 ISO 8601 时间，如 2026-12-07T08:30:00+08:00")};
    }
    // The mixer's inputs are deleted once the call is stored: copies, never the user's files.
    QTemporaryDir work;
    if (!work.isValid())
        return Error{tr("无法创建临时目录：%1").arg(work.errorString())};
    call.receivedAudio = work.filePath(QStringLiteral("citizen.wav"));
    call.sentAudio = work.filePath(QStringLiteral("operator.wav"));
    const Result<qint64> citizen = monoCopy(files.first(), 0, call.receivedAudio);
    if (!citizen)
        return Error{citizen.error()};
    const Result<qint64> operatorSide = monoCopy(files.value(1, files.first()), files.size() == 1 ? 1 : 0, call.sentAudio);
    if (!operatorSide)
        return Error{operatorSide.error()};
    SF_INFO info{};
    Sndfile probe(sf_open(QFile::encodeName(call.receivedAudio).constData(), SFM_READ, &info));
    const qint64 frames = std::max(citizen.value(), operatorSide.value());
    if (!probe || frames == 0)
        return Error{tr("录音文件 %1 里没有声音").arg(files.first())};
    call.answeredAt = started.toUTC();
    call.ringingAt = call.answeredAt;
    call.endedAt = call.answeredAt.addMSecs(frames * 1000 / info.samplerate);
    return repository.record(call, orders);
}

} // namespace hotline
