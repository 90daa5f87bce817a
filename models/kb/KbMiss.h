// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QVector>

namespace hotline {

// A query operators searched without taking anything from the knowledge base, counted over
// the floor by the centre (`GET /api/v1/kb/misses?days=N`): how often it found nothing, how
// often the operator searched again instead, on how many desks, and when last. What the
// editors should write an article or a synonym for.
struct KbMiss {
    QString query;
    int nothing = 0; // searches that found nothing
    int again = 0;   // searches followed by another search, nothing taken
    int desks = 0;
    QDateTime last;

    int total() const { return nothing + again; }

    // The centre's answer `{"misses":[{"query","nothing","again","desks","last"}]}` checked
    // whole (a bad entry named by its place, nothing kept), most frequent first: by
    // nothing + again, then by desks — the centre sends them so, and the order is kept for
    // equal ones.
    static Result<QVector<KbMiss>> listFromJson(const QJsonObject &body);

    Q_DECLARE_TR_FUNCTIONS(hotline::KbMiss)
};

} // namespace hotline
