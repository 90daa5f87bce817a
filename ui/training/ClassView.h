// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "training/TraineeProgress.h"

#include <QHash>
#include <QList>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QStandardItemModel;
class QTableView;

namespace hotline {

class ProgressDetailView;

// The team lead's view of a class of trainees in one course (the lead window's 培训 page): a row
// per trainee with their progress, average best score, exam result, characters a minute, seconds
// from hang-up to submit, keystrokes, silence, weakest item and district; under it the selected
// trainee's progress per scenario. It is given its data (setClass) and fetches nothing: the
// window's owner asks the centre and feeds it, on courseChanged and refreshRequested.
//
// Keys: arrows move from trainee to trainee, Enter opens the trainee's progress below (Esc comes
// back), Ctrl+F filters by name or login (arrows and Enter still work from the filter, Esc clears
// it), Alt+K picks the course, F5 asks for fresh data. Columns sort by a click on their header,
// names in Chinese (pinyin) order.
class ClassView : public QWidget {
    Q_OBJECT
public:
    enum Column {
        NameColumn,
        LoginColumn,
        ProgressColumn,
        AverageColumn,
        ExamColumn,
        SpeedColumn,
        SubmitColumn,
        KeystrokesColumn,
        SilenceColumn,
        WeakItemColumn,
        WeakDistrictColumn,
        ColumnCount
    };
    // What the columns sort by (a number, or a text's place in Chinese order) and what the
    // filter reads (name and login).
    static constexpr int SortRole = Qt::UserRole + 1;
    static constexpr int FilterRole = Qt::UserRole + 2;
    static constexpr int LoginRole = Qt::UserRole + 3;

    explicit ClassView(QWidget *parent = nullptr);

    // The class: the courses to choose from (the picker keeps the one chosen if it is still
    // there, else shows the first), every attempt of its trainees (those of other courses are
    // left to their course), login → name of the class's trainees (one who has not played yet
    // still gets a row), scenario id → title.
    void setClass(const QList<Course> &courses, const QList<TrainingAttempt> &attempts, const QHash<QString, QString> &names,
                  const QHash<QString, QString> &scenarioTitles = {});
    // Shows a course of those given; false when there is none with that id.
    bool setCourse(const QString &courseId);
    QString courseId() const;
    const ClassSummary &summary() const { return m_summary; }
    // A line above the table: "正在读取…", or why the centre could not answer.
    void showMessage(const QString &message);

    QString currentTrainee() const;
    bool selectTrainee(const QString &login);

    QTableView *table() const { return m_table; }
    QComboBox *coursePicker() const { return m_course; }
    QLineEdit *filterField() const { return m_filter; }
    ProgressDetailView *detail() const { return m_detail; }
    QSortFilterProxyModel *rows() const { return m_proxy; }
    QLabel *messageLabel() const { return m_message; }

Q_SIGNALS:
    void courseChanged(const QString &courseId);
    void refreshRequested();
    // Enter on a trainee: their progress is shown below and has the focus.
    void traineeOpened(const QString &login);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void rebuild();
    void fillRow(int row, const TraineeProgress &progress);
    void rankTexts(int column);
    void showCurrent();
    void openCurrent();
    void focusFilter();

    QList<Course> m_courses;
    QList<TrainingAttempt> m_attempts;
    QHash<QString, QString> m_names;
    QHash<QString, QString> m_titles;
    ClassSummary m_summary;
    QComboBox *m_course;
    QLineEdit *m_filter;
    QLabel *m_message;
    QTableView *m_table;
    QStandardItemModel *m_model;
    QSortFilterProxyModel *m_proxy;
    ProgressDetailView *m_detail;
};

} // namespace hotline
