// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

namespace hotline {

// Where the review player is in a recording and whether it moves: the one thing the player's
// keys and waveform talk to. MediaClock plays the file through Qt Multimedia; a test gives a
// clock it moves by hand (a machine with no sound device — the offscreen tests — cannot play,
// and a test must not wait for real time to pass).
class PlaybackClock : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;

    virtual void load(const QString &file) = 0;
    virtual qint64 position() const = 0;
    virtual void setPosition(qint64 ms) = 0;
    virtual void play() = 0;
    virtual void pause() = 0;
    virtual bool isPlaying() const = 0;
    // 0.5 to 2: slower or faster, at the same pitch.
    virtual void setRate(double rate) = 0;
    virtual double rate() const = 0;

Q_SIGNALS:
    void positionChanged(qint64 ms);
    void playingChanged(bool playing);
    // The file cannot be played (no decoder, no sound device): said once, for a person.
    void failed(const QString &error);
};

} // namespace hotline
