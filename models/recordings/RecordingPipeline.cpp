// SPDX-License-Identifier: GPL-3.0-or-later
#include "RecordingPipeline.h"

#include "sync/SyncEngine.h"

namespace hotline {

RecordingPipeline::RecordingPipeline(LocalStore &store, SyncEngine &sync, RecordingUploader::Options options, QObject *parent)
    : QObject(parent), m_recorder(store), m_uploader(store, sync, options)
{
    connect(&m_recorder, &CallRecorder::recorded, &m_uploader, &RecordingUploader::uploadSoon);
    connect(&m_recorder, &CallRecorder::failed, this, [this](const QString &callId, const QString &reason) {
        Q_EMIT trouble(tr("通话 %1 的录音没有保存：%2").arg(callId, reason));
    });
    // The centre back (or signed in again): what waits goes at once rather than after the wait.
    connect(&sync, &SyncEngine::synced, &m_uploader, &RecordingUploader::uploadSoon);
    // What an earlier run of the desk left to upload.
    m_uploader.uploadSoon();
}

void RecordingPipeline::callEnded(const PhoneCall &call)
{
    // A call taken by hand, or a phone that records nothing, has no sound to keep.
    const QStringList orders = m_duringCall.take(call.id);
    if (call.id.isEmpty() || call.sentAudio.isEmpty() || call.receivedAudio.isEmpty())
        return;
    m_recorded.insert(call.id);
    m_recorder.callEnded(call, orders);
}

void RecordingPipeline::orderFiled(const QString &orderNumber, const QString &callId)
{
    if (callId.isEmpty())
        return;
    if (!m_recorded.contains(callId)) {
        // Filed before hang-up (or the call has no sound at all): kept for when it ends.
        QStringList &orders = m_duringCall[callId];
        if (!orders.contains(orderNumber))
            orders.append(orderNumber);
        return;
    }
    if (Status linked = m_recorder.link(callId, orderNumber); !linked) {
        Q_EMIT trouble(linked.error());
        return;
    }
    m_uploader.uploadSoon();
}

} // namespace hotline
