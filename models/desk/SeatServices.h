// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "recordings/RecordingPipeline.h"
#include "telephony/Phone.h"

#include <QObject>
#include <QStringList>

#include <memory>

namespace hotline {

class LiveTranscription;
class LocalStore;
class SyncEngine;
class TranscriptSource;

// What a seat has besides its window, as the site file sets it up: the phone (the desk's own
// baresip, one an administrator runs, or none), the recording of every call with its upload,
// and the live transcript from the centre's speech recogniser. The desk window hands it the
// calls and the orders filed for them; what cannot be set up is said, and the desk still files
// orders by hand.
class SeatServices : public QObject {
    Q_OBJECT
public:
    struct Options {
        QString siteConfig;     // /etc/hotline/desk.ini (or HOTLINE_DESK_CONFIG)
        QString storeFolder;    // the desk's store's folder: recordings and baresip's config
        QString baresipProgram; // overrides the site file's program (tests)
        RecordingUploader::Options upload;
    };
    SeatServices(LocalStore &store, SyncEngine &sync, Options options, QObject *parent = nullptr);
    ~SeatServices() override;

    Phone *phone() const { return m_phone.get(); }
    TranscriptSource *transcript() const;
    RecordingPipeline &recordings() { return *m_recordings; }
    // What could not be set up from the site file, for the status bar at start.
    QStringList problems() const { return m_problems; }

    void callAnswered(const PhoneCall &call);
    void callEnded(const PhoneCall &call);
    void orderFiled(const QString &orderNumber, const QString &callId);

Q_SIGNALS:
    void trouble(const QString &reason);

private:
    std::unique_ptr<Phone> m_phone;
    std::unique_ptr<RecordingPipeline> m_recordings;
    std::unique_ptr<LiveTranscription> m_transcription;
    QStringList m_problems;
};

} // namespace hotline
