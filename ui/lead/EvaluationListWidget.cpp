// SPDX-License-Identifier: GPL-3.0-or-later
#include "lead/EvaluationListWidget.h"

#include "quality/EvaluationLifecycle.h"

#include <QDateTime>
#include <QHeaderView>
#include <QJsonObject>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace hotline {

namespace {
constexpr int idRole = Qt::UserRole + 1;

QString lastComment(const QJsonObject &evaluation)
{
    const QJsonArray responses = evaluation.value(QLatin1String("responses")).toArray();
    return responses.isEmpty() ? QString() : responses.last().toObject().value(QLatin1String("comment")).toString();
}
} // namespace

EvaluationListWidget::EvaluationListWidget(Mode mode, QWidget *parent)
    : QWidget(parent), m_mode(mode), m_list(new QTreeWidget(this)), m_comment(new QLineEdit(this)), m_message(new QLabel(this))
{
    m_list->setObjectName(QStringLiteral("evaluationList"));
    m_list->setRootIsDecorated(false);
    m_list->setHeaderLabels({tr("评分时间"), mode == Mode::Operator ? tr("质检员") : tr("接线员"), tr("得分"), tr("状态"), tr("申诉 / 说明")});
    m_list->header()->setStretchLastSection(true);
    m_list->installEventFilter(this);
    m_comment->setObjectName(QStringLiteral("evaluationComment"));
    m_comment->installEventFilter(this);
    m_comment->hide();
    m_message->setObjectName(QStringLiteral("evaluationMessage"));
    m_message->setWordWrap(true);
    m_message->setText(mode == Mode::Operator ? tr("A 确认评分　D 申诉（写明理由）") : tr("U 维持原评（写明说明）　R 重评"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_comment);
    layout->addWidget(m_message);
    setFocusProxy(m_list);
    connect(m_list, &QTreeWidget::currentItemChanged, this, [this] { Q_EMIT currentChanged(current()); });
}

void EvaluationListWidget::setEvaluations(const QJsonArray &evaluations)
{
    const QString keep = currentId();
    m_evaluations = evaluations;
    m_list->clear();
    for (const QJsonValue &value : evaluations) {
        const QJsonObject e = value.toObject();
        const std::optional<EvaluationState> state = evaluationStateFromCode(e.value(QLatin1String("state")).toString());
        const QString when = QDateTime::fromString(e.value(QLatin1String("createdAt")).toString(), Qt::ISODateWithMs)
                                 .toLocalTime()
                                 .toString(QStringLiteral("yyyy-MM-dd HH:mm"));
        const double score = e.value(QLatin1String("score")).toDouble();
        const QString scoreText = e.value(QLatin1String("fatal")).toBool() ? tr("0（致命项）") : QString::number(score, 'f', 1);
        auto *item = new QTreeWidgetItem(
            m_list, {when, e.value(QLatin1String(m_mode == Mode::Operator ? "reviewer" : "operator")).toString(), scoreText,
                     state ? EvaluationLifecycle::displayName(*state) : e.value(QLatin1String("state")).toString(), lastComment(e)});
        item->setData(0, idRole, e.value(QLatin1String("id")).toString());
    }
    for (int i = 0; i < m_list->topLevelItemCount(); ++i)
        if (m_list->topLevelItem(i)->data(0, idRole).toString() == keep)
            m_list->setCurrentItem(m_list->topLevelItem(i));
    if (!m_list->currentItem() && m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(m_list->topLevelItem(0));
    for (int column = 0; column < 4; ++column)
        m_list->resizeColumnToContents(column);
}

QString EvaluationListWidget::currentId() const
{
    return m_list->currentItem() ? m_list->currentItem()->data(0, idRole).toString() : QString();
}

QJsonObject EvaluationListWidget::current() const
{
    const QString id = currentId();
    for (const QJsonValue &value : m_evaluations)
        if (value.toObject().value(QLatin1String("id")).toString() == id)
            return value.toObject();
    return {};
}

void EvaluationListWidget::showMessage(const QString &message)
{
    m_message->setText(message);
}

bool EvaluationListWidget::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::KeyPress)
        return QWidget::eventFilter(watched, event);
    auto *key = static_cast<QKeyEvent *>(event);
    if (watched == m_comment) {
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            sendComment();
            return true;
        }
        if (key->key() == Qt::Key_Escape) {
            m_pending.clear();
            m_comment->hide();
            m_list->setFocus(Qt::OtherFocusReason);
            return true;
        }
        return QWidget::eventFilter(watched, event);
    }
    if (watched != m_list || (key->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier)))
        return QWidget::eventFilter(watched, event);
    const QJsonObject evaluation = current();
    if (evaluation.isEmpty())
        return QWidget::eventFilter(watched, event);
    const EvaluationState state = evaluationStateFromCode(evaluation.value(QLatin1String("state")).toString()).value_or(EvaluationState::Rescored);
    auto allowed = [&](EvaluationAction action) {
        // The comment is asked next: the lifecycle is asked with a stand-in for it.
        const Result<EvaluationState> next = EvaluationLifecycle::next(state, action, QStringLiteral("…"));
        if (!next)
            showMessage(next.error());
        return next.ok();
    };
    if (m_mode == Mode::Operator && key->key() == Qt::Key_A) {
        if (allowed(EvaluationAction::Acknowledge))
            Q_EMIT acknowledgeRequested(currentId());
        return true;
    }
    if (m_mode == Mode::Operator && key->key() == Qt::Key_D) {
        if (allowed(EvaluationAction::Dispute))
            askComment(QStringLiteral("dispute"));
        return true;
    }
    if (m_mode == Mode::Reviewer && key->key() == Qt::Key_U) {
        if (allowed(EvaluationAction::Uphold))
            askComment(QStringLiteral("uphold"));
        return true;
    }
    if (m_mode == Mode::Reviewer && key->key() == Qt::Key_R) {
        if (allowed(EvaluationAction::Rescore))
            Q_EMIT rescoreRequested(evaluation);
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void EvaluationListWidget::askComment(const QString &action)
{
    m_pending = action;
    m_comment->clear();
    m_comment->setPlaceholderText(action == QLatin1String("dispute") ? tr("申诉理由（必填），Enter 提交，Esc 取消")
                                                                      : tr("维持原评的说明（必填），Enter 提交，Esc 取消"));
    m_comment->show();
    m_comment->setFocus(Qt::OtherFocusReason);
}

void EvaluationListWidget::sendComment()
{
    const QString text = m_comment->text().trimmed();
    if (text.isEmpty()) {
        showMessage(m_pending == QLatin1String("dispute") ? tr("申诉需要写明理由") : tr("维持原评需要写明说明"));
        return;
    }
    const QString id = currentId();
    const QString action = m_pending;
    m_pending.clear();
    m_comment->hide();
    m_list->setFocus(Qt::OtherFocusReason);
    if (action == QLatin1String("dispute"))
        Q_EMIT disputeRequested(id, text);
    else if (action == QLatin1String("uphold"))
        Q_EMIT upholdRequested(id, text);
}

} // namespace hotline
