// SPDX-License-Identifier: GPL-3.0-or-later
#include "CentralService.h"

#include "server/CentralServer.h"
#include "server/OpenFileLimit.h"
#include "server/ServiceAdmin.h"
#include "server/TerminationSignal.h"
#include "server/database/CentralDatabase.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QTimer>

#include <cstdio>

namespace hotline {

namespace {
void say(FILE *stream, const QString &text)
{
    std::fprintf(stream, "%s\n", qPrintable(text));
    std::fflush(stream);
}
} // namespace

int CentralService::run(const CentralConfig &config)
{
    if (config.databaseUrl.startsWith(QLatin1String("sqlite:")))
        QDir().mkpath(QFileInfo(config.databaseUrl.mid(7)).absolutePath());
    Result<std::unique_ptr<CentralDatabase>> db = CentralDatabase::open(config.databaseUrl);
    if (!db) {
        say(stderr, QStringLiteral("hotline-central: %1").arg(db.error()));
        return 1;
    }
    if (config.task != CentralTask::Serve)
        return ServiceAdmin(*db.value(), [](const QString &t) { say(stdout, t); },
                            [](const QString &t) { say(stderr, QStringLiteral("hotline-central: ") + t); })
            .run(config);

    const Result<OpenFileLimit::Outcome> files = OpenFileLimit::raise(config.openFiles);
    if (!files)
        say(stderr, QStringLiteral("hotline-central: %1").arg(files.error()));
    else if (!files.value().reached)
        say(stderr, QStringLiteral("hotline-central: warning: only %1 open files allowed (hard limit %2, wanted %3): about %4 desks fit;"
                                   " raise LimitNOFILE= in the unit")
                        .arg(files.value().limit).arg(files.value().hard).arg(config.openFiles).arg(files.value().limit / 2 - 50));

    CentralServer server(*db.value(), config);
    QString error;
    const quint16 bound = server.listen(&error);
    if (bound == 0) {
        say(stderr, QStringLiteral("hotline-central: cannot listen on %1:%2: %3").arg(config.address.toString()).arg(config.port).arg(error));
        return 1;
    }
    say(stdout, QStringLiteral("hotline-central listening on %1:%2%3 (%4)")
                    .arg(config.address.toString()).arg(bound)
                    .arg(config.tlsEnabled() ? QStringLiteral(" with TLS") : QString())
                    .arg(db.value()->describe()));
    TerminationSignal terminate;
    QObject::connect(&terminate, &TerminationSignal::received, &server, [&server] {
        say(stdout, QStringLiteral("hotline-central stopping"));
        server.shutdown([&server] {
            say(stdout, QStringLiteral("hotline-central stopped: %1 pushes written in %2 group commits")
                            .arg(server.pushesWritten()).arg(server.pushGroupsWritten()));
            QTimer::singleShot(50, qApp, &QCoreApplication::quit);
        });
    });
    return QCoreApplication::exec();
}

} // namespace hotline
