// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "recordings/CallRecorder.h"
#include "recordings/RecordingUploader.h"

#include <QHash>
#include <QObject>
#include <QSet>

namespace hotline {

class LocalStore;
class SyncEngine;

// What happens to a call's sound after it: recorded into one stereo file on the desk, linked
// to the orders filed for the call, uploaded to the centre in the background, kept for the
// retention period. The desk hands it every ended call and every order filed for one.
class RecordingPipeline : public QObject {
    Q_OBJECT
public:
    RecordingPipeline(LocalStore &store, SyncEngine &sync, RecordingUploader::Options options = {}, QObject *parent = nullptr);

    void callEnded(const PhoneCall &call);
    void orderFiled(const QString &orderNumber, const QString &callId);

    CallRecorder &recorder() { return m_recorder; }
    RecordingUploader &uploader() { return m_uploader; }

Q_SIGNALS:
    // A call could not be recorded or its link kept: for the status bar.
    void trouble(const QString &reason);

private:
    CallRecorder m_recorder;
    RecordingUploader m_uploader;
    // Orders filed while their call was still on: linked when it ends and is recorded.
    QHash<QString, QStringList> m_duringCall;
    QSet<QString> m_recorded; // calls handed to the recorder
};

} // namespace hotline
