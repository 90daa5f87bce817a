// SPDX-License-Identifier: GPL-3.0-or-later
#include "lead/QualityPage.h"

#include "lead/CalibrationView.h"
#include "lead/EvaluationListWidget.h"
#include "lead/ScoringWidget.h"
#include "sync/SyncEngine.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QSplitter>
#include <QUrl>
#include <QVBoxLayout>

namespace hotline {

QualityPage::QualityPage(SyncEngine &sync, QWidget *parent)
    : QWidget(parent), m_sync(sync), m_recording(new QLineEdit(this)), m_forms(new QComboBox(this)),
      m_calibrating(new QCheckBox(tr("校准评分(&C)：多位质检员评同一通录音，不计入接线员成绩"), this)), m_reference(new QLineEdit(this)),
      m_scoring(new ScoringWidget(this)), m_disputes(new EvaluationListWidget(EvaluationListWidget::Mode::Reviewer, this)),
      m_calibration(new CalibrationView(this))
{
    m_recording->setObjectName(QStringLiteral("qualityRecording"));
    m_recording->setPlaceholderText(tr("录音 ID，Enter 开始评分"));
    m_forms->setObjectName(QStringLiteral("qualityForms"));
    m_calibrating->setObjectName(QStringLiteral("qualityCalibrating"));
    m_reference->setObjectName(QStringLiteral("qualityReference"));
    m_reference->setPlaceholderText(tr("参考质检员的登录名（空为自己），Enter 查看校准"));
    auto *top = new QFormLayout;
    top->addRow(tr("录音(&R)"), m_recording);
    top->addRow(tr("评分表(&F)"), m_forms);
    top->addRow(QString(), m_calibrating);
    auto *disputes = new QWidget(this);
    auto *disputesLayout = new QVBoxLayout(disputes);
    disputesLayout->setContentsMargins(0, 0, 0, 0);
    disputesLayout->addWidget(new QLabel(tr("退回的申诉"), disputes));
    disputesLayout->addWidget(m_disputes);
    auto *calibration = new QWidget(this);
    auto *calibrationLayout = new QFormLayout(calibration);
    calibrationLayout->setContentsMargins(0, 0, 0, 0);
    calibrationLayout->addRow(tr("参考质检员(&E)"), m_reference);
    calibrationLayout->addRow(m_calibration);
    // The disputes and the calibration side by side under the form: both are short lists,
    // and stacked they would each get a couple of rows.
    auto *bottom = new QSplitter(Qt::Horizontal, this);
    bottom->addWidget(disputes);
    bottom->addWidget(calibration);
    bottom->setStretchFactor(0, 2);
    bottom->setStretchFactor(1, 3);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_scoring);
    split->addWidget(bottom);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(split, 1);
    setFocusProxy(m_recording);

    connect(m_recording, &QLineEdit::returnPressed, this, [this] { scoreRecording(m_recording->text().trimmed()); });
    connect(m_reference, &QLineEdit::returnPressed, this,
            [this] { showCalibration(m_recording->text().trimmed(), m_reference->text().trimmed()); });
    connect(m_scoring, &ScoringWidget::submitted, this, &QualityPage::send);
    connect(m_disputes, &EvaluationListWidget::upholdRequested, this, &QualityPage::uphold);
    connect(m_disputes, &EvaluationListWidget::rescoreRequested, this, &QualityPage::rescore);
    refresh();
}

void QualityPage::refresh()
{
    m_sync.ask(QStringLiteral("/api/v1/quality/forms"), [this, guard = QPointer<QualityPage>(this)](const std::optional<QJsonObject> &body, const QString &error) {
        if (!guard)
            return;
        if (!body) {
            m_scoring->showOutcome(tr("读不到评分表：%1").arg(error), true);
            return;
        }
        m_forms->clear();
        for (const QJsonValue &value : body->value(QLatin1String("forms")).toArray()) {
            const QJsonObject form = value.toObject();
            m_forms->addItem(tr("%1（第 %2 版）").arg(form.value(QLatin1String("name")).toString()).arg(form.value(QLatin1String("version")).toInt()),
                             form.value(QLatin1String("form")).toString());
        }
    });
    m_sync.ask(QStringLiteral("/api/v1/quality/evaluations?disputed=") + QString::fromLatin1(QUrl::toPercentEncoding(m_sync.login())),
               [this, guard = QPointer<QualityPage>(this)](const std::optional<QJsonObject> &body, const QString &error) {
                   if (!guard)
                       return;
                   if (!body)
                       return m_disputes->showMessage(tr("读不到退回的申诉：%1").arg(error));
                   m_disputes->setEvaluations(body->value(QLatin1String("evaluations")).toArray());
               });
}

void QualityPage::scoreRecording(const QString &recordingId)
{
    m_recording->setText(recordingId);
    const QString key = m_forms->currentData().toString();
    if (key.isEmpty())
        return m_scoring->showOutcome(tr("中心还没有发布评分表"), true);
    m_rescoring.clear();
    loadForm(key, 0, recordingId, {});
}

void QualityPage::loadForm(const QString &key, int version, const QString &recordingId, const QJsonObject &rescoring)
{
    const QString path = QStringLiteral("/api/v1/quality/forms/") + key + (version > 0 ? QStringLiteral("?version=%1").arg(version) : QString());
    m_sync.ask(path, [this, guard = QPointer<QualityPage>(this), recordingId, rescoring](const std::optional<QJsonObject> &body, const QString &error) {
        if (!guard)
            return;
        const Result<ScoringForm> form = body ? ScoringForm::fromJson(*body) : Result<ScoringForm>(Error{error});
        if (!form)
            return m_scoring->showOutcome(tr("读不到评分表：%1").arg(form.error()), true);
        m_scoring->setForm(form.value(), recordingId);
        if (!rescoring.isEmpty()) {
            const Result<GivenAnswers> earlier = Scoring::fromJson(rescoring.value(QLatin1String("answers")).toArray());
            if (earlier)
                m_scoring->setAnswers(earlier.value());
            m_scoring->showOutcome(tr("重评：原评分 %1 分仍保留，提交后生成新的评分").arg(rescoring.value(QLatin1String("score")).toDouble(), 0, 'f', 1), false);
        }
        m_scoring->setFocus(Qt::OtherFocusReason);
    });
}

void QualityPage::send(const QJsonObject &evaluation)
{
    const QString path = m_rescoring.isEmpty() ? QStringLiteral("/api/v1/quality/evaluations")
                                               : QStringLiteral("/api/v1/quality/evaluations/%1/rescore").arg(m_rescoring);
    QJsonObject body = m_rescoring.isEmpty() ? evaluation : QJsonObject{{QStringLiteral("answers"), evaluation.value(QLatin1String("answers"))}};
    // A rescore keeps what the earlier evaluation was (calibration or not): the centre says.
    if (m_rescoring.isEmpty() && m_calibrating->isChecked())
        body.insert(QStringLiteral("calibration"), true);
    m_sync.post(path, body, [this, guard = QPointer<QualityPage>(this)](const std::optional<QJsonObject> &answer, const QString &error) {
        if (!guard)
            return;
        if (!answer)
            return m_scoring->showOutcome(tr("评分没有保存：%1").arg(error), true);
        m_rescoring.clear();
        const double score = answer->value(QLatin1String("score")).toDouble();
        m_scoring->showOutcome(answer->value(QLatin1String("calibration")).toBool() ? tr("已保存（校准评分）：%1 分").arg(score, 0, 'f', 1)
                                                                                  : tr("已保存：%1 分").arg(score, 0, 'f', 1),
                               false);
        refresh();
    });
}

void QualityPage::showCalibration(const QString &recordingId, const QString &reference)
{
    if (recordingId.isEmpty())
        return m_calibration->showMessage(tr("先在“录音”处输入要校准的录音 ID"));
    const QString who = reference.isEmpty() ? m_sync.login() : reference;
    m_sync.ask(QStringLiteral("/api/v1/quality/calibration?recording=%1&reference=%2")
                   .arg(QString::fromLatin1(QUrl::toPercentEncoding(recordingId)), QString::fromLatin1(QUrl::toPercentEncoding(who))),
               [this, guard = QPointer<QualityPage>(this)](const std::optional<QJsonObject> &body, const QString &error) {
                   if (!guard)
                       return;
                   if (!body)
                       return m_calibration->showMessage(tr("没有校准结果：%1").arg(error));
                   m_calibration->setSpread(*body);
               });
}

void QualityPage::uphold(const QString &id, const QString &note)
{
    m_sync.post(QStringLiteral("/api/v1/quality/evaluations/%1/uphold").arg(id), {{QStringLiteral("comment"), note}},
                [this, guard = QPointer<QualityPage>(this)](const std::optional<QJsonObject> &answer, const QString &error) {
                    if (!guard)
                        return;
                    m_disputes->showMessage(answer ? tr("已维持原评") : tr("没有保存：%1").arg(error));
                    refresh();
                });
}

void QualityPage::rescore(const QJsonObject &evaluation)
{
    m_rescoring = evaluation.value(QLatin1String("id")).toString();
    loadForm(evaluation.value(QLatin1String("form")).toString(), evaluation.value(QLatin1String("formVersion")).toInt(),
             evaluation.value(QLatin1String("recording")).toString(), evaluation);
}

} // namespace hotline
