// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace hotline {

// What the desk's own baresip is set up with (BaresipConfig writes it as baresip's `config` and
// `accounts`). One SIP account per seat; calls are answered by the operator (answer mode
// manual), never by baresip itself.
struct BaresipSettings {
    // The account's user part: the seat's extension or name (sip:<seat>@…).
    QString seat;
    // The desk's IP address: SIP listens there and the media go out of its interface. Without
    // a registrar it is also the account's domain (sip:<seat>@<address>:<port>).
    QString sipAddress;
    int sipPort = 5060;
    // baresip's ctrl_tcp, always on 127.0.0.1: the desk's commands and baresip's events.
    int controlPort = 4444;

    // The SIP server to register with, host[:port]; empty: no registration, calls come straight
    // to sipAddress. When set, the account is sip:<authUser or seat>@<registrar>.
    QString registrar;
    QString authUser; // empty: the seat
    QString password;
    // Where bare numbers are dialled and transferred to (a PBX or gateway), host[:port]: 12319
    // becomes sip:12319@<dialDomain>. Empty: the registrar, or else the account's own domain.
    QString dialDomain;

    // baresip's audio devices as "module,device". A desk uses its sound card; tests and
    // machines without one play a WAV file (aufile,/path/to/file.wav) and discard what they
    // receive (alsa,null).
    QString audioSource = QStringLiteral("alsa,default");
    QString audioPlayer = QStringLiteral("alsa,default");
    // sndfile's snd_path: two mono WAV files per call (what the operator sent, what the caller
    // sent). Empty: nothing recorded.
    QString recordingsFolder;
    // Opus before G.711 in the offer, for a PBX that speaks it; G.711 (PCMU/PCMA) always.
    bool opus = false;
    QString moduleFolder = QStringLiteral("/usr/lib/baresip/modules");

    bool registers() const { return !registrar.isEmpty(); }
};

} // namespace hotline
