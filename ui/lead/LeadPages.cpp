// SPDX-License-Identifier: GPL-3.0-or-later
#include "lead/LeadPages.h"

#include "lead/FloorPage.h"
#include "lead/LeadWindow.h"
#include "lead/MonthPage.h"
#include "lead/QualityPage.h"
#include "lead/ReviewPage.h"
#include "lead/ReviewPlayer.h"
#include "lead/TrainingFeed.h"
#include "training/ClassView.h"

#include <QTabWidget>

namespace hotline {

void addLeadPages(LeadWindow &window)
{
    // The floor first: what a lead looks at when the window opens; then the day's reviewing.
    window.addPage(QStringLiteral("floorPage"), LeadWindow::tr("现场"), FloorPage::forCentre(window.sync()));
    ReviewPage *review = ReviewPage::forCentre(window.store(), window.sync());
    auto *quality = new QualityPage(window.sync());
    window.addPage(QStringLiteral("reviewPage"), LeadWindow::tr("录音抽检"), review);
    window.addPage(QStringLiteral("qualityPage"), LeadWindow::tr("质检评分"), quality);
    // Q in the player: the call just heard, on the scoring form; Ctrl+2 goes back to it.
    QObject::connect(review->player(), &ReviewPlayer::scoreRequested, quality, [&window, quality](const QString &recordingId) {
        window.pages()->setCurrentWidget(quality);
        quality->scoreRecording(recordingId);
    });
    window.addPage(QStringLiteral("monthPage"), LeadWindow::tr("月度图表"), new MonthPage(window.sync()));
    // The class in training, read from the centre the first time the page is shown (F5 again).
    auto *training = new ClassView;
    window.addPage(QStringLiteral("trainingPage"), LeadWindow::tr("培训"), training);
    auto *feed = new TrainingFeed(*training, window.store(), window.sync());
    feed->setObjectName(QStringLiteral("trainingFeed"));
    QTabWidget *pages = window.pages();
    QObject::connect(pages, &QTabWidget::currentChanged, feed, [pages, training, feed, read = false](int) mutable {
        if (read || pages->currentWidget() != training)
            return;
        read = true;
        feed->refresh();
    });
}

ClassView *classViewOf(const LeadWindow &window)
{
    return window.findChild<ClassView *>(QStringLiteral("trainingPage"));
}

} // namespace hotline
