// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "training/TraineeProgress.h"

#include <QHash>
#include <QList>
#include <QWidget>

class QComboBox;
class QLabel;

namespace hotline {

class ProgressDetailView;

// The trainee's own progress (我的进度): a course picker (Alt+K), then the course's scenarios
// with tries, best and last score, the exam result, the weakest items and districts and the
// averaged figures — the same numbers the team lead sees in the class view. Given its data;
// fetches nothing.
class MyProgressView : public QWidget {
    Q_OBJECT
public:
    explicit MyProgressView(QWidget *parent = nullptr);

    // The trainee's courses and attempts (other trainees' attempts are left out), scenario id →
    // title, and the name shown in the heading.
    void setProgress(const QString &trainee, const QString &name, const QList<Course> &courses,
                     const QList<TrainingAttempt> &attempts, const QHash<QString, QString> &scenarioTitles = {});
    bool setCourse(const QString &courseId);
    QString courseId() const;
    const TraineeProgress &progress() const;

    QComboBox *coursePicker() const { return m_course; }
    ProgressDetailView *detail() const { return m_detail; }

Q_SIGNALS:
    void courseChanged(const QString &courseId);

private:
    void rebuild();

    QString m_trainee;
    QString m_name;
    QList<Course> m_courses;
    QList<TrainingAttempt> m_attempts;
    QHash<QString, QString> m_titles;
    QComboBox *m_course;
    ProgressDetailView *m_detail;
};

} // namespace hotline
