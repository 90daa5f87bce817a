// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Unit.h"
#include "suggest/NameMatcher.h"
#include "suggest/Suggestion.h"

#include <QVector>

namespace hotline {

// Picks the involved unit by any part of its name or its pinyin initials ("slj" → 水务局).
class UnitIndex : public SuggestionSource {
public:
    UnitIndex(const QVector<Unit> &units, const PinyinTable &pinyin);
    QVector<Suggestion> suggest(const QString &query, int limit) const override;

private:
    struct Entry {
        Unit unit;
        MatchableName name;
    };
    QVector<Entry> m_entries;
};

} // namespace hotline
