// SPDX-License-Identifier: GPL-3.0-or-later
#include "lead/LeadPages.h"

#include "lead/FloorPage.h"
#include "lead/LeadWindow.h"
#include "lead/MonthPage.h"
#include "lead/QualityPage.h"
#include "lead/ReviewPage.h"
#include "lead/ReviewPlayer.h"
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
    // The class in training: given its data by whoever owns the centre's training service
    // (classViewOf), on its courseChanged and refreshRequested.
    window.addPage(QStringLiteral("trainingPage"), LeadWindow::tr("培训"), new ClassView);
}

ClassView *classViewOf(const LeadWindow &window)
{
    return window.findChild<ClassView *>(QStringLiteral("trainingPage"));
}

} // namespace hotline
