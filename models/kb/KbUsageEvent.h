// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QUuid>

namespace hotline {

// One thing an operator did with the knowledge base on a call, as it travels from the desk to
// the centre (operation kind kb.usage): an article taken into the order (F9) or opened after
// a query — evidence for the ranking every desk shares — or a query that found nothing, or
// that the operator gave up on to search again — the editors' list of what the base lacks.
// The same reader checks it on both sides.
struct KbUsageEvent {
    Q_DECLARE_TR_FUNCTIONS(hotline::KbUsageEvent)
public:
    enum class Action { Taken, Opened, Nothing, Again };

    QUuid id;
    Action action = Action::Taken;
    QString query;      // as cleanQuery() leaves it; empty for an article proposed from the description
    QString articleKey; // the article's key across desks; empty for Nothing and Again
    QDateTime at;

    static constexpr qsizetype maxQueryLength = 40;
    static constexpr qsizetype maxKeyLength = 200;

    // The query as it is kept: folded, spaces collapsed, cut to maxQueryLength. A query holding
    // a run of five or more digits (a phone, an ID or a house number typed into the search box)
    // is the caller's data, not the base's vocabulary: it becomes empty and is not recorded.
    static QString cleanQuery(const QString &query);
    static QString code(Action action);
    static std::optional<Action> actionFromCode(const QString &code);

    QJsonObject toJson() const;
    // Every field checked: an event that does not read is refused with the reason.
    static Result<KbUsageEvent> fromJson(const QJsonObject &json);
};

} // namespace hotline
