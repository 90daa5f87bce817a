// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/database/DatabaseWorker.h"

#include "server/database/CentralDatabase.h"


namespace hotline {

// The worker thread's side: owns the connection, made and dropped on that thread.
class DatabaseWorker::Host : public QObject {
public:
    explicit Host(QString url) : m_url(std::move(url)) {}

    // On the worker's thread: the connection, opened once; nothing and why when it cannot be.
    CentralDatabase *database(QString *error)
    {
        if (!m_db) {
            Result<std::unique_ptr<CentralDatabase>> opened = CentralDatabase::open(m_url);
            if (!opened) {
                *error = opened.error();
                return nullptr;
            }
            m_db = std::move(opened).value();
        }
        return m_db.get();
    }

private:
    QString m_url;
    std::unique_ptr<CentralDatabase> m_db;
};

DatabaseWorker::DatabaseWorker(QString databaseUrl, const QString &name, QObject *parent)
    : QObject(parent), m_url(std::move(databaseUrl)), m_host(new Host(m_url))
{
    m_thread.setObjectName(name);
    m_host->moveToThread(&m_thread);
    m_thread.start();
}

DatabaseWorker::~DatabaseWorker()
{
    // The connection is closed on the thread that opened it, after the jobs queued before.
    QMetaObject::invokeMethod(
        m_host,
        [host = m_host] {
            delete host;
            QThread::currentThread()->quit();
        },
        Qt::QueuedConnection);
    m_thread.wait();
}

void DatabaseWorker::run(std::function<void(CentralDatabase &)> job, std::function<void()> then,
                         std::function<void(const QString &)> failed)
{
    // Posted back to this object: the destructor waits for the worker's thread before the
    // QObject goes, and a QObject drops the events still posted to it when it goes.
    QMetaObject::invokeMethod(
        m_host,
        [host = m_host, owner = this, job = std::move(job), then = std::move(then), failed = std::move(failed)]() mutable {
            QString error;
            CentralDatabase *db = host->database(&error);
            if (db)
                job(*db);
            QMetaObject::invokeMethod(
                owner,
                [opened = db != nullptr, error, then = std::move(then), failed = std::move(failed)] {
                    if (opened)
                        then();
                    else
                        failed(error);
                },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

} // namespace hotline
