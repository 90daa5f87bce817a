// SPDX-License-Identifier: GPL-3.0-or-later
#include "lead/MediaClock.h"

#include <QAudioOutput>
#include <QMediaPlayer>
#include <QUrl>

namespace hotline {

MediaClock::MediaClock(QObject *parent) : PlaybackClock(parent), m_player(new QMediaPlayer(this)), m_output(new QAudioOutput(this))
{
    m_player->setAudioOutput(m_output);
    connect(m_player, &QMediaPlayer::positionChanged, this, &PlaybackClock::positionChanged);
    connect(m_player, &QMediaPlayer::playbackStateChanged, this,
            [this](QMediaPlayer::PlaybackState state) { Q_EMIT playingChanged(state == QMediaPlayer::PlayingState); });
    connect(m_player, &QMediaPlayer::errorOccurred, this, [this](QMediaPlayer::Error, const QString &text) {
        Q_EMIT failed(tr("无法播放这段录音：%1").arg(text));
    });
}

void MediaClock::load(const QString &file)
{
    m_player->setSource(QUrl::fromLocalFile(file));
}

qint64 MediaClock::position() const
{
    return m_player->position();
}

void MediaClock::setPosition(qint64 ms)
{
    m_player->setPosition(ms);
}

void MediaClock::play()
{
    m_player->play();
}

void MediaClock::pause()
{
    m_player->pause();
}

bool MediaClock::isPlaying() const
{
    return m_player->playbackState() == QMediaPlayer::PlayingState;
}

void MediaClock::setRate(double rate)
{
    m_player->setPlaybackRate(rate);
}

double MediaClock::rate() const
{
    return m_player->playbackRate();
}

} // namespace hotline
