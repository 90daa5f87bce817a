// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "kb/KnowledgeBase.h"

#include <gtest/gtest.h>

namespace hotline::test {

// A one-answer article created and published as an editor does it; its id on this store.
inline qint64 publishArticle(KnowledgeBase &kb, const char *title, const char *answer)
{
    KbDraft draft;
    draft.title = QString::fromUtf8(title);
    draft.answer = QString::fromUtf8(answer);
    const Result<qint64> id = kb.articles().create(draft, QStringLiteral("editor"));
    EXPECT_TRUE(id.ok());
    if (!id)
        return 0;
    EXPECT_TRUE(kb.articles().publish(id.value(), QStringLiteral("editor")).ok());
    return id.value();
}

} // namespace hotline::test
