// SPDX-License-Identifier: GPL-3.0-or-later
#include "operator/SeatStatus.h"

#include "sync/SyncEngine.h"
#include "telephony/AgentSession.h"
#include "telephony/CallControl.h"

#include <QLabel>
#include <QStatusBar>

namespace hotline {

SeatStatus::SeatStatus(QStatusBar &bar, AgentSession &agent, CallControl &calls)
    : QObject(&bar), m_agent(agent), m_calls(calls), m_agentLabel(new QLabel(&bar)), m_timerLabel(new QLabel(&bar)),
      m_phoneLabel(new QLabel(&bar)), m_syncLabel(new QLabel(&bar))
{
    m_agentLabel->setObjectName(QStringLiteral("agentState"));
    m_timerLabel->setObjectName(QStringLiteral("callTimer"));
    m_phoneLabel->setObjectName(QStringLiteral("phoneState"));
    m_syncLabel->setObjectName(QStringLiteral("syncState"));
    for (QLabel *label : {m_agentLabel, m_timerLabel, m_phoneLabel, m_syncLabel})
        bar.addPermanentWidget(label);
    connect(&m_agent, &AgentSession::stateChanged, this, &SeatStatus::refresh);
    connect(&m_calls, &CallControl::recovered, this, [this] { setPhoneTrouble({}); });
}

void SeatStatus::setSync(SyncEngine *sync)
{
    m_sync = sync;
    if (m_sync) {
        connect(m_sync, &SyncEngine::stateChanged, this, &SeatStatus::refresh);
        connect(m_sync, &SyncEngine::synced, this, &SeatStatus::refresh);
    }
    refresh();
}

void SeatStatus::setPendingCount(int pending)
{
    m_pending = pending;
    refresh();
}

void SeatStatus::setPhoneTrouble(const QString &reason)
{
    m_phoneTrouble = reason;
    refresh();
}

void SeatStatus::refresh()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QString agent = AgentSession::displayName(m_agent.state());
    if (!m_agent.reason().isEmpty())
        agent += tr("（%1）").arg(m_agent.reason());
    if (const qint64 left = m_agent.afterCallSecondsLeft(now); left > 0)
        agent += tr("（剩 %1 秒）").arg(left);
    if (m_agent.notReadyAfterCall())
        agent += tr("（结束后示忙）");
    m_agentLabel->setText(tr("坐席：%1").arg(agent));

    const qint64 seconds = m_calls.talkSeconds(now);
    m_timerLabel->setText(tr("通话 %1:%2").arg(seconds / 60, 2, 10, QLatin1Char('0')).arg(seconds % 60, 2, 10, QLatin1Char('0')));

    // Without a phone the seat still files orders: calls are then taken by hand.
    if (!m_phoneTrouble.isEmpty()) {
        m_phoneLabel->setText(tr("话机故障"));
        m_phoneLabel->setToolTip(m_phoneTrouble);
        m_phoneLabel->setStyleSheet(QStringLiteral("color: #B00020; font-weight: bold;"));
    } else {
        m_phoneLabel->setText(!m_calls.phone() ? tr("话机：未接入（手工受理）") : m_calls.hasPhone() ? tr("话机：就绪") : tr("话机：连接中"));
        m_phoneLabel->setToolTip({});
        m_phoneLabel->setStyleSheet({});
    }

    if (!m_sync) {
        m_syncLabel->setText(tr("未同步 %1").arg(m_pending));
        return;
    }
    QString text = tr("中心：%1 · 未同步 %2").arg(SyncEngine::displayName(m_sync->state())).arg(m_pending);
    if (m_sync->lastSync().isValid())
        text += tr(" · 上次同步 %1").arg(m_sync->lastSync().toString(QStringLiteral("HH:mm:ss")));
    if (!m_sync->signedIn())
        text += tr("（Ctrl+Shift+I 登录）");
    m_syncLabel->setText(text);
    m_syncLabel->setToolTip(m_sync->lastError());
}

} // namespace hotline
