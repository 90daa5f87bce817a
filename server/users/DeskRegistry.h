// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QString>

namespace hotline {

class CentralDatabase;

// A desk's name is the centre's, not the client's to pick: what a desk may pull is decided by
// it, so a client must not claim another desk's name (or "open311", or none) to read that
// desk's callers. The first sign-in with a name binds it to the workstation's own key — a
// random secret each desk's store makes once and never shows — and from then on only that
// key may sign in under the name. An administrator frees a name for a replaced machine
// (hotline-central --release-desk NAME).
class DeskRegistry {
public:
    static constexpr qsizetype minKeyLength = 16;

    explicit DeskRegistry(CentralDatabase &db) : m_db(db) {}

    // Call inside no transaction: claims in its own. Why the name is refused, or nothing.
    Status claim(const QString &desk, const QString &key, const QString &login);
    // Frees the name and ends every session signed in under it. Whether the name was bound.
    Result<bool> release(const QString &desk);
    static bool isValidName(const QString &desk);

private:
    CentralDatabase &m_db;
};

} // namespace hotline
