// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/sync/PushQueue.h"

#include "server/database/CentralDatabase.h"

#include <QDateTime>

#include <algorithm>

namespace hotline {

PushQueue::PushQueue(SyncService &sync, QObject *parent) : QObject(parent), m_sync(sync)
{
    // A zero timer fires once the event loop has nothing else to do: every request already
    // on the sockets has been read by then, and joins the group.
    m_timer.setSingleShot(true);
    m_timer.setInterval(0);
    connect(&m_timer, &QTimer::timeout, this, &PushQueue::flush);
}

void PushQueue::add(SyncService::PushRequest push, Answer answer)
{
    m_waiting.append(std::move(push));
    m_answers.push_back(std::move(answer));
    if (!m_timer.isActive())
        m_timer.start();
}

void PushQueue::addRead(AuditEntry read, std::function<void(const Status &)> done)
{
    m_reads.append(std::move(read));
    m_readsDone.push_back(std::move(done));
    if (!m_timer.isActive())
        m_timer.start();
}

void PushQueue::flush()
{
    m_timer.stop();
    if (m_waiting.isEmpty() && m_reads.isEmpty())
        return;
    // Taken first: an answer may add the next push (a test's nested event loop, say).
    const QVector<SyncService::PushRequest> group = std::exchange(m_waiting, {});
    const std::vector<Answer> answers = std::exchange(m_answers, {});
    const QVector<AuditEntry> reads = std::exchange(m_reads, {});
    const std::vector<std::function<void(const Status &)>> readsDone = std::exchange(m_readsDone, {});
    Status committed = Status::success();
    const QVector<Result<QVector<OpOutcome>>> results = m_sync.pushTogether(group, reads, &committed);
    ++m_groups;
    m_pushes += group.size();
    // The group failed, or a push in it that the database failed alone (its savepoint undone):
    // said in the log, at most every few seconds — a full disk refuses every group.
    QString failure = committed ? QString() : committed.error();
    for (const auto &result : results)
        if (failure.isEmpty() && !result)
            failure = result.error();
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (!failure.isEmpty() && now - m_lastComplaint > 5000) {
        m_lastComplaint = now;
        if (CentralDatabase::isOutOfSpace(failure))
            qWarning("hotline-central: the database's disk is full: pushes are refused with 507 and kept by the desks until there is room (%s)",
                     qPrintable(failure));
        else
            qWarning("hotline-central: pushes not written, the desks send them again: %s", qPrintable(failure));
    }
    for (size_t i = 0; i < answers.size(); ++i)
        answers[i](results.at(qsizetype(i)));
    for (const auto &done : readsDone)
        done(committed);
}

} // namespace hotline
