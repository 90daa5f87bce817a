// SPDX-License-Identifier: GPL-3.0-or-later
#include "KnowledgeBase.h"

#include "pinyin/PinyinTable.h"

namespace hotline {

KnowledgeBase::KnowledgeBase(LocalStore &store, std::shared_ptr<const PinyinTable> pinyin)
    : m_store(store),
      m_pinyin(std::move(pinyin)),
      m_tokenizer(m_converter, *m_pinyin),
      m_articles(store, m_tokenizer),
      m_search(store, m_tokenizer)
{
}

} // namespace hotline
