// SPDX-License-Identifier: GPL-3.0-or-later
#include "training/ScoreCard.h"

#include "training/Scenario.h"

#include <QHeaderView>
#include <cmath>
#include <QKeyEvent>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace hotline {

namespace {

QString number(double value)
{
    // 12.5 stays 12.5, 12.0 reads 12.
    return QString::number(value, 'f', value == std::floor(value) ? 0 : 1);
}

} // namespace

ScoreCard::ScoreCard(QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("scoreCard"));
    setWindowTitle(tr("本次通话得分"));
    resize(860, 500);
    auto *layout = new QVBoxLayout(this);
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("scoreTitle"));
    m_title->setWordWrap(true);
    layout->addWidget(m_title);
    m_total = new QLabel(this);
    m_total->setObjectName(QStringLiteral("scoreTotal"));
    layout->addWidget(m_total);
    m_table = new QTableWidget(0, 5, this);
    m_table->setObjectName(QStringLiteral("scoreLines"));
    m_table->setHorizontalHeaderLabels({tr("项目"), tr("应为"), tr("实填"), tr("得分"), tr("说明")});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setWordWrap(true);
    // The card's keys are its own: a letter typed in the table would search it instead.
    m_table->setFocusPolicy(Qt::NoFocus);
    setFocusPolicy(Qt::StrongFocus);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(3, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(4, QHeaderView::Stretch);
    layout->addWidget(m_table, 1);
    m_figures = new QLabel(this);
    m_figures->setObjectName(QStringLiteral("scoreFigures"));
    m_figures->setWordWrap(true);
    layout->addWidget(m_figures);
    m_keys = new QLabel(this);
    m_keys->setObjectName(QStringLiteral("scoreKeys"));
    m_keys->setStyleSheet(QStringLiteral("color: #555;"));
    layout->addWidget(m_keys);
}

QString ScoreCard::totalText() const
{
    return number(m_score.total);
}

void ScoreCard::showScore(const Scenario &scenario, const CallScore &score, bool hasNext)
{
    m_score = score;
    m_hasNext = hasNext;
    m_title->setText(tr("<b>%1</b>　（难度 %2）").arg(scenario.title.toHtmlEscaped()).arg(scenario.difficulty));
    const char *colour = score.total >= 80 ? "#1B5E20" : score.total >= 60 ? "#8A5A00" : "#8A1F11";
    m_total->setText(tr("<span style='font-size: 28px; color: %1;'><b>%2</b></span> / 100　字段准确率 %3%　要点覆盖 %4%")
                         .arg(QString::fromLatin1(colour), number(score.total), number(score.fieldAccuracy * 100),
                              number(score.factsCovered * 100)));
    m_table->setRowCount(int(score.lines.size()));
    for (int row = 0; row < score.lines.size(); ++row) {
        const ScoreLine &line = score.lines.at(row);
        const QColor tint = line.full() ? QColor(0xE8, 0xF5, 0xE9) : line.points > 0 ? QColor(0xFF, 0xF4, 0xD6) : QColor(0xFD, 0xEC, 0xEA);
        const QStringList cells = {line.label, line.expected, line.given.isEmpty() ? tr("（未填）") : line.given,
                                   QStringLiteral("%1 / %2").arg(number(line.points), number(line.maxPoints)), line.note};
        for (int column = 0; column < cells.size(); ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            item->setBackground(tint);
            item->setForeground(QColor(0x1A, 0x1A, 0x1A));
            m_table->setItem(row, column, item);
        }
    }
    m_table->resizeRowsToContents();
    const QString submit = score.secondsToSubmit < 0 ? tr("未提交")
                                                     : tr("%1 秒（最佳 3–4 秒）").arg(number(score.secondsToSubmit));
    m_figures->setText(tr("录入速度 %1 字/分钟（北京要求 80）　挂机到提交 %2　知识库：%3　按键 %4 次　来电人静默等待 %5 秒")
                           .arg(number(score.charsPerMinute), submit, score.articleFound ? tr("找到了正确的知识") : tr("未采用正确的知识"))
                           .arg(score.keystrokes)
                           .arg(number(score.silenceSeconds)));
    m_keys->setText(hasNext ? tr("回车：下一个情景　R：再练一次　Esc：关闭") : tr("回车 / Esc：关闭　R：再练一次"));
}

void ScoreCard::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    // Wrapped cells get their height once the columns have their width.
    m_table->resizeRowsToContents();
}

void ScoreCard::resizeEvent(QResizeEvent *event)
{
    QDialog::resizeEvent(event);
    m_table->resizeRowsToContents();
}

void ScoreCard::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Return:
    case Qt::Key_Enter:
        accept();
        if (m_hasNext)
            Q_EMIT nextRequested();
        return;
    case Qt::Key_R:
        accept();
        Q_EMIT replayRequested();
        return;
    default:
        QDialog::keyPressEvent(event);
    }
}

} // namespace hotline
