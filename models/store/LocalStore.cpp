// SPDX-License-Identifier: GPL-3.0-or-later
#include "LocalStore.h"

#include "Migrations.h"
#include "store/SqlSupport.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace hotline {

Status execSql(QSqlQuery &query, const char *purpose)
{
    if (query.exec())
        return Status::success();
    // A free function: lupdate files it under the namespace.
    return Error{QCoreApplication::translate("hotline", "%1失败：%2").arg(QCoreApplication::translate("LocalStore", purpose),
                                      query.lastError().text())};
}

LocalStore::LocalStore(QString path, QString connectionName)
    : m_path(std::move(path)), m_connectionName(std::move(connectionName))
{
}

LocalStore::~LocalStore()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

Result<std::unique_ptr<LocalStore>> LocalStore::open(const QString &path)
{
    const QFileInfo info(path);
    if (!info.dir().exists() && !QDir().mkpath(info.absolutePath()))
        return Error{tr("无法创建目录 %1").arg(info.absolutePath())};

    const QString connection = QStringLiteral("hotline-store-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    std::unique_ptr<LocalStore> store(new LocalStore(info.absoluteFilePath(), connection));
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
    db.setDatabaseName(info.absoluteFilePath());
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.open())
        return Error{tr("无法打开本地数据库 %1：%2").arg(path, db.lastError().text())};

    QSqlQuery check(db);
    if (!check.exec(QStringLiteral("PRAGMA schema_version")))
        return Error{tr("%1 不是 Hotline Desk 的数据库：%2").arg(path, check.lastError().text())};
    check.finish(); // an open statement would hold a read transaction and block the WAL switch

    // Refuse a newer file before touching it: even switching the journal mode is a write.
    if (Status status = Migrations::migrate(db, Migrations::currentVersion(db)); !status)
        return Error{status.error()};

    QSqlQuery pragma(db);
    // A keystroke's search reads index pages all over the file: keep 64 MiB of them in the
    // page cache and read the rest through a memory map instead of copying.
    for (const char *sql : {"PRAGMA journal_mode = WAL", "PRAGMA synchronous = FULL", "PRAGMA foreign_keys = ON",
                            "PRAGMA cache_size = -65536", "PRAGMA mmap_size = 1073741824"}) {
        if (!pragma.exec(QString::fromUtf8(sql)))
            return Error{tr("无法设置数据库参数 %1：%2").arg(QString::fromUtf8(sql), pragma.lastError().text())};
    }
    if (Status status = Migrations::migrate(db); !status)
        return Error{status.error()};
    return store;
}

QSqlDatabase LocalStore::database() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

int LocalStore::schemaVersion() const
{
    QSqlDatabase db = database();
    return Migrations::currentVersion(db);
}

Status LocalStore::transaction(const std::function<Status()> &body)
{
    QSqlQuery query(database());
    if (!query.exec(QStringLiteral("BEGIN IMMEDIATE")))
        return Error{tr("数据库忙，无法开始事务：%1").arg(query.lastError().text())};
    Status status = body();
    if (!status) {
        query.exec(QStringLiteral("ROLLBACK"));
        return status;
    }
    if (!query.exec(QStringLiteral("COMMIT"))) {
        const QString reason = query.lastError().text();
        query.exec(QStringLiteral("ROLLBACK"));
        return Error{tr("无法提交事务：%1").arg(reason)};
    }
    return Status::success();
}

QString LocalStore::meta(const QString &key, const QString &fallback) const
{
    QSqlQuery query(database());
    query.prepare(QStringLiteral("SELECT value FROM meta WHERE key = ?"));
    query.addBindValue(key);
    if (query.exec() && query.next())
        return query.value(0).toString();
    return fallback;
}

bool LocalStore::isSimulation() const
{
    return meta(QStringLiteral("simulation")) == QLatin1String("1");
}

Status LocalStore::setMeta(const QString &key, const QString &value)
{
    QSqlQuery query(database());
    query.prepare(QStringLiteral("INSERT INTO meta (key, value) VALUES (?, ?)"
                                 " ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    query.addBindValue(key);
    // An empty setting is an empty string: a null QString would bind as NULL, which the table refuses.
    query.addBindValue(value.isNull() ? QStringLiteral("") : value);
    return execSql(query, QT_TRANSLATE_NOOP("LocalStore", "保存设置"));
}

} // namespace hotline
