// SPDX-License-Identifier: GPL-3.0-or-later
#include "training/MyProgressView.h"

#include "training/ProgressDetailView.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace hotline {

MyProgressView::MyProgressView(QWidget *parent)
    : QWidget(parent), m_course(new QComboBox(this)), m_detail(new ProgressDetailView(this))
{
    m_course->setObjectName(QStringLiteral("myCoursePicker"));
    m_course->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_detail->setObjectName(QStringLiteral("myProgress"));
    auto *courseLabel = new QLabel(tr("课程(&K)："), this);
    courseLabel->setBuddy(m_course);
    auto *top = new QHBoxLayout;
    top->addWidget(courseLabel);
    top->addWidget(m_course);
    top->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_detail, 1);
    setFocusProxy(m_detail->scenarioTable());
    connect(m_course, &QComboBox::currentIndexChanged, this, [this] {
        rebuild();
        Q_EMIT courseChanged(courseId());
    });
    m_detail->clear(tr("还没有课程"));
}

void MyProgressView::setProgress(const QString &trainee, const QString &name, const QList<Course> &courses,
                                 const QList<TrainingAttempt> &attempts, const QHash<QString, QString> &scenarioTitles)
{
    const QString chosen = courseId();
    m_trainee = trainee;
    m_name = name.isEmpty() ? trainee : name;
    m_courses = courses;
    m_attempts.clear();
    for (const TrainingAttempt &attempt : attempts)
        if (attempt.trainee == trainee)
            m_attempts.append(attempt);
    m_titles = scenarioTitles;
    {
        const QSignalBlocker quiet(m_course);
        m_course->clear();
        for (const Course &course : courses)
            m_course->addItem(course.exam ? tr("%1（考试）").arg(course.title) : course.title, course.id);
        const int keep = m_course->findData(chosen);
        m_course->setCurrentIndex(keep >= 0 ? keep : (courses.isEmpty() ? -1 : 0));
    }
    rebuild();
}

bool MyProgressView::setCourse(const QString &id)
{
    const int index = m_course->findData(id);
    if (index < 0)
        return false;
    m_course->setCurrentIndex(index);
    return true;
}

QString MyProgressView::courseId() const { return m_course->currentData().toString(); }

const TraineeProgress &MyProgressView::progress() const { return m_detail->progress(); }

void MyProgressView::rebuild()
{
    const auto found = std::find_if(m_courses.cbegin(), m_courses.cend(), [&](const Course &c) { return c.id == courseId(); });
    if (found == m_courses.cend()) {
        m_detail->clear(tr("还没有课程"));
        return;
    }
    m_detail->setProgress(TraineeProgress::build(*found, m_trainee, m_attempts), m_name, m_titles);
}

} // namespace hotline
