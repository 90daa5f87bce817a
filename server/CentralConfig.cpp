// SPDX-License-Identifier: GPL-3.0-or-later
#include "CentralConfig.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

#include <cmath>
#include <functional>

namespace hotline {

namespace {

using Refusal = CentralConfig::Refusal;

// One setting: its key in the INI file and its --option, the same name.
struct Setting {
    const char *key;
    const char *help;
    const char *valueName;
};

const Setting settings[] = {
    {"listen", "Address and port to listen on (127.0.0.1:8345).", "addr:port"},
    {"database", "sqlite:PATH or postgresql://user:password@host:port/db?sslmode=verify-full", "url"},
    {"token-hours", "How long a sign-in lasts (12).", "hours"},
    {"max-body", "Largest request body in bytes (4194304).", "bytes"},
    {"max-header", "Largest request line and headers in bytes (32768).", "bytes"},
    {"max-request-line", "Longest request line in bytes (8192).", "bytes"},
    {"header-timeout", "Seconds a request's head may take to arrive (10).", "seconds"},
    {"body-timeout", "Seconds a request's body may take to arrive (60).", "seconds"},
    {"idle-timeout", "Seconds a kept-alive connection may stay idle (75).", "seconds"},
    {"max-connections", "Connections at once, HTTP and WebSocket (10000).", "count"},
    {"max-connections-per-address", "Connections at once from one address, trusted proxies apart (256).", "count"},
    {"max-ws-message", "Largest WebSocket frame or message from a desk in bytes (65536).", "bytes"},
    {"tls-certificate", "PEM certificate (chain): the centre speaks HTTPS and WSS itself.", "file"},
    {"tls-key", "PEM private key of --tls-certificate.", "file"},
    {"trusted-proxy", "Comma-separated addresses of reverse proxies whose X-Forwarded-For is believed (127.0.0.1,::1).",
     "addresses"},
    {"open-files", "Open-file limit the service raises itself to (65536).", "count"},
    {"auto-urge-seconds", "How often overdue orders are urged automatically; 0: never (600).", "seconds"},
    {"sign-in-failures-per-login", "Failed sign-ins per login within the window before 429 (10).", "count"},
    {"sign-in-failures-per-address", "Failed sign-ins per address within the window before 429 (30).", "count"},
    {"sign-in-window", "Seconds the failed sign-ins are counted over (300).", "seconds"},
    {"recordings-dir", "Folder of the call recordings (recordings beside a SQLite database).", "dir"},
    {"recording-retention-days", "Days a call recording is kept after the call (180).", "days"},
};

struct Task {
    CentralTask task;
    const char *option;
    const char *help;
    const char *valueName;
};

const Task tasks[] = {
    {CentralTask::AddUser, "add-user", "Create a user (password from HOTLINE_PASSWORD or stdin) and exit.", "login"},
    {CentralTask::SetPassword, "set-password", "Give a user a new password (from HOTLINE_PASSWORD or stdin) and exit.", "login"},
    {CentralTask::DisableUser, "disable-user", "Disable a user (their sessions end) and exit.", "login"},
    {CentralTask::EnableUser, "enable-user", "Enable a user again and exit.", "login"},
    {CentralTask::ImportServices, "import-services", "Load the catalogue (level1,level2,level3 CSV) as Open311 services and exit.", "csv"},
    {CentralTask::AddApiKey, "add-api-key", "Create an Open311 API key for a client, print it and exit.", "client"},
    {CentralTask::ReleaseDesk, "release-desk", "Free a desk name bound to a workstation (a replaced machine) and exit.", "desk"},
};

// Reads settings: command line first, then the INI file, then the default.
class Reader {
public:
    Reader(const QCommandLineParser &parser, const QSettings *ini) : m_parser(parser), m_ini(ini) {}

    QString text(const char *key, const QString &fallback) const
    {
        const QString name = QString::fromLatin1(key);
        if (m_parser.isSet(name))
            return m_parser.value(name);
        if (m_ini && m_ini->contains(name))
            return m_ini->value(name).toString();
        return fallback;
    }

    // A whole number in [low, high], or why not.
    std::optional<QString> number(const char *key, qint64 low, qint64 high, auto &target) const
    {
        bool ok = false;
        const qint64 value = text(key, QString::number(target)).toLongLong(&ok);
        if (!ok || value < low || value > high)
            return QStringLiteral("%1 must be a whole number from %2 to %3").arg(QLatin1String(key)).arg(low).arg(high);
        target = std::remove_reference_t<decltype(target)>(value);
        return std::nullopt;
    }

    // Seconds (fractions allowed: tests use short timeouts) into milliseconds.
    std::optional<QString> seconds(const char *key, double low, double high, int &targetMs) const
    {
        bool ok = false;
        const double value = text(key, QString::number(targetMs / 1000.0)).toDouble(&ok);
        if (!ok || !std::isfinite(value) || value < low || value > high)
            return QStringLiteral("%1 must be a number of seconds from %2 to %3").arg(QLatin1String(key)).arg(low).arg(high);
        targetMs = int(std::lround(value * 1000));
        return std::nullopt;
    }

private:
    const QCommandLineParser &m_parser;
    const QSettings *m_ini;
};

std::optional<QString> readListen(const Reader &read, CentralConfig &config)
{
    const QString listen = read.text("listen", QStringLiteral("127.0.0.1:8345"));
    const qsizetype colon = listen.lastIndexOf(u':');
    bool portOk = false;
    const int port = listen.mid(colon + 1).toInt(&portOk);
    QString host = listen.left(colon);
    if (host.startsWith(u'[') && host.endsWith(u']'))
        host = host.mid(1, host.size() - 2); // [::1]:8345
    const QHostAddress address(host);
    if (colon <= 0 || !portOk || port < 0 || port > 65535 || address.isNull())
        return QStringLiteral("listen needs ADDRESS:PORT, got %1").arg(listen);
    config.address = address;
    config.port = quint16(port);
    return std::nullopt;
}

std::optional<QString> readTls(const Reader &read, CentralConfig &config)
{
    config.tlsCertificate = read.text("tls-certificate", {});
    config.tlsKey = read.text("tls-key", {});
    if (config.tlsCertificate.isEmpty() != config.tlsKey.isEmpty())
        return QStringLiteral("tls-certificate and tls-key go together");
    for (const QString &file : {config.tlsCertificate, config.tlsKey})
        if (!file.isEmpty() && !QFileInfo(file).isReadable())
            return QStringLiteral("cannot read %1").arg(file);
    return std::nullopt;
}

std::optional<QString> readProxies(const Reader &read, CentralConfig &config)
{
    for (const QString &item : read.text("trusted-proxy", QStringLiteral("127.0.0.1,::1")).split(u',', Qt::SkipEmptyParts)) {
        const QHostAddress proxy(item.trimmed());
        if (proxy.isNull())
            return QStringLiteral("trusted-proxy: \"%1\" is not an address").arg(item.trimmed());
        config.trustedProxies.append(proxy);
    }
    return std::nullopt;
}

} // namespace

std::variant<CentralConfig, Refusal> CentralConfig::fromArguments(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Hotline Desk central service. Every setting is also a key of the --config INI file."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("config"), QStringLiteral("INI file with the settings below as keys (the command line wins)."),
                      QStringLiteral("file")});
    for (const Setting &setting : settings)
        parser.addOption({QString::fromLatin1(setting.key), QString::fromLatin1(setting.help), QString::fromLatin1(setting.valueName)});
    for (const Task &task : tasks)
        parser.addOption({QString::fromLatin1(task.option), QString::fromLatin1(task.help), QString::fromLatin1(task.valueName)});
    parser.addOption({QStringLiteral("role"), QStringLiteral("Role of --add-user."), QStringLiteral("role"), QStringLiteral("operator")});
    parser.addOption({QStringLiteral("name"), QStringLiteral("Display name of --add-user."), QStringLiteral("name")});
    parser.addOption({QStringLiteral("unit"), QStringLiteral("Unit code of a department user (--add-user --role department)."),
                      QStringLiteral("code")});
    if (!parser.parse(arguments))
        return Refusal{2, parser.errorText()};
    if (parser.isSet(QStringLiteral("help")))
        return Refusal{0, parser.helpText()};
    if (!parser.positionalArguments().isEmpty())
        return Refusal{2, QStringLiteral("unexpected argument %1").arg(parser.positionalArguments().first())};

    std::unique_ptr<QSettings> ini;
    if (parser.isSet(QStringLiteral("config"))) {
        const QString file = parser.value(QStringLiteral("config"));
        if (!QFileInfo(file).isReadable())
            return Refusal{2, QStringLiteral("cannot read %1").arg(file)};
        ini = std::make_unique<QSettings>(file, QSettings::IniFormat);
        if (ini->status() != QSettings::NoError)
            return Refusal{2, QStringLiteral("cannot read %1").arg(file)};
        for (const QString &key : ini->allKeys()) {
            // Qt reads "# key=value" as a key named "# key": a commented-out default, not a typo.
            if (key.startsWith(u'#'))
                continue;
            const bool known = std::any_of(std::begin(settings), std::end(settings),
                                           [&](const Setting &s) { return key == QLatin1String(s.key); });
            if (!known) // a typo in a service's file must not silently leave a default in force
                return Refusal{2, QStringLiteral("%1: unknown key \"%2\"").arg(file, key)};
        }
    }
    const Reader read(parser, ini.get());
    CentralConfig config;
    for (const Task &task : tasks)
        if (parser.isSet(QString::fromLatin1(task.option))) {
            if (config.task != CentralTask::Serve)
                return Refusal{2, QStringLiteral("one task at a time")};
            config.task = task.task;
            config.taskArgument = parser.value(QString::fromLatin1(task.option));
        }
    config.role = parser.value(QStringLiteral("role"));
    config.displayName = parser.value(QStringLiteral("name"));
    config.unit = parser.value(QStringLiteral("unit"));

    config.databaseUrl = read.text("database", QStringLiteral("sqlite:")
                                                   + QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
                                                   + QStringLiteral("/central.sqlite"));
    // Beside the database, so that the package's state directory holds both.
    const QString dataDir = config.databaseUrl.startsWith(QLatin1String("sqlite:"))
        ? QFileInfo(config.databaseUrl.mid(7)).absolutePath()
        : QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    config.recordingsDir = read.text("recordings-dir", dataDir + QStringLiteral("/recordings"));
    if (config.recordingsDir.isEmpty())
        return Refusal{2, QStringLiteral("recordings-dir must name a folder")};
    HttpLimits &limits = config.limits;
    const std::optional<QString> problems[] = {
        readListen(read, config),
        read.number("token-hours", 1, 24 * 30, config.tokenHours),
        read.number("max-body", 1024, qint64(1) << 30, limits.maxBodyBytes),
        read.number("max-header", 1024, 1024 * 1024, limits.maxHeaderBytes),
        read.number("max-request-line", 256, 1024 * 1024, limits.maxRequestLine),
        read.seconds("header-timeout", 0.1, 3600, limits.headerTimeoutMs),
        read.seconds("body-timeout", 0.1, 3600, limits.bodyTimeoutMs),
        read.seconds("idle-timeout", 0.1, 24 * 3600, limits.idleTimeoutMs),
        read.number("max-connections", 16, 1'000'000, limits.maxConnections),
        read.number("max-connections-per-address", 1, 1'000'000, limits.maxConnectionsPerAddress),
        read.number("max-ws-message", 1024, 16 * 1024 * 1024, limits.maxWebSocketMessage),
        readTls(read, config),
        readProxies(read, config),
        read.number("open-files", 1024, 1 << 24, config.openFiles),
        read.number("auto-urge-seconds", 0, 24 * 3600, config.autoUrgeSeconds),
        read.number("sign-in-failures-per-login", 1, 1'000'000, config.signIn.failuresPerLogin),
        read.number("sign-in-failures-per-address", 1, 1'000'000, config.signIn.failuresPerAddress),
        read.number("sign-in-window", 1, 7 * 24 * 3600, config.signIn.windowSeconds),
        read.number("recording-retention-days", 1, 36500, config.recordingRetentionDays),
    };
    for (const std::optional<QString> &problem : problems)
        if (problem)
            return Refusal{2, *problem};
    if (limits.maxRequestLine > limits.maxHeaderBytes)
        return Refusal{2, QStringLiteral("max-request-line must not exceed max-header")};
    return config;
}

} // namespace hotline
