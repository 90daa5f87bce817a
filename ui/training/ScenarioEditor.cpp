// SPDX-License-Identifier: GPL-3.0-or-later
#include "ScenarioEditor.h"

#include "training/SentenceCutter.h"
#include "workorder/WorkOrder.h"

#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QAbstractItemDelegate>
#include <QShortcut>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace hotline {

namespace {
enum Column { StartColumn, EndColumn, TextColumn };
} // namespace

ScenarioEditor::ScenarioEditor(QWidget *parent)
    : QWidget(parent), m_id(new QLineEdit(this)), m_title(new QLineEdit(this)), m_difficulty(new QSpinBox(this)),
      m_callerNumber(new QLineEdit(this)), m_callerName(new QLineEdit(this)), m_audio(new QLabel(this)), m_lines(new QTableWidget(0, 3, this)),
      m_appealType(new QComboBox(this)), m_level1(new QLineEdit(this)), m_level2(new QLineEdit(this)), m_level3(new QLineEdit(this)),
      m_districtCode(new QLineEdit(this)), m_districtName(new QLineEdit(this)), m_streetCode(new QLineEdit(this)),
      m_streetName(new QLineEdit(this)), m_communityCode(new QLineEdit(this)), m_communityName(new QLineEdit(this)),
      m_placeDetail(new QLineEdit(this)), m_unitCode(new QLineEdit(this)), m_unitName(new QLineEdit(this)), m_keyFacts(new QPlainTextEdit(this)),
      m_articleKey(new QLineEdit(this)), m_articleTitle(new QLineEdit(this)), m_message(new QLabel(this))
{
    m_difficulty->setRange(1, 3);
    for (AppealType type : allAppealTypes())
        m_appealType->addItem(displayName(type), QVariant::fromValue(int(type)));
    m_lines->setHorizontalHeaderLabels({tr("开始（毫秒）"), tr("结束（毫秒）"), tr("来电人说的话")});
    m_lines->horizontalHeader()->setSectionResizeMode(TextColumn, QHeaderView::Stretch);
    m_lines->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_lines->setSelectionMode(QAbstractItemView::SingleSelection);
    m_keyFacts->setPlaceholderText(tr("每行一条要点，如：3个月、幸福小区"));
    m_keyFacts->setTabChangesFocus(true);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *call = new QFormLayout;
    call->addRow(tr("编号"), m_id);
    call->addRow(tr("标题"), m_title);
    call->addRow(tr("难度"), m_difficulty);
    call->addRow(tr("来电号码"), m_callerNumber);
    call->addRow(tr("来电人"), m_callerName);
    call->addRow(tr("语音"), m_audio);

    auto *lineButtons = new QHBoxLayout;
    auto *addButton = new QPushButton(tr("加一句 (Ctrl+Shift+N)"), this);
    auto *removeButton = new QPushButton(tr("删去 (Del)"), this);
    auto *retimeButton = new QPushButton(tr("按语速重新计时 (Ctrl+R)"), this);
    auto *audioButton = new QPushButton(tr("生成语音 (Ctrl+G)"), this);
    for (QPushButton *button : {addButton, removeButton, retimeButton, audioButton})
        lineButtons->addWidget(button);
    lineButtons->addStretch();

    auto *outcome = new QFormLayout;
    outcome->addRow(tr("诉求类型"), m_appealType);
    auto *item = new QHBoxLayout;
    for (QLineEdit *edit : {m_level1, m_level2, m_level3})
        item->addWidget(edit);
    m_level1->setPlaceholderText(tr("一级"));
    m_level2->setPlaceholderText(tr("二级"));
    m_level3->setPlaceholderText(tr("三级"));
    outcome->addRow(tr("事项"), item);
    auto *place = new QGridLayout;
    place->addWidget(m_districtCode, 0, 0);
    place->addWidget(m_districtName, 0, 1);
    place->addWidget(m_streetCode, 1, 0);
    place->addWidget(m_streetName, 1, 1);
    place->addWidget(m_communityCode, 2, 0);
    place->addWidget(m_communityName, 2, 1);
    place->addWidget(m_placeDetail, 3, 0, 1, 2);
    m_districtCode->setPlaceholderText(tr("区代码"));
    m_districtName->setPlaceholderText(tr("区"));
    m_streetCode->setPlaceholderText(tr("街道代码"));
    m_streetName->setPlaceholderText(tr("街道"));
    m_communityCode->setPlaceholderText(tr("社区代码"));
    m_communityName->setPlaceholderText(tr("社区"));
    m_placeDetail->setPlaceholderText(tr("详细地点"));
    outcome->addRow(tr("地点"), place);
    auto *unit = new QHBoxLayout;
    unit->addWidget(m_unitCode);
    unit->addWidget(m_unitName, 1);
    m_unitCode->setPlaceholderText(tr("单位代码"));
    m_unitName->setPlaceholderText(tr("承办单位"));
    outcome->addRow(tr("承办单位"), unit);
    outcome->addRow(tr("要点"), m_keyFacts);
    auto *article = new QHBoxLayout;
    article->addWidget(m_articleKey);
    article->addWidget(m_articleTitle, 1);
    m_articleKey->setPlaceholderText(tr("知识条目编号"));
    m_articleTitle->setPlaceholderText(tr("知识条目标题"));
    outcome->addRow(tr("答复条目"), article);

    auto *saveButton = new QPushButton(tr("保存 (Ctrl+S)"), this);
    auto *publishButton = new QPushButton(tr("发布到中心 (Ctrl+P)"), this);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_message, 1);
    bottom->addWidget(saveButton);
    bottom->addWidget(publishButton);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(call);
    layout->addWidget(m_lines, 1);
    layout->addLayout(lineButtons);
    layout->addLayout(outcome);
    layout->addLayout(bottom);

    connect(addButton, &QPushButton::clicked, this, &ScenarioEditor::addLine);
    connect(removeButton, &QPushButton::clicked, this, &ScenarioEditor::deleteLine);
    connect(retimeButton, &QPushButton::clicked, this, &ScenarioEditor::retimeFromRate);
    connect(audioButton, &QPushButton::clicked, this, &ScenarioEditor::generateAudio);
    connect(saveButton, &QPushButton::clicked, this, &ScenarioEditor::save);
    connect(publishButton, &QPushButton::clicked, this, &ScenarioEditor::publish);

    // The editor's keys work anywhere in it; Del and Alt+arrows only on the transcript, where
    // they cannot take a character from a line being typed.
    const auto shortcut = [this](const QKeySequence &keys, QWidget *scope, auto slot) {
        auto *s = new QShortcut(keys, scope);
        s->setContext(Qt::WidgetWithChildrenShortcut);
        connect(s, &QShortcut::activated, this, slot);
    };
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_S), this, [this] { save(); });
    shortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N), this, [this] { addLine(); });
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_R), this, [this] { retimeFromRate(); });
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_G), this, [this] { generateAudio(); });
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_P), this, [this] { publish(); });
    auto *del = new QShortcut(QKeySequence(Qt::Key_Delete), m_lines);
    del->setContext(Qt::WidgetShortcut);
    connect(del, &QShortcut::activated, this, &ScenarioEditor::deleteLine);
    auto *up = new QShortcut(QKeySequence(Qt::ALT | Qt::Key_Up), m_lines);
    up->setContext(Qt::WidgetWithChildrenShortcut);
    connect(up, &QShortcut::activated, this, [this] { moveLine(-1); });
    auto *down = new QShortcut(QKeySequence(Qt::ALT | Qt::Key_Down), m_lines);
    down->setContext(Qt::WidgetWithChildrenShortcut);
    connect(down, &QShortcut::activated, this, [this] { moveLine(1); });

    Scenario blank;
    blank.id = QStringLiteral("new-scenario");
    blank.source = QStringLiteral("written");
    setScenario(blank);
}

void ScenarioEditor::setScenario(const Scenario &scenario)
{
    m_kept = scenario;
    m_id->setText(scenario.id);
    m_title->setText(scenario.title);
    m_difficulty->setValue(scenario.difficulty);
    m_callerNumber->setText(scenario.callerNumber);
    m_callerName->setText(scenario.callerName);
    m_audio->setText(scenario.audio.isEmpty() ? tr("（无，按文字播放）") : scenario.audio);
    setLines(scenario.transcript);
    m_appealType->setCurrentIndex(int(allAppealTypes().indexOf(scenario.expected.appealType)));
    m_level1->setText(scenario.expected.item.level1);
    m_level2->setText(scenario.expected.item.level2);
    m_level3->setText(scenario.expected.item.level3);
    const Address &place = scenario.expected.place;
    m_districtCode->setText(place.districtCode);
    m_districtName->setText(place.districtName);
    m_streetCode->setText(place.streetCode);
    m_streetName->setText(place.streetName);
    m_communityCode->setText(place.communityCode);
    m_communityName->setText(place.communityName);
    m_placeDetail->setText(place.detail);
    m_unitCode->setText(scenario.expected.unitCode);
    m_unitName->setText(scenario.expected.unitName);
    m_keyFacts->setPlainText(scenario.expected.keyFacts.join(u'\n'));
    m_articleKey->setText(scenario.expected.articleKey);
    m_articleTitle->setText(scenario.expected.articleTitle);
    m_message->clear();
}

void ScenarioEditor::setLines(const QList<TranscriptSentence> &sentences)
{
    m_lines->setRowCount(int(sentences.size()));
    for (int row = 0; row < sentences.size(); ++row)
        putLine(row, sentences.at(row));
}

void ScenarioEditor::putLine(int row, const TranscriptSentence &sentence)
{
    m_lines->setItem(row, StartColumn, new QTableWidgetItem(QString::number(sentence.startMs)));
    m_lines->setItem(row, EndColumn, new QTableWidgetItem(QString::number(sentence.endMs)));
    m_lines->setItem(row, TextColumn, new QTableWidgetItem(sentence.text));
}

std::optional<Scenario> ScenarioEditor::scenario(QString *problem) const
{
    Scenario s = m_kept;
    s.id = m_id->text().trimmed();
    s.title = m_title->text().trimmed();
    s.difficulty = m_difficulty->value();
    s.callerNumber = m_callerNumber->text().trimmed();
    s.callerName = m_callerName->text().trimmed();
    s.transcript.clear();
    for (int row = 0; row < m_lines->rowCount(); ++row) {
        const auto cell = [&](int column) { return m_lines->item(row, column) ? m_lines->item(row, column)->text().trimmed() : QString(); };
        bool startOk = false, endOk = false;
        const qint64 start = cell(StartColumn).toLongLong(&startOk);
        const qint64 end = cell(EndColumn).toLongLong(&endOk);
        if (!startOk || !endOk) {
            if (problem)
                *problem = tr("第 %1 句的开始或结束时间不是毫秒数").arg(row + 1);
            return std::nullopt;
        }
        s.transcript.append(TranscriptSentence{cell(TextColumn), start, end, true});
    }
    s.expected.appealType = allAppealTypes().value(std::max(0, m_appealType->currentIndex()));
    s.expected.item = {m_level1->text().trimmed(), m_level2->text().trimmed(), m_level3->text().trimmed()};
    s.expected.place.districtCode = m_districtCode->text().trimmed();
    s.expected.place.districtName = m_districtName->text().trimmed();
    s.expected.place.streetCode = m_streetCode->text().trimmed();
    s.expected.place.streetName = m_streetName->text().trimmed();
    s.expected.place.communityCode = m_communityCode->text().trimmed();
    s.expected.place.communityName = m_communityName->text().trimmed();
    s.expected.place.detail = m_placeDetail->text().trimmed();
    s.expected.unitCode = m_unitCode->text().trimmed();
    s.expected.unitName = m_unitName->text().trimmed();
    s.expected.keyFacts.clear();
    for (const QString &line : m_keyFacts->toPlainText().split(u'\n'))
        if (!line.trimmed().isEmpty())
            s.expected.keyFacts.append(line.trimmed());
    s.expected.articleKey = m_articleKey->text().trimmed();
    s.expected.articleTitle = m_articleTitle->text().trimmed();
    return s;
}

void ScenarioEditor::finishEditing()
{
    if (QWidget *open = m_lines->indexWidget(m_lines->currentIndex())) {
        Q_EMIT m_lines->itemDelegate()->commitData(open);
        Q_EMIT m_lines->itemDelegate()->closeEditor(open);
    }
}

std::optional<Scenario> ScenarioEditor::checked()
{
    finishEditing();
    QString problem;
    std::optional<Scenario> s = scenario(&problem);
    if (!s) {
        showProblem(problem);
        return std::nullopt;
    }
    if (Status valid = s->validate(); !valid) {
        showProblem(valid.error());
        return std::nullopt;
    }
    return s;
}

bool ScenarioEditor::save()
{
    const std::optional<Scenario> s = checked();
    if (!s)
        return false;
    if (m_filePath.isEmpty()) {
        showProblem(tr("还没有指定情景文件的位置"));
        return false;
    }
    QSaveFile file(m_filePath);
    const QByteArray json = QJsonDocument(s->toJson()).toJson(QJsonDocument::Indented);
    if (!file.open(QIODevice::WriteOnly) || file.write(json) != json.size() || !file.commit()) {
        showProblem(tr("无法保存到 %1：%2").arg(m_filePath, file.errorString()));
        return false;
    }
    m_kept = *s;
    showDone(tr("已保存到 %1").arg(m_filePath));
    Q_EMIT saved(m_filePath);
    return true;
}

bool ScenarioEditor::publish()
{
    const std::optional<Scenario> s = checked();
    if (!s)
        return false;
    showDone(tr("情景 %1 已交给中心发布").arg(s->id));
    Q_EMIT publishRequested(*s);
    return true;
}

void ScenarioEditor::addLine()
{
    finishEditing();
    const int current = m_lines->currentRow();
    const int row = current < 0 ? m_lines->rowCount() : current + 1;
    // The new line starts after the one before it, a pause later, and lasts a second.
    const qint64 previousEnd = row > 0 && m_lines->item(row - 1, EndColumn) ? m_lines->item(row - 1, EndColumn)->text().toLongLong() : -SentenceCutter::kPauseMs;
    const qint64 start = previousEnd + SentenceCutter::kPauseMs;
    m_lines->insertRow(row);
    putLine(row, TranscriptSentence{QString(), start, start + 1000, true});
    m_lines->setCurrentCell(row, TextColumn);
    m_lines->setFocus();
}

void ScenarioEditor::deleteLine()
{
    finishEditing();
    const int row = m_lines->currentRow();
    if (row < 0)
        return;
    m_lines->removeRow(row);
    if (m_lines->rowCount() > 0)
        m_lines->setCurrentCell(std::min(row, m_lines->rowCount() - 1), TextColumn);
}

void ScenarioEditor::moveLine(int delta)
{
    finishEditing();
    const int row = m_lines->currentRow();
    const int target = row + delta;
    if (row < 0 || target < 0 || target >= m_lines->rowCount())
        return;
    // The words move; the times stay with the row, so the order on the clock is kept.
    QTableWidgetItem *moving = m_lines->takeItem(row, TextColumn);
    QTableWidgetItem *other = m_lines->takeItem(target, TextColumn);
    m_lines->setItem(row, TextColumn, other);
    m_lines->setItem(target, TextColumn, moving);
    m_lines->setCurrentCell(target, TextColumn);
}

void ScenarioEditor::retimeFromRate()
{
    finishEditing();
    QStringList texts;
    for (int row = 0; row < m_lines->rowCount(); ++row)
        texts.append(m_lines->item(row, TextColumn) ? m_lines->item(row, TextColumn)->text() : QString());
    setLines(SentenceCutter::timedAtRate(texts));
    showDone(tr("已按每秒 %1 个字重新计时").arg(SentenceCutter::kCharsPerSecond));
}

bool ScenarioEditor::generateAudio()
{
    if (!m_audioMaker) {
        showProblem(tr("这台电脑没有语音合成，无法生成语音"));
        return false;
    }
    if (m_filePath.isEmpty()) {
        showProblem(tr("先指定情景文件的位置，语音存在它旁边"));
        return false;
    }
    finishEditing();
    QString problem;
    const std::optional<Scenario> s = scenario(&problem);
    if (!s) {
        showProblem(problem);
        return false;
    }
    QStringList texts;
    for (const TranscriptSentence &sentence : s->transcript)
        texts.append(sentence.text);
    const QString file = s->id + QStringLiteral(".wav");
    const Result<QList<TranscriptSentence>> voiced = m_audioMaker(texts, QFileInfo(m_filePath).dir().filePath(file));
    if (!voiced) {
        showProblem(voiced.error());
        return false;
    }
    setLines(voiced.value());
    m_kept.audio = file;
    m_audio->setText(file);
    showDone(tr("已生成语音 %1").arg(file));
    return true;
}

QString ScenarioEditor::message() const
{
    return m_message->text();
}

void ScenarioEditor::showProblem(const QString &problem)
{
    m_message->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_message->setText(problem);
}

void ScenarioEditor::showDone(const QString &done)
{
    m_message->setStyleSheet(QString());
    m_message->setText(done);
}

} // namespace hotline
