// SPDX-License-Identifier: GPL-3.0-or-later
#include "FunAsrProtocol.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace hotline {

namespace {

// The span of a list of [start, end] pairs in milliseconds: the runtime's "timestamp" (as
// text, "[[100,200],[200,500]]", or as an array).
std::pair<qint64, qint64> spanOfPairs(const QJsonArray &pairs)
{
    if (pairs.isEmpty() || !pairs.first().isArray() || !pairs.last().isArray())
        return {-1, -1};
    const QJsonArray first = pairs.first().toArray();
    const QJsonArray last = pairs.last().toArray();
    if (first.size() < 2 || last.size() < 2 || !first.at(0).isDouble() || !last.at(1).isDouble())
        return {-1, -1};
    return {qint64(first.at(0).toDouble()), qint64(last.at(1).toDouble())};
}

// The span of a list of sentences with "start" and "end": the runtime's "stamp_sents", the
// Python server's "sentence_info".
std::pair<qint64, qint64> spanOfSentences(const QJsonArray &sentences)
{
    if (sentences.isEmpty() || !sentences.first().isObject() || !sentences.last().isObject())
        return {-1, -1};
    const QJsonValue start = sentences.first().toObject().value(QLatin1String("start"));
    const QJsonValue end = sentences.last().toObject().value(QLatin1String("end"));
    if (!start.isDouble() || !end.isDouble())
        return {-1, -1};
    return {qint64(start.toDouble()), qint64(end.toDouble())};
}

std::pair<qint64, qint64> spanOf(const QJsonObject &object)
{
    // Newer runtimes say the sentence's span outright; otherwise it is read off the words'
    // stamps. A number in "timestamp" is the runtime's wall clock when the stream opened (it
    // sends one when the model gives no stamps): not a span.
    const QJsonValue startTime = object.value(QLatin1String("start_time"));
    const QJsonValue endTime = object.value(QLatin1String("end_time"));
    if (startTime.isDouble() && endTime.isDouble())
        return {qint64(startTime.toDouble()), qint64(endTime.toDouble())};
    for (const char *key : {"stamp_sents", "sentence_info"})
        if (const QJsonValue sentences = object.value(QLatin1String(key)); sentences.isArray())
            if (const auto span = spanOfSentences(sentences.toArray()); span.first >= 0)
                return span;
    const QJsonValue stamps = object.value(QLatin1String("timestamp"));
    if (stamps.isArray())
        return spanOfPairs(stamps.toArray());
    if (stamps.isString())
        return spanOfPairs(QJsonDocument::fromJson(stamps.toString().toUtf8()).array());
    return {-1, -1};
}

} // namespace

bool FunAsrProtocol::Message::isStreaming() const
{
    return mode == QLatin1String("2pass-online") || mode == QLatin1String("online");
}

bool FunAsrProtocol::Message::isCorrected() const
{
    return mode == QLatin1String("2pass-offline") || mode == QLatin1String("offline");
}

QByteArray FunAsrProtocol::startMessage(const FunAsrSettings &settings, const QString &wavName, int sampleRate)
{
    QJsonObject start;
    start.insert(QStringLiteral("mode"), FunAsrSettings::modeName(settings.mode));
    start.insert(QStringLiteral("chunk_size"),
                 QJsonArray{settings.chunkSize[0], settings.chunkSize[1], settings.chunkSize[2]});
    start.insert(QStringLiteral("chunk_interval"), settings.chunkInterval);
    start.insert(QStringLiteral("encoder_chunk_look_back"), settings.encoderChunkLookBack);
    start.insert(QStringLiteral("decoder_chunk_look_back"), settings.decoderChunkLookBack);
    start.insert(QStringLiteral("audio_fs"), sampleRate);
    start.insert(QStringLiteral("wav_name"), wavName);
    start.insert(QStringLiteral("wav_format"), QStringLiteral("pcm"));
    start.insert(QStringLiteral("is_speaking"), true);
    // Always a string: the runtime reads the field as one and fails on anything else.
    start.insert(QStringLiteral("hotwords"), settings.hotwords);
    start.insert(QStringLiteral("itn"), settings.itn);
    return QJsonDocument(start).toJson(QJsonDocument::Compact);
}

QByteArray FunAsrProtocol::endMessage()
{
    return QJsonDocument(QJsonObject{{QStringLiteral("is_speaking"), false}, {QStringLiteral("is_end"), true}})
        .toJson(QJsonDocument::Compact);
}

hotline::Result<FunAsrProtocol::Message> FunAsrProtocol::parse(const QByteArray &json)
{
    QJsonParseError problem;
    const QJsonDocument document = QJsonDocument::fromJson(json, &problem);
    if (problem.error != QJsonParseError::NoError)
        return Error{tr("不是 JSON（第 %1 个字节：%2）").arg(problem.offset).arg(problem.errorString())};
    if (!document.isObject())
        return Error{tr("不是 JSON 对象")};
    const QJsonObject object = document.object();
    for (const char *key : {"mode", "text", "wav_name"})
        if (object.contains(QLatin1String(key)) && !object.value(QLatin1String(key)).isString())
            return Error{tr("字段 %1 应为文字").arg(QLatin1String(key))};
    Message message;
    message.mode = object.value(QLatin1String("mode")).toString();
    // The Python server's acknowledgement carries the mode that was asked for ("2pass").
    if (!message.mode.isEmpty() && !message.isStreaming() && !message.isCorrected() &&
        message.mode != FunAsrSettings::modeName(FunAsrSettings::Mode::TwoPass))
        return Error{tr("不认识的 mode“%1”").arg(message.mode)};
    message.text = object.value(QLatin1String("text")).toString();
    message.wavName = object.value(QLatin1String("wav_name")).toString();
    message.isFinal = object.value(QLatin1String("is_final")).toBool();
    message.isEnd = object.value(QLatin1String("is_end")).toBool();
    message.error = object.value(QLatin1String("error")).toString();
    // The runtime reports a refused stream as a result whose text is the complaint.
    if (message.error.isEmpty() && message.mode.isEmpty() && message.text.startsWith(QLatin1String("ERROR")))
        message.error = message.text;
    if (const auto [start, end] = spanOf(object); start >= 0 && end >= start) {
        message.startMs = start;
        message.endMs = end;
    }
    return message;
}

} // namespace hotline
