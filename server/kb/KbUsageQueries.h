// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "kb/KbUsageModel.h"

#include <QDateTime>
#include <QJsonArray>

namespace hotline {

class CentralDatabase;

// What the centre counts from the desks' knowledge-base usage events (table kb_usage).
class KbUsageQueries {
public:
    explicit KbUsageQueries(const CentralDatabase &db) : m_db(db) {}

    // The usage model from the events since `since`, of published articles only: an article
    // withdrawn is in no desk's model from the next read on, whatever was clicked before.
    Result<KbUsageModel> model(const QDateTime &since) const;
    // The queries that found nothing or were searched again since `since`, most frequent first
    // (then by how many desks asked them): [{query, nothing, again, desks, last}].
    Result<QJsonArray> misses(const QDateTime &since, int limit) const;

private:
    const CentralDatabase &m_db;
};

} // namespace hotline
