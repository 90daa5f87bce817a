// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

namespace hotline {

class EvaluationListWidget;
class SyncEngine;

// The operator's own evaluations (their calls as team leads scored them), acknowledged with A
// or disputed with D and a reason: a dispute goes back to the reviewer at the centre.
class MyEvaluationsPage : public QWidget {
    Q_OBJECT
public:
    explicit MyEvaluationsPage(SyncEngine &sync, QWidget *parent = nullptr);
    void refresh();
    EvaluationListWidget *list() const { return m_list; }

private:
    void respond(const QString &id, const QString &action, const QString &comment);

    SyncEngine &m_sync;
    EvaluationListWidget *m_list;
};

} // namespace hotline
