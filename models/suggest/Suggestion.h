// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QVector>

namespace hotline {

// One ranked answer of a picker: what to show, where it sits, and the key to take it by.
struct Suggestion {
    QString key;
    QString text;
    QString detail;
    int score = 0;
};

// Anything a picker can ask as the operator types.
class SuggestionSource {
public:
    virtual ~SuggestionSource() = default;
    virtual QVector<Suggestion> suggest(const QString &query, int limit) const = 0;
};

} // namespace hotline
