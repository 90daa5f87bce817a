// SPDX-License-Identifier: GPL-3.0-or-later
#include "KbUsageRecorder.h"

#include "KbUsagePrior.h"
#include "KnowledgeBase.h"
#include "store/LocalStore.h"
#include "store/Outbox.h"

namespace hotline {

KbUsageRecorder::KbUsageRecorder(LocalStore &store, const KnowledgeBase &kb) : m_store(store), m_kb(kb)
{
}

void KbUsageRecorder::searched(const QString &query, int strongHits, const QDateTime &at)
{
    const QString key = KbUsagePrior::phrasingKey(m_kb.tokenizer(), query);
    // An emptied box is the way to a new query, not a query.
    if (key.isEmpty())
        return;
    if (!m_current.isEmpty() && key != m_current) {
        const bool typing = key.startsWith(m_current) || m_current.startsWith(key);
        if (!typing && m_since.msecsTo(at) >= settleMs)
            (void)leaveCurrent(m_currentStrong == 0 ? KbUsageEvent::Action::Nothing : KbUsageEvent::Action::Again, at);
    }
    if (key != m_current)
        m_actedOn = false;
    m_current = key;
    m_currentStrong = strongHits;
    m_since = at;
}

Status KbUsageRecorder::articleUsed(qint64 articleId, KbUsageEvent::Action action, bool fromQuery, const QDateTime &at)
{
    const std::optional<KbArticle> article = m_kb.articles().article(articleId);
    if (!article || article->sourceKey.isEmpty())
        return Status::success(); // nothing the centre could name
    if (fromQuery)
        m_actedOn = true;
    return record(action, fromQuery ? m_current : QString(), article->sourceKey, at);
}

Status KbUsageRecorder::callEnded(const QDateTime &at)
{
    const Status status = m_currentStrong == 0 ? leaveCurrent(KbUsageEvent::Action::Nothing, at) : Status::success();
    m_current.clear();
    m_currentStrong = 0;
    m_actedOn = false;
    return status;
}

Status KbUsageRecorder::leaveCurrent(KbUsageEvent::Action action, const QDateTime &at)
{
    if (m_current.isEmpty() || m_actedOn)
        return Status::success();
    m_actedOn = true; // once per query
    return record(action, m_current, QString(), at);
}

Status KbUsageRecorder::record(KbUsageEvent::Action action, const QString &query, const QString &articleKey, const QDateTime &at)
{
    KbUsageEvent event;
    event.id = QUuid::createUuid();
    event.action = action;
    event.query = query;
    event.articleKey = articleKey;
    event.at = at.toUTC();
    return m_store.transaction([&] { return Outbox(m_store).enqueue(QStringLiteral("kb.usage"), event.toJson()); });
}

} // namespace hotline
