// SPDX-License-Identifier: GPL-3.0-or-later
#include "lead/ScoringWidget.h"

#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QShortcut>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace hotline {

namespace {
constexpr int questionRole = Qt::UserRole + 1;
enum Column { TextColumn, WeightColumn, AnswerColumn, CommentColumn };

QString points(double value)
{
    return QString::number(value, 'f', value == std::floor(value) ? 0 : 1);
}
} // namespace

ScoringWidget::ScoringWidget(QWidget *parent)
    : QWidget(parent), m_title(new QLabel(this)), m_questions(new QTableWidget(this)), m_choices(new QLabel(this)),
      m_comment(new QLineEdit(this)), m_score(new QLabel(this)), m_problem(new QLabel(this))
{
    m_title->setObjectName(QStringLiteral("scoringTitle"));
    m_questions->setObjectName(QStringLiteral("scoringQuestions"));
    // A flat table with a spanning heading row per group: the groups are read, not folded.
    m_questions->setColumnCount(4);
    m_questions->setHorizontalHeaderLabels({tr("题目"), tr("分值"), tr("答案"), tr("评语")});
    m_questions->verticalHeader()->hide();
    m_questions->verticalHeader()->setDefaultSectionSize(m_questions->fontMetrics().height() + 8);
    m_questions->setSelectionMode(QAbstractItemView::SingleSelection);
    m_questions->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_questions->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_questions->horizontalHeader()->setSectionResizeMode(TextColumn, QHeaderView::Stretch);
    m_questions->horizontalHeader()->setSectionResizeMode(CommentColumn, QHeaderView::Stretch);
    m_questions->installEventFilter(this);
    m_choices->setObjectName(QStringLiteral("scoringChoices"));
    m_choices->setWordWrap(true);
    m_comment->setObjectName(QStringLiteral("scoringComment"));
    m_comment->installEventFilter(this);
    m_score->setObjectName(QStringLiteral("scoringScore"));
    QFont big = m_score->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    m_score->setFont(big);
    m_problem->setObjectName(QStringLiteral("scoringProblem"));
    m_problem->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_questions, 1);
    layout->addWidget(m_choices);
    layout->addWidget(m_comment);
    layout->addWidget(m_score);
    layout->addWidget(m_problem);
    setFocusProxy(m_questions);

    connect(m_comment, &QLineEdit::textEdited, this, &ScoringWidget::commentEdited);
    for (const QKeySequence &keys : {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)}) {
        auto *shortcut = new QShortcut(keys, this);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, this, [this] { submit(); });
    }
    m_comment->setEnabled(false);
    m_score->setText(tr("没有评分表"));
}

void ScoringWidget::setForm(const ScoringForm &form, const QString &recordingId)
{
    m_form = form;
    m_recordingId = recordingId;
    m_chosen.clear();
    m_comments.clear();
    m_rows.clear();
    m_row = -1;
    m_order = m_form->questions();
    m_questions->clearSpans();
    m_questions->setRowCount(0);
    m_title->setText(tr("%1（第 %2 版）· 录音 %3").arg(m_form->name()).arg(m_form->version()).arg(recordingId));
    int rows = 0;
    for (const ScoringGroup &group : m_form->groups())
        rows += 1 + int(group.questions.size());
    m_questions->setRowCount(rows);
    int row = 0;
    for (const ScoringGroup &group : m_form->groups()) {
        auto *heading = new QTableWidgetItem(group.name);
        QFont bold = heading->font();
        bold.setBold(true);
        heading->setFont(bold);
        // A heading: moving between questions passes it by.
        heading->setFlags(Qt::ItemIsEnabled);
        m_questions->setItem(row, TextColumn, heading);
        m_questions->setSpan(row, 0, 1, 4);
        ++row;
        for (const ScoringQuestion &question : group.questions) {
            QString text = question.text;
            if (question.isFatal())
                text += tr("（致命项）");
            auto *textItem = new QTableWidgetItem(text);
            textItem->setData(questionRole, question.id);
            m_questions->setItem(row, TextColumn, textItem);
            auto *weight = new QTableWidgetItem(points(question.weight));
            weight->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_questions->setItem(row, WeightColumn, weight);
            m_questions->setItem(row, AnswerColumn, new QTableWidgetItem);
            m_questions->setItem(row, CommentColumn, new QTableWidgetItem);
            m_rows.append(row);
            ++row;
        }
    }
    m_questions->resizeColumnToContents(WeightColumn);
    for (int i = 0; i < m_rows.size(); ++i)
        refreshRow(i);
    m_problem->clear();
    m_comment->setEnabled(true);
    select(0);
    refreshScore();
}

void ScoringWidget::setAnswers(const GivenAnswers &answers)
{
    for (auto it = answers.cbegin(); it != answers.cend(); ++it) {
        m_chosen.insert(it.key(), it->answer);
        if (!it->comment.isEmpty())
            m_comments.insert(it.key(), it->comment);
    }
    for (int row = 0; row < m_rows.size(); ++row)
        refreshRow(row);
    select(std::max(m_row, 0));
    refreshScore();
}

GivenAnswers ScoringWidget::answers() const
{
    GivenAnswers all;
    for (auto it = m_chosen.cbegin(); it != m_chosen.cend(); ++it)
        all.insert(it.key(), GivenAnswer{it.value(), m_comments.value(it.key())});
    return all;
}

Score ScoringWidget::score() const
{
    return m_form ? Scoring::score(*m_form, answers()) : Score{};
}

QString ScoringWidget::currentQuestion() const
{
    return m_row >= 0 && m_row < m_order.size() ? m_order.at(m_row)->id : QString();
}

bool ScoringWidget::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::KeyPress || !m_form)
        return QWidget::eventFilter(watched, event);
    auto *key = static_cast<QKeyEvent *>(event);
    const bool plain = !(key->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier));
    if (watched == m_comment) {
        // Enter keeps the comment and goes on; Escape goes back to the question.
        if (plain && (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter)) {
            m_questions->setFocus(Qt::OtherFocusReason);
            moveBy(1);
            return true;
        }
        if (key->key() == Qt::Key_Escape) {
            m_questions->setFocus(Qt::OtherFocusReason);
            return true;
        }
        return QWidget::eventFilter(watched, event);
    }
    if (watched != m_questions || !plain)
        return QWidget::eventFilter(watched, event);
    switch (key->key()) {
    case Qt::Key_Down: moveBy(1); return true;
    case Qt::Key_Up: moveBy(-1); return true;
    case Qt::Key_Tab: moveBy(1); return true;
    case Qt::Key_Backtab: moveBy(-1); return true;
    case Qt::Key_Home: select(0); return true;
    case Qt::Key_End: select(int(m_rows.size()) - 1); return true;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        m_comment->setFocus(Qt::OtherFocusReason);
        return true;
    default: break;
    }
    if (key->key() >= Qt::Key_0 && key->key() <= Qt::Key_9) {
        const int digit = key->key() - Qt::Key_0;
        answer(digit - 1);
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void ScoringWidget::answer(int index)
{
    if (m_row < 0)
        return;
    const ScoringQuestion &question = *m_order.at(m_row);
    if (index < 0 && !question.allowNa) {
        m_problem->setText(tr("“%1”不能选“不适用”").arg(question.text));
        return;
    }
    if (index >= question.answers.size()) {
        m_problem->setText(tr("“%1”只有 %2 个答案").arg(question.text).arg(question.answers.size()));
        return;
    }
    const std::optional<int> chosen = index < 0 ? std::nullopt : std::optional<int>(index);
    m_chosen.insert(question.id, chosen);
    m_problem->clear();
    refreshRow(m_row);
    refreshScore();
    // A comment the form asks for is written now; otherwise on to the next question.
    if (question.needsComment(chosen) && m_comments.value(question.id).trimmed().isEmpty()) {
        showChoices();
        m_comment->setFocus(Qt::OtherFocusReason);
    } else {
        moveBy(1);
    }
}

void ScoringWidget::moveBy(int step)
{
    if (m_rows.isEmpty())
        return;
    select(std::clamp(m_row + step, 0, int(m_rows.size()) - 1));
}

void ScoringWidget::select(int row)
{
    if (row < 0 || row >= m_rows.size())
        return;
    m_row = row;
    m_questions->setCurrentCell(m_rows.at(row), TextColumn);
    m_questions->scrollToItem(m_questions->item(m_rows.at(row), TextColumn));
    m_comment->setText(m_comments.value(m_order.at(row)->id));
    showChoices();
}

void ScoringWidget::showChoices()
{
    if (m_row < 0)
        return;
    const ScoringQuestion &question = *m_order.at(m_row);
    QStringList choices;
    for (int i = 0; i < question.answers.size(); ++i) {
        const ScoringAnswer &a = question.answers.at(i);
        choices.append(a.fatal ? tr("%1 %2（致命，整表 0 分）").arg(i + 1).arg(a.label)
                               : tr("%1 %2 %3%").arg(i + 1).arg(a.label, points(a.sharePercent)));
    }
    if (question.allowNa)
        choices.append(tr("0 不适用"));
    m_choices->setText(choices.join(QStringLiteral("　·　")));
    const bool required = question.needsComment(m_chosen.value(question.id, std::nullopt))
                          && m_chosen.contains(question.id);
    m_comment->setPlaceholderText(required ? tr("此答案必须写评语（Enter 写完后下一题）") : tr("评语（可选；Enter 在题目和评语之间切换）"));
}

void ScoringWidget::commentEdited(const QString &text)
{
    if (m_row < 0)
        return;
    m_comments.insert(m_order.at(m_row)->id, text);
    refreshRow(m_row);
}

void ScoringWidget::refreshRow(int row)
{
    const ScoringQuestion &question = *m_order.at(row);
    QTableWidgetItem *answerItem = m_questions->item(m_rows.at(row), AnswerColumn);
    QTableWidgetItem *commentItem = m_questions->item(m_rows.at(row), CommentColumn);
    const auto chosen = m_chosen.constFind(question.id);
    QString text = QStringLiteral("—");
    if (chosen != m_chosen.cend())
        text = chosen->has_value() ? question.answers.at(**chosen).label : tr("不适用");
    answerItem->setText(text);
    const bool fatal = chosen != m_chosen.cend() && chosen->has_value() && question.answers.at(**chosen).fatal;
    answerItem->setForeground(fatal ? QBrush(Qt::red) : QBrush());
    const QString comment = m_comments.value(question.id);
    const bool missing = chosen != m_chosen.cend() && question.needsComment(*chosen) && comment.trimmed().isEmpty();
    commentItem->setText(missing ? tr("需写评语") : comment);
    commentItem->setForeground(missing ? QBrush(Qt::red) : QBrush());
}

void ScoringWidget::refreshScore()
{
    const Score now = score();
    if (now.fatal) {
        QStringList names;
        for (const QString &id : now.fatalQuestions)
            names.append(m_form->question(id)->text);
        m_score->setText(tr("得分 0（致命项：%1）").arg(names.join(QStringLiteral("、"))));
        m_score->setStyleSheet(QStringLiteral("color: #b00020"));
    } else {
        m_score->setText(tr("得分 %1 / 100（已答 %2/%3）").arg(QString::number(now.score, 'f', 1)).arg(now.answered).arg(now.questions));
        m_score->setStyleSheet(QString());
    }
    Q_EMIT scoreChanged();
}

bool ScoringWidget::submit()
{
    if (!m_form)
        return false;
    const GivenAnswers given = answers();
    if (const std::optional<ScoringProblem> problem = Scoring::problem(*m_form, given)) {
        m_problem->setText(problem->message);
        for (int row = 0; row < m_order.size(); ++row)
            if (m_order.at(row)->id == problem->questionId)
                select(row);
        const ScoringQuestion *question = m_form->question(problem->questionId);
        const bool commentMissing = question && given.contains(question->id) && question->needsComment(given.value(question->id).answer)
                                    && given.value(question->id).comment.trimmed().isEmpty();
        (commentMissing ? static_cast<QWidget *>(m_comment) : m_questions)->setFocus(Qt::OtherFocusReason);
        return false;
    }
    m_problem->setText(tr("正在提交……"));
    Q_EMIT submitted(QJsonObject{{QStringLiteral("form"), m_form->key()},
                                 {QStringLiteral("version"), m_form->version()},
                                 {QStringLiteral("recording"), m_recordingId},
                                 {QStringLiteral("answers"), Scoring::toJson(given, &*m_form)}});
    return true;
}

void ScoringWidget::showOutcome(const QString &message, bool failed)
{
    m_problem->setText(message);
    m_problem->setStyleSheet(failed ? QStringLiteral("color: #b00020") : QString());
}

} // namespace hotline
