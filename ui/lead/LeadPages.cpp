// SPDX-License-Identifier: GPL-3.0-or-later
#include "lead/LeadPages.h"

#include "lead/LeadWindow.h"
#include "lead/MonthPage.h"

namespace hotline {

void addLeadPages(LeadWindow &window)
{
    window.addPage(QStringLiteral("monthPage"), QObject::tr("月度图表"), new MonthPage(window.sync()));
}

} // namespace hotline
