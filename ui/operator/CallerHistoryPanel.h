// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QTableView;

namespace hotline {

class WorkOrderListModel;

// Right-panel tab: the caller's past work orders with their status, newest first.
class CallerHistoryPanel : public QWidget {
    Q_OBJECT
public:
    CallerHistoryPanel(WorkOrderListModel &model, QWidget *parent = nullptr);
    void setPhone(const QString &phone);
    // Whose orders the list holds: "" for the whole centre, else why only this desk's.
    void setScopeNote(const QString &note);
    QTableView *table() const { return m_table; }

private:
    void updateHeading();
    WorkOrderListModel &m_model;
    QLabel *m_heading;
    QTableView *m_table;
    QString m_phone;
    QLabel *m_scope;
};

} // namespace hotline
