// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "telephony/BaresipPhone.h"

#include <QCoreApplication>

namespace hotline {

// The seat's phone as the administrator set it for the machine, in the site file beside
// [centre] (/etc/hotline/desk.ini, or HOTLINE_DESK_CONFIG):
//   [phone]
//   kind=baresip            ; the desk runs its own baresip (also: attach, none)
//   seat=8012               ; the account's user part: the seat's extension
//   sip-address=10.20.0.12  ; the desk's address on the voice network
//   sip-port=5060
//   control-port=4444       ; baresip's ctrl_tcp on 127.0.0.1
//   registrar=pbx.example.gov.cn   auth-user=8012   password=…   dial-domain=pbx.example.gov.cn
//   audio-source=alsa,default      audio-player=alsa,default
//   recordings=/var/lib/hotline-desk/calls   ; default: calls/ beside the desk's store
//   program=/usr/bin/baresip
//   ; kind=attach: control-host=127.0.0.1 and control-port of a baresip someone else runs,
//   ; with its sndfile folder as recordings=
// Without a [phone] section (kind=none) calls are taken by hand (Ctrl+N).
struct PhoneSiteConfig {
    Q_DECLARE_TR_FUNCTIONS(hotline::PhoneSiteConfig)
public:
    enum class Kind { None, Baresip, Attach };
    Kind kind = Kind::None;
    BaresipSettings baresip;
    BaresipEndpoint endpoint;
    QString program = QStringLiteral("baresip");

    // `storeFolder`: where the desk keeps its store (the recordings' default folder).
    static Result<PhoneSiteConfig> load(const QString &path, const QString &storeFolder);
};

} // namespace hotline
