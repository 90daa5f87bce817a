// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "KbRepository.h"
#include "KbSearch.h"
#include "KbTokenizer.h"
#include "text/ChineseConverter.h"

#include <memory>

namespace hotline {

class LocalStore;
class PinyinTable;

// The knowledge base of one store: articles and their search, sharing one tokenizer so the
// index and the queries are cut the same way.
class KnowledgeBase {
public:
    KnowledgeBase(LocalStore &store, std::shared_ptr<const PinyinTable> pinyin);

    KbRepository &articles() { return m_articles; }
    const KbRepository &articles() const { return m_articles; }
    const KbSearch &search() const { return m_search; }
    const KbTokenizer &tokenizer() const { return m_tokenizer; }
    // The store it lives in (the editors' synonym screen reads and writes the groups there).
    LocalStore &store() const { return m_store; }

private:
    LocalStore &m_store;
    std::shared_ptr<const PinyinTable> m_pinyin;
    ChineseConverter m_converter;
    KbTokenizer m_tokenizer;
    KbRepository m_articles;
    KbSearch m_search;
};

} // namespace hotline
