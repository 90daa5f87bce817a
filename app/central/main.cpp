// SPDX-License-Identifier: GPL-3.0-or-later
// hotline-central: the central service the desks sync with. This first version answers the
// health check on its listen address; the API and sync routes are the sync issue's work.
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QHostAddress>
#include <QHttpServer>
#include <QJsonObject>

#include <QSocketNotifier>

#include <csignal>
#include <cstdio>
#include <sys/socket.h>
#include <unistd.h>

namespace {
// A signal handler may only write to a file descriptor; the event loop reads the other end
// and quits there, after the requests in flight have been answered.
int signalPipe[2] = {-1, -1};
void onTerminate(int)
{
    const char byte = 1;
    (void)::write(signalPipe[0], &byte, 1);
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("hotline-central"));
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption listenOption(QStringLiteral("listen"), QStringLiteral("Address and port to listen on."),
                                          QStringLiteral("addr:port"), QStringLiteral("127.0.0.1:8345"));
    parser.addOption(listenOption);
    parser.process(app);

    const QString listen = parser.value(listenOption);
    const qsizetype colon = listen.lastIndexOf(u':');
    bool portOk = false;
    const int port = listen.mid(colon + 1).toInt(&portOk);
    const QHostAddress address(listen.left(colon));
    if (colon <= 0 || !portOk || port < 0 || port > 65535 || address.isNull()) {
        std::fprintf(stderr, "hotline-central: --listen needs ADDRESS:PORT, got %s\n", qPrintable(listen));
        return 2;
    }
    const QDateTime started = QDateTime::currentDateTimeUtc();
    QHttpServer server;
    server.route(QStringLiteral("/api/v1/health"), [started] {
        return QJsonObject{{QStringLiteral("status"), QStringLiteral("ok")},
                           {QStringLiteral("since"), started.toString(Qt::ISODate)}};
    });
    const quint16 bound = server.listen(address, quint16(port));
    if (bound == 0) {
        std::fprintf(stderr, "hotline-central: cannot listen on %s\n", qPrintable(listen));
        return 1;
    }
    std::printf("hotline-central listening on %s:%u\n", qPrintable(address.toString()), bound);
    std::fflush(stdout);
    // SIGTERM (systemd stop) and SIGINT end the event loop so that requests in flight finish.
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, signalPipe) != 0) {
        std::perror("hotline-central: socketpair");
        return 1;
    }
    QSocketNotifier terminate(signalPipe[1], QSocketNotifier::Read);
    QObject::connect(&terminate, &QSocketNotifier::activated, &app, [] {
        std::printf("hotline-central stopping\n");
        QCoreApplication::quit();
    });
    struct sigaction action {};
    action.sa_handler = onTerminate;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    for (int sig : {SIGTERM, SIGINT})
        ::sigaction(sig, &action, nullptr);
    return QCoreApplication::exec();
}
