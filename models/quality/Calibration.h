// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "quality/Scoring.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QVector>

namespace hotline {

// One reviewer's answers to the recording being calibrated.
struct CalibrationEntry {
    QString reviewer;
    GivenAnswers answers;
};

// How far the others are from the reference reviewer on one question: the mean absolute
// difference of the points they gave (over the reviewers where neither side said N/A) and
// the share of reviewers who gave the same answer (N/A = N/A counts as the same).
struct QuestionSpread {
    QString questionId;
    QString text;
    double weight = 0;
    int compared = 0;           // reviewers besides the reference
    double meanAbsPoints = 0;
    double agreementRate = 0;   // 0…1
};

// One reviewer against the reference: their score, its difference (theirs − reference), and
// the share of questions answered the same.
struct ReviewerSpread {
    QString reviewer;
    double score = 0;
    bool fatal = false;
    double difference = 0;
    double agreementRate = 0; // 0…1
};

struct CalibrationSpread {
    QString reference;
    double referenceScore = 0;
    QVector<QuestionSpread> questions;  // the form's order
    QVector<ReviewerSpread> reviewers;  // the order given, the reference left out
    QJsonObject toJson() const;
};

// Calibration (校准): several reviewers score the same call on the same form version.
class Calibration {
    Q_DECLARE_TR_FUNCTIONS(hotline::Calibration)
public:
    // Refused when the reference is not among the entries or nobody else is.
    static Result<CalibrationSpread> spread(const ScoringForm &form, const QString &reference, const QVector<CalibrationEntry> &entries);
};

} // namespace hotline
