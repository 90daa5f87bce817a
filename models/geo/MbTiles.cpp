// SPDX-License-Identifier: GPL-3.0-or-later
#include "MbTiles.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QUuid>

namespace hotline {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("hotline::MbTiles", text);
}
} // namespace

MbTiles::~MbTiles()
{
    QSqlDatabase::database(m_connection, false).close();
    QSqlDatabase::removeDatabase(m_connection);
}

Result<std::unique_ptr<MbTiles>> MbTiles::open(const QString &path)
{
    if (!QFileInfo(path).isFile())
        return Error{tr("底图文件不存在：%1").arg(path)};
    const QString connection = QStringLiteral("mbtiles-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    std::unique_ptr<MbTiles> tiles(new MbTiles(connection));
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
    db.setDatabaseName(path);
    db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
    if (!db.open())
        return Error{tr("无法打开底图 %1").arg(path)};
    QSqlQuery probe(db);
    if (!probe.exec(QStringLiteral("SELECT count(*) FROM tiles")) || !probe.next())
        return Error{tr("%1 不是 MBTiles 底图（没有 tiles 表）").arg(path)};
    QSqlQuery meta(db);
    if (meta.exec(QStringLiteral("SELECT name, value FROM metadata"))) {
        while (meta.next()) {
            const QString key = meta.value(0).toString();
            const QString value = meta.value(1).toString();
            if (key == QLatin1String("name"))
                tiles->m_name = value;
            else if (key == QLatin1String("attribution"))
                tiles->m_attribution = value;
            else if (key == QLatin1String("minzoom"))
                tiles->m_minZoom = value.toInt();
            else if (key == QLatin1String("maxzoom"))
                tiles->m_maxZoom = value.toInt();
            else if (key == QLatin1String("format") && value == QLatin1String("pbf"))
                return Error{tr("%1 是矢量瓦片（pbf），桌面只显示栅格底图（png、jpg）").arg(path)};
        }
    }
    return tiles;
}

QByteArray MbTiles::tile(int z, int x, int y) const
{
    if (z < 0 || z > 30)
        return {};
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.prepare(QStringLiteral("SELECT tile_data FROM tiles WHERE zoom_level = ? AND tile_column = ? AND tile_row = ?"));
    query.addBindValue(z);
    query.addBindValue(x);
    query.addBindValue((1 << z) - 1 - y); // TMS counts rows from the south
    if (query.exec() && query.next())
        return query.value(0).toByteArray();
    return {};
}

} // namespace hotline
