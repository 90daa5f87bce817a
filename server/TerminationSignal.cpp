// SPDX-License-Identifier: GPL-3.0-or-later
#include "TerminationSignal.h"

#include <QSocketNotifier>

#include <csignal>
#include <sys/socket.h>
#include <unistd.h>

namespace hotline {

namespace {
int signalPipe[2] = {-1, -1};
void onSignal(int)
{
    const char byte = 1;
    (void)::write(signalPipe[0], &byte, 1);
}
} // namespace

TerminationSignal::TerminationSignal(QObject *parent) : QObject(parent)
{
    if (signalPipe[0] < 0 && ::socketpair(AF_UNIX, SOCK_STREAM, 0, signalPipe) != 0)
        return;
    m_notifier = new QSocketNotifier(signalPipe[1], QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, [this] {
        m_notifier->setEnabled(false);
        char byte = 0;
        (void)::read(signalPipe[1], &byte, 1);
        Q_EMIT received();
    });
    struct sigaction action {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    for (int sig : {SIGTERM, SIGINT})
        ::sigaction(sig, &action, nullptr);
}

TerminationSignal::~TerminationSignal()
{
    struct sigaction action {};
    action.sa_handler = SIG_DFL;
    for (int sig : {SIGTERM, SIGINT})
        ::sigaction(sig, &action, nullptr);
}

} // namespace hotline
