// SPDX-License-Identifier: GPL-3.0-or-later
// DeskWindow, the trainee's: the same desk over a training store on scripted calls, marked so
// that no one takes it for a live seat; an exam takes the transcript and the proposals away.
#include "operator/DeskWindow.h"

#include "operator/DeskDocks.h"
#include "operator/TranscriptPanel.h"

#include <QDockWidget>
#include <QLabel>
#include <QVBoxLayout>

namespace hotline {

void DeskWindow::setTrainingMode(bool exam)
{
    if (!m_trainingBanner) {
        m_trainingBanner = new QLabel(centralWidget());
        m_trainingBanner->setObjectName(QStringLiteral("trainingBanner"));
        m_trainingBanner->setWordWrap(true);
        if (auto *layout = qobject_cast<QVBoxLayout *>(centralWidget()->layout()))
            layout->insertWidget(0, m_trainingBanner);
    }
    m_trainingBanner->setText(exam ? tr("<b>培训模式 · 考试</b>　模拟来电：不显示通话转写和填单提示。工单只存入培训库，不会派给任何单位。")
                                   : tr("<b>培训模式</b>　模拟来电：工单只存入培训库，不会派给任何单位。"));
    m_trainingBanner->setStyleSheet(exam ? QStringLiteral("background: #6A1B9A; color: white; padding: 6px; font-size: 15px;")
                                         : QStringLiteral("background: #E65100; color: white; padding: 6px; font-size: 15px;"));
    m_trainingBanner->show();
    m_trainingExam = exam;
    setWindowTitle(exam ? tr("培训模式 · 考试 — 12345 热线坐席") : tr("培训模式 — 12345 热线坐席"));
    if (QDockWidget *dock = m_docks->dockOf(m_transcript))
        dock->setVisible(!exam);
    if (exam) {
        // What an exam tests is the trainee's own hearing and choosing: no script on screen,
        // nothing proposed (no items, place or unit, no related articles).
        setTranscriptSource(nullptr);
        setProposals(nullptr);
    }
}

} // namespace hotline
