// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace hotline {

class LeadWindow;

// Puts the team lead's pages into the window, in the order of their Ctrl+1… keys. Each page
// adds one line here.
void addLeadPages(LeadWindow &window);

} // namespace hotline
