// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QVector>

#include <optional>

namespace hotline {

// One answer a reviewer may give to a question: the share of the question's weight it earns
// (是 100 %, 部分 50 %, 否 0 %); a fatal answer zeroes the whole evaluation (a leaked
// caller's number, an insult), whatever the other questions earned.
struct ScoringAnswer {
    QString label;
    double sharePercent = 0; // 0…100
    bool fatal = false;
};

// When the reviewer must write why: never, on any answer below full marks, or always.
enum class CommentRule { Never, BelowFull, Always };

struct ScoringQuestion {
    QString id;   // stable within the form: evaluations name questions by it
    QString text;
    double weight = 0; // points of the form's total
    QVector<ScoringAnswer> answers;
    bool allowNa = false; // N/A takes the question's weight out of the total
    CommentRule comment = CommentRule::Never;

    bool isFatal() const;
    // Whether answer `index` (or N/A when nothing) needs a comment.
    bool needsComment(std::optional<int> index) const;
};

struct ScoringGroup {
    QString name;
    QVector<ScoringQuestion> questions;
};

// A scoring form (质检评分表) as published: a key naming the form across its versions, the
// version an evaluation keeps, and groups of weighted questions adding up to `total` (100).
// Built only by parse(), so a form in hand is a valid one.
class ScoringForm {
    Q_DECLARE_TR_FUNCTIONS(hotline::ScoringForm)
public:
    static constexpr double total = 100;

    // The form from its JSON definition (docs/quality.md), or the first thing wrong with it,
    // located by group and question ("第 2 组第 1 题（greeting）：…"). Weights that do not add
    // up to 100, duplicate question ids, empty groups and answers without a share are refused.
    static Result<ScoringForm> parse(const QByteArray &json);
    static Result<ScoringForm> fromJson(const QJsonObject &definition);
    QJsonObject toJson() const;

    QString key() const { return m_key; }
    QString name() const { return m_name; }
    int version() const { return m_version; }
    const QVector<ScoringGroup> &groups() const { return m_groups; }
    // Every question, in the form's order.
    QVector<const ScoringQuestion *> questions() const;
    const ScoringQuestion *question(const QString &id) const;

private:
    QString m_key;
    QString m_name;
    int m_version = 0;
    QVector<ScoringGroup> m_groups;
};

QString toCode(CommentRule rule);

} // namespace hotline
