// SPDX-License-Identifier: GPL-3.0-or-later
#include "lead/MyEvaluationsPage.h"

#include "lead/EvaluationListWidget.h"
#include "sync/SyncEngine.h"

#include <QJsonArray>
#include <QPointer>
#include <QVBoxLayout>

namespace hotline {

MyEvaluationsPage::MyEvaluationsPage(SyncEngine &sync, QWidget *parent)
    : QWidget(parent), m_sync(sync), m_list(new EvaluationListWidget(EvaluationListWidget::Mode::Operator, this))
{
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_list);
    setFocusProxy(m_list);
    connect(m_list, &EvaluationListWidget::acknowledgeRequested, this,
            [this](const QString &id) { respond(id, QStringLiteral("acknowledge"), {}); });
    connect(m_list, &EvaluationListWidget::disputeRequested, this,
            [this](const QString &id, const QString &comment) { respond(id, QStringLiteral("dispute"), comment); });
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

} // namespace hotline
