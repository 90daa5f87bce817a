// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHostAddress>
#include <QString>
#include <QThread>

namespace hotline {

class NudgeHub;

// The WebSocket channel that tells desks to pull, on a thread of its own. Every signed-in
// desk keeps a socket open, and on the HTTP thread the event loop polled all of them (1,800
// on a full floor) at every turn: a fifth of the centre's time under load. Here they wait on
// their own loop, and the HTTP side only posts the nudges across.
class NudgeServer {
public:
    NudgeServer();
    ~NudgeServer();
    NudgeServer(const NudgeServer &) = delete;
    NudgeServer &operator=(const NudgeServer &) = delete;

    // Opens a database connection of its own (tokens are checked when a desk connects) and
    // listens; the port, or 0 with `error` saying why.
    quint16 listen(const QString &databaseUrl, const QHostAddress &address, quint16 port, QString *error);
    quint16 port() const { return m_port; }
    // From any thread. The desks concerned ('' is every desk) hear of it within 100 ms, in one
    // message however many changes came meanwhile.
    void nudge(const QString &desk, qint64 revision);
    // Says "going away" to every desk and stops listening; returns when it is done.
    void stop();

private:
    QThread m_thread;
    NudgeHub *m_hub = nullptr; // lives on m_thread, deleted there when it finishes
    quint16 m_port = 0;
};

} // namespace hotline
