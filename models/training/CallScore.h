// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

namespace hotline {

// One line of a call's score card: what was expected, what the trainee gave, the points.
struct ScoreLine {
    QString key;      // stable: appealType, item, place, unit, fact:<n>, article, speed, submit
    QString label;    // for the trainee: 诉求类型, 事项, 地点 …
    QString expected; // as a person reads it
    QString given;
    double points = 0;
    double maxPoints = 0;
    QString note;     // why partial: "同一二级分类", "少了社区"
    bool full() const { return points >= maxPoints; }
};

// A played call's score: the lines, their sum out of 100, and the figures the trainee is
// told beside it.
struct CallScore {
    QList<ScoreLine> lines;
    double total = 0;            // 0–100
    double fieldAccuracy = 0;    // 0–1: the fields' points over their maximum
    double factsCovered = 0;     // 0–1
    double charsPerMinute = 0;   // description characters typed per minute of the call
    double secondsToSubmit = -1; // hang-up → submit; -1: never filed
    bool articleFound = false;
    int keystrokes = 0;
    double silenceSeconds = 0;

    // The card as the training store keeps it and the centre takes it inside an attempt.
    QJsonObject toJson() const;
};

} // namespace hotline
