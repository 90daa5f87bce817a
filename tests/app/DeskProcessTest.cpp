// SPDX-License-Identifier: GPL-3.0-or-later
// The real hotline-desk binary: it starts, shows its window and exits; a newer store is refused.
#include "ProcessHelpers.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace hotline::test;

namespace {
QProcessEnvironment offscreen()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    return env;
}
} // namespace

TEST(DeskProcess, SmokeRunOpensTheMainWindowAndExitsZero)
{
    QTemporaryDir dir;
    const QString store = dir.filePath(QStringLiteral("desk.sqlite"));
    ASSERT_TRUE(prepareStore(store));
    const auto run = runProcess(QStringLiteral(HOTLINE_DESK_BIN),
                                {QStringLiteral("--store"), store, QStringLiteral("--quit-after"), QStringLiteral("300")},
                                60000, offscreen());
    EXPECT_FALSE(run.crashed);
    EXPECT_EQ(run.exitCode, 0) << qPrintable(run.err);
    EXPECT_TRUE(run.err.contains(QStringLiteral("main window shown"))) << qPrintable(run.err);
}

TEST(DeskProcess, RefusesAStoreFromANewerVersion)
{
    QTemporaryDir dir;
    const QString store = dir.filePath(QStringLiteral("desk.sqlite"));
    ASSERT_TRUE(prepareStore(store));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("bump"));
        db.setDatabaseName(store);
        ASSERT_TRUE(db.open());
        QSqlQuery(db).exec(QStringLiteral("PRAGMA user_version = 999"));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("bump"));
    const auto run = runProcess(QStringLiteral(HOTLINE_DESK_BIN),
                                {QStringLiteral("--store"), store, QStringLiteral("--quit-after"), QStringLiteral("300")},
                                60000, offscreen());
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_TRUE(run.err.contains(QStringLiteral("999"))) << qPrintable(run.err);
}
