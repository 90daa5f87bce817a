// SPDX-License-Identifier: GPL-3.0-or-later
#include "lead/LeadPages.h"

#include "lead/FloorPage.h"
#include "lead/LeadWindow.h"
#include "lead/QualityPage.h"
#include "lead/ReviewPage.h"

namespace hotline {

void addLeadPages(LeadWindow &window)
{
    // The floor first: what a lead looks at when the window opens; then the day's reviewing.
    window.addPage(QStringLiteral("floorPage"), LeadWindow::tr("现场"), FloorPage::forCentre(window.sync()));
    window.addPage(QStringLiteral("reviewPage"), LeadWindow::tr("录音抽检"), ReviewPage::forCentre(window.store(), window.sync()));
    window.addPage(QStringLiteral("qualityPage"), LeadWindow::tr("质检评分"), new QualityPage(window.sync()));
}

} // namespace hotline
