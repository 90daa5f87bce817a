// SPDX-License-Identifier: GPL-3.0-or-later
#include "AuditBatch.h"

#include "server/database/CentralDatabase.h"

#include <QDateTime>
#include <QDebug>

namespace hotline {

namespace {
// A batch bigger than this is written at once, not at the end of the delay: memory stays bounded
// whatever the flood.
constexpr qsizetype flushAt = 2000;
} // namespace

AuditBatch::AuditBatch(CentralDatabase &db, int delayMs, QObject *parent) : QObject(parent), m_db(db), m_rows(emptyBatch())
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(delayMs);
    connect(&m_timer, &QTimer::timeout, this, [this] { (void)flush(); });
}

AuditBatch::~AuditBatch()
{
    (void)flush();
}

RowBatch AuditBatch::emptyBatch() const
{
    return RowBatch(QStringLiteral("INSERT INTO audit_log (at, login, action, target, detail, address)"),
                    {QStringLiteral("text"), QStringLiteral("text"), QStringLiteral("text"), QStringLiteral("text"), QStringLiteral("text"),
                     QStringLiteral("text")});
}

void AuditBatch::add(const QString &login, const QString &action, const QString &target, const QString &address)
{
    m_rows.add({QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs), login, action, target, QStringLiteral(""),
                address.isNull() ? QStringLiteral("") : address});
    if (m_rows.size() >= flushAt)
        (void)flush();
    else if (!m_timer.isActive())
        m_timer.start();
}

Status AuditBatch::flush()
{
    m_timer.stop();
    if (m_rows.isEmpty())
        return Status::success();
    const Status written = m_db.transaction([this] { return m_rows.write(m_db, QT_TRANSLATE_NOOP("LocalStore", "写审计日志")); });
    if (!written) {
        qWarning().noquote() << "hotline-central: audit rows not written yet, trying again:" << written.error();
        // Kept for the next try, but never more than a few batches' worth.
        if (m_rows.size() > 4 * flushAt)
            m_rows = emptyBatch();
        m_timer.start();
        return written;
    }
    m_rows = emptyBatch();
    return Status::success();
}

} // namespace hotline
