// SPDX-License-Identifier: GPL-3.0-or-later
#include "LiveTranscription.h"

#include <QDir>
#include <QTimer>

namespace hotline {

LiveTranscription::LiveTranscription(FunAsrSettings settings, QString recordingsFolder, QObject *parent)
    : QObject(parent), m_client(std::move(settings)), m_folder(std::move(recordingsFolder)), m_look(new QTimer(this))
{
    m_look->setInterval(100);
    connect(m_look, &QTimer::timeout, this, &LiveTranscription::look);
    connect(&m_tail, &WavTail::formatKnown, this, [this](int rate) { m_client.start(m_callId, rate); });
    connect(&m_tail, &WavTail::audio, &m_client, &FunAsrClient::feed);
    connect(&m_tail, &WavTail::finished, &m_client, &FunAsrClient::finish);
    // The recording cannot be read: the panel says so; the call goes on.
    connect(&m_tail, &WavTail::trouble, &m_client, &TranscriptSource::trouble);
}

void LiveTranscription::callAnswered(const PhoneCall &call)
{
    if (!m_client.settings().isConfigured() || m_folder.isEmpty() || call.id.isEmpty())
        return;
    m_tail.stop();
    m_callId = call.id;
    m_streaming.clear();
    // sndfile names its files by the local second the audio began: from the ring's second on.
    const QDateTime rang = (call.ringingAt.isValid() ? call.ringingAt : QDateTime::currentDateTimeUtc()).toLocalTime();
    m_from = rang.addMSecs(-rang.time().msec());
    m_lookingSince = QDateTime::currentDateTimeUtc();
    m_look->start();
    look();
}

void LiveTranscription::look()
{
    const QStringList names = QDir(m_folder).entryList({QStringLiteral("dump-*-dec.wav")}, QDir::Files, QDir::Name);
    for (const QString &name : names) {
        bool sent = true;
        const std::optional<QDateTime> started = SndfileRecordings::startOf(name, &sent);
        if (sent || !started || *started < m_from.toLocalTime())
            continue;
        m_look->stop();
        m_streaming = QDir(m_folder).filePath(name);
        m_tail.start(m_streaming);
        return;
    }
    // The softphone records nothing for this call (or not here): no transcript, said once.
    if (m_lookingSince.secsTo(QDateTime::currentDateTimeUtc()) >= 5) {
        m_look->stop();
        Q_EMIT m_client.trouble(tr("本次通话没有找到来电人一侧的录音（%1）：没有转写").arg(m_folder));
    }
}

void LiveTranscription::callEnded(const PhoneCall &call)
{
    if (call.id != m_callId)
        return;
    m_look->stop();
    if (!m_streaming.isEmpty())
        m_tail.finish();
    m_callId.clear();
}

} // namespace hotline
