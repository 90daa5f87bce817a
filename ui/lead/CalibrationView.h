// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QWidget>

class QLabel;
class QTableWidget;

namespace hotline {

// Calibration (校准) of one recording as the centre computed it (GET /api/v1/quality/calibration,
// models/quality/Calibration): how far the other reviewers are from the reference reviewer,
// per question (mean point difference, share answering the same) and per reviewer (score, its
// difference from the reference's, share of questions answered the same). Read-only: the
// numbers are the centre's, so every desk shows the same spread.
class CalibrationView : public QWidget {
    Q_OBJECT
public:
    explicit CalibrationView(QWidget *parent = nullptr);

    void setSpread(const QJsonObject &spread);
    void showMessage(const QString &message);

    QTableWidget *questions() const { return m_questions; }
    QTableWidget *reviewers() const { return m_reviewers; }
    QLabel *summary() const { return m_summary; }

private:
    QLabel *m_summary;
    QTableWidget *m_questions;
    QTableWidget *m_reviewers;
};

} // namespace hotline
