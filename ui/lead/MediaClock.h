// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "lead/PlaybackClock.h"

class QAudioOutput;
class QMediaPlayer;

namespace hotline {

// The player's clock on Qt Multimedia: a QMediaPlayer with an audio output, both channels as
// recorded (the citizen left, the operator right).
class MediaClock : public PlaybackClock {
    Q_OBJECT
public:
    explicit MediaClock(QObject *parent = nullptr);

    void load(const QString &file) override;
    qint64 position() const override;
    void setPosition(qint64 ms) override;
    void play() override;
    void pause() override;
    bool isPlaying() const override;
    void setRate(double rate) override;
    double rate() const override;

private:
    QMediaPlayer *m_player;
    QAudioOutput *m_output;
};

} // namespace hotline
