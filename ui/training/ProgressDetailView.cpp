// SPDX-License-Identifier: GPL-3.0-or-later
#include "training/ProgressDetailView.h"

#include <QFormLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QTableWidget>
#include <QVBoxLayout>

namespace hotline {

namespace {

QTableWidgetItem *cell(const QString &text, Qt::Alignment alignment = Qt::AlignLeft | Qt::AlignVCenter)
{
    auto *item = new QTableWidgetItem(text);
    item->setTextAlignment(alignment);
    item->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
    return item;
}

QTableWidgetItem *number(const QString &text) { return cell(text, Qt::AlignRight | Qt::AlignVCenter); }

} // namespace

ProgressDetailView::ProgressDetailView(QWidget *parent)
    : QWidget(parent), m_heading(new QLabel(this)), m_table(new QTableWidget(0, 5, this)), m_exam(new QLabel(this)),
      m_weakItems(new QLabel(this)), m_weakDistricts(new QLabel(this)), m_figures(new QLabel(this))
{
    m_heading->setObjectName(QStringLiteral("progressHeading"));
    QFont bold = m_heading->font();
    bold.setBold(true);
    m_heading->setFont(bold);
    m_table->setObjectName(QStringLiteral("scenarioProgress"));
    m_table->setHorizontalHeaderLabels({tr("情景"), tr("练习次数"), tr("最好成绩"), tr("最近成绩"), tr("最近一次")});
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->installEventFilter(this);
    for (QLabel *label : {m_exam, m_weakItems, m_weakDistricts, m_figures}) {
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    m_exam->setObjectName(QStringLiteral("examResult"));
    m_weakItems->setObjectName(QStringLiteral("weakItems"));
    m_weakDistricts->setObjectName(QStringLiteral("weakDistricts"));
    m_figures->setObjectName(QStringLiteral("averageFigures"));

    auto *facts = new QFormLayout;
    facts->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    facts->addRow(tr("考试："), m_exam);
    facts->addRow(tr("最弱事项："), m_weakItems);
    facts->addRow(tr("最弱区："), m_weakDistricts);
    facts->addRow(tr("平均："), m_figures);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_heading);
    layout->addWidget(m_table, 1);
    layout->addLayout(facts);
    clear(tr("没有选中学员"));
}

QString ProgressDetailView::scoreText(double score) { return QString::number(score, 'f', 1); }

QString ProgressDetailView::weakText(const QList<WeakSpot> &spots, int most)
{
    if (spots.isEmpty())
        return tr("（练习还不够：每项至少练 %1 次才比较）").arg(TraineeProgress::minimumAttemptsForWeakness);
    QStringList parts;
    for (const WeakSpot &spot : spots.mid(0, most))
        parts.append(tr("%1 %2%（%n 次）", nullptr, spot.attempts).arg(spot.name, QString::number(qRound(spot.fieldAccuracy * 100))));
    return parts.join(QStringLiteral("；"));
}

void ProgressDetailView::setProgress(const TraineeProgress &progress, const QString &heading,
                                     const QHash<QString, QString> &scenarioTitles)
{
    m_progress = progress;
    m_heading->setText(tr("%1的进度：已练 %2 个情景，平均最好成绩 %3")
                           .arg(heading, progress.doneText(), scoreText(progress.averageBest)));
    m_table->setRowCount(int(progress.scenarios.size()));
    for (int row = 0; row < progress.scenarios.size(); ++row) {
        const ScenarioProgress &scenario = progress.scenarios.at(row);
        const QString title = scenarioTitles.value(scenario.scenarioId);
        m_table->setItem(row, 0, cell(title.isEmpty() ? scenario.scenarioId : title));
        m_table->setItem(row, 1, number(QString::number(scenario.tries)));
        m_table->setItem(row, 2, number(scenario.played() ? scoreText(scenario.best) : tr("未练")));
        m_table->setItem(row, 3, number(scenario.played() ? scoreText(scenario.last) : QString()));
        m_table->setItem(row, 4, cell(scenario.played() ? QLocale().toString(scenario.lastPlayedAt.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm"))
                                                        : QString()));
    }
    if (m_table->rowCount() > 0 && !m_table->currentIndex().isValid())
        m_table->setCurrentCell(0, 0);
    m_exam->setText(progress.exam.summary());
    m_weakItems->setText(weakText(progress.weakestItems));
    m_weakDistricts->setText(weakText(progress.weakestDistricts));
    const TrainingFigures &figures = progress.figures;
    if (figures.attempts == 0) {
        m_figures->setText(tr("还没有练习"));
        return;
    }
    m_figures->setText(tr("%n 次练习，得分 %1，录入 %2 字/分，挂机到提交 %3，按键 %4 次，静默 %5 秒", nullptr, figures.attempts)
                           .arg(scoreText(figures.score))
                           .arg(qRound(figures.charsPerMinute))
                           .arg(figures.secondsToSubmit < 0 ? tr("（都未提交）") : tr("%1 秒").arg(scoreText(figures.secondsToSubmit)))
                           .arg(qRound(figures.keystrokes))
                           .arg(scoreText(figures.silenceSeconds)));
}

void ProgressDetailView::clear(const QString &reason)
{
    m_progress = {};
    m_heading->setText(reason);
    m_table->setRowCount(0);
    for (QLabel *label : {m_exam, m_weakItems, m_weakDistricts, m_figures})
        label->setText(QStringLiteral("—"));
}

bool ProgressDetailView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_table && event->type() == QEvent::KeyPress
        && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Escape) {
        Q_EMIT leaveRequested();
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace hotline
