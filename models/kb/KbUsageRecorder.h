// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "KbUsageEvent.h"

#include <QDateTime>

namespace hotline {

class KnowledgeBase;
class LocalStore;

// Follows what the operator does with the knowledge panel on a call and queues the usage
// events (KbUsageEvent) for the centre in the store's outbox. Search as you type gives a
// query per keystroke; a query counts as given up when a query that neither extends nor
// shortens it replaces it after it stood for settleMs (corrections made while still typing
// count as typing), or when the call ends on it with nothing found. A simulation store
// queues nothing (Outbox), so a trainee's searches never become the floor's evidence.
class KbUsageRecorder {
public:
    static constexpr qint64 settleMs = 2000;

    KbUsageRecorder(LocalStore &store, const KnowledgeBase &kb);

    // The panel searched `query`; `strongHits` of its hits named the matter (not weak).
    void searched(const QString &query, int strongHits, const QDateTime &at = QDateTime::currentDateTimeUtc());
    // An article was taken into the order (F9) or opened; `fromQuery` false when it was one
    // proposed from the description, which teaches its popularity but no phrasing.
    Status articleUsed(qint64 articleId, KbUsageEvent::Action action, bool fromQuery,
                       const QDateTime &at = QDateTime::currentDateTimeUtc());
    // The call is over (a new one starts, the order was filed): a last query that found nothing
    // and was not acted on is recorded as such.
    Status callEnded(const QDateTime &at = QDateTime::currentDateTimeUtc());

    // The query being followed (its phrasing key), for tests and the panel's own state.
    QString currentQuery() const { return m_current; }

private:
    Status record(KbUsageEvent::Action action, const QString &query, const QString &articleKey, const QDateTime &at);
    // The query now followed was given up: nothing or again, unless it was acted on.
    Status leaveCurrent(KbUsageEvent::Action action, const QDateTime &at);

    LocalStore &m_store;
    const KnowledgeBase &m_kb;
    QString m_current;
    int m_currentStrong = 0;
    QDateTime m_since;
    bool m_actedOn = false;
};

} // namespace hotline
