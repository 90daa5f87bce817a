// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "BaresipSettings.h"
#include "core/Result.h"

#include <QCoreApplication>
#include <QString>

namespace hotline {

// baresip's configuration folder for the desk's own baresip (`baresip -f <folder>`): `config`
// (SIP and control addresses, audio devices, modules, recordings) and `accounts` (the seat's
// one account). Written afresh at every start from BaresipSettings, so what the desk's settings
// say is what runs; baresip adds its own `contacts` and `uuid` beside them.
class BaresipConfig {
    Q_DECLARE_TR_FUNCTIONS(hotline::BaresipConfig)
public:
    // The first thing wrong with the settings, said for the person who set them: a port out of
    // range, an address that is not this machine's, a value baresip's configuration cannot
    // carry (it ends every value at a space), a module or WAV file that is not there.
    static Status validate(const BaresipSettings &settings);
    // Checks the settings, makes `folder` and the recordings folder, and writes `config` and
    // `accounts`. On any error nothing is written.
    static Status write(const BaresipSettings &settings, const QString &folder);

    static QString configText(const BaresipSettings &settings);
    static QString accountsText(const BaresipSettings &settings);
    // The account's address of record: sip:<seat>@<address>[:port] or, registering,
    // sip:<user>@<registrar>.
    static QString aor(const BaresipSettings &settings);
    // sip:<number>@<dialDomain>, the target baresip is given for dial and transfer; a target
    // that already is a SIP URI is kept.
    static QString dialUri(const BaresipSettings &settings, const QString &number);
    static QString dialDomain(const BaresipSettings &settings);
    // The longest recordings folder (bytes of UTF-8) sndfile can write into: it builds each
    // file's name in a 128-byte buffer and would silently cut a longer one.
    static constexpr int maxRecordingsPath = 94;
};

} // namespace hotline
