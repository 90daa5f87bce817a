// SPDX-License-Identifier: GPL-3.0-or-later
// The centre's reads that take seconds run on a worker thread with a connection of its own
// (the floor's figures, the month's report): jobs run there, in order, answers come back on the
// event loop's thread, a database that cannot be opened is said, and a worker that goes away
// calls nobody back.
#include "CentralHarness.h"
#include "server/database/CentralDatabase.h"
#include "server/database/DatabaseWorker.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>

#include <gtest/gtest.h>

#include <atomic>

using namespace hotline;
using namespace hotline::test;

TEST(DatabaseWorkerTest, JobsRunInOrderOnTheirOwnThreadAndAnswerOnTheCallersThread)
{
    QTemporaryDir dir;
    const QString url = QStringLiteral("sqlite:") + dir.filePath(QStringLiteral("central.sqlite"));
    Result<std::unique_ptr<CentralDatabase>> main = CentralDatabase::open(url);
    ASSERT_TRUE(main) << qPrintable(main.error());
    ASSERT_TRUE(QSqlQuery(main.value()->database()).exec(QStringLiteral("CREATE TABLE marks (n INTEGER)")));

    DatabaseWorker worker(url, QStringLiteral("test-worker"));
    QThread *const caller = QThread::currentThread();
    std::vector<int> ran;        // on the worker's thread, in order (read after the answers)
    std::vector<int> answered;   // on this thread
    bool allOnWorker = true;
    bool allAnsweredHere = true;
    for (int i = 0; i < 5; ++i)
        worker.run(
            [&, i](CentralDatabase &db) {
                allOnWorker = allOnWorker && QThread::currentThread() != caller;
                QSqlQuery insert(db.database());
                insert.prepare(QStringLiteral("INSERT INTO marks (n) VALUES (?)"));
                insert.addBindValue(i);
                if (insert.exec())
                    ran.push_back(i);
            },
            [&, i] {
                allAnsweredHere = allAnsweredHere && QThread::currentThread() == caller;
                answered.push_back(i);
            },
            [](const QString &error) { ADD_FAILURE() << qPrintable(error); });
    ASSERT_TRUE(waitUntil([&] { return answered.size() == 5; }, 15000));
    EXPECT_EQ(ran, (std::vector<int>{0, 1, 2, 3, 4}));
    EXPECT_EQ(answered, (std::vector<int>{0, 1, 2, 3, 4}));
    EXPECT_TRUE(allOnWorker) << "the jobs ran off the caller's thread";
    EXPECT_TRUE(allAnsweredHere);
    QSqlQuery count(main.value()->database());
    ASSERT_TRUE(count.exec(QStringLiteral("SELECT count(*) FROM marks")) && count.next());
    EXPECT_EQ(count.value(0).toInt(), 5) << "the worker's own connection wrote to the same database";
}

TEST(DatabaseWorkerTest, ADatabaseThatCannotBeOpenedIsSaidAndNoJobRuns)
{
    DatabaseWorker worker(QStringLiteral("postgresql://nobody@127.0.0.1:1/none?connect_timeout=2"), QStringLiteral("test-worker"));
    bool ran = false;
    bool answered = false;
    QString why;
    worker.run([&](CentralDatabase &) { ran = true; }, [&] { answered = true; }, [&](const QString &error) { why = error.isEmpty() ? QStringLiteral("?") : error; });
    ASSERT_TRUE(waitUntil([&] { return !why.isEmpty() || answered; }, 20000));
    EXPECT_FALSE(ran);
    EXPECT_FALSE(answered);
    EXPECT_FALSE(why.isEmpty());
}

TEST(DatabaseWorkerTest, AWorkerThatGoesAwayCallsNobodyBack)
{
    QTemporaryDir dir;
    const QString url = QStringLiteral("sqlite:") + dir.filePath(QStringLiteral("central.sqlite"));
    int answered = 0;
    std::atomic<int> ran = 0;
    {
        DatabaseWorker worker(url, QStringLiteral("test-worker"));
        for (int i = 0; i < 3; ++i)
            worker.run([&](CentralDatabase &) { ++ran; }, [&] { ++answered; }, [&](const QString &) { ++answered; });
    } // gone before this thread's event loop ran again
    QCoreApplication::processEvents();
    QThread::msleep(50);
    QCoreApplication::processEvents();
    EXPECT_EQ(answered, 0) << "no answer reaches a worker that is gone";
    EXPECT_EQ(ran.load(), 3) << "the jobs queued before it went still ran, in its thread";
}
