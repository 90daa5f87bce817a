// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "BaresipSettings.h"
#include "Phone.h"
#include "SndfileRecordings.h"

#include <QHash>
#include <QStringList>

#include <functional>
#include <initializer_list>
#include <optional>

namespace hotline {

class BaresipControl;
class BaresipProcess;
struct BaresipCommand;
struct BaresipMessage;

// A baresip an administrator runs (rather than the desk's own): where its ctrl_tcp listens and
// what the desk must know of its configuration.
struct BaresipEndpoint {
    QString host = QStringLiteral("127.0.0.1");
    int port = 4444;
    // Its sndfile snd_path, on this machine; empty: no recordings.
    QString recordingsFolder;
    // Where bare numbers are dialled (host[:port]); empty: baresip completes them with the
    // account's own domain.
    QString dialDomain;
    // Whether it registers with a SIP server (then the phone is available only once it has).
    bool registers = false;
};

// The desk's phone on a real softphone: baresip 1.0 driven over its ctrl_tcp module, either a
// baresip the desk starts and stops itself (start) or one an administrator runs (attach).
//
// baresip's menu commands act on its *current* call, so every command for a call is preceded
// by "callfind <SIP Call-ID>" in the same write. baresip 1.0 reports no hold or mute, so those
// are tracked here; it also takes a held call back by itself when another call ends, which is
// mirrored (the call is established again, `changed` says so). What baresip 1.0 lacks and how
// the nearest thing is done: see docs/telephony-baresip.md — in short, a consulted transfer is
// hold + dial + blind transfer of the caller to the consulted number + hang-up of the
// consultation, and a call diverted while not ready is answered and then blind-transferred.
//
// Calls are this phone's own ids ("bs-1", …), since a consultation needs one before baresip
// has a Call-ID for it. Commands answer at once (the same refusals as SimulatedPhone); what
// then happens on the line arrives as signals. A command baresip refuses is reported through
// `trouble` (the phone stays available) or, for a consultation that cannot be dialled,
// `failed`. A baresip that is missing, crashes, cannot be reached or talks nonsense is
// reported through `trouble`: its live calls end as failed, it is started or reached again
// with growing pauses, and `recovered` follows once it is back.
class BaresipPhone : public Phone {
    Q_OBJECT
public:
    explicit BaresipPhone(QObject *parent = nullptr);
    ~BaresipPhone() override;

    // Writes baresip's configuration for `settings` into `configFolder` and runs
    // `program -f configFolder`, restarted whenever it ends, until stop(). Bad settings or an
    // unwritable folder: the error, and nothing started.
    Status start(const BaresipSettings &settings, const QString &configFolder,
                 const QString &program = QStringLiteral("baresip"));
    // Drives a baresip someone else runs, reconnecting whenever the connection is lost.
    void attach(const BaresipEndpoint &endpoint);
    // Disconnects (and ends the own baresip); live calls end as failed.
    void stop();

    Status answer(const QString &callId) override;
    Status hangUp(const QString &callId) override;
    Status hold(const QString &callId) override;
    Status resume(const QString &callId) override;
    Status setMuted(const QString &callId, bool muted) override;
    Status sendDtmf(const QString &callId, const QString &digits) override;
    Status blindTransfer(const QString &callId, const QString &target) override;
    Result<QString> consult(const QString &callId, const QString &target) override;
    Status completeTransfer(const QString &callId, const QString &consultationId) override;
    void setRouting(const NotReadyRouting &routing) override { m_routing = routing; }
    bool isAvailable() const override;

    std::optional<PhoneCall> call(const QString &callId) const;
    // The last trouble reported (empty once recovered), for a status bar that starts late.
    QString lastTrouble() const { return m_trouble; }
    // The own baresip's process id (0 when attached or not running), for tests and diagnostics.
    qint64 processId() const;
    // The own baresip's last lines of output.
    QStringList processOutput() const;

    // Pauses and patience; the defaults suit a desk, tests shorten them.
    struct Timings {
        int reconnectFirstMs = 250;
        int reconnectMaxMs = 10000;
        int restartFirstMs = 1000;
        int restartMaxMs = 30000;
        int responseTimeoutMs = 5000;
        // How long an own baresip may take to open its control port before that is trouble.
        int startupGraceMs = 10000;
        // How long to wait for sndfile to close a call's recordings after the call closed.
        int recordingWaitMs = 2000;
    };
    void setTimings(const Timings &timings);

private:
    // What the phone knows of a call beyond what the desk sees.
    struct Line {
        PhoneCall call;
        QString baresipId;   // SIP Call-ID; empty until baresip names a dialled call
        bool open = true;    // baresip still has it (for a silent one: it is still being dealt with)
        QString leaving;     // why a command on it is refused now: hanging up, transferring
        bool hungUpHere = false;
        bool silent = false; // turned away: the desk has been told, nothing more is emitted
        QString divertTo;    // turned away by diverting: transferred there once answered
        QString transferTo;  // blind-transferred (or completed) to this number
        bool completed = false; // a consultation ended by completeTransfer, or its caller
        bool resumedByBaresip = false;
        QString audioError;
    };

    Result<Line *> live(const QString &callId, std::initializer_list<PhoneCall::State> allowed, const QString &what);
    Status connectedOrError() const;
    static Status checkTarget(const QString &target);
    QString uriOf(const QString &number) const;
    static QString numberOf(const QString &peerUri);

    // Sends `name params` for the call (after callfind when baresip knows it); a refusal is
    // reported as trouble with `refused` in front, and `undo` runs.
    void command(Line &line, const QString &name, const QString &params, const QString &refused,
                 std::function<void(const BaresipMessage &)> answered = {});
    void send(QList<BaresipCommand> batch);

    void onConnected();
    void onLost(const QString &reason, bool wasConnected);
    void onProcessEnded(const QString &reason);
    void onEvent(const BaresipMessage &message);
    void incoming(const BaresipMessage &message);
    Line *lineOf(const BaresipMessage &message);
    void establish(Line &line);
    void close(Line &line, const QString &param);
    void transferFailed(Line &line, const QString &param);
    // Ends a line: state, reason, recordings, then `ended` or `failed`. `recordingsFinal`: baresip
    // is gone, so half-written recordings are mended instead of waited for.
    void finish(const QString &id, PhoneCall::State state, const QString &reason, bool recordingsFinal = false);
    void emitFinished(const QString &id, int waitedMs);
    void resumeHeldAfterClose();
    void endAllLive(const QString &reason);
    void setTrouble(const QString &reason, bool unavailable);
    void updateAvailability();
    void changedIfShown(const Line &line);

    BaresipControl *m_control;
    BaresipProcess *m_process = nullptr;
    SndfileRecordings m_recordings;
    Timings m_timings;
    NotReadyRouting m_routing;
    QHash<QString, Line> m_lines;
    // Live calls in baresip's order (its list of calls; the last one is its current call).
    QStringList m_order;
    QString m_pendingDial; // a consultation dialled, not yet named by baresip
    QString m_dialDomain;
    quint16 m_controlPort = 0;
    QString m_trouble;
    bool m_registers = false;
    bool m_registered = false;
    bool m_answering = false; // baresip has answered a command on this connection
    bool m_available = false;
    bool m_unavailableTrouble = false;
    bool m_running = false;
    bool m_own = false; // started by start(), not attach()
    int m_next = 0;
};

} // namespace hotline
