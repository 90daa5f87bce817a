// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QUrlQuery>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QSpinBox;
class QStackedWidget;
class QTableView;

namespace hotline {

class LocalStore;
class PlaybackClock;
class ReviewPlayer;
class ReviewQueueModel;
class ReviewService;
class SyncEngine;

// The team lead's recordings review (录音抽检): the queue of the centre's recordings with its
// filters (operator, days, item, unit, duration, callback result, returned or reopened orders,
// long silences; or only the calls the week's sampling plan gives the reviewer), Enter on a row opens it in the player (ReviewPlayer), Esc there comes back.
// A recording that does not decode says so in the player; the rest of the queue is untouched.
class ReviewPage : public QWidget {
    Q_OBJECT
public:
    ReviewPage(ReviewService &service, PlaybackClock *clock = nullptr, QWidget *parent = nullptr);
    // The page on the desk: the centre through `sync`, files cached in "review-cache" beside
    // the store.
    static ReviewPage *forCentre(LocalStore &store, SyncEngine &sync, QWidget *parent = nullptr);

    // Asks the centre for the queue with the filters as they are.
    void refresh();
    QUrlQuery filter() const;
    void setScoringWidget(QWidget *widget);

    ReviewPlayer *player() const { return m_player; }
    QTableView *table() const { return m_table; }
    ReviewQueueModel *model() const { return m_model; }
    bool isPlayerShown() const;

Q_SIGNALS:
    void refreshed();

private:
    void openCurrent();
    void showQueue();

    ReviewService &m_service;
    ReviewQueueModel *m_model;
    QLineEdit *m_operator;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QLineEdit *m_item;
    QLineEdit *m_unit;
    QSpinBox *m_minMinutes;
    QSpinBox *m_maxMinutes;
    QComboBox *m_satisfaction;
    QCheckBox *m_returned;
    QCheckBox *m_assigned;
    QSpinBox *m_silence;
    QTableView *m_table;
    QLabel *m_status;
    QStackedWidget *m_stack;
    ReviewPlayer *m_player;
};

} // namespace hotline
