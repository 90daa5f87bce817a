// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "training/TraineeProgress.h"

#include <QHash>
#include <QWidget>

class QLabel;
class QTableWidget;

namespace hotline {

// One trainee's progress in a course, as the trainee and the team lead both read it: a line per
// scenario (tries, best, last, when), then the exam result, the weakest items and districts and
// the averaged figures. Shown under the class in ClassView and alone in MyProgressView.
class ProgressDetailView : public QWidget {
    Q_OBJECT
public:
    explicit ProgressDetailView(QWidget *parent = nullptr);

    // heading: whose progress ("张三（zhangsan）"); scenarioTitles: id → title (the id is shown
    // for a scenario not in it).
    void setProgress(const TraineeProgress &progress, const QString &heading, const QHash<QString, QString> &scenarioTitles);
    // Nothing to show, and why ("没有选中学员").
    void clear(const QString &reason);
    const TraineeProgress &progress() const { return m_progress; }

    QTableWidget *scenarioTable() const { return m_table; }
    QLabel *headingLabel() const { return m_heading; }
    QLabel *examLabel() const { return m_exam; }
    QLabel *weakItemsLabel() const { return m_weakItems; }
    QLabel *weakDistrictsLabel() const { return m_weakDistricts; }
    QLabel *figuresLabel() const { return m_figures; }

    // The texts both views use for a figure or a weak spot.
    static QString scoreText(double score);
    static QString weakText(const QList<WeakSpot> &spots, int most = 3);

Q_SIGNALS:
    // Esc in the scenario table: back to wherever the reader came from.
    void leaveRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    TraineeProgress m_progress;
    QLabel *m_heading;
    QTableWidget *m_table;
    QLabel *m_exam;
    QLabel *m_weakItems;
    QLabel *m_weakDistricts;
    QLabel *m_figures;
};

} // namespace hotline
