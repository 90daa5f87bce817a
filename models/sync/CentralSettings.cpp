// SPDX-License-Identifier: GPL-3.0-or-later
#include "CentralSettings.h"

#include "store/LocalStore.h"

#include <QUuid>

namespace hotline {

CentralSettings CentralSettings::load(const LocalStore &store)
{
    CentralSettings settings;
    settings.url = QUrl(store.meta(QStringLiteral("central.url")));
    const QString workstation = store.meta(QStringLiteral("workstation"), QStringLiteral("1"));
    settings.desk = store.meta(QStringLiteral("central.desk"), QStringLiteral("ws-%1").arg(workstation.toInt(), 2, 10, QLatin1Char('0')));
    settings.login = store.meta(QStringLiteral("central.login"));
    settings.token = store.meta(QStringLiteral("central.token"));
    settings.cursor = store.meta(QStringLiteral("central.cursor"), QStringLiteral("0")).toLongLong();
    settings.streamPath = store.meta(QStringLiteral("central.stream_path"));
    settings.role = store.meta(QStringLiteral("central.role"));
    settings.unit = store.meta(QStringLiteral("central.unit"));
    settings.deskKey = store.meta(QStringLiteral("central.desk_key"));
    settings.epoch = store.meta(QStringLiteral("central.epoch"));
    return settings;
}

Status CentralSettings::save(LocalStore &store) const
{
    return store.transaction([&]() -> Status {
        for (const auto &[key, value] : {std::pair{QStringLiteral("central.url"), url.toString()},
                                         std::pair{QStringLiteral("central.desk"), desk},
                                         std::pair{QStringLiteral("central.login"), login},
                                         std::pair{QStringLiteral("central.token"), token},
                                         std::pair{QStringLiteral("central.stream_path"), streamPath},
                                         std::pair{QStringLiteral("central.role"), role},
                                         std::pair{QStringLiteral("central.unit"), unit},
                                         std::pair{QStringLiteral("central.epoch"), epoch}})
            if (Status s = store.setMeta(key, value); !s)
                return s;
        return Status::success();
    });
}

Status CentralSettings::saveCursor(LocalStore &store, qint64 cursor)
{
    return store.setMeta(QStringLiteral("central.cursor"), QString::number(cursor));
}

QString CentralSettings::deskKeyOf(LocalStore &store)
{
    QString key = store.meta(QStringLiteral("central.desk_key"));
    if (key.isEmpty()) {
        // Two random UUIDs: 244 random bits from the system's generator.
        key = QUuid::createUuid().toString(QUuid::Id128) + QUuid::createUuid().toString(QUuid::Id128);
        if (!store.setMeta(QStringLiteral("central.desk_key"), key))
            return {};
    }
    return key;
}

} // namespace hotline
