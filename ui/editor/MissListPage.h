// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "kb/KbMiss.h"

#include <QVector>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableWidget;

namespace hotline {

class SyncEngine;

// What operators searched without taking anything (found nothing, or searched again), read
// from the centre over the floor's desks, most frequent first: the editors' list of articles
// and synonyms to write. F5 reads it again, Alt+D chooses the period, Ctrl+F filters; Enter on
// a query sends it to the synonym preview, Ctrl+N starts an article titled with it.
class MissListPage : public QWidget {
    Q_OBJECT
public:
    enum Column { QueryColumn, NothingColumn, AgainColumn, TotalColumn, DesksColumn, LastColumn };

    explicit MissListPage(QWidget *parent = nullptr);
    void setSync(SyncEngine *sync) { m_sync = sync; }

    // Asks the centre for the period's list (or says why it cannot).
    void refresh();
    // Shows `misses` in their order (the centre's answer, or a test's).
    void setMisses(const QVector<KbMiss> &misses);
    int days() const;
    // The query of the row with the cursor (a row the filter shows), or nothing.
    QString currentQuery() const;

    QTableWidget *table() const { return m_table; }
    QComboBox *period() const { return m_period; }
    QString message() const;

Q_SIGNALS:
    void previewRequested(const QString &query);
    void articleRequested(const QString &query);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void applyFilter();
    void report(const QString &message, bool error);

    SyncEngine *m_sync = nullptr;
    bool m_asked = false;
    int m_request = 0; // answers to an older request are dropped
    QComboBox *m_period;
    QLineEdit *m_filter;
    QTableWidget *m_table;
    QLabel *m_message;
};

} // namespace hotline
