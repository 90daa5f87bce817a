// SPDX-License-Identifier: GPL-3.0-or-later
#include "lead/MyEvaluationsPage.h"

#include "lead/EvaluationListWidget.h"
#include "quality/Scoring.h"
#include "sync/SyncEngine.h"

#include <QJsonArray>
#include <QLabel>
#include <QPointer>
#include <QScrollArea>
#include <QSplitter>
#include <QUrl>
#include <QVBoxLayout>

#include <cmath>

namespace hotline {

namespace {
QString formId(const QJsonObject &evaluation)
{
    return QStringLiteral("%1/%2").arg(evaluation.value(QLatin1String("form")).toString()).arg(evaluation.value(QLatin1String("formVersion")).toInt());
}

QString points(double value)
{
    return QString::number(value, 'f', value == std::floor(value) ? 0 : 1);
}
} // namespace

MyEvaluationsPage::MyEvaluationsPage(SyncEngine &sync, QWidget *parent)
    : QWidget(parent), m_sync(sync), m_list(new EvaluationListWidget(EvaluationListWidget::Mode::Operator, this)), m_detail(new QLabel(this))
{
    m_detail->setObjectName(QStringLiteral("evaluationDetail"));
    m_detail->setWordWrap(true);
    m_detail->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(m_detail);
    scroll->setWidgetResizable(true);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_list);
    split->addWidget(scroll);
    // A third for the list, the rest for the one read: space is shared by these weights.
    split->setSizes({1000, 2000});
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(split);
    setFocusProxy(m_list);
    connect(m_list, &EvaluationListWidget::acknowledgeRequested, this,
            [this](const QString &id) { respond(id, QStringLiteral("acknowledge"), {}); });
    connect(m_list, &EvaluationListWidget::disputeRequested, this,
            [this](const QString &id, const QString &comment) { respond(id, QStringLiteral("dispute"), comment); });
    connect(m_list, &EvaluationListWidget::currentChanged, this, &MyEvaluationsPage::showDetail);
    refresh();
}

void MyEvaluationsPage::refresh()
{
    m_sync.ask(QStringLiteral("/api/v1/quality/mine"), [this, guard = QPointer<MyEvaluationsPage>(this)](const std::optional<QJsonObject> &body,
                                                                                                        const QString &error) {
        if (!guard)
            return;
        if (!body)
            return m_list->showMessage(tr("读不到我的质检评分：%1").arg(error));
        // Selecting again (the same one, with its new state and responses) shows its detail.
        m_list->setEvaluations(body->value(QLatin1String("evaluations")).toArray());
    });
}

void MyEvaluationsPage::respond(const QString &id, const QString &action, const QString &comment)
{
    const QJsonObject body = comment.isEmpty() ? QJsonObject{} : QJsonObject{{QStringLiteral("comment"), comment}};
    m_sync.post(QStringLiteral("/api/v1/quality/evaluations/%1/%2").arg(id, action), body,
                [this, guard = QPointer<MyEvaluationsPage>(this), action](const std::optional<QJsonObject> &answer, const QString &error) {
                    if (!guard)
                        return;
                    if (!answer)
                        return m_list->showMessage(tr("没有送到中心：%1").arg(error));
                    m_list->showMessage(action == QLatin1String("dispute") ? tr("申诉已退回质检员") : tr("已确认"));
                    refresh();
                });
}

void MyEvaluationsPage::showDetail(const QJsonObject &evaluation)
{
    if (evaluation.isEmpty())
        return m_detail->clear();
    const QString id = formId(evaluation);
    if (const auto found = m_forms.constFind(id); found != m_forms.cend())
        return m_detail->setText(describe(evaluation, *found));
    m_detail->setText(tr("正在读取评分表……"));
    const QString path = QStringLiteral("/api/v1/quality/forms/%1?version=%2")
                             .arg(QString::fromLatin1(QUrl::toPercentEncoding(evaluation.value(QLatin1String("form")).toString())))
                             .arg(evaluation.value(QLatin1String("formVersion")).toInt());
    m_sync.ask(path, [this, guard = QPointer<MyEvaluationsPage>(this), evaluation, id](const std::optional<QJsonObject> &body, const QString &error) {
        if (!guard)
            return;
        const Result<ScoringForm> form = body ? ScoringForm::fromJson(*body) : Result<ScoringForm>(Error{error});
        // Only if it is still the one selected: the operator may have moved on meanwhile.
        const bool current = m_list->currentId() == evaluation.value(QLatin1String("id")).toString();
        if (!form) {
            if (current)
                m_detail->setText(tr("读不到这条评分的评分表：%1").arg(form.error()));
            return;
        }
        m_forms.insert(id, form.value());
        if (current)
            m_detail->setText(describe(evaluation, form.value()));
    });
}

QString MyEvaluationsPage::describe(const QJsonObject &evaluation, const ScoringForm &form)
{
    const Result<GivenAnswers> given = Scoring::fromJson(evaluation.value(QLatin1String("answers")).toArray());
    if (!given)
        return tr("这条评分的答案读不懂：%1").arg(given.error());
    const Score score = Scoring::score(form, given.value());
    QStringList lines;
    lines.append(score.fatal ? tr("%1（第 %2 版）　得分 0（致命项）").arg(form.name()).arg(form.version())
                             : tr("%1（第 %2 版）　得分 %3").arg(form.name()).arg(form.version()).arg(score.score, 0, 'f', 1));
    for (const ScoringGroup &group : form.groups()) {
        lines.append(group.name);
        for (const ScoringQuestion &question : group.questions) {
            const GivenAnswer answer = given.value().value(question.id);
            QString line;
            if (!given.value().contains(question.id) || !answer.answer || *answer.answer < 0 || *answer.answer >= question.answers.size()) {
                line = tr("　· %1：不适用").arg(question.text);
            } else {
                const ScoringAnswer &chosen = question.answers.at(*answer.answer);
                line = chosen.fatal ? tr("　· %1：%2（致命项，整表 0 分）").arg(question.text, chosen.label)
                                    : tr("　· %1：%2（%3/%4 分）")
                                          .arg(question.text, chosen.label, points(question.weight * chosen.sharePercent / 100), points(question.weight));
            }
            if (!answer.comment.isEmpty())
                line += tr("　评语：%1").arg(answer.comment);
            lines.append(line);
        }
    }
    for (const QJsonValue &value : evaluation.value(QLatin1String("responses")).toArray()) {
        const QJsonObject response = value.toObject();
        const QString kind = response.value(QLatin1String("kind")).toString();
        const QString who = response.value(QLatin1String("actor")).toString();
        const QString comment = response.value(QLatin1String("comment")).toString();
        if (kind == QLatin1String("dispute"))
            lines.append(tr("申诉（%1）：%2").arg(who, comment));
        else if (kind == QLatin1String("uphold"))
            lines.append(tr("维持原评（%1）：%2").arg(who, comment));
        else if (kind == QLatin1String("acknowledge"))
            lines.append(tr("已确认（%1）").arg(who));
    }
    return lines.join(u'\n');
}

} // namespace hotline
