// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "suggest/NameMatcher.h"
#include "suggest/Suggestion.h"
#include "catalog/CatalogEntry.h"

#include <QVector>

#include <optional>

namespace hotline {

class ChineseConverter;

// Ranks the leaves of the item catalogue for what the operator types: the leaf's own name
// first, then the words callers use for it (灯不亮 → 路灯), then its second and first level, in
// characters or pinyin ("yllh" → 园林绿化环卫); traditional characters are read as simplified
// when a converter is given.
class CatalogIndex : public SuggestionSource {
public:
    CatalogIndex(const QVector<CatalogEntry> &entries, const PinyinTable &pinyin,
                 const ChineseConverter *converter = nullptr);
    CatalogIndex(const QVector<Classification> &leaves, const PinyinTable &pinyin);

    QVector<Suggestion> suggest(const QString &query, int limit) const override;
    // The leaf a suggestion's key names.
    std::optional<Classification> leaf(const QString &key) const;
    qsizetype size() const { return m_entries.size(); }

private:
    struct Entry {
        Classification item;
        MatchableName level3, level2, level1;
        QVector<MatchableName> keywords;
    };
    int keywordScore(const NameQuery &query, const Entry &entry) const;
    QVector<Entry> m_entries;
    const ChineseConverter *m_converter = nullptr;
};

} // namespace hotline
