// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalog/Classification.h"
#include "core/Result.h"
#include "divisions/Address.h"
#include "telephony/TranscriptSentence.h"
#include "workorder/WorkOrder.h"

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace hotline {

// One of the caller's earlier orders, as the caller-history panel would show it in a
// scripted call: the trainee should notice a repeat call.
struct ScenarioPastOrder {
    QString number;
    QDate filedOn;
    QString title;
    QString status; // OrderStatus code
    friend bool operator==(const ScenarioPastOrder &, const ScenarioPastOrder &) = default;
};

// What the trainee should end the call with: the order a good operator files for it.
// An empty field is not scored (a generated scenario from a message that names no place).
struct ExpectedOutcome {
    AppealType appealType = AppealType::Consultation;
    // Down to the depth known: level1 only scores the branch, level3 the exact item.
    Classification item;
    // Division codes down to the depth known, with the names for the score card.
    Address place;
    QString unitCode;
    QString unitName;
    // Facts the description must hold (each a short phrase, checked loosely: 3个月, 幸福小区).
    QStringList keyFacts;
    // For consultations answered on the call: the knowledge-base article that answers it.
    QString articleKey;
    QString articleTitle;
    friend bool operator==(const ExpectedOutcome &, const ExpectedOutcome &) = default;
};

// A scripted call for trainees: the caller's voice and words on a clock, who calls, and the
// order expected at the end. Written by a team lead or generated from a labelled message;
// published by the centre like other reference data.
struct Scenario {
    QString id;          // stable key: "gen-msg-24", "heating-fee-01"
    int version = 1;     // raised on each publish; attempts name the version they played
    QString title;       // for the trainee's list and the lead's editor
    QString source;      // "written" or where it was generated from ("gov_messages:24")
    int difficulty = 1;  // 1 easy … 3 hard
    // The caller's audio (a WAV: synthesised from the script or recorded); relative paths are
    // relative to the scenario file. Empty: the transcript alone carries the call.
    QString audio;
    QList<TranscriptSentence> transcript; // the caller's sentences with start/end ms
    QString callerNumber;
    QString callerName;
    QList<ScenarioPastOrder> history;
    ExpectedOutcome expected;

    // How long the caller talks (the end of the last sentence), ms.
    qint64 scriptMs() const;
    // The whole script as one text (what the caller said).
    QString scriptText() const;

    QJsonObject toJson() const;
    // Reads and checks a scenario: a missing id or title, sentences out of order or
    // overlapping, a caller number that is not one, an unknown appeal type … are refused
    // with the field named.
    static Result<Scenario> fromJson(const QJsonObject &json);
    // The checks of fromJson on a scenario built in code (the editor, the generator).
    Status validate() const;
    friend bool operator==(const Scenario &, const Scenario &) = default;
};

// An ordered set of scenarios a trainee works through, with the mark that passes it. An exam
// course is played in exam mode (no hints, no transcript).
struct Course {
    QString id;
    QString title;
    QStringList scenarioIds;
    double passMark = 80.0; // 0–100, on the average score of the course's scenarios
    bool exam = false;

    QJsonObject toJson() const;
    static Result<Course> fromJson(const QJsonObject &json);
    friend bool operator==(const Course &, const Course &) = default;
};

} // namespace hotline
