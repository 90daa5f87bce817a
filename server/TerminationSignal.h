// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QSocketNotifier;

namespace hotline {

// SIGTERM (systemd stopping the service) and SIGINT as a Qt signal on the event loop. A signal
// handler may only write to a file descriptor; the loop reads the other end. Emitted once: a
// second signal while stopping changes nothing.
class TerminationSignal : public QObject {
    Q_OBJECT
public:
    explicit TerminationSignal(QObject *parent = nullptr);
    ~TerminationSignal() override;
    bool isWatching() const { return m_notifier != nullptr; }

Q_SIGNALS:
    void received();

private:
    QSocketNotifier *m_notifier = nullptr;
};

} // namespace hotline
