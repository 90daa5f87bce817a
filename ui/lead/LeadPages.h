// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace hotline {

class ClassView;
class LeadWindow;

// Puts the team lead's pages into the window, in the order of their Ctrl+1… keys. Each page
// adds one line here.
void addLeadPages(LeadWindow &window);
// The training page (Ctrl+5): the class view to feed with the centre's courses and attempts.
ClassView *classViewOf(const LeadWindow &window);

} // namespace hotline
