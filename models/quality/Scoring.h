// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "quality/ScoringForm.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QStringList>

#include <optional>

namespace hotline {

// A reviewer's answer to one question: the answer's index in the question's list, or N/A
// (nothing), with the comment the form may require.
struct GivenAnswer {
    std::optional<int> answer;
    QString comment;
    bool operator==(const GivenAnswer &other) const = default;
};
// Question id → answer. A question not in it is not answered (yet).
using GivenAnswers = QHash<QString, GivenAnswer>;

// What the answers are worth. N/A questions leave the total: 8 of 10 with a 10-point question
// N/A is 8/(100-10) → 88.9. A fatal answer makes the score 0, naming the questions.
struct Score {
    double score = 0;     // 0…100, rescaled over the questions that count
    double earned = 0;    // points earned
    double possible = 0;  // points of the questions answered, N/A left out
    bool fatal = false;
    QStringList fatalQuestions; // ids
    int answered = 0;     // including N/A
    int questions = 0;
    bool complete() const { return answered == questions; }
};

// Where an evaluation cannot be taken as it is: the question to go back to, and why.
struct ScoringProblem {
    QString questionId;
    QString message;
};

// The one place an evaluation is scored and checked: the desk shows the running score with
// it, the centre scores what it stores with it, so the two never disagree.
class Scoring {
    Q_DECLARE_TR_FUNCTIONS(hotline::Scoring)
public:
    // The score of what is answered so far (unanswered questions count as N/A until answered).
    static Score score(const ScoringForm &form, const GivenAnswers &answers);
    // The first thing that keeps the answers from being an evaluation: a question unanswered,
    // N/A where the form does not allow it, an answer out of range, a required comment
    // missing, a question the form does not have, every question N/A.
    static std::optional<ScoringProblem> problem(const ScoringForm &form, const GivenAnswers &answers);
    // The score of a complete, valid set of answers, or the problem.
    static Result<Score> evaluate(const ScoringForm &form, const GivenAnswers &answers);

    // [{"question": ID, "answer": INDEX | null, "comment": TEXT}, …]; null is N/A.
    static QJsonArray toJson(const GivenAnswers &answers, const ScoringForm *order = nullptr);
    static Result<GivenAnswers> fromJson(const QJsonArray &array);
};

} // namespace hotline
