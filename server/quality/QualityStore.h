// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Role.h"
#include "quality/EvaluationLifecycle.h"
#include "quality/Scoring.h"
#include "quality/ScoringForm.h"

#include <QJsonArray>
#include <QJsonObject>

#include <optional>

namespace hotline {

class CentralDatabase;

// The centre's scoring forms, evaluations and responses (migration 7). Every evaluation is
// scored here with the desk's own code (models/quality), on the form version it names; the
// lifecycle says which response may follow which state. Rows are only added or have their
// state moved on: the answers and score of an evaluation never change.
class QualityStore {
public:
    enum class Outcome { Ok, Invalid, NotFound, Forbidden, Conflict, Failed };
    struct Answer {
        Outcome outcome = Outcome::Ok;
        QString message;
        QJsonObject body;
    };
    struct NewEvaluation {
        QString formKey;
        int formVersion = 0;
        QString recordingId;
        QString operatorLogin; // empty: the recording's uploader
        GivenAnswers answers;
        bool calibration = false; // one of several reviewers' scores of a call, not the operator's
    };
    struct Filter {
        QString operatorLogin;
        QString recordingId;
        QString disputedFor; // a reviewer: their evaluations disputed and waiting for them
        bool withCalibration = true;
    };

    explicit QualityStore(CentralDatabase &db) : m_db(db) {}

    Answer publish(const ScoringForm &form, const QString &login);
    // The form's latest version when `version` is 0.
    std::optional<ScoringForm> form(const QString &key, int version = 0) const;
    Result<QJsonArray> latestForms() const;

    Answer evaluate(const QString &reviewer, const NewEvaluation &input);
    Answer rescore(const QString &reviewer, Role role, const QString &id, const GivenAnswers &answers);
    // acknowledge or dispute by the evaluated operator; uphold by the reviewer (or an admin).
    Answer respond(const QString &login, Role role, const QString &id, EvaluationAction action, const QString &comment);
    Result<QJsonArray> list(const Filter &filter) const;
    std::optional<QJsonObject> find(const QString &id) const;
    // Calibration of a recording: the current evaluations of its latest-evaluated form version.
    Answer calibration(const QString &recordingId, const QString &reference) const;

private:
    Result<QJsonArray> select(const QString &where, const QStringList &values) const;
    Answer insertEvaluation(const QString &reviewer, const ScoringForm &form, const NewEvaluation &input, const QString &supersedes,
                            QString *id);
    // Moves the evaluation from `from` to `to` (pointing to `supersededBy` after a rescore, ''
    // otherwise) only if nobody moved it meanwhile and it is still current; a conflict else.
    Answer moveOn(const QString &id, const QString &from, EvaluationState to, const QString &supersededBy, const QString &at);

    CentralDatabase &m_db;
};

} // namespace hotline
