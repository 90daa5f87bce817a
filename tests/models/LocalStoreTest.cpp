// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/LocalStore.h"
#include "store/Migrations.h"

#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace hotline;

namespace {
// A database file as an older release left it: only the migrations up to `version`.
void writeOldFile(const QString &path, int version)
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("old"));
        db.setDatabaseName(path);
        ASSERT_TRUE(db.open());
        ASSERT_TRUE(Migrations::migrate(db, version).ok());
        QSqlQuery query(db);
        ASSERT_TRUE(query.exec(QStringLiteral("INSERT INTO divisions VALUES ('110102', '西城区', '110000', 'district')")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("old"));
}
} // namespace

TEST(LocalStore, CreatesWalDatabaseAtLatestVersion)
{
    QTemporaryDir dir;
    auto store = LocalStore::open(dir.filePath(QStringLiteral("desk.sqlite")));
    ASSERT_TRUE(store.ok()) << qPrintable(store.error());
    EXPECT_EQ(store.value()->schemaVersion(), Migrations::latestVersion());
    QSqlQuery query(store.value()->database());
    ASSERT_TRUE(query.exec(QStringLiteral("PRAGMA journal_mode")) && query.next());
    EXPECT_EQ(query.value(0).toString(), QStringLiteral("wal"));
    ASSERT_TRUE(query.exec(QStringLiteral("PRAGMA synchronous")) && query.next());
    EXPECT_EQ(query.value(0).toInt(), 2) << "FULL: an acknowledged commit is on disk";
}

TEST(LocalStore, MigratesAnOlderFileKeepingItsData)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.sqlite"));
    writeOldFile(path, 1);
    auto store = LocalStore::open(path);
    ASSERT_TRUE(store.ok()) << qPrintable(store.error());
    EXPECT_EQ(store.value()->schemaVersion(), Migrations::latestVersion());
    QSqlQuery query(store.value()->database());
    ASSERT_TRUE(query.exec(QStringLiteral("SELECT name FROM divisions WHERE code = '110102'")) && query.next());
    EXPECT_EQ(query.value(0).toString(), QStringLiteral("西城区"));
    EXPECT_TRUE(query.exec(QStringLiteral("SELECT involved_unit FROM work_orders"))) << "column added by version 2";
}

TEST(LocalStore, RefusesANewerFileAndLeavesItUntouched)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("future.sqlite"));
    writeOldFile(path, Migrations::latestVersion());
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("future"));
        db.setDatabaseName(path);
        ASSERT_TRUE(db.open());
        QSqlQuery(db).exec(QStringLiteral("PRAGMA user_version = %1").arg(Migrations::latestVersion() + 1));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("future"));
    const QDateTime before = QFileInfo(path).lastModified();
    const qint64 sizeBefore = QFileInfo(path).size();

    auto store = LocalStore::open(path);
    ASSERT_FALSE(store.ok());
    EXPECT_TRUE(store.error().contains(QStringLiteral("请升级"))) << qPrintable(store.error());
    EXPECT_EQ(QFileInfo(path).size(), sizeBefore);
    EXPECT_EQ(QFileInfo(path).lastModified(), before);
    EXPECT_FALSE(QFileInfo::exists(path + QStringLiteral("-wal"))) << "not even switched to WAL";
}

TEST(LocalStore, RefusesAFileThatIsNotADatabase)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("notes.sqlite"));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(4096, 'x'));
    file.close();
    auto store = LocalStore::open(path);
    EXPECT_FALSE(store.ok());
}

TEST(LocalStore, FailedTransactionRollsBackEverything)
{
    QTemporaryDir dir;
    auto store = LocalStore::open(dir.filePath(QStringLiteral("desk.sqlite")));
    ASSERT_TRUE(store.ok());
    LocalStore &s = *store.value();
    const Status status = s.transaction([&]() -> Status {
        if (Status ok = s.setMeta(QStringLiteral("k"), QStringLiteral("v")); !ok)
            return ok;
        return Error{QStringLiteral("boom")};
    });
    EXPECT_FALSE(status.ok());
    EXPECT_EQ(s.meta(QStringLiteral("k"), QStringLiteral("absent")), QStringLiteral("absent"));
}
