// SPDX-License-Identifier: GPL-3.0-or-later
// hotline-central: the central service the desks sync with — HTTP/JSON API, WebSocket
// nudges and Open311 over SQLite or PostgreSQL.
#include "CentralServer.h"
#include "central/CentralDatabase.h"
#include "central/Open311Service.h"
#include "central/SyncService.h"
#include "central/UserDirectory.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QHostAddress>
#include <QSettings>
#include <QSocketNotifier>
#include <QStandardPaths>
#include <QTextStream>
#include <QTimer>

#include <malloc.h>

#include <csignal>
#include <cstdio>
#include <sys/socket.h>
#include <unistd.h>

using namespace hotline;

namespace {
// A signal handler may only write to a file descriptor; the event loop reads the other end.
int signalPipe[2] = {-1, -1};
void onTerminate(int)
{
    const char byte = 1;
    (void)::write(signalPipe[0], &byte, 1);
}

// A password given on the command line's behalf: from HOTLINE_PASSWORD or stdin, never from
// the arguments (which every user of the machine can read in ps).
QString passwordFromOutside()
{
    const QString password = qEnvironmentVariable("HOTLINE_PASSWORD");
    return password.isEmpty() ? QTextStream(stdin).readLine() : password;
}

// Creates a user from the command line.
int addUser(CentralDatabase &db, const QString &login, const QString &roleName, const QString &displayName)
{
    const std::optional<Role> role = roleFromCode(roleName);
    if (!role) {
        std::fprintf(stderr, "hotline-central: unknown role %s (operator, team_lead, kb_editor, dispatcher, trainee, department, admin)\n",
                     qPrintable(roleName));
        return 2;
    }
    Result<CentralUser> user = UserDirectory(db).create(login, displayName, *role, passwordFromOutside());
    if (!user) {
        std::fprintf(stderr, "hotline-central: %s\n", qPrintable(user.error()));
        return 1;
    }
    std::printf("user %s (%s) created\n", qPrintable(login), qPrintable(roleName));
    return 0;
}

// An administrator locked out (a forgotten password, the last admin disabled by hand in the
// database) gets back in from the machine itself; the change ends the user's sessions.
int changeUser(CentralDatabase &db, const QString &login, UserChange change, const char *what)
{
    if (change.password)
        change.password = passwordFromOutside();
    UserDirectory users(db);
    if (!users.find(login)) {
        std::fprintf(stderr, "hotline-central: no user %s\n", qPrintable(login));
        return 1;
    }
    Result<UserAccount> updated = users.update(login, change);
    if (!updated) {
        std::fprintf(stderr, "hotline-central: %s\n", qPrintable(updated.error()));
        return 1;
    }
    (void)users.audit(QStringLiteral("hotline-central"), QStringLiteral("update-user"), QStringLiteral("user:") + login, QString::fromLatin1(what));
    std::printf("user %s: %s\n", qPrintable(login), what);
    return 0;
}
} // namespace

int main(int argc, char *argv[])
{
    // Every request allocates and frees a few hundred KiB; glibc would hand the top of the heap
    // back to the kernel after each one, and on a virtual machine the TLB shootdown of that
    // munmap cost a fifth of the service's time under load. Keep the heap.
    mallopt(M_TRIM_THRESHOLD, 256 * 1024 * 1024);
    mallopt(M_TOP_PAD, 16 * 1024 * 1024);
    mallopt(M_MMAP_THRESHOLD, 32 * 1024 * 1024);
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("hotline-central"));
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Hotline Desk central service"));
    parser.addHelpOption();
    const QCommandLineOption configOption(QStringLiteral("config"), QStringLiteral("INI file with listen=, database=, token-hours=, max-body="),
                                          QStringLiteral("file"));
    const QCommandLineOption listenOption(QStringLiteral("listen"), QStringLiteral("Address and port to listen on (127.0.0.1:8345)."),
                                          QStringLiteral("addr:port"));
    const QCommandLineOption databaseOption(QStringLiteral("database"),
                                            QStringLiteral("sqlite:PATH or postgresql://user:password@host:port/db"), QStringLiteral("url"));
    const QCommandLineOption tokenOption(QStringLiteral("token-hours"), QStringLiteral("How long a sign-in lasts (12)."), QStringLiteral("hours"));
    const QCommandLineOption streamOption(QStringLiteral("stream-port"),
                                          QStringLiteral("Port of the WebSocket that nudges desks (the listen port + 1)."), QStringLiteral("port"));
    const QCommandLineOption bodyOption(QStringLiteral("max-body"), QStringLiteral("Largest request body in bytes (4194304)."), QStringLiteral("bytes"));
    const QCommandLineOption addUserOption(QStringLiteral("add-user"), QStringLiteral("Create a user (password from HOTLINE_PASSWORD or stdin) and exit."),
                                           QStringLiteral("login"));
    const QCommandLineOption roleOption(QStringLiteral("role"), QStringLiteral("Role of --add-user."), QStringLiteral("role"), QStringLiteral("operator"));
    const QCommandLineOption nameOption(QStringLiteral("name"), QStringLiteral("Display name of --add-user."), QStringLiteral("name"));
    const QCommandLineOption servicesOption(QStringLiteral("import-services"),
                                            QStringLiteral("Load the catalogue (level1,level2,level3 CSV) as Open311 services and exit."),
                                            QStringLiteral("csv"));
    const QCommandLineOption apiKeyOption(QStringLiteral("add-api-key"), QStringLiteral("Create an Open311 API key for a client, print it and exit."),
                                          QStringLiteral("client"));
    const QCommandLineOption passwordOption(QStringLiteral("set-password"),
                                            QStringLiteral("Give a user a new password (from HOTLINE_PASSWORD or stdin) and exit."),
                                            QStringLiteral("login"));
    const QCommandLineOption disableOption(QStringLiteral("disable-user"), QStringLiteral("Disable a user and exit."), QStringLiteral("login"));
    const QCommandLineOption enableOption(QStringLiteral("enable-user"), QStringLiteral("Enable a user again and exit."), QStringLiteral("login"));
    parser.addOptions({configOption, listenOption, databaseOption, tokenOption, bodyOption, streamOption, addUserOption, roleOption, nameOption,
                       servicesOption, apiKeyOption, passwordOption, disableOption, enableOption});
    parser.process(app);

    // Command line over the config file over the defaults.
    QSettings config(parser.value(configOption), QSettings::IniFormat);
    const auto setting = [&](const QCommandLineOption &option, const QString &key, const QString &fallback) {
        if (parser.isSet(option))
            return parser.value(option);
        if (parser.isSet(configOption))
            return config.value(key, fallback).toString();
        return fallback;
    };
    if (parser.isSet(configOption) && config.status() != QSettings::NoError) {
        std::fprintf(stderr, "hotline-central: cannot read %s\n", qPrintable(parser.value(configOption)));
        return 2;
    }
    const QString defaultDatabase = QStringLiteral("sqlite:")
        + QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/central.sqlite");
    const QString databaseUrl = setting(databaseOption, QStringLiteral("database"), defaultDatabase);
    const QString listen = setting(listenOption, QStringLiteral("listen"), QStringLiteral("127.0.0.1:8345"));
    CentralOptions options;
    bool ok = true;
    options.tokenHours = setting(tokenOption, QStringLiteral("token-hours"), QStringLiteral("12")).toInt(&ok);
    if (!ok || options.tokenHours < 1 || options.tokenHours > 24 * 30) {
        std::fprintf(stderr, "hotline-central: --token-hours must be 1 to 720\n");
        return 2;
    }
    options.maxBodyBytes = setting(bodyOption, QStringLiteral("max-body"), QStringLiteral("4194304")).toLongLong(&ok);
    if (!ok || options.maxBodyBytes < 1024) {
        std::fprintf(stderr, "hotline-central: --max-body must be at least 1024 bytes\n");
        return 2;
    }
    const qsizetype colon = listen.lastIndexOf(u':');
    bool portOk = false;
    const int port = listen.mid(colon + 1).toInt(&portOk);
    const QHostAddress address(listen.left(colon));
    if (colon <= 0 || !portOk || port < 0 || port > 65535 || address.isNull()) {
        std::fprintf(stderr, "hotline-central: --listen needs ADDRESS:PORT, got %s\n", qPrintable(listen));
        return 2;
    }

    if (databaseUrl.startsWith(QLatin1String("sqlite:")))
        QDir().mkpath(QFileInfo(databaseUrl.mid(7)).absolutePath());
    Result<std::unique_ptr<CentralDatabase>> db = CentralDatabase::open(databaseUrl);
    if (!db) {
        std::fprintf(stderr, "hotline-central: %s\n", qPrintable(db.error()));
        return 1;
    }
    if (parser.isSet(addUserOption))
        return addUser(*db.value(), parser.value(addUserOption), parser.value(roleOption), parser.value(nameOption));
    for (const QCommandLineOption *option : {&passwordOption, &disableOption, &enableOption}) {
        if (!parser.isSet(*option))
            continue;
        UserChange change;
        if (option == &passwordOption)
            change.password = QString(); // read by changeUser
        else
            change.disabled = option == &disableOption;
        const char *what = option == &passwordOption ? "password changed" : (option == &disableOption ? "disabled" : "enabled");
        return changeUser(*db.value(), parser.value(*option), change, what);
    }
    if (parser.isSet(servicesOption) || parser.isSet(apiKeyOption)) {
        UserDirectory users(*db.value());
        SyncService sync(*db.value(), users);
        Open311Service open311(*db.value(), sync, users);
        if (parser.isSet(servicesOption)) {
            Result<int> count = open311.importServices(parser.value(servicesOption));
            if (!count) {
                std::fprintf(stderr, "hotline-central: %s\n", qPrintable(count.error()));
                return 1;
            }
            std::printf("%d Open311 services\n", count.value());
        }
        if (parser.isSet(apiKeyOption)) {
            Result<QString> key = open311.createApiKey(parser.value(apiKeyOption));
            if (!key) {
                std::fprintf(stderr, "hotline-central: %s\n", qPrintable(key.error()));
                return 1;
            }
            std::printf("%s\n", qPrintable(key.value()));
        }
        return 0;
    }

    const int streamPort = setting(streamOption, QStringLiteral("stream-port"), QString::number(port == 0 ? 0 : port + 1)).toInt(&ok);
    if (!ok || streamPort < 0 || streamPort > 65535) {
        std::fprintf(stderr, "hotline-central: --stream-port must be a port number\n");
        return 2;
    }
    CentralServer server(*db.value(), options);
    const quint16 bound = server.listen(address, quint16(port), quint16(streamPort));
    if (bound == 0) {
        std::fprintf(stderr, "hotline-central: cannot listen on %s\n", qPrintable(listen));
        return 1;
    }
    std::printf("hotline-central listening on %s:%u, nudges on %u (%s)\n", qPrintable(address.toString()), bound,
                server.streamPort(), qPrintable(db.value()->describe()));
    std::fflush(stdout);
    // SIGTERM (systemd stop) and SIGINT: stop taking connections, answer what was read, quit.
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, signalPipe) != 0) {
        std::perror("hotline-central: socketpair");
        return 1;
    }
    QSocketNotifier terminate(signalPipe[1], QSocketNotifier::Read);
    QObject::connect(&terminate, &QSocketNotifier::activated, &app, [&server, &terminate] {
        // Once: a second signal while stopping changes nothing.
        terminate.setEnabled(false);
        char byte = 0;
        (void)::read(signalPipe[1], &byte, 1);
        server.stopListening();
        std::printf("hotline-central stopping\n");
        std::fflush(stdout);
        // Requests already sent on open connections are still answered for a moment; then the
        // last group of pushes is written, and its answers get a moment to leave before exit.
        QTimer::singleShot(300, qApp, [&server] {
            server.writePendingPushes();
            std::printf("hotline-central stopped: %lld pushes written in %lld group commits\n", server.pushesWritten(),
                        server.pushGroupsWritten());
            std::fflush(stdout);
            QTimer::singleShot(50, qApp, &QCoreApplication::quit);
        });
    });
    struct sigaction action {};
    action.sa_handler = onTerminate;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    for (int sig : {SIGTERM, SIGINT})
        ::sigaction(sig, &action, nullptr);
    return QCoreApplication::exec();
}
