// SPDX-License-Identifier: GPL-3.0-or-later
#include "lead/LeadPages.h"

#include "lead/LeadWindow.h"
#include "lead/ReviewPage.h"

namespace hotline {

void addLeadPages(LeadWindow &window)
{
    window.addPage(QStringLiteral("reviewPage"), ReviewPage::tr("录音抽检"), ReviewPage::forCentre(window.store(), window.sync()));
}

} // namespace hotline
