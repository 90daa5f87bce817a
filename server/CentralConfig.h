// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/http/HttpLimits.h"
#include "server/users/SignInThrottle.h"

#include <QHostAddress>
#include <QString>
#include <QStringList>

#include <optional>
#include <variant>

namespace hotline {

// What hotline-central was asked to do: serve, or one administration task and exit.
enum class CentralTask { Serve, AddUser, SetPassword, DisableUser, EnableUser, ImportServices, AddApiKey, ReleaseDesk };

// hotline-central's configuration: the command line over the INI file (--config, the way the
// systemd unit runs it) over the defaults. Every value is checked here, so a bad one stops
// the service at start with the key named, never half-way through a shift.
struct CentralConfig {
    CentralTask task = CentralTask::Serve;
    QString taskArgument;  // the login, file or client name the task is about
    QString role = QStringLiteral("operator");
    QString displayName;
    QString unit;          // a department user's unit code

    QString databaseUrl;
    QHostAddress address = QHostAddress::LocalHost;
    quint16 port = 8345;
    int tokenHours = 12;
    // Overdue orders are urged (催办) by the centre itself this often; 0 leaves it to people.
    int autoUrgeSeconds = 600;
    HttpLimits limits;
    SignInThrottle::Limits signIn;
    // TLS terminated by the centre itself when both are set (PEM files).
    QString tlsCertificate;
    QString tlsKey;
    // Reverse proxies whose X-Forwarded-For names the real client (loopback or a proxy host).
    QList<QHostAddress> trustedProxies;
    // The open-file limit the service raises itself to: every desk holds a WebSocket and
    // usually an HTTP connection, and 1,800 desks do not fit in the default 1,024.
    int openFiles = 65536;
    // Call recordings: the folder they are stored in (by default `recordings` beside a SQLite
    // database) and how many days after the call they are kept.
    QString recordingsDir;
    int recordingRetentionDays = 180;

    bool tlsEnabled() const { return !tlsCertificate.isEmpty(); }

    struct Refusal {
        int exitCode = 2; // 0 after --help, 2 for wrong usage
        QString message;
    };
    static std::variant<CentralConfig, Refusal> fromArguments(const QStringList &arguments);
};

} // namespace hotline
