// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

namespace hotline {

// Who a signed-in user is on the floor. The domain needs it too: the lifecycle says which role
// may produce each event, and the privacy rules which role sees a caller's details.
enum class Role { Operator, TeamLead, KbEditor, Dispatcher, Trainee, Department, Admin };
QString toCode(Role role);
std::optional<Role> roleFromCode(const QString &code);

} // namespace hotline
