// SPDX-License-Identifier: GPL-3.0-or-later
#include "lead/CalibrationView.h"

#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

#include <cmath>

namespace hotline {

namespace {
enum QuestionColumn { QuestionText, QuestionWeight, QuestionCompared, QuestionPoints, QuestionAgreement };
enum ReviewerColumn { ReviewerName, ReviewerScore, ReviewerDifference, ReviewerAgreement };

QTableWidget *table(QWidget *parent, const QString &objectName, const QStringList &headers)
{
    auto *view = new QTableWidget(parent);
    view->setObjectName(objectName);
    view->setColumnCount(int(headers.size()));
    view->setHorizontalHeaderLabels(headers);
    view->verticalHeader()->hide();
    // One line a row: the spread is read down a column, and six questions fit without a scroll.
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 8);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    return view;
}

QTableWidgetItem *number(const QString &text)
{
    auto *item = new QTableWidgetItem(text);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

QString percent(double rate)
{
    return QStringLiteral("%1%").arg(std::round(rate * 100));
}

QString signedPoints(double value)
{
    // −0.0 reads as a difference where there is none.
    const double shown = std::abs(value) < 0.05 ? 0 : value;
    return (shown > 0 ? QStringLiteral("+") : QString()) + QString::number(shown, 'f', 1);
}
} // namespace

CalibrationView::CalibrationView(QWidget *parent)
    : QWidget(parent), m_summary(new QLabel(this)),
      m_questions(table(this, QStringLiteral("calibrationQuestions"), {tr("题目"), tr("分值"), tr("比较人数"), tr("平均分差"), tr("一致率")})),
      m_reviewers(table(this, QStringLiteral("calibrationReviewers"), {tr("质检员"), tr("得分"), tr("与参考差"), tr("一致率")}))
{
    m_summary->setObjectName(QStringLiteral("calibrationSummary"));
    m_summary->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_summary);
    layout->addWidget(m_questions, 3);
    layout->addWidget(m_reviewers, 2);
    m_summary->setText(tr("校准：几位质检员给同一通录音评分后，在“参考质检员”处输入参考人并按 Enter"));
}

void CalibrationView::setSpread(const QJsonObject &spread)
{
    m_summary->setText(tr("参考质检员 %1：%2 分（评分表 %3 第 %4 版）")
                           .arg(spread.value(QLatin1String("reference")).toString())
                           .arg(spread.value(QLatin1String("referenceScore")).toDouble(), 0, 'f', 1)
                           .arg(spread.value(QLatin1String("form")).toString())
                           .arg(spread.value(QLatin1String("formVersion")).toInt()));
    const QJsonArray questions = spread.value(QLatin1String("questions")).toArray();
    m_questions->setRowCount(int(questions.size()));
    for (int row = 0; row < questions.size(); ++row) {
        const QJsonObject q = questions.at(row).toObject();
        m_questions->setItem(row, QuestionText, new QTableWidgetItem(q.value(QLatin1String("text")).toString()));
        m_questions->setItem(row, QuestionWeight, number(QString::number(q.value(QLatin1String("weight")).toDouble(), 'g', 6)));
        m_questions->setItem(row, QuestionCompared, number(QString::number(q.value(QLatin1String("compared")).toInt())));
        m_questions->setItem(row, QuestionPoints, number(QString::number(q.value(QLatin1String("meanAbsPoints")).toDouble(), 'f', 1)));
        m_questions->setItem(row, QuestionAgreement, number(percent(q.value(QLatin1String("agreementRate")).toDouble())));
        // Where fewer than half agree with the reference the question itself may be unclear.
        if (q.value(QLatin1String("agreementRate")).toDouble() < 0.5)
            m_questions->item(row, QuestionAgreement)->setForeground(QBrush(QColor(0xb0, 0x00, 0x20)));
    }
    const QJsonArray reviewers = spread.value(QLatin1String("reviewers")).toArray();
    m_reviewers->setRowCount(int(reviewers.size()));
    for (int row = 0; row < reviewers.size(); ++row) {
        const QJsonObject r = reviewers.at(row).toObject();
        const double score = r.value(QLatin1String("score")).toDouble();
        m_reviewers->setItem(row, ReviewerName, new QTableWidgetItem(r.value(QLatin1String("reviewer")).toString()));
        m_reviewers->setItem(row, ReviewerScore,
                             number(r.value(QLatin1String("fatal")).toBool() ? tr("0（致命项）") : QString::number(score, 'f', 1)));
        m_reviewers->setItem(row, ReviewerDifference, number(signedPoints(r.value(QLatin1String("difference")).toDouble())));
        m_reviewers->setItem(row, ReviewerAgreement, number(percent(r.value(QLatin1String("agreementRate")).toDouble())));
    }
    for (QTableWidget *view : {m_questions, m_reviewers})
        for (int column = 1; column < view->columnCount(); ++column)
            view->resizeColumnToContents(column);
}

void CalibrationView::showMessage(const QString &message)
{
    m_summary->setText(message);
    m_questions->setRowCount(0);
    m_reviewers->setRowCount(0);
}

} // namespace hotline
