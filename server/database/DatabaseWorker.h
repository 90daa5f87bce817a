// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QObject>
#include <QThread>

#include <functional>
#include <memory>

namespace hotline {

class CentralDatabase;

// A thread of its own with its own connection to the centre's database, for the reads that
// take long enough to hold every desk up if they ran on the event loop (the floor's figures, a
// month of orders). Jobs run one after another, in order; `then` is called back on the thread
// that made the worker. The connection is opened on the first job (a Qt SQL connection belongs
// to the thread that opened it) and closed with the worker.
class DatabaseWorker : public QObject {
    Q_OBJECT
public:
    DatabaseWorker(QString databaseUrl, const QString &name, QObject *parent = nullptr);
    ~DatabaseWorker() override;

    // Runs `job` on the worker's thread with its connection — or, when the connection cannot
    // be opened, not at all: `failed` gets why — then `then` here. Nothing is called back
    // after the worker is gone.
    void run(std::function<void(CentralDatabase &)> job, std::function<void()> then, std::function<void(const QString &)> failed);

private:
    class Host;
    QString m_url;
    QThread m_thread;
    Host *m_host; // lives on m_thread
};

} // namespace hotline
