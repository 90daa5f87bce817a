// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QUrl>

namespace hotline {

// What the administrator set for every desk of the machine, in /etc/hotline/desk.ini (the
// package's conffile) — the operators never type the centre's address:
//   [centre]
//   url=https://central.example.gov.cn:8345
//   allow-plain-http=false
//   ca-certificate=/etc/hotline/centre-ca.pem
// HOTLINE_DESK_CONFIG names another file (tests, a second site).
struct DeskSiteConfig {
    QUrl centre;
    // Plain http carries tokens and callers' details in the clear: only to this machine
    // itself, unless the administrator says otherwise.
    bool allowPlainHttp = false;
    QString caCertificate; // PEM: the centre's own CA, beside the system's

    static QString defaultPath();
    static DeskSiteConfig load(const QString &path = defaultPath());
    // Why the desk will not talk to `url`, or nothing.
    QString refusalFor(const QUrl &url) const;
};

} // namespace hotline
