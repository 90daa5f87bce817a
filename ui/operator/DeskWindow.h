// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "workorder/WorkOrderRepository.h"

#include <QMainWindow>

class QLabel;
class QTabWidget;
class QTimer;

namespace hotline {

class AgentSession;
class CallerHistory;
class NearbyLookup;
class CallerHistoryPanel;
class FormProposals;
class KnowledgeBase;
class KnowledgePanel;
class LocalStore;
class MapPanel;
class MbTiles;
class ReferenceIndexes;
class ShortcutOverlay;
class SignInDialog;
class SyncEngine;
class WorkOrderForm;
class WorkOrderListModel;
class WorkOrderRepository;

// The operator's split screen: work-order form left, reference tabs right, agent and sync
// state below. Composes the widgets and routes the keyboard actions; the rules live in models.
class DeskWindow : public QMainWindow {
    Q_OBJECT
public:
    DeskWindow(LocalStore &store, WorkOrderRepository &orders, const ReferenceIndexes &indexes,
               KnowledgeBase &kb, AgentSession &agent, QWidget *parent = nullptr);

    WorkOrderForm *form() const { return m_form; }
    QTabWidget *rightPanel() const { return m_rightTabs; }
    MapPanel *mapPanel() const { return m_mapPanel; }
    // A raster basemap for the map tab; the desk keeps the file open as long as it runs.
    void setBasemap(const MbTiles *tiles);
    // The sync with the centre: its state in the status bar, sign-in with Ctrl+Shift+I.
    void setSync(SyncEngine *sync);
    // What the form proposes as the operator types, and the dispatch of each filed order.
    void setProposals(const FormProposals *proposals);
    // Opens the sign-in dialog (also the action's handler); returns it for tests.
    SignInDialog *openSignIn();
    // The number of the last stored work order, as announced to the operator.
    QString lastFiledNumber() const { return m_lastFiled; }

Q_SIGNALS:
    // Emitted once the work order is committed to disk.
    void workOrderFiled(const QString &number);

private:
    void buildActions();
    void buildStatusBar();
    void newOrder();
    void submit();
    void dispatchFiled(const QString &number, const WorkOrderDraft &draft, const QString &chosenUnit,
                       const QString &actor);
    void takeSuggestedItem();
    void lookUpCaller(const QString &phone);
    void refreshStatus();
    void useAnswer();
    void openEditor();
    void openWorkList();
    void showCallerHistory(const QString &phone, const QVector<WorkOrderSummary> &orders, const QString &note);
    void recordProgressInquiry();

    LocalStore &m_store;
    WorkOrderRepository &m_orders;
    const ReferenceIndexes &m_indexes;
    KnowledgeBase &m_kb;
    AgentSession &m_agent;
    KnowledgePanel *m_knowledge;
    QTimer *m_relatedDelay;
    WorkOrderForm *m_form;
    QTabWidget *m_rightTabs;
    WorkOrderListModel *m_history;
    CallerHistory *m_callerHistory;
    NearbyLookup *m_nearby;
    QVector<WorkOrderSummary> m_openOrders; // the caller's, as last found
    CallerHistoryPanel *m_historyPanel;
    MapPanel *m_mapPanel;
    ShortcutOverlay *m_overlay;
    QLabel *m_resultBanner;
    QLabel *m_agentLabel;
    QLabel *m_timerLabel;
    QLabel *m_syncLabel;
    QTimer *m_clock;
    SyncEngine *m_sync = nullptr;
    const FormProposals *m_proposals = nullptr;
    QString m_lastFiled;
};

} // namespace hotline
