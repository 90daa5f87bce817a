// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DispatchProposer.h"

#include <optional>

namespace hotline {

class CatalogIndex;
class DivisionIndex;

// Turns what an operator (or an administrator at hotline-ctl) wrote into a DispatchQuery:
// the item named (a catalogue leaf by name or keyword), the divisions and the ground the
// address words name. The desk and `hotline-ctl dispatch propose` both ask through this.
class DispatchQueryBuilder {
    Q_DECLARE_TR_FUNCTIONS(hotline::DispatchQueryBuilder)
public:
    DispatchQueryBuilder(const CatalogIndex &catalog, const DivisionIndex &divisions)
        : m_catalog(catalog), m_divisions(divisions) {}

    std::optional<Classification> itemFor(const QString &text) const;
    // `known` holds what the operator already set; the text fills only what is missing.
    DispatchQuery fromText(const Classification &item, const QString &placeText, const Address &known = {}) const;

private:
    const CatalogIndex &m_catalog;
    const DivisionIndex &m_divisions;
};

} // namespace hotline
