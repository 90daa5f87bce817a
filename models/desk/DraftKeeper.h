// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "workorder/WorkOrder.h"

#include <QDateTime>
#include <QObject>

#include <optional>

class QTimer;

namespace hotline {

class LocalStore;

// The work order being typed, as it stood a moment ago, with the call it belongs to.
struct KeptDraft {
    WorkOrderDraft draft;
    QString chosenUnit;   // the involved unit picked from the directory (its code)
    QString callId;       // the phone's call, for its recording
    QString callerNumber; // caller ID of that call
    QDateTime savedAt;

    bool isEmpty() const;
    QJsonObject toJson() const;
    static std::optional<KeptDraft> fromJson(const QJsonObject &json);
};

// Keeps the work order being typed in the store, a short pause after each change, so that a
// quit, a crash or a power cut during a call loses nothing the operator typed: the desk
// restores it at its next start. Filing or clearing the order discards it.
class DraftKeeper : public QObject {
    Q_OBJECT
public:
    explicit DraftKeeper(LocalStore &store, int pauseMs = 400, QObject *parent = nullptr);

    // The form changed: kept after the pause (a newer change restarts it).
    void changed(const KeptDraft &draft);
    // Writes what is pending now (before quitting).
    void flush();
    void discard();
    // What a previous run left, if anything.
    std::optional<KeptDraft> left() const;
    QString lastError() const { return m_lastError; }

Q_SIGNALS:
    void kept();
    void failed(const QString &reason);

private:
    void write();

    LocalStore &m_store;
    QTimer *m_pause;
    std::optional<KeptDraft> m_pending;
    QString m_lastError;
};

} // namespace hotline
