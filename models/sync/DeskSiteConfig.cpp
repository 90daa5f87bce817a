// SPDX-License-Identifier: GPL-3.0-or-later
#include "DeskSiteConfig.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QHostAddress>
#include <QSettings>

namespace hotline {

QString DeskSiteConfig::defaultPath()
{
    const QString chosen = qEnvironmentVariable("HOTLINE_DESK_CONFIG");
    return chosen.isEmpty() ? QStringLiteral("/etc/hotline/desk.ini") : chosen;
}

DeskSiteConfig DeskSiteConfig::load(const QString &path)
{
    DeskSiteConfig config;
    if (!QFileInfo(path).isReadable())
        return config;
    QSettings ini(path, QSettings::IniFormat);
    config.centre = QUrl(ini.value(QStringLiteral("centre/url")).toString().trimmed());
    const QString plain = ini.value(QStringLiteral("centre/allow-plain-http"), QStringLiteral("false")).toString().trimmed().toLower();
    config.allowPlainHttp = plain == QLatin1String("true") || plain == QLatin1String("yes") || plain == QLatin1String("1");
    config.caCertificate = ini.value(QStringLiteral("centre/ca-certificate")).toString().trimmed();
    return config;
}

QString DeskSiteConfig::refusalFor(const QUrl &url) const
{
    const auto tr = [](const char *text) { return QCoreApplication::translate("hotline::DeskSiteConfig", text); };
    if (!url.isValid() || url.host().isEmpty())
        return tr("中心地址应为 https://主机:端口");
    if (url.scheme() == QLatin1String("https"))
        return {};
    if (url.scheme() != QLatin1String("http"))
        return tr("中心地址只能以 https:// 开头");
    const QHostAddress host(url.host());
    const bool loopback = url.host() == QLatin1String("localhost") || (!host.isNull() && host.isLoopback());
    if (loopback || allowPlainHttp)
        return {};
    return tr("不加密的 http 只允许连本机：请用 https://，或由管理员在 /etc/hotline/desk.ini 里设 allow-plain-http=true");
}

} // namespace hotline
