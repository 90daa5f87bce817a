// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "telephony/Phone.h"
#include "workorder/WorkOrderRepository.h"

#include <QFrame>

#include <optional>

class QLabel;
class QTimer;

namespace hotline {

// The strip over the form that tells the operator about the call: while it rings, who calls
// (number, name, how often before, open orders, repeat and progress-inquiry flags) before it
// is answered — the screen pop —; during it, the number, the time, hold, mute and a
// consultation, with the keys; a call missed or turned away, for a few seconds.
class CallBar : public QFrame {
    Q_OBJECT
public:
    explicit CallBar(QWidget *parent = nullptr);

    void showRinging(const PhoneCall &call);
    // The caller's history as the desk found it (this desk's or the centre's).
    void showCaller(const QString &phone, const QVector<WorkOrderSummary> &orders, const QString &scopeNote);
    void showInCall(const PhoneCall &call, const std::optional<PhoneCall> &consultation, qint64 talkSeconds);
    void showMissed(const PhoneCall &call, const QString &reason);
    void showIdle();

    bool isRinging() const { return m_ringing; }
    QString ringingNumber() const { return m_ringingNumber; }
    // What the strip says, as plain text (for tests and the accessibility name).
    QString text() const;

Q_SIGNALS:
    // The caller's history is on the screen pop (what the operator reads before answering).
    void callerShown(const QString &phone);

private:
    void setTone(const char *background, const char *border);

    QLabel *m_headline;
    QLabel *m_details;
    QLabel *m_keys;
    QTimer *m_fade;
    bool m_ringing = false;
    QString m_ringingNumber;
};

} // namespace hotline
