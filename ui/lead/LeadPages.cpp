// SPDX-License-Identifier: GPL-3.0-or-later
#include "lead/LeadPages.h"

#include "lead/LeadWindow.h"

namespace hotline {

void addLeadPages(LeadWindow &window)
{
    (void)window;
}

} // namespace hotline
