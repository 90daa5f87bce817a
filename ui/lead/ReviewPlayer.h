// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "recordings/WaveformPeaks.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QWidget>

class QLabel;
class QLineEdit;
class QListWidget;
class QSplitter;
class QTreeWidget;
class QVBoxLayout;

namespace hotline {

class PlaybackClock;
class ReviewService;
class WaveformView;

// One recording under review: the waveform of both channels with the cursor following
// playback, the comments pinned on it and listed, the recording's work orders with their
// events beside it, and room for the scoring form (setScoringWidget). All by keyboard:
//   Space play/pause · K pause · L play, again faster (1×, 1.5×, 2×) · J back 5 s, again 10 s, 20 s
//   ←/→ ±5 s · Shift+←/→ ±30 s · Home/End · [ and ] speed −/+ 0.25 (0.5–2×)
//   +/− zoom · S skip silences on/off · C comment here · Enter on a comment: go there · Esc back
class ReviewPlayer : public QWidget {
    Q_OBJECT
public:
    static constexpr qint64 skippedSilenceMs = 2000; // silences this long are skipped
    static constexpr qint64 skipLandingMs = 300;      // landing a breath before speech resumes

    // `clock` null: Qt Multimedia plays the file (MediaClock).
    ReviewPlayer(ReviewService &service, PlaybackClock *clock = nullptr, QWidget *parent = nullptr);

    // A row of the review queue: loads its file, waveform, comments and orders.
    void open(const QJsonObject &recording);
    // The scoring form goes into the splitter's last pane.
    void setScoringWidget(QWidget *widget);

    QString recordingId() const { return m_recording.value(QLatin1String("id")).toString(); }
    PlaybackClock &clock() const { return *m_clock; }
    WaveformView *waveform() const { return m_waveform; }
    QListWidget *comments() const { return m_comments; }
    QTreeWidget *orders() const { return m_orders; }
    QLineEdit *commentPrompt() const { return m_prompt; }
    bool skipsSilence() const { return m_skipSilence; }
    // What is wrong with the recording shown (it does not decode, the centre did not answer).
    QString problem() const { return m_problem; }
    bool isLoaded() const { return m_loaded; }

Q_SIGNALS:
    void closed();          // Esc: back to the queue
    void loaded();          // the waveform is drawn, or the problem shown
    void commentAdded(qint64 offsetMs);
    void scoreRequested(const QString &recordingId); // Q: score this call on the quality page

private:
    void addKeys();
    void seek(qint64 ms);
    void seekBy(qint64 deltaMs);
    void setRate(double rate);
    void forward();
    void back();
    void togglePlay();
    void toggleSkipSilence();
    void startComment();
    void sendComment();
    void cancelComment();
    void onPosition(qint64 ms);
    void showReview(const QJsonObject &review);
    void showComments(const QJsonArray &comments);
    void showProblem(const QString &problem);
    void updateStatus();
    qint64 duration() const;

    ReviewService &m_service;
    PlaybackClock *m_clock;
    QJsonObject m_recording;
    WaveformPeaks m_peaks;
    QVector<SilenceSpan> m_silences;
    QJsonArray m_commentRows;
    bool m_loaded = false;
    bool m_skipSilence = false;
    bool m_resumeAfterComment = false;
    qint64 m_commentAt = 0;
    int m_backPresses = 0;
    int m_generation = 0; // answers for a recording no longer shown are dropped
    QString m_problem;

    QLabel *m_title;
    QLabel *m_status;
    QLabel *m_problemLabel;
    WaveformView *m_waveform;
    QWidget *m_promptRow;
    QLabel *m_promptLabel;
    QLineEdit *m_prompt;
    QListWidget *m_comments;
    QTreeWidget *m_orders;
    QSplitter *m_splitter;
    QWidget *m_scoringPane;
    QVBoxLayout *m_scoringLayout;
};

} // namespace hotline
