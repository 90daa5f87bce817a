// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "KbArticle.h"
#include "core/Result.h"

#include <QStringList>

namespace hotline {

// What an article must meet before it is saved: refused with messages, never truncated.
class KbValidator {
public:
    static constexpr int maxTitle = 120;
    static constexpr int maxAnswer = 20000;
    static constexpr int maxQuestion = 1000;
    static constexpr int maxQuestions = 30;
    static constexpr int maxKeyword = 30;
    static constexpr int maxKeywords = 30;
    static constexpr int maxField = 200;

    static QStringList validate(const KbDraft &draft);
    // An ISO date as typed ("2026-11-15"); empty text is no date, anything else an error.
    static Result<QDate> parseDate(const QString &text);
};

} // namespace hotline
