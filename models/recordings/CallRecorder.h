// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "recordings/Recording.h"
#include "recordings/StereoMixer.h"
#include "telephony/Phone.h"

#include <QHash>
#include <QObject>
#include <QStringList>
#include <QThreadPool>

#include <memory>

namespace hotline {

class LocalStore;
class RecordingRepository;

// Records ended calls without holding up the desk: mixing and hashing (about a second for a
// five-minute call on a busy two-core machine, docs/recordings.md) run on a worker thread of
// its own, and the row is stored back on the desk's thread, in one transaction with the
// orders known by then. An order filed while the call is being mixed is linked as it is stored.
//
//   connect(phone, &Phone::ended, recorder, [&](const PhoneCall &call) { recorder.callEnded(call); });
//   connect(recorder, &CallRecorder::recorded, uploader, &RecordingUploader::uploadSoon);
class CallRecorder : public QObject {
    Q_OBJECT
public:
    explicit CallRecorder(LocalStore &store, QObject *parent = nullptr);
    // Waits for a call being mixed: its file is finished and stored, or dropped whole.
    ~CallRecorder() override;

    // Starts recording `call` (nothing happens for a call without recordings or recorded
    // before); recorded() or failed() follows.
    void callEnded(const PhoneCall &call, const QStringList &orders = {});
    // Links the call's recording to an order, now or once it is stored.
    Status link(const QString &callId, const QString &orderNumber);
    // Calls being mixed.
    int inProgress() const { return int(m_waiting.size()); }

Q_SIGNALS:
    void recorded(const hotline::Recording &recording);
    void failed(const QString &callId, const QString &reason);

private:
    void finished(const PhoneCall &call, const QUuid &id, const Result<MixedRecording> &mixed, const Result<QString> &sha256);

    LocalStore &m_store;
    std::unique_ptr<RecordingRepository> m_recordings;
    QThreadPool m_pool;
    QHash<QString, QStringList> m_waiting; // call id → orders to link once stored
};

} // namespace hotline
