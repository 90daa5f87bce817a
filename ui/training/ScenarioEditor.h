// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "training/Scenario.h"

#include <QWidget>

#include <functional>
#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;
class QTableWidget;

namespace hotline {

// The team lead's editor of one scripted call: what the caller says on a clock, who calls, and
// the order expected at the end. Saving checks the scenario as the centre will
// (Scenario::validate) and refuses with the message shown inline; "publish" hands the checked
// scenario on (publishRequested) for the centre's client. The caller's voice is made by
// whoever sets the audio maker (models' SpeechSynthesis), so this widget runs no program.
//
// Keys: Ctrl+S save, Ctrl+Shift+N new line after the current one, Del delete the current line
// (in the transcript), Alt+Up/Alt+Down move it, Ctrl+R re-time from the speaking rate,
// Ctrl+G make the caller's audio, Ctrl+P publish to the centre.
class ScenarioEditor : public QWidget {
    Q_OBJECT
public:
    // Reads the sentences into `wavPath`: each sentence with its times in the audio.
    using AudioMaker = std::function<Result<QList<TranscriptSentence>>(const QStringList &sentences, const QString &wavPath)>;

    explicit ScenarioEditor(QWidget *parent = nullptr);

    void setScenario(const Scenario &scenario);
    // The scenario as the fields say, unchecked; nullopt with `problem` set when a time is not
    // a number.
    std::optional<Scenario> scenario(QString *problem = nullptr) const;

    // Where Ctrl+S writes the JSON (and next to which the audio goes).
    void setFilePath(const QString &path) { m_filePath = path; }
    QString filePath() const { return m_filePath; }
    void setAudioMaker(AudioMaker maker) { m_audioMaker = std::move(maker); }

    // Checks and writes the scenario to filePath(); false with the reason shown when refused.
    bool save();
    // Checks and emits publishRequested; false with the reason shown when refused.
    bool publish();
    void addLine();
    void deleteLine();
    void moveLine(int delta);
    // Every line timed again from the speaking rate (4.5 characters a second, 400 ms pauses).
    void retimeFromRate();
    // The caller's audio from the lines, times from the audio; false with the reason shown.
    bool generateAudio();

    QString message() const;
    // A line under the fields: what went wrong (red) or what was done (green).
    void showProblem(const QString &problem);
    void showDone(const QString &done);
    QTableWidget *lines() const { return m_lines; }
    QLineEdit *titleEdit() const { return m_title; }
    QLineEdit *callerNumberEdit() const { return m_callerNumber; }
    QComboBox *appealTypeBox() const { return m_appealType; }
    QPlainTextEdit *keyFactsEdit() const { return m_keyFacts; }

Q_SIGNALS:
    void publishRequested(const hotline::Scenario &scenario);
    void saved(const QString &path);

private:
    // A cell still being typed in is taken into the table: Ctrl+S in the middle of a line
    // saves what is typed (the table itself takes it only on the next event loop turn).
    void finishEditing();
    void setLines(const QList<TranscriptSentence> &sentences);
    void putLine(int row, const TranscriptSentence &sentence);
    std::optional<Scenario> checked();

    // What the editor keeps but does not show: loaded with the scenario, saved back as it was.
    Scenario m_kept;
    QString m_filePath;
    AudioMaker m_audioMaker;

    QLineEdit *m_id;
    QLineEdit *m_title;
    QSpinBox *m_difficulty;
    QLineEdit *m_callerNumber;
    QLineEdit *m_callerName;
    QLabel *m_audio;
    QTableWidget *m_lines;
    QComboBox *m_appealType;
    QLineEdit *m_level1;
    QLineEdit *m_level2;
    QLineEdit *m_level3;
    QLineEdit *m_districtCode;
    QLineEdit *m_districtName;
    QLineEdit *m_streetCode;
    QLineEdit *m_streetName;
    QLineEdit *m_communityCode;
    QLineEdit *m_communityName;
    QLineEdit *m_placeDetail;
    QLineEdit *m_unitCode;
    QLineEdit *m_unitName;
    QPlainTextEdit *m_keyFacts;
    QLineEdit *m_articleKey;
    QLineEdit *m_articleTitle;
    QLabel *m_message;
};

} // namespace hotline
