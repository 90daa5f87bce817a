// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "workorder/WorkOrder.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace hotline {

// What happened on one played scenario, as the training desk watched it: the clock of the
// call, what the trainee typed and looked up, and the order filed at the end. Scoring
// compares it with the scenario's expected outcome.
struct CallObservation {
    QString scenarioId;
    int scenarioVersion = 1;
    bool exam = false;
    QDateTime ringingAt;
    QDateTime answeredAt;
    QDateTime hungUpAt;   // when the call ended (the trainee hung up, or the caller did)
    QDateTime submittedAt; // Ctrl+Enter filed the order; invalid: never filed
    WorkOrderDraft filed;  // the order as filed (empty when never filed)
    // Characters of the description typed while the call ran (answer → hang-up).
    int charactersDuringCall = 0;
    int keystrokes = 0;        // key presses from answer to submit
    qint64 holdMs = 0;         // the caller on hold
    qint64 silenceMs = 0;      // the caller waiting with nothing said (see CallScoring)
    QStringList articlesOpened; // knowledge-base article keys opened, in order
    QString articleTaken;       // the article taken into the reply (F9), if any

    bool wasFiled() const { return submittedAt.isValid(); }
};

} // namespace hotline
