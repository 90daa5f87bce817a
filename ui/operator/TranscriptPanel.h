// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QListView;

namespace hotline {

class TranscriptModel;
class TranscriptSource;

// Beside the form: the call's live transcript, a sentence a row with its time into the call,
// the line being recognised below it in grey. It follows the newest sentence unless the
// operator has moved up to an earlier one. Up/Down choose a sentence; Enter (or the copy key,
// F12) hands it to the form as sentenceChosen(). Without a source it says that no recogniser
// is connected; a recogniser in trouble is one line above the list, and the rest goes on.
class TranscriptPanel : public QWidget {
    Q_OBJECT
public:
    explicit TranscriptPanel(QWidget *parent = nullptr);

    // The transcript to show (nullptr: no speech recogniser configured).
    void setSource(TranscriptSource *source);
    TranscriptModel &model() const { return *m_model; }
    QListView *list() const { return m_list; }

    // Hands the chosen sentence (the newest, if none is chosen) to sentenceChosen(); the
    // desk's copy key calls this from anywhere in the window.
    void chooseCurrent();

Q_SIGNALS:
    void sentenceChosen(const QString &text);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateStatus();
    void follow();

    TranscriptModel *m_model;
    QLabel *m_status;
    QLabel *m_trouble;
    QListView *m_list;
    QLabel *m_partial;
    QLabel *m_hint;
    bool m_hasSource = false;
    // The selection stays on the newest sentence until the operator moves up.
    bool m_following = true;
};

} // namespace hotline
