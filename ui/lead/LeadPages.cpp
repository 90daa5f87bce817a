// SPDX-License-Identifier: GPL-3.0-or-later
#include "lead/LeadPages.h"

#include "lead/FloorPage.h"
#include "lead/LeadWindow.h"

namespace hotline {

void addLeadPages(LeadWindow &window)
{
    window.addPage(QStringLiteral("floorPage"), QObject::tr("现场"), FloorPage::forCentre(window.sync()));
}

} // namespace hotline
