// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "telephony/FunAsrClient.h"
#include "telephony/Phone.h"
#include "telephony/SndfileRecordings.h"
#include "telephony/WavTail.h"

#include <QDateTime>
#include <QObject>

class QTimer;

namespace hotline {

// A real call's live transcript: the caller's side as the softphone records it (sndfile's
// received file, read while it grows) streamed to the centre's speech recogniser. The file is
// named by the time its audio starts, so once a call is answered the newest caller's file that
// began with it is looked for; the transcript panel listens to source().
class LiveTranscription : public QObject {
    Q_OBJECT
public:
    LiveTranscription(FunAsrSettings settings, QString recordingsFolder, QObject *parent = nullptr);

    TranscriptSource &source() { return m_client; }
    void callAnswered(const PhoneCall &call);
    void callEnded(const PhoneCall &call);

private:
    void look();

    FunAsrClient m_client;
    WavTail m_tail;
    QString m_folder;
    QTimer *m_look;
    QString m_callId;
    QDateTime m_from;
    QDateTime m_lookingSince;
    QString m_streaming; // the file being read
};

} // namespace hotline
