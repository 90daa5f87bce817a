// SPDX-License-Identifier: GPL-3.0-or-later
#include "lead/ReviewPlayer.h"

#include "itemmodels/ReviewQueueModel.h"
#include "lead/MediaClock.h"
#include "lead/WaveformView.h"
#include "recordings/ReviewService.h"
#include "workorder/WorkOrder.h"
#include "workorder/WorkOrderEvent.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPointer>
#include <QShortcut>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <type_traits>

namespace hotline {

namespace {

constexpr int offsetRole = Qt::UserRole + 1;
constexpr double minRate = 0.5;
constexpr double maxRate = 2.0;

// 83400 ms → "1:23.4": a comment's moment to a tenth of a second.
QString moment(qint64 ms)
{
    return ReviewQueueModel::clock(ms) + QStringLiteral(".%1").arg(std::max<qint64>(0, ms) % 1000 / 100);
}

QString localTime(const QString &iso)
{
    return QDateTime::fromString(iso, Qt::ISODateWithMs).toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

} // namespace

ReviewPlayer::ReviewPlayer(ReviewService &service, PlaybackClock *clock, QWidget *parent)
    : QWidget(parent), m_service(service), m_clock(clock ? clock : new MediaClock(this)), m_title(new QLabel(this)), m_status(new QLabel(this)),
      m_problemLabel(new QLabel(this)), m_waveform(new WaveformView(this)), m_promptRow(new QWidget(this)), m_promptLabel(new QLabel(m_promptRow)),
      m_prompt(new QLineEdit(m_promptRow)), m_comments(new QListWidget(this)), m_orders(new QTreeWidget(this)),
      m_splitter(new QSplitter(Qt::Horizontal, this)), m_scoringPane(new QWidget(this)), m_scoringLayout(new QVBoxLayout(m_scoringPane))
{
    setObjectName(QStringLiteral("reviewPlayer"));
    if (!m_clock->parent())
        m_clock->setParent(this);
    m_title->setObjectName(QStringLiteral("reviewTitle"));
    m_title->setWordWrap(true);
    m_status->setObjectName(QStringLiteral("reviewStatus"));
    m_problemLabel->setObjectName(QStringLiteral("reviewProblem"));
    m_problemLabel->setWordWrap(true);
    m_problemLabel->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_problemLabel->hide();
    m_prompt->setObjectName(QStringLiteral("commentPrompt"));
    m_prompt->setPlaceholderText(tr("写下批注，回车保存，Esc 取消"));
    auto *promptLayout = new QHBoxLayout(m_promptRow);
    promptLayout->setContentsMargins(0, 0, 0, 0);
    promptLayout->addWidget(m_promptLabel);
    promptLayout->addWidget(m_prompt, 1);
    m_promptRow->hide();
    m_comments->setObjectName(QStringLiteral("reviewComments"));
    m_comments->setAccessibleName(tr("批注"));
    m_orders->setObjectName(QStringLiteral("reviewOrders"));
    m_orders->setHeaderLabels({tr("工单与经过"), tr("时间"), tr("经办")});
    // The order's title and events take what the time and the actor leave; wide enough for
    // the three columns beside the waveform.
    m_orders->header()->setStretchLastSection(false);
    m_orders->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_orders->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_orders->setMinimumWidth(440);
    m_scoringPane->setObjectName(QStringLiteral("scoringPane"));
    m_scoringLayout->setContentsMargins(0, 0, 0, 0);
    m_scoringPane->hide();

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_waveform, 3);
    leftLayout->addWidget(m_status);
    // The keys, where the reviewer looks while listening (the desk's F1 does not reach here).
    auto *keys = new QLabel(tr("空格 播放/暂停 · J/K/L 后退/暂停/快进 · ←/→ 5 秒 · Shift+←/→ 30 秒 · Home/End · [ ] 速度 · "
                               "+/− 缩放 · S 跳过静音 · C 批注 · Q 评分 · Esc 返回列表"),
                            left);
    keys->setObjectName(QStringLiteral("reviewKeys"));
    keys->setWordWrap(true);
    keys->setStyleSheet(QStringLiteral("color: #555;"));
    leftLayout->addWidget(keys);
    leftLayout->addWidget(m_promptRow);
    leftLayout->addWidget(new QLabel(tr("批注（回车跳到该处）"), left));
    leftLayout->addWidget(m_comments, 1);
    m_splitter->addWidget(left);
    m_splitter->addWidget(m_orders);
    m_splitter->addWidget(m_scoringPane);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setStretchFactor(2, 2);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_problemLabel);
    layout->addWidget(m_splitter, 1);

    connect(m_clock, &PlaybackClock::positionChanged, this, &ReviewPlayer::onPosition);
    connect(m_clock, &PlaybackClock::playingChanged, this, &ReviewPlayer::updateStatus);
    connect(m_clock, &PlaybackClock::failed, this, [this](const QString &error) { m_status->setText(error); });
    connect(m_waveform, &WaveformView::seekRequested, this, &ReviewPlayer::seek);
    connect(m_comments, &QListWidget::activated, this, [this](const QModelIndex &index) { seek(index.data(offsetRole).toLongLong()); });
    connect(m_prompt, &QLineEdit::returnPressed, this, &ReviewPlayer::sendComment);
    addKeys();
    setFocusPolicy(Qt::StrongFocus);
}

void ReviewPlayer::addKeys()
{
    // Any key but J ends a run of J presses.
    const auto key = [this](QKeySequence sequence, auto slot) {
        auto *shortcut = new QShortcut(sequence, this);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, this, [this, sequence, slot] {
            if (sequence != QKeySequence(Qt::Key_J))
                m_backPresses = 0;
            if constexpr (std::is_member_function_pointer_v<decltype(slot)>)
                (this->*slot)();
            else
                slot();
        });
    };
    key(Qt::Key_Space, &ReviewPlayer::togglePlay);
    key(Qt::Key_K, [this] { m_clock->pause(); });
    key(Qt::Key_L, &ReviewPlayer::forward);
    key(Qt::Key_J, &ReviewPlayer::back);
    key(Qt::Key_Left, [this] { seekBy(-5000); });
    key(Qt::Key_Right, [this] { seekBy(5000); });
    key(Qt::SHIFT | Qt::Key_Left, [this] { seekBy(-30000); });
    key(Qt::SHIFT | Qt::Key_Right, [this] { seekBy(30000); });
    key(Qt::Key_Home, [this] { seek(0); });
    key(Qt::Key_End, [this] {
        m_clock->pause();
        seek(duration());
    });
    key(Qt::Key_BracketLeft, [this] { setRate(m_clock->rate() - 0.25); });
    key(Qt::Key_BracketRight, [this] { setRate(m_clock->rate() + 0.25); });
    key(Qt::Key_Plus, [this] { m_waveform->zoomIn(); });
    key(Qt::Key_Equal, [this] { m_waveform->zoomIn(); });
    key(Qt::Key_Minus, [this] { m_waveform->zoomOut(); });
    key(Qt::Key_S, &ReviewPlayer::toggleSkipSilence);
    key(Qt::Key_C, &ReviewPlayer::startComment);
    key(Qt::Key_Q, [this] {
        if (m_loaded && m_problem.isEmpty() && !recordingId().isEmpty()) {
            m_clock->pause();
            Q_EMIT scoreRequested(recordingId());
        }
    });
    key(Qt::Key_Escape, [this] {
        if (m_promptRow->isVisible())
            return cancelComment();
        m_clock->pause();
        Q_EMIT closed();
    });
}

void ReviewPlayer::open(const QJsonObject &recording)
{
    ++m_generation;
    m_recording = recording;
    m_loaded = false;
    m_problem.clear();
    m_problemLabel->hide();
    m_peaks = WaveformPeaks();
    m_silences.clear();
    m_waveform->setPeaks(m_peaks, {});
    m_comments->clear();
    m_orders->clear();
    m_commentRows = {};
    cancelComment();
    m_clock->pause();
    m_clock->setRate(1.0);
    m_backPresses = 0;
    const QString id = recordingId();
    m_title->setText(tr("%1 的来电录音 · %2 · 时长 %3 · 来电号码 %4")
                         .arg(recording.value(QLatin1String("operator")).toString(), localTime(recording.value(QLatin1String("startedAt")).toString()),
                              ReviewQueueModel::clock(recording.value(QLatin1String("durationMs")).toInteger()),
                              recording.value(QLatin1String("callerNumber")).toString()));
    m_status->setText(tr("正在取录音……"));
    const int generation = m_generation;
    QPointer<ReviewPlayer> self(this);
    m_service.review(id, [self, generation](const QJsonObject &review, const QString &error) {
        if (!self || generation != self->m_generation)
            return;
        if (!error.isEmpty())
            return self->m_status->setText(tr("工单和批注取不到：%1").arg(error));
        self->showReview(review);
    });
    // The centre already found the file does not decode: nothing to fetch.
    if (const QString problem = recording.value(QLatin1String("problem")).toString(); !problem.isEmpty())
        return showProblem(problem);
    m_service.audio(id, recording.value(QLatin1String("bytes")).toInteger(), recording.value(QLatin1String("durationMs")).toInteger(),
                    [self, generation](const QString &file, const WaveformPeaks &peaks, const QString &error) {
                        if (!self || generation != self->m_generation)
                            return;
                        if (!error.isEmpty())
                            return self->showProblem(error);
                        self->m_peaks = peaks;
                        self->m_silences = peaks.silences(skippedSilenceMs);
                        self->m_waveform->setPeaks(peaks, self->m_silences);
                        self->showComments(self->m_commentRows);
                        self->m_clock->load(file);
                        self->m_loaded = true;
                        self->updateStatus();
                        Q_EMIT self->loaded();
                    });
}

void ReviewPlayer::showProblem(const QString &problem)
{
    m_problem = problem;
    m_problemLabel->setText(tr("这段录音无法播放：%1").arg(problem));
    m_problemLabel->show();
    m_status->setText(tr("Esc 回到列表，可以继续审听其他录音"));
    Q_EMIT loaded();
}

void ReviewPlayer::showReview(const QJsonObject &review)
{
    m_commentRows = review.value(QLatin1String("comments")).toArray();
    showComments(m_commentRows);
    m_orders->clear();
    for (const QJsonValue &value : review.value(QLatin1String("orders")).toArray()) {
        const QJsonObject order = value.toObject();
        const auto status = orderStatusFromCode(order.value(QLatin1String("status")).toString());
        auto *item = new QTreeWidgetItem(m_orders, {tr("%1 %2（%3）")
                                                        .arg(order.value(QLatin1String("number")).toString(), order.value(QLatin1String("title")).toString(),
                                                             status ? displayName(*status) : order.value(QLatin1String("status")).toString())});
        for (const QJsonValue &eventValue : order.value(QLatin1String("events")).toArray()) {
            const QJsonObject event = eventValue.toObject();
            const auto type = eventTypeFromCode(event.value(QLatin1String("type")).toString());
            new QTreeWidgetItem(item, {type ? displayName(*type) : event.value(QLatin1String("type")).toString(),
                                       localTime(event.value(QLatin1String("at")).toString()), event.value(QLatin1String("actor")).toString()});
        }
        // The order's line has no time or actor of its own: it takes the whole width.
        item->setFirstColumnSpanned(true);
        item->setExpanded(true);
    }
}

void ReviewPlayer::showComments(const QJsonArray &comments)
{
    m_comments->clear();
    QVector<qint64> marks;
    for (const QJsonValue &value : comments) {
        const QJsonObject comment = value.toObject();
        const qint64 offset = comment.value(QLatin1String("offsetMs")).toInteger();
        auto *item = new QListWidgetItem(tr("%1  %2 —— %3")
                                             .arg(moment(offset), comment.value(QLatin1String("text")).toString(),
                                                  comment.value(QLatin1String("author")).toString()),
                                         m_comments);
        item->setData(offsetRole, offset);
        marks.append(offset);
    }
    m_waveform->setMarks(marks);
}

qint64 ReviewPlayer::duration() const
{
    return m_peaks.blocks() > 0 ? m_peaks.durationMs() : m_recording.value(QLatin1String("durationMs")).toInteger();
}

void ReviewPlayer::seek(qint64 ms)
{
    if (!m_loaded)
        return;
    m_clock->setPosition(std::clamp<qint64>(ms, 0, duration()));
    m_waveform->setPlayhead(m_clock->position());
    updateStatus();
}

void ReviewPlayer::seekBy(qint64 deltaMs)
{
    seek(m_clock->position() + deltaMs);
}

void ReviewPlayer::setRate(double rate)
{
    m_clock->setRate(std::clamp(std::round(rate * 4) / 4, minRate, maxRate));
    updateStatus();
}

void ReviewPlayer::togglePlay()
{
    if (!m_loaded)
        return;
    if (m_clock->isPlaying())
        m_clock->pause();
    else
        m_clock->play();
    updateStatus();
}

void ReviewPlayer::forward()
{
    if (!m_loaded)
        return;
    m_backPresses = 0;
    // As in video editors: L plays; L again while playing goes faster.
    if (!m_clock->isPlaying()) {
        setRate(1.0);
        m_clock->play();
    } else {
        setRate(m_clock->rate() < 1.5 ? 1.5 : maxRate);
    }
    updateStatus();
}

void ReviewPlayer::back()
{
    // Qt Multimedia does not play backwards: J steps back instead, further each time it is
    // pressed again (5, 10, 20 s), and keeps playing or paused as it was.
    const qint64 step = 5000LL << std::min(m_backPresses, 2);
    ++m_backPresses;
    seekBy(-step);
}

void ReviewPlayer::toggleSkipSilence()
{
    m_skipSilence = !m_skipSilence;
    onPosition(m_clock->position());
    updateStatus();
}

void ReviewPlayer::onPosition(qint64 ms)
{
    m_waveform->setPlayhead(ms);
    if (m_skipSilence && m_clock->isPlaying())
        for (const SilenceSpan &span : m_silences)
            if (ms >= span.startMs && ms < span.endMs - skipLandingMs) {
                m_clock->setPosition(span.endMs - skipLandingMs);
                m_waveform->setPlayhead(m_clock->position());
                break;
            }
    updateStatus();
}

void ReviewPlayer::startComment()
{
    if (!m_loaded)
        return;
    // The moment is when C was pressed; playback waits while the comment is written.
    m_commentAt = m_clock->position();
    m_resumeAfterComment = m_clock->isPlaying();
    m_clock->pause();
    m_promptLabel->setText(tr("在 %1 处批注：").arg(moment(m_commentAt)));
    m_promptRow->show();
    m_prompt->clear();
    m_prompt->setFocus(Qt::ShortcutFocusReason);
}

void ReviewPlayer::cancelComment()
{
    m_promptRow->hide();
    m_prompt->clear();
    if (m_resumeAfterComment)
        m_clock->play();
    m_resumeAfterComment = false;
    setFocus(Qt::OtherFocusReason);
}

void ReviewPlayer::sendComment()
{
    const QString text = m_prompt->text().trimmed();
    if (text.isEmpty())
        return cancelComment();
    const qint64 offset = m_commentAt;
    const int generation = m_generation;
    QPointer<ReviewPlayer> self(this);
    m_prompt->setEnabled(false);
    m_service.addComment(recordingId(), offset, text, [self, generation, offset](const QJsonObject &comment, const QString &error) {
        if (!self || generation != self->m_generation)
            return;
        self->m_prompt->setEnabled(true);
        if (!error.isEmpty()) {
            // The text stays in the prompt: nothing typed is lost.
            self->m_status->setText(tr("批注没有保存：%1").arg(error));
            return self->m_prompt->setFocus();
        }
        // Kept in order of the moment, as the centre lists them.
        qsizetype at = 0;
        while (at < self->m_commentRows.size() && self->m_commentRows.at(at).toObject().value(QLatin1String("offsetMs")).toInteger() <= offset)
            ++at;
        self->m_commentRows.insert(at, comment);
        self->showComments(self->m_commentRows);
        self->m_comments->setCurrentRow(int(at));
        self->cancelComment();
        Q_EMIT self->commentAdded(offset);
    });
}

void ReviewPlayer::setScoringWidget(QWidget *widget)
{
    while (QLayoutItem *item = m_scoringLayout->takeAt(0)) {
        if (item->widget())
            item->widget()->deleteLater();
        delete item;
    }
    if (widget)
        m_scoringLayout->addWidget(widget);
    m_scoringPane->setVisible(widget != nullptr);
}

void ReviewPlayer::updateStatus()
{
    if (!m_loaded)
        return;
    QString text = tr("%1 / %2 · %3 倍速").arg(moment(m_clock->position()), ReviewQueueModel::clock(duration())).arg(m_clock->rate(), 0, 'g', 3);
    text += m_clock->isPlaying() ? tr(" · 播放中") : tr(" · 已暂停");
    if (m_skipSilence)
        text += tr(" · 跳过静音");
    m_status->setText(text);
}

} // namespace hotline
