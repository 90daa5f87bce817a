// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHostAddress>
#include <QString>
#include <QThread>

class QTcpSocket;

namespace hotline {

class NudgeHub;

// The WebSocket channel that tells desks to pull, on a thread of its own. Every signed-in desk
// keeps a socket open, and on the HTTP thread the event loop polled all of them (1,800 on a
// full floor) at every turn: a fifth of the centre's time under load. The HTTP front reads the
// upgrade request on the API's own port and path (/api/v1/stream, so it works behind any
// proxy) and hands the socket over; here it waits on its own loop.
//
// A stream is bounded like everything else: frames and messages from the desk (which has
// nothing to say) at most `maxMessage` bytes, one stream per session (a second one replaces
// the first), and it ends when its session does — signed out, the user disabled or given a
// new password, the token expired — or when the desk stops answering pings.
class NudgeServer {
public:
    NudgeServer();
    ~NudgeServer();
    NudgeServer(const NudgeServer &) = delete;
    NudgeServer &operator=(const NudgeServer &) = delete;

    // Opens a database connection of its own (tokens are checked against it); false with
    // `error` saying why.
    bool start(const QString &databaseUrl, qsizetype maxMessage, QString *error);
    // Takes a socket whose unread bytes are a WebSocket handshake carrying a bearer token the
    // caller has checked. The socket must have no parent; it moves to the nudge thread.
    void adopt(QTcpSocket *socket);
    // From any thread. The desks concerned ('' is every desk) hear of it within 100 ms, in one
    // message however many changes came meanwhile.
    void nudge(const QString &desk, qint64 revision);
    // From any thread: a change this centre wrote that no desk needs to hear of (the desk
    // that pushed it). Changes neither nudged nor written here are another centre's on the
    // same database: found once a second, and their desks nudged all the same.
    void written(qint64 revision);
    // Sessions may have ended: every stream's token is checked again now.
    void recheckSessions();
    // Says "going away" to every desk and stops; returns when it is done.
    void stop();
    int streamCount() const;
    QThread *thread() { return &m_thread; }

private:
    QThread m_thread;
    NudgeHub *m_hub = nullptr; // lives on m_thread, deleted there when it finishes
};

} // namespace hotline
