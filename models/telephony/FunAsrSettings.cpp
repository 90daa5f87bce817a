// SPDX-License-Identifier: GPL-3.0-or-later
#include "FunAsrSettings.h"

#include <QFileInfo>
#include <QHostAddress>
#include <QSettings>

namespace hotline {

QString FunAsrSettings::modeName(Mode mode)
{
    switch (mode) {
    case Mode::TwoPass:
        return QStringLiteral("2pass");
    case Mode::Online:
        return QStringLiteral("online");
    case Mode::Offline:
        return QStringLiteral("offline");
    }
    return {};
}

QString FunAsrSettings::refusal() const
{
    if (!isConfigured())
        return tr("未配置语音转写服务");
    if (!url.isValid() || url.host().isEmpty() ||
        (url.scheme() != QLatin1String("ws") && url.scheme() != QLatin1String("wss")))
        return tr("语音转写服务地址“%1”不对：应为 wss://主机:端口 或 ws://主机:端口").arg(url.toString());
    if (url.scheme() == QLatin1String("wss"))
        return {};
    const QHostAddress host(url.host());
    const bool loopback = url.host() == QLatin1String("localhost") || (!host.isNull() && host.isLoopback());
    if (loopback || allowPlainWs)
        return {};
    return tr("不加密的 ws:// 只允许连本机：来电人的声音不能明文传到 %1。请用 wss://，或由管理员在 [asr] 里设 "
              "allow-plain-ws=true")
        .arg(url.host());
}

Result<FunAsrSettings> FunAsrSettings::load(const QString &path)
{
    FunAsrSettings settings;
    if (!QFileInfo(path).isReadable())
        return settings;
    QSettings ini(path, QSettings::IniFormat);
    const auto flag = [&ini](const QString &key) {
        const QString value = ini.value(key, QStringLiteral("false")).toString().trimmed().toLower();
        return value == QLatin1String("true") || value == QLatin1String("yes") || value == QLatin1String("1");
    };
    const QString url = ini.value(QStringLiteral("asr/url")).toString().trimmed();
    if (url.isEmpty())
        return settings;
    settings.url = QUrl(url);
    const QString mode = ini.value(QStringLiteral("asr/mode"), QStringLiteral("2pass")).toString().trimmed();
    bool known = false;
    for (Mode m : {Mode::TwoPass, Mode::Online, Mode::Offline})
        if (mode == modeName(m)) {
            settings.mode = m;
            known = true;
        }
    if (!known)
        return Error{tr("%1 里 [asr] mode=%2 不对：应为 2pass、online 或 offline").arg(path, mode)};
    settings.caCertificate =
        ini.value(QStringLiteral("asr/ca-certificate"), ini.value(QStringLiteral("centre/ca-certificate")))
            .toString()
            .trimmed();
    settings.allowPlainWs = flag(QStringLiteral("asr/allow-plain-ws"));
    if (const QString refused = settings.refusal(); !refused.isEmpty())
        return Error{refused};
    return settings;
}

} // namespace hotline
