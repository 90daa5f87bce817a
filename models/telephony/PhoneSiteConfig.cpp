// SPDX-License-Identifier: GPL-3.0-or-later
#include "PhoneSiteConfig.h"

#include "telephony/BaresipConfig.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>

namespace hotline {

Result<PhoneSiteConfig> PhoneSiteConfig::load(const QString &path, const QString &storeFolder)
{
    PhoneSiteConfig config;
    if (!QFileInfo(path).isReadable())
        return config;
    QSettings ini(path, QSettings::IniFormat);
    const auto text = [&ini](const char *key, const QString &fallback = {}) {
        // QSettings reads "alsa,default" as a list of two: the device is the whole line.
        const QVariant value = ini.value(QStringLiteral("phone/") + QLatin1String(key), fallback);
        return (value.metaType().id() == QMetaType::QStringList ? value.toStringList().join(u',') : value.toString()).trimmed();
    };
    const auto number = [&](const char *key, int fallback, int *out) -> Status {
        const QString value = text(key);
        if (value.isEmpty()) {
            *out = fallback;
            return Status::success();
        }
        bool ok = false;
        *out = value.toInt(&ok);
        if (!ok || *out <= 0 || *out > 65535)
            return Error{tr("%1 里 [phone] %2=%3 应为 1–65535 的端口号").arg(path, QLatin1String(key), value)};
        return Status::success();
    };
    const QString kind = text("kind", QStringLiteral("none"));
    if (kind == QLatin1String("none"))
        return config;
    if (kind != QLatin1String("baresip") && kind != QLatin1String("attach"))
        return Error{tr("%1 里 [phone] kind=%2 不对：应为 baresip、attach 或 none").arg(path, kind)};
    const QString recordings = text("recordings", QDir(storeFolder).filePath(QStringLiteral("calls")));
    if (kind == QLatin1String("attach")) {
        config.kind = Kind::Attach;
        config.endpoint.host = text("control-host", QStringLiteral("127.0.0.1"));
        if (Status s = number("control-port", 4444, &config.endpoint.port); !s)
            return Error{s.error()};
        config.endpoint.recordingsFolder = recordings;
        config.endpoint.dialDomain = text("dial-domain");
        config.endpoint.registers = !text("registrar").isEmpty();
        return config;
    }
    config.kind = Kind::Baresip;
    BaresipSettings &b = config.baresip;
    b.seat = text("seat");
    b.sipAddress = text("sip-address");
    if (Status s = number("sip-port", 5060, &b.sipPort); !s)
        return Error{s.error()};
    if (Status s = number("control-port", 4444, &b.controlPort); !s)
        return Error{s.error()};
    b.registrar = text("registrar");
    b.authUser = text("auth-user");
    b.password = text("password");
    b.dialDomain = text("dial-domain");
    b.audioSource = text("audio-source", b.audioSource);
    b.audioPlayer = text("audio-player", b.audioPlayer);
    b.recordingsFolder = recordings;
    b.opus = text("opus") == QLatin1String("true");
    config.program = text("program", config.program);
    if (Status checked = BaresipConfig::validate(b); !checked)
        return Error{tr("%1 里的 [phone]：%2").arg(path, checked.error())};
    return config;
}

} // namespace hotline
