// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "telephony/Phone.h"
#include "workorder/WorkOrderRepository.h"

#include <QMainWindow>

#include <memory>
#include <optional>

class QLabel;
class QTimer;

namespace hotline {

class AgentSession;
class CallBar;
class CallControl;
class CallerHistory;
class CallerHistoryPanel;
class DeskDocks;
class DraftKeeper;
class FormProposals;
class KbUsageRecorder;
class KnowledgeBase;
class KnowledgePanel;
class LocalStore;
class MapPanel;
class MbTiles;
class NearbyLookup;
class ReferenceIndexes;
class SeatStatus;
class ShortcutOverlay;
class SignInDialog;
class SyncEngine;
class TranscriptPanel;
class TranscriptSource;
class WorkOrderForm;
class WorkOrderListModel;

// The operator's seat: the work-order form in the middle with the call strip over it, the
// reference panels (knowledge base, caller history, map) as docks beside it or on a second
// screen, the seat's state below. Composes the widgets and routes the keyboard actions to
// the call control and the form; the rules live in models.
class DeskWindow : public QMainWindow {
    Q_OBJECT
public:
    DeskWindow(LocalStore &store, WorkOrderRepository &orders, const ReferenceIndexes &indexes,
               KnowledgeBase &kb, AgentSession &agent, QWidget *parent = nullptr);
    ~DeskWindow() override;

    WorkOrderForm *form() const { return m_form; }
    KnowledgePanel *knowledgePanel() const { return m_knowledge; }
    CallerHistoryPanel *historyPanel() const { return m_historyPanel; }
    MapPanel *mapPanel() const { return m_mapPanel; }
    TranscriptPanel *transcriptPanel() const { return m_transcript; }
    // The call's live transcript (the centre's speech recogniser, or a scenario's script);
    // none: the panel says no recogniser is connected.
    void setTranscriptSource(TranscriptSource *source);
    DeskDocks *docks() const { return m_docks; }
    CallControl *calls() const { return m_calls; }
    CallBar *callBar() const { return m_callBar; }
    // The phone the seat answers; none: calls are taken by hand (Ctrl+N).
    void setPhone(Phone *phone);
    // A raster basemap for the map tab; the desk keeps the file open as long as it runs.
    void setBasemap(const MbTiles *tiles);
    // The sync with the centre: its state in the status bar, sign-in with Ctrl+Shift+I.
    void setSync(SyncEngine *sync);
    // What the form proposes as the operator types, and the dispatch of each filed order.
    void setProposals(const FormProposals *proposals);
    // Something the operator must know (a phone or recording problem): in the status bar.
    void notify(const QString &message);
    // Opens the sign-in dialog (also the action's handler); returns it for tests.
    SignInDialog *openSignIn();
    // The number of the last stored work order, as announced to the operator.
    QString lastFiledNumber() const { return m_lastFiled; }
    // The desk as a trainee's (over a training store, on scripted calls): a banner says so
    // over the form; in an exam the transcript panel and the form's proposals are gone.
    // (DeskWindowTraining.cpp)
    void setTrainingMode(bool exam);
    bool isTrainingMode() const { return m_trainingBanner != nullptr; }

Q_SIGNALS:
    // Emitted once the work order is committed to disk.
    void workOrderFiled(const QString &number);
    // An order filed for a phone call (its recording is linked to it).
    void orderFiledForCall(const QString &number, const QString &callId);
    // A call of the seat ended; its order(s) are filed after it (the recording's links).
    void callEnded(const hotline::PhoneCall &call);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildPanels();
    void buildActions();
    void bindCallKeys(const std::function<QAction *(const QString &, std::function<void()>)> &bind);
    void connectCalls();
    void restoreSeat();
    void answer();
    void startCall(const PhoneCall &call);
    void showIncoming(const PhoneCall &call);
    void chooseNotReadyReason();
    void pickTransfer(bool consulted);
    void resetForNextCall();
    void keepDraft();
    void submit();
    void dispatchFiled(const QString &number, const WorkOrderDraft &draft, const QString &chosenUnit,
                       const QString &actor);
    void takeSuggestedItem();
    void lookUpCaller(const QString &phone);
    void tick();
    void useAnswer();
    void openEditor();
    void openWorkList();
    void openLeadDesk();
    void showCallerHistory(const QString &phone, const QVector<WorkOrderSummary> &orders, const QString &note);
    void recordProgressInquiry();
    void showBanner(const QString &html, const char *style);
    void say(const Status &status, int ms = 5000);
    void saveLayout();
    bool formHoldsAnOrder() const;

    LocalStore &m_store;
    WorkOrderRepository &m_orders;
    const ReferenceIndexes &m_indexes;
    KnowledgeBase &m_kb;
    AgentSession &m_agent;
    CallControl *m_calls;
    DraftKeeper *m_drafts;
    KnowledgePanel *m_knowledge;
    QTimer *m_relatedDelay;
    WorkOrderForm *m_form;
    CallBar *m_callBar;
    DeskDocks *m_docks;
    WorkOrderListModel *m_history;
    CallerHistory *m_callerHistory;
    std::unique_ptr<KbUsageRecorder> m_kbUsage;
    NearbyLookup *m_nearby;
    QVector<WorkOrderSummary> m_openOrders; // the caller's, as last found
    CallerHistoryPanel *m_historyPanel;
    MapPanel *m_mapPanel;
    TranscriptPanel *m_transcript;
    ShortcutOverlay *m_overlay;
    QLabel *m_resultBanner;
    QLabel *m_trainingBanner = nullptr;
    bool m_trainingExam = false;
    SeatStatus *m_status;
    QTimer *m_clock;
    SyncEngine *m_sync = nullptr;
    const FormProposals *m_proposals = nullptr;
    QString m_lastFiled;
    // The call the form is about (answered, or ended and in after-call work).
    std::optional<PhoneCall> m_call;
};

} // namespace hotline
