// SPDX-License-Identifier: GPL-3.0-or-later
#include "BaresipConfig.h"

#include <QDir>
#include <QFileInfo>
#include <QHostAddress>
#include <QNetworkInterface>
#include <QRegularExpression>
#include <QSaveFile>
#include <QTemporaryFile>

#include <memory>
#include <vector>

namespace hotline {

namespace {

// The characters a SIP user part may carry unescaped that baresip's account line keeps as they
// are (no ';', '@', '<', '>' that would end or split the address).
const QRegularExpression &userPattern()
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9._~+-]{1,64}$"));
    return pattern;
}

// host[:port] with a DNS name or an IPv4 address, or [IPv6][:port].
const QRegularExpression &hostPortPattern()
{
    static const QRegularExpression pattern(
        QStringLiteral("^(?:[A-Za-z0-9](?:[A-Za-z0-9.-]{0,251}[A-Za-z0-9])?|\\[[0-9A-Fa-f:.]+\\])(?::([0-9]{1,5}))?$"));
    return pattern;
}

bool hasSpace(const QString &value)
{
    for (QChar c : value)
        if (c.isSpace() || c.category() == QChar::Other_Control)
            return true;
    return false;
}

QString hostForUri(const QHostAddress &address)
{
    return address.protocol() == QAbstractSocket::IPv6Protocol ? QLatin1Char('[') + address.toString() + QLatin1Char(']')
                                                                : address.toString();
}

// The interface the address is on, for baresip's net_interface: without it baresip takes the
// first interface it finds for the media, which on a desk with two networks (or in a test's
// network namespace) is not the one SIP listens on. Loopback is left to baresip's default.
QString interfaceOf(const QHostAddress &address)
{
    if (address.isLoopback())
        return {};
    const QList<QNetworkInterface> interfaces = QNetworkInterface::allInterfaces();
    for (const QNetworkInterface &interface : interfaces)
        for (const QNetworkAddressEntry &entry : interface.addressEntries())
            if (entry.ip().isEqual(address))
                return interface.name();
    return {};
}

bool isLocal(const QHostAddress &address)
{
    const QList<QHostAddress> addresses = QNetworkInterface::allAddresses();
    for (const QHostAddress &local : addresses)
        if (local.isEqual(address))
            return true;
    return false;
}

QString moduleOf(const QString &device)
{
    return device.section(QLatin1Char(','), 0, 0).trimmed();
}

} // namespace

QString BaresipConfig::aor(const BaresipSettings &settings)
{
    if (settings.registers())
        return QStringLiteral("sip:%1@%2").arg(settings.authUser.isEmpty() ? settings.seat : settings.authUser, settings.registrar);
    const QHostAddress address(settings.sipAddress);
    return QStringLiteral("sip:%1@%2:%3").arg(settings.seat, hostForUri(address)).arg(settings.sipPort);
}

QString BaresipConfig::dialDomain(const BaresipSettings &settings)
{
    if (!settings.dialDomain.isEmpty())
        return settings.dialDomain;
    if (settings.registers())
        return settings.registrar;
    return QStringLiteral("%1:%2").arg(hostForUri(QHostAddress(settings.sipAddress))).arg(settings.sipPort);
}

QString BaresipConfig::dialUri(const BaresipSettings &settings, const QString &number)
{
    const QString target = number.trimmed();
    if (target.startsWith(QLatin1String("sip:")) || target.startsWith(QLatin1String("sips:")))
        return target;
    return QStringLiteral("sip:%1@%2").arg(target, dialDomain(settings));
}

Status BaresipConfig::validate(const BaresipSettings &s)
{
    if (!userPattern().match(s.seat).hasMatch())
        return Error{tr("坐席账号“%1”不能用作 SIP 用户名：只能是字母、数字和 . _ ~ + -，最长 64 个").arg(s.seat)};
    const QHostAddress address(s.sipAddress);
    if (address.isNull())
        return Error{tr("SIP 地址“%1”不是 IP 地址").arg(s.sipAddress)};
    if (address == QHostAddress::AnyIPv4 || address == QHostAddress::AnyIPv6 || address == QHostAddress::Broadcast)
        return Error{tr("SIP 地址不能是“%1”：请填本机的一个具体地址，呼叫的媒体从它所在的网卡收发").arg(s.sipAddress)};
    if (!isLocal(address))
        return Error{tr("SIP 地址 %1 不是本机的地址：baresip 无法在它上面收听").arg(s.sipAddress)};
    for (const auto &[port, what] : {std::pair{s.sipPort, tr("SIP 端口")}, std::pair{s.controlPort, tr("控制端口")}})
        if (port < 1 || port > 65535)
            return Error{tr("%1 %2 不在 1–65535 之间").arg(what).arg(port)};
    if (s.sipPort == s.controlPort)
        return Error{tr("控制端口与 SIP 端口都是 %1：SIP 也在 TCP 上收听，两者须不同").arg(s.sipPort)};

    if (s.registers()) {
        if (!hostPortPattern().match(s.registrar).hasMatch())
            return Error{tr("注册服务器“%1”应是“主机”或“主机:端口”").arg(s.registrar)};
        if (!s.authUser.isEmpty() && !userPattern().match(s.authUser).hasMatch())
            return Error{tr("注册用户名“%1”不能用作 SIP 用户名：只能是字母、数字和 . _ ~ + -").arg(s.authUser)};
        if (s.password.isEmpty())
            return Error{tr("向 %1 注册需要密码").arg(s.registrar)};
        static const QRegularExpression unsafe(QStringLiteral("[\\s;,\"<>]"));
        if (s.password.contains(unsafe))
            return Error{tr("密码含有空格或 ; , \" < > 之一：baresip 的账号行无法写入这样的密码")};
    }
    if (!s.dialDomain.isEmpty() && !hostPortPattern().match(s.dialDomain).hasMatch())
        return Error{tr("拨号域“%1”应是“主机”或“主机:端口”").arg(s.dialDomain)};

    static const QRegularExpression device(QStringLiteral("^[a-z0-9_]+,\\S*$"));
    for (const auto &[value, what] : {std::pair{s.audioSource, tr("音源")}, std::pair{s.audioPlayer, tr("放音设备")}}) {
        if (!device.match(value).hasMatch())
            return Error{tr("%1“%2”应写成“模块,设备”，如 alsa,default，且不含空格").arg(what, value)};
        if (moduleOf(value) == QLatin1String("aufile")) {
            const QString file = value.section(QLatin1Char(','), 1);
            if (!QFileInfo(file).isFile())
                return Error{tr("%1的 WAV 文件 %2 不存在").arg(what, file)};
        }
    }
    if (hasSpace(s.moduleFolder) || s.moduleFolder.isEmpty())
        return Error{tr("baresip 模块文件夹“%1”不能为空或含空格").arg(s.moduleFolder)};
    // The modules are checked where they are looked for; a machine without baresip at all is
    // told so when the desk starts it (the program is missing), not here.
    if (QFileInfo(s.moduleFolder).isDir()) {
        QStringList modules{moduleOf(s.audioSource), moduleOf(s.audioPlayer), QStringLiteral("g711"),
                            QStringLiteral("account"), QStringLiteral("menu"), QStringLiteral("ctrl_tcp")};
        if (s.opus)
            modules << QStringLiteral("opus");
        if (!s.recordingsFolder.isEmpty())
            modules << QStringLiteral("sndfile");
        for (const QString &module : std::as_const(modules))
            if (!QFileInfo::exists(QDir(s.moduleFolder).filePath(module + QStringLiteral(".so"))))
                return Error{tr("baresip 模块 %1 不在 %2 中：请安装 Debian 软件包 baresip-core（或提供该模块的 baresip 软件包）")
                                 .arg(module, s.moduleFolder)};
    }

    if (!s.recordingsFolder.isEmpty()) {
        if (!QDir::isAbsolutePath(s.recordingsFolder))
            return Error{tr("录音文件夹“%1”应是绝对路径").arg(s.recordingsFolder)};
        if (hasSpace(s.recordingsFolder))
            return Error{tr("录音文件夹“%1”含有空格：baresip 的配置在空格处截断").arg(s.recordingsFolder)};
        if (QDir::cleanPath(s.recordingsFolder).toUtf8().size() > maxRecordingsPath)
            return Error{tr("录音文件夹路径“%1”太长：baresip 的录音模块最多接受 %2 字节").arg(s.recordingsFolder).arg(maxRecordingsPath)};
    }
    return Status::success();
}

QString BaresipConfig::configText(const BaresipSettings &s)
{
    const QHostAddress address(s.sipAddress);
    QString text;
    const auto line = [&text](const QString &key, const QString &value) {
        text += key.leftJustified(20) + value + QLatin1Char('\n');
    };
    text += QStringLiteral("# baresip configuration written by Hotline Desk for seat %1.\n"
                           "# Rewritten from the desk's settings at every start: edits here are lost.\n\n")
                .arg(s.seat);
    line(QStringLiteral("poll_method"), QStringLiteral("epoll"));
    line(QStringLiteral("sip_listen"), QStringLiteral("%1:%2").arg(hostForUri(address)).arg(s.sipPort));
    const QString interface = interfaceOf(address);
    if (!interface.isEmpty())
        line(QStringLiteral("net_interface"), interface);
    line(QStringLiteral("call_local_timeout"), QStringLiteral("120"));
    // The caller on hold and the consulted colleague, plus room for a call refused as busy.
    line(QStringLiteral("call_max_calls"), QStringLiteral("4"));
    text += QLatin1Char('\n');
    line(QStringLiteral("audio_source"), s.audioSource);
    line(QStringLiteral("audio_player"), s.audioPlayer);
    line(QStringLiteral("audio_alert"), s.audioPlayer);
    line(QStringLiteral("audio_level"), QStringLiteral("no"));
    text += QLatin1Char('\n');
    line(QStringLiteral("module_path"), s.moduleFolder);
    QStringList audioModules{moduleOf(s.audioSource), moduleOf(s.audioPlayer)};
    audioModules.removeDuplicates();
    for (const QString &module : std::as_const(audioModules))
        line(QStringLiteral("module"), module + QStringLiteral(".so"));
    if (s.opus)
        line(QStringLiteral("module"), QStringLiteral("opus.so"));
    line(QStringLiteral("module"), QStringLiteral("g711.so"));
    if (!s.recordingsFolder.isEmpty())
        line(QStringLiteral("module"), QStringLiteral("sndfile.so"));
    line(QStringLiteral("module_tmp"), QStringLiteral("account.so"));
    line(QStringLiteral("module_app"), QStringLiteral("menu.so"));
    line(QStringLiteral("module_app"), QStringLiteral("ctrl_tcp.so"));
    text += QLatin1Char('\n');
    line(QStringLiteral("ctrl_tcp_listen"), QStringLiteral("127.0.0.1:%1").arg(s.controlPort));
    // The menu's terminal bell and once-a-tenth-second call status line only fill the log.
    line(QStringLiteral("menu_bell"), QStringLiteral("no"));
    line(QStringLiteral("statmode_default"), QStringLiteral("off"));
    if (!s.recordingsFolder.isEmpty())
        line(QStringLiteral("snd_path"), QDir::cleanPath(s.recordingsFolder));
    return text;
}

QString BaresipConfig::accountsText(const BaresipSettings &s)
{
    // answermode=manual: the operator answers (baresip reports CALL_INCOMING and waits).
    QString account = QLatin1Char('<') + aor(s) + QStringLiteral(">;answermode=manual");
    if (s.registers())
        account += QStringLiteral(";auth_user=%1;auth_pass=%2;regint=300")
                       .arg(s.authUser.isEmpty() ? s.seat : s.authUser, s.password);
    else
        account += QStringLiteral(";regint=0");
    return QStringLiteral("# The seat's SIP account, written by Hotline Desk at every start.\n") + account + QLatin1Char('\n');
}

Status BaresipConfig::write(const BaresipSettings &settings, const QString &folder)
{
    if (Status valid = validate(settings); !valid)
        return valid;
    if (!settings.recordingsFolder.isEmpty()) {
        if (!QDir().mkpath(settings.recordingsFolder))
            return Error{tr("无法创建录音文件夹 %1").arg(settings.recordingsFolder)};
        // Writable for baresip (the same user as the desk): a probe file says so for certain,
        // where permission bits can mislead (ACLs, read-only mounts).
        QTemporaryFile probe(QDir(settings.recordingsFolder).filePath(QStringLiteral("probe-XXXXXX")));
        if (!probe.open())
            return Error{tr("录音文件夹 %1 不可写入").arg(settings.recordingsFolder)};
    }
    if (!QDir().mkpath(folder))
        return Error{tr("无法创建 baresip 配置文件夹 %1").arg(folder)};
    const std::pair<QString, QString> files[] = {{QStringLiteral("config"), configText(settings)},
                                                 {QStringLiteral("accounts"), accountsText(settings)}};
    std::vector<std::unique_ptr<QSaveFile>> saves;
    for (const auto &[name, text] : files) {
        auto save = std::make_unique<QSaveFile>(QDir(folder).filePath(name));
        if (!save->open(QIODevice::WriteOnly) || save->write(text.toUtf8()) < 0)
            return Error{tr("无法写入 %1：%2").arg(save->fileName(), save->errorString())};
        saves.push_back(std::move(save));
    }
    // Both written before either replaces the old file, so an error leaves the old pair whole.
    for (auto &save : saves)
        if (!save->commit())
            return Error{tr("无法写入 %1：%2").arg(save->fileName(), save->errorString())};
    return Status::success();
}

} // namespace hotline
