// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLineEdit;

namespace hotline {

class CalibrationView;
class EvaluationListWidget;
class ScoringWidget;
class SyncEngine;

// The reviewer's quality page (质检评分): a recording scored on a form the centre publishes,
// the disputes the operators returned, each upheld with a note or rescored, and calibration
// (校准): with 校准评分 ticked a score is one reviewer's of several for the same call, not the
// operator's, and the spread against a reference reviewer is asked for by name. Everything
// goes through the desk's sync (its session); the scoring widget is the one the player's
// page embeds, given a recording by scoreRecording().
class QualityPage : public QWidget {
    Q_OBJECT
public:
    explicit QualityPage(SyncEngine &sync, QWidget *parent = nullptr);

    // Scores `recordingId` on the chosen form (the latest version of the first form, else).
    void scoreRecording(const QString &recordingId);
    // Asks the centre again for the forms and the disputes returned.
    void refresh();
    // The spread of the reviewers' scores of `recordingId` against `reference` (me when empty).
    void showCalibration(const QString &recordingId, const QString &reference);

    ScoringWidget *scoring() const { return m_scoring; }
    EvaluationListWidget *disputes() const { return m_disputes; }
    CalibrationView *calibration() const { return m_calibration; }

private:
    void loadForm(const QString &key, int version, const QString &recordingId, const QJsonObject &rescoring);
    void send(const QJsonObject &evaluation);
    void uphold(const QString &id, const QString &note);
    void rescore(const QJsonObject &evaluation);

    SyncEngine &m_sync;
    QLineEdit *m_recording;
    QComboBox *m_forms;
    QCheckBox *m_calibrating;
    QLineEdit *m_reference;
    ScoringWidget *m_scoring;
    EvaluationListWidget *m_disputes;
    CalibrationView *m_calibration;
    QString m_rescoring; // the evaluation being rescored, while it is
};

} // namespace hotline
