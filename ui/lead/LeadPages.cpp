// SPDX-License-Identifier: GPL-3.0-or-later
#include "lead/LeadPages.h"

#include "lead/LeadWindow.h"
#include "lead/QualityPage.h"

namespace hotline {

void addLeadPages(LeadWindow &window)
{
    window.addPage(QStringLiteral("qualityPage"), LeadWindow::tr("质检评分"), new QualityPage(window.sync()));
}

} // namespace hotline
