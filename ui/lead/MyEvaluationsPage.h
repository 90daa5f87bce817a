// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "quality/ScoringForm.h"

#include <QHash>
#include <QJsonObject>
#include <QWidget>

class QLabel;

namespace hotline {

class EvaluationListWidget;
class SyncEngine;

// The operator's own evaluations (their calls as team leads scored them), acknowledged with A
// or disputed with D and a reason: a dispute goes back to the reviewer at the centre. Under
// the list, the selected one question by question (the answer, the points, the reviewer's
// comment) on the form version it was scored with, and what was said about it since: an
// operator disputes what they can read.
class MyEvaluationsPage : public QWidget {
    Q_OBJECT
public:
    explicit MyEvaluationsPage(SyncEngine &sync, QWidget *parent = nullptr);
    void refresh();
    EvaluationListWidget *list() const { return m_list; }
    QLabel *detail() const { return m_detail; }

    // The evaluation read on its form, one line a question (a pure function, for the tests).
    static QString describe(const QJsonObject &evaluation, const ScoringForm &form);

private:
    void respond(const QString &id, const QString &action, const QString &comment);
    void showDetail(const QJsonObject &evaluation);

    SyncEngine &m_sync;
    EvaluationListWidget *m_list;
    QLabel *m_detail;
    QHash<QString, ScoringForm> m_forms; // "key/version": a published version never changes
};

} // namespace hotline
