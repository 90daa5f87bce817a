// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "desk/OrderActions.h"
#include "itemmodels/QueueListModel.h"
#include "workorder/WorkOrderEvent.h"

#include <QWidget>

#include <functional>

class QLabel;
class QTableView;

namespace hotline {

class PromptBar;
class QueueSource;

// A list the lifecycle's people work through from the keyboard: the orders of one queue of the
// centre, the selected one's details beside it, one key per action (listed under the table),
// a prompt line when an action needs words. F5 asks the centre again.
class OrderQueueView : public QWidget {
    Q_OBJECT
public:
    OrderQueueView(QString queue, QueueSource &source, const OrderActions &actions, const Deadlines &deadlines, QWidget *parent = nullptr);

    void refresh();
    QTableView *table() const { return m_table; }
    QueueListModel &model() { return m_model; }
    QString statusText() const;

protected:
    // The selected order, or nothing.
    const WorkOrderState *current() const;
    // A key and what it does, shown in the key line under the table.
    void addKey(const QKeySequence &key, const QString &label, std::function<void()> handler);
    // Produces the event on the selected order; the row shows the result (or leaves the list).
    bool act(EventType type, QJsonObject payload, const QString &done);
    void ask(const QString &question, const QStringList &choices, const QString &initial,
             std::function<void(int choice, const QString &text)> then);
    void say(const QString &text);
    // Whether the order still belongs in this list after an action.
    virtual bool keeps(const WorkOrderState &order) const = 0;
    // The details a person needs to decide, as rich text.
    virtual QString details(const WorkOrderState &order) const;

private:
    void showDetails();
    void loaded(const QString &queue, const QVector<WorkOrderState> &orders, bool offline, const QString &error);

    QString m_queue;
    QueueSource &m_source;
    const OrderActions &m_actions;
    QueueListModel m_model;
    QTableView *m_table;
    QLabel *m_details;
    QLabel *m_keys;
    QLabel *m_status;
    PromptBar *m_prompt;
    QStringList m_keyHelp;
};

} // namespace hotline
