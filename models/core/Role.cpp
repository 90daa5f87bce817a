// SPDX-License-Identifier: GPL-3.0-or-later
#include "Role.h"

namespace hotline {

namespace {
const struct {
    Role role;
    const char *code;
} roleCodes[] = {{Role::Operator, "operator"}, {Role::TeamLead, "team_lead"}, {Role::KbEditor, "kb_editor"},
                 {Role::Dispatcher, "dispatcher"}, {Role::Trainee, "trainee"}, {Role::Department, "department"},
                 {Role::Admin, "admin"}};
} // namespace

QString toCode(Role role)
{
    for (const auto &entry : roleCodes)
        if (entry.role == role)
            return QString::fromLatin1(entry.code);
    return {};
}

std::optional<Role> roleFromCode(const QString &code)
{
    for (const auto &entry : roleCodes)
        if (code == QLatin1String(entry.code))
            return entry.role;
    return std::nullopt;
}

} // namespace hotline
