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
    QString streamPath; // the centre's WebSocket for nudges, on its own address; told at sign-in
    QString role;       // the signed-in user's role, told at sign-in (what the desk shows in full)
    QString unit;       // a department user's unit, told at sign-in (the orders it acts on)
    // This workstation's secret, made once: it binds the desk's name at the centre to this store.
    QString deskKey;
    // The centre database's epoch this desk last saw (SyncService::epoch).
    QString epoch;

    bool isConfigured() const { return url.isValid() && !url.isEmpty(); }
    bool isSignedIn() const { return isConfigured() && !token.isEmpty(); }

    static CentralSettings load(const LocalStore &store);
    Status save(LocalStore &store) const;
    static Status saveCursor(LocalStore &store, qint64 cursor);
    // The workstation's key, made (and kept) the first time it is asked for.
    static QString deskKeyOf(LocalStore &store);
};

} // namespace hotline
