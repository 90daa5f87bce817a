// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "training/CallObservation.h"
#include "training/CallScore.h"
#include "training/Scenario.h"

#include <QWidget>

#include <memory>

class QAudioOutput;
class QLabel;
class QMediaPlayer;
class QTreeWidget;
class QTreeWidgetItem;

namespace hotline {

class AgentSession;
class DeskWindow;
class FormProposals;
class KeystrokeCounter;
class KnowledgeBase;
class PinyinTable;
class ReferenceIndexes;
class ScenarioCall;
class ScoreCard;
class SyncEngine;
class TrainingCentreLink;
class MyProgressView;
class SimulatedPhone;
class TrainingStore;
class WorkOrderRepository;

// The trainee's window: the courses and their scenarios with what is done and the best score;
// Enter plays the one selected on the real desk (a DeskWindow over the training store, in
// training mode, on a simulated phone): it rings, the trainee answers, fills the form with
// the desk's own keys, hangs up and files; the call is scored at once on a score card and the
// attempt kept in the training store. Ctrl+E switches exam mode (no transcript, no hints);
// an exam course is always played as one.
class TrainingWindow : public QWidget {
    Q_OBJECT
public:
    TrainingWindow(TrainingStore &training, std::shared_ptr<const PinyinTable> pinyin, QWidget *parent = nullptr);
    ~TrainingWindow() override;

    // Plays a scenario (of a course, or none); false with the reason in the window when it
    // cannot ring.
    bool play(const QString &scenarioId, const QString &courseId = {});
    void setExamMode(bool exam);
    bool examMode() const { return m_exam; }
    // The courses and scenarios again, with the scores so far.
    void refresh();
    // The centre through the desk's own store (signed in as the trainee): published scenarios
    // and courses come into the training store, scored attempts go to the centre. Ctrl+Shift+I
    // signs in, F5 syncs now. Without it the window trains on what the desk holds.
    void setCentre(SyncEngine *sync);
    TrainingCentreLink *centreLink() const { return m_link; }
    void openSignIn();
    void syncWithCentre();
    // The trainee's own progress over the courses (Ctrl+M).
    MyProgressView *showMyProgress();

    DeskWindow *desk() const { return m_desk.get(); }
    SimulatedPhone *phone() const { return m_phone.get(); }
    ScenarioCall *scenarioCall() const { return m_call; }
    ScoreCard *scoreCard() const { return m_card; }
    QTreeWidget *list() const { return m_list; }
    WorkOrderRepository &orders() { return *m_orders; }

Q_SIGNALS:
    // A played call was scored and kept (attempt id in the training store).
    void scored(const hotline::CallObservation &observation, const hotline::CallScore &score, qint64 attemptId);

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void buildDesk();
    void playSelected();
    void onFiled(const QString &number);
    void onFinished(const CallObservation &observation);
    void seedHistory(const Scenario &scenario);
    QString nextInCourse() const;
    QString articleKey(qint64 articleId) const;
    void say(const QString &text);

    TrainingStore &m_training;
    std::shared_ptr<const PinyinTable> m_pinyin;
    std::unique_ptr<WorkOrderRepository> m_orders;
    std::unique_ptr<ReferenceIndexes> m_indexes;
    std::unique_ptr<KnowledgeBase> m_kb;
    std::unique_ptr<AgentSession> m_agent;
    std::unique_ptr<FormProposals> m_proposals;
    std::unique_ptr<SimulatedPhone> m_phone;
    ScenarioCall *m_call = nullptr;
    std::unique_ptr<DeskWindow> m_desk;
    KeystrokeCounter *m_keys = nullptr;
    ScoreCard *m_card = nullptr;
    QMediaPlayer *m_player = nullptr;
    QAudioOutput *m_audio = nullptr;
    QTreeWidget *m_list;
    QLabel *m_mode;
    QLabel *m_message;
    QLabel *m_legend;
    bool m_exam = false;
    Scenario m_playing;
    QString m_courseId;
    SyncEngine *m_sync = nullptr;
    TrainingCentreLink *m_link = nullptr;
    MyProgressView *m_progress = nullptr;
};

} // namespace hotline
