// SPDX-License-Identifier: GPL-3.0-or-later
#include "CallRecorder.h"

#include "recordings/RecordingFiles.h"
#include "recordings/RecordingRepository.h"

#include <QDir>
#include <QFile>

namespace hotline {

CallRecorder::CallRecorder(LocalStore &store, QObject *parent)
    : QObject(parent), m_store(store), m_recordings(std::make_unique<RecordingRepository>(store))
{
    // One call at a time: a burst of hang-ups queues instead of taking every core.
    m_pool.setMaxThreadCount(1);
}

CallRecorder::~CallRecorder()
{
    m_pool.waitForDone();
}

void CallRecorder::callEnded(const PhoneCall &call, const QStringList &orders)
{
    if (call.sentAudio.isEmpty() || call.receivedAudio.isEmpty() || m_waiting.contains(call.id) || m_recordings->findByCall(call.id))
        return;
    if (!QDir().mkpath(m_recordings->directory())) {
        Q_EMIT failed(call.id, RecordingRepository::tr("无法创建录音目录 %1").arg(m_recordings->directory()));
        return;
    }
    m_waiting.insert(call.id, orders);
    const QUuid id = QUuid::createUuid();
    const QString path = m_recordings->pathFor(id);
    m_pool.start([this, call, id, path] {
        // Received is what the citizen said, sent what the operator said.
        const Result<MixedRecording> mixed = StereoMixer::mix(call.receivedAudio, call.sentAudio, path);
        const Result<QString> sha256 = mixed ? RecordingFiles::sha256(path) : Result<QString>(Error{mixed.error()});
        QMetaObject::invokeMethod(this, [this, call, id, mixed, sha256] { finished(call, id, mixed, sha256); }, Qt::QueuedConnection);
    });
}

void CallRecorder::finished(const PhoneCall &call, const QUuid &id, const Result<MixedRecording> &mixed, const Result<QString> &sha256)
{
    const QStringList orders = m_waiting.take(call.id);
    Result<Recording> stored = !mixed ? Result<Recording>(Error{mixed.error()})
        : !sha256                    ? Result<Recording>(Error{sha256.error()})
                                     : m_recordings->store(id, call, mixed.value(), sha256.value(), orders);
    if (!stored) {
        QFile::remove(m_recordings->pathFor(id));
        Q_EMIT failed(call.id, stored.error());
        return;
    }
    QFile::remove(call.receivedAudio);
    QFile::remove(call.sentAudio);
    Q_EMIT recorded(stored.value());
}

Status CallRecorder::link(const QString &callId, const QString &orderNumber)
{
    if (auto waiting = m_waiting.find(callId); waiting != m_waiting.end()) {
        if (!waiting->contains(orderNumber))
            waiting->append(orderNumber);
        return Status::success();
    }
    return m_recordings->linkCall(callId, orderNumber);
}

} // namespace hotline
