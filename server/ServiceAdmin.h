// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/CentralConfig.h"

#include <functional>

namespace hotline {

class CentralDatabase;

// The administration tasks hotline-central does from the machine itself and then exits:
// users (a locked-out administrator gets back in), Open311 services and keys, desk names.
// Passwords come from HOTLINE_PASSWORD or standard input, never from the command line (which
// every user of the machine can read in ps). Every change is audited as "hotline-central".
class ServiceAdmin {
public:
    using Print = std::function<void(const QString &)>;

    ServiceAdmin(CentralDatabase &db, Print out, Print err) : m_db(db), m_out(std::move(out)), m_err(std::move(err)) {}

    // The exit code: 0 done, 1 refused (said on err), 2 wrong usage.
    int run(const CentralConfig &config);

private:
    int addUser(const CentralConfig &config);
    int changeUser(const QString &login, CentralTask task);
    int importServices(const QString &csv);
    int addApiKey(const QString &client);
    int releaseDesk(const QString &desk);

    CentralDatabase &m_db;
    Print m_out;
    Print m_err;
};

} // namespace hotline
