// SPDX-License-Identifier: GPL-3.0-or-later
#include "training/TrainingWindow.h"

#include "desk/FormProposals.h"
#include "desk/ReferenceIndexes.h"
#include "kb/KnowledgeBase.h"
#include "operator/DeskDocks.h"
#include "operator/DeskWindow.h"
#include "operator/KnowledgePanel.h"
#include "operator/TranscriptPanel.h"
#include "operator/WorkOrderForm.h"
#include "pinyin/PinyinTable.h"
#include "store/LocalStore.h"
#include "telephony/AgentSession.h"
#include "telephony/CallControl.h"
#include "telephony/SimulatedPhone.h"
#include "telephony/TimedTranscript.h"
#include "training/CallScoring.h"
#include "training/KeystrokeCounter.h"
#include "training/ScenarioCall.h"
#include "training/ScoreCard.h"
#include "training/TrainingAttempt.h"
#include "training/TrainingStore.h"
#include "workorder/WorkOrderRepository.h"

#include <QApplication>
#include <QAudioOutput>
#include <QFileInfo>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QMediaPlayer>
#include <QTreeWidget>
#include <QTreeWidgetItemIterator>
#include <QUrl>
#include <QVBoxLayout>

#include <algorithm>

namespace hotline {

namespace {
constexpr int scenarioRole = Qt::UserRole;
constexpr int courseRole = Qt::UserRole + 1;
} // namespace

TrainingWindow::TrainingWindow(TrainingStore &training, std::shared_ptr<const PinyinTable> pinyin, QWidget *parent)
    : QWidget(parent), m_training(training), m_pinyin(std::move(pinyin))
{
    setObjectName(QStringLiteral("trainingWindow"));
    setWindowTitle(tr("接线员培训 — Hotline Desk"));
    resize(900, 600);
    auto *layout = new QVBoxLayout(this);
    m_mode = new QLabel(this);
    m_mode->setObjectName(QStringLiteral("trainingMode"));
    layout->addWidget(m_mode);
    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("trainingList"));
    m_list->setColumnCount(4);
    m_list->setHeaderLabels({tr("课程 / 情景"), tr("难度"), tr("练习次数"), tr("最好成绩")});
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_list->setRootIsDecorated(true);
    // Enter reaches keyPressEvent (the list passes it on); a double click plays too.
    connect(m_list, &QTreeWidget::itemDoubleClicked, this, [this] { playSelected(); });
    layout->addWidget(m_list, 1);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("trainingMessage"));
    m_message->setWordWrap(true);
    layout->addWidget(m_message);
    m_legend = new QLabel(this);
    m_legend->setObjectName(QStringLiteral("trainingKeys"));
    m_legend->setWordWrap(true);
    m_legend->setStyleSheet(QStringLiteral("color: #555;"));
    m_legend->setText(tr("↑↓ 选择情景　回车：开始模拟来电　Ctrl+E：考试模式（不显示转写和提示）开 / 关　Ctrl+M：我的进度　Ctrl+Shift+I：登录中心　F5：与中心同步　Ctrl+Q：退出\n"
                         "坐席上：Ctrl+N 接听　Alt+字母 跳到字段　Ctrl+K 搜索知识库　F9 采用答案　F4 挂机　Ctrl+Enter 提交并评分　F1 全部快捷键"));
    layout->addWidget(m_legend);

    buildDesk();
    setExamMode(false);
    refresh();
}

TrainingWindow::~TrainingWindow()
{
    if (m_call)
        m_call->abandon();
}

void TrainingWindow::buildDesk()
{
    LocalStore &store = m_training.store();
    m_orders = std::make_unique<WorkOrderRepository>(store);
    m_indexes = std::make_unique<ReferenceIndexes>(store, m_pinyin);
    m_kb = std::make_unique<KnowledgeBase>(store, m_pinyin);
    m_agent = std::make_unique<AgentSession>();
    m_proposals = std::make_unique<FormProposals>(store, *m_indexes);
    m_phone = std::make_unique<SimulatedPhone>();
    // Before the desk takes the phone: the call's end is observed before the desk reacts to it.
    m_call = new ScenarioCall(*m_phone, this);
    m_desk = std::make_unique<DeskWindow>(store, *m_orders, *m_indexes, *m_kb, *m_agent);
    m_desk->setPhone(m_phone.get());
    m_desk->setTrainingMode(false);
    m_keys = new KeystrokeCounter(*m_desk, this);
    m_card = new ScoreCard(this);
    m_card->setWindowFlag(Qt::Window);

    connect(m_desk->calls(), &CallControl::answered, this, [this] { m_keys->reset(); });
    connect(m_desk->knowledgePanel(), &KnowledgePanel::articleOpened, this,
            [this](qint64 id) { m_call->articleOpened(articleKey(id)); });
    connect(m_desk.get(), &DeskWindow::callEnded, this, [this] {
        // What was typed into the description while the call ran (an order filed during the
        // call handed it in with the order).
        if (m_call->isPlaying() && !m_call->observation().wasFiled())
            m_call->setDescriptionCharacters(int(m_desk->form()->draft().description.size()));
    });
    connect(m_desk.get(), &DeskWindow::workOrderFiled, this, &TrainingWindow::onFiled);
    connect(m_call, &ScenarioCall::finished, this, &TrainingWindow::onFinished);
    connect(m_call, &ScenarioCall::callerHungUp, this, [this] {
        m_desk->notify(tr("来电人等待太久，已自行挂断：请尽快完成工单并提交（Ctrl+Enter）"));
    });
    m_player = new QMediaPlayer(this);
    m_audio = new QAudioOutput(this);
    m_player->setAudioOutput(m_audio);
    connect(m_call, &ScenarioCall::callerAudioStarts, this, [this](const QString &audio) {
        // No file or no sound card: the call goes on silently, the transcript carries it.
        if (audio.isEmpty() || !QFileInfo::exists(audio))
            return;
        m_player->setSource(QUrl::fromLocalFile(audio));
        m_player->play();
    });
    connect(m_call, &ScenarioCall::callerAudioStops, m_player, &QMediaPlayer::stop);
    connect(m_card, &ScoreCard::nextRequested, this, [this] {
        if (const QString next = nextInCourse(); !next.isEmpty())
            play(next, m_courseId);
    });
    connect(m_card, &ScoreCard::replayRequested, this, [this] { play(m_playing.id, m_courseId); });
}

void TrainingWindow::setExamMode(bool exam)
{
    m_exam = exam;
    m_mode->setText(exam ? tr("<b>考试模式</b>：来电时不显示通话转写和填单提示（Ctrl+E 切换）")
                         : tr("<b>练习模式</b>：来电时显示通话转写和填单提示（Ctrl+E 切换为考试）"));
    m_mode->setStyleSheet(exam ? QStringLiteral("background: #6A1B9A; color: white; padding: 6px;")
                               : QStringLiteral("background: #E65100; color: white; padding: 6px;"));
}

void TrainingWindow::refresh()
{
    const QString selected = m_list->currentItem() ? m_list->currentItem()->data(0, scenarioRole).toString() : QString();
    m_list->clear();
    const QList<Scenario> scenarios = m_training.scenarios();
    QStringList inCourses;
    const auto addScenario = [this, &scenarios](QTreeWidgetItem *parent, const QString &id, const QString &courseId) {
        const auto found = std::find_if(scenarios.cbegin(), scenarios.cend(), [&id](const Scenario &s) { return s.id == id; });
        auto *item = new QTreeWidgetItem(parent);
        item->setData(0, scenarioRole, id);
        item->setData(0, courseRole, courseId);
        if (found == scenarios.cend()) {
            item->setText(0, tr("%1（情景缺失）").arg(id));
            item->setDisabled(true);
            return;
        }
        const qsizetype played = m_training.attempts(id).size();
        const std::optional<double> best = m_training.bestScore(id);
        item->setText(0, found->title);
        item->setText(1, QString(found->difficulty, QChar(0x2605)));
        item->setText(2, played == 0 ? tr("未练习") : tr("%1 次").arg(played));
        item->setText(3, best ? QString::number(*best, 'f', 1) : QStringLiteral("—"));
    };
    for (const Course &course : m_training.courses()) {
        auto *courseItem = new QTreeWidgetItem(m_list);
        courseItem->setText(0, course.exam ? tr("%1（考试，%2 分及格）").arg(course.title).arg(course.passMark)
                                           : tr("%1（%2 分及格）").arg(course.title).arg(course.passMark));
        courseItem->setData(0, courseRole, course.id);
        for (const QString &id : course.scenarioIds) {
            addScenario(courseItem, id, course.id);
            inCourses.append(id);
        }
    }
    QTreeWidgetItem *others = nullptr;
    for (const Scenario &scenario : scenarios) {
        if (inCourses.contains(scenario.id))
            continue;
        if (!others) {
            others = new QTreeWidgetItem(m_list);
            others->setText(0, tr("其他情景"));
        }
        addScenario(others, scenario.id, QString());
    }
    m_list->expandAll();
    // The one selected before, else the first scenario.
    QTreeWidgetItem *current = nullptr;
    for (QTreeWidgetItemIterator it(m_list); *it; ++it) {
        const QString id = (*it)->data(0, scenarioRole).toString();
        if (id.isEmpty())
            continue;
        if (!current || id == selected)
            current = *it;
        if (id == selected)
            break;
    }
    if (current)
        m_list->setCurrentItem(current);
    if (scenarios.isEmpty())
        say(tr("培训库里还没有情景：请班长发布情景，或用 --training-scenarios 指定情景文件夹"));
}

void TrainingWindow::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_E && event->modifiers() == Qt::ControlModifier) {
        setExamMode(!m_exam);
        return;
    }
    if (event->key() == Qt::Key_Q && event->modifiers() == Qt::ControlModifier) {
        close();
        return;
    }
    if (event->key() == Qt::Key_I && event->modifiers() == (Qt::ControlModifier | Qt::ShiftModifier)) {
        openSignIn();
        return;
    }
    if (event->key() == Qt::Key_F5 && event->modifiers() == Qt::NoModifier) {
        syncWithCentre();
        return;
    }
    if (event->key() == Qt::Key_M && event->modifiers() == Qt::ControlModifier) {
        showMyProgress();
        return;
    }
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) && event->modifiers() == Qt::NoModifier) {
        playSelected();
        return;
    }
    QWidget::keyPressEvent(event);
}

void TrainingWindow::playSelected()
{
    QTreeWidgetItem *item = m_list->currentItem();
    if (!item || item->data(0, scenarioRole).toString().isEmpty()) {
        // A course: its first scenario.
        if (item && item->childCount() > 0)
            item = item->child(0);
        else
            return;
    }
    play(item->data(0, scenarioRole).toString(), item->data(0, courseRole).toString());
}

bool TrainingWindow::play(const QString &scenarioId, const QString &courseId)
{
    const std::optional<Scenario> scenario = m_training.scenario(scenarioId);
    if (!scenario) {
        say(tr("培训库里没有情景 %1").arg(scenarioId));
        return false;
    }
    bool examCourse = false;
    for (const Course &course : m_training.courses())
        if (course.id == courseId)
            examCourse = course.exam;
    const bool exam = m_exam || examCourse;
    if (m_call->isPlaying())
        m_call->abandon();
    m_playing = *scenario;
    m_courseId = courseId;
    m_desk->setTrainingMode(exam);
    if (!exam) {
        m_desk->setProposals(m_proposals.get());
        m_desk->setTranscriptSource(m_call->transcript());
        // Practice: the caller's words in front, to learn what to listen for.
        m_desk->docks()->show(m_desk->transcriptPanel());
    }
    seedHistory(*scenario);
    m_desk->show();
    m_desk->raise();
    m_desk->activateWindow();
    QApplication::setActiveWindow(m_desk.get());
    if (m_agent->state() != AgentSession::State::Ready)
        (void)m_agent->goReady();
    if (Status rang = m_call->start(*scenario, exam); !rang) {
        say(tr("模拟来电没能振铃：%1").arg(rang.error()));
        m_desk->notify(rang.error());
        return false;
    }
    say(tr("正在播放：%1").arg(scenario->title));
    return true;
}

void TrainingWindow::seedHistory(const Scenario &scenario)
{
    // The caller's earlier orders, as the caller-history panel shows a repeat caller's: put
    // in the training store once, dated as the scenario says.
    const QVector<WorkOrderSummary> known = m_orders->byPhone(scenario.callerNumber);
    for (const ScenarioPastOrder &past : scenario.history) {
        const bool there = std::any_of(known.cbegin(), known.cend(), [&past](const WorkOrderSummary &s) { return s.title == past.title; });
        if (there)
            continue;
        WorkOrderDraft draft;
        draft.phone = scenario.callerNumber;
        draft.callerName = scenario.callerName;
        draft.appealType = scenario.expected.appealType;
        draft.classification = scenario.expected.item;
        draft.address = scenario.expected.place;
        draft.title = past.title;
        draft.description = past.title;
        draft.simulation = true;
        (void)m_orders->create(draft, tr("培训"), QDateTime(past.filedOn, QTime(9, 0), Qt::UTC));
    }
}

QString TrainingWindow::articleKey(qint64 articleId) const
{
    if (articleId <= 0)
        return {};
    const std::optional<KbArticle> article = m_kb->articles().article(articleId);
    return article ? article->sourceKey : QString();
}

void TrainingWindow::onFiled(const QString &number)
{
    if (!m_call->isPlaying())
        return;
    const std::optional<WorkOrderState> order = m_orders->find(number);
    if (!order)
        return;
    m_call->setKeystrokes(m_keys->count());
    // Filed while the caller is still on: the description as filed is what was typed.
    if (!m_call->observation().hungUpAt.isValid())
        m_call->setDescriptionCharacters(int(order->draft.description.size()));
    m_call->orderFiled(order->draft, articleKey(order->draft.kbArticleId));
}

void TrainingWindow::onFinished(const CallObservation &observation)
{
    const CallScore score = scoreCall(m_playing, observation);
    // The attempt as the centre takes it, kept beside the observation for handing on.
    // Who played: the desk's operator, else the account; the centre takes the signed-in login.
    QString trainee = m_training.store().meta(QStringLiteral("operator"), qEnvironmentVariable("USER"));
    if (trainee.trimmed().isEmpty())
        trainee = QStringLiteral("trainee");
    const TrainingAttempt attempt = TrainingAttempt::fromCall(m_playing, observation, score, trainee, m_courseId);
    const Result<qint64> kept = m_training.saveAttempt(observation, score, m_courseId, attempt.toJson());
    if (!kept)
        say(tr("成绩没能保存：%1").arg(kept.error()));
    refresh();
    m_card->showScore(m_playing, score, !nextInCourse().isEmpty());
    m_card->show();
    m_card->raise();
    m_card->activateWindow();
    QApplication::setActiveWindow(m_card);
    m_card->setFocus(Qt::OtherFocusReason);
    Q_EMIT scored(observation, score, kept ? kept.value() : 0);
}

QString TrainingWindow::nextInCourse() const
{
    for (const Course &course : m_training.courses()) {
        if (course.id != m_courseId)
            continue;
        const qsizetype at = course.scenarioIds.indexOf(m_playing.id);
        if (at >= 0 && at + 1 < course.scenarioIds.size())
            return course.scenarioIds.at(at + 1);
    }
    return {};
}

void TrainingWindow::say(const QString &text)
{
    m_message->setText(text);
}

} // namespace hotline
