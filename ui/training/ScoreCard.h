// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "training/CallScore.h"

#include <QDialog>

class QLabel;
class QTableWidget;

namespace hotline {

struct Scenario;

// A played call's score, shown the moment its order is filed: the total out of 100, each part
// with what was expected, what the trainee gave and the points (green full, amber partial, red
// none), and the figures beside it — characters per minute against 80, seconds from hang-up
// to submit against 3–4, the article, keystrokes, silence. Esc closes, Enter plays the
// course's next scenario, R plays this one again.
class ScoreCard : public QDialog {
    Q_OBJECT
public:
    explicit ScoreCard(QWidget *parent = nullptr);

    void showScore(const Scenario &scenario, const CallScore &score, bool hasNext);
    const CallScore &score() const { return m_score; }
    QString totalText() const;
    QTableWidget *table() const { return m_table; }

Q_SIGNALS:
    void nextRequested();
    void replayRequested();

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    CallScore m_score;
    bool m_hasNext = false;
    QLabel *m_title;
    QLabel *m_total;
    QTableWidget *m_table;
    QLabel *m_figures;
    QLabel *m_keys;
};

} // namespace hotline
