// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QString>
#include <QUrl>

namespace hotline {

class LocalStore;

// Where this desk's centre is and who is signed in, kept in the store's meta table so that a
// restarted desk carries on (the token expires on its own; the password is never kept).
struct CentralSettings {
    QUrl url;          // http://central:8345
    QString desk;      // ws-07: the workstation's name at the centre
    QString login;
    QString token;
    qint64 cursor = 0; // the last revision pulled
    int streamPort = 0; // the centre's WebSocket for nudges, told at sign-in

    bool isConfigured() const { return url.isValid() && !url.isEmpty(); }
    bool isSignedIn() const { return isConfigured() && !token.isEmpty(); }

    static CentralSettings load(const LocalStore &store);
    Status save(LocalStore &store) const;
    static Status saveCursor(LocalStore &store, qint64 cursor);
};

} // namespace hotline
