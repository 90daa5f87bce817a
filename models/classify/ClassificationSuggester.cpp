// SPDX-License-Identifier: GPL-3.0-or-later
#include "ClassificationSuggester.h"

#include <QRegularExpression>

namespace hotline {

ClassificationSuggester::ClassificationSuggester(TextClassifier model, const QVector<Classification> &catalogue)
    : m_model(std::move(model))
{
    for (const QString &label : m_model.labels())
        if (const std::optional<Classification> item = itemFor(label, catalogue))
            m_itemOf.insert(label, *item);
}

std::optional<Classification> ClassificationSuggester::itemFor(const QString &label, const QVector<Classification> &catalogue)
{
    static const QRegularExpression separator(QStringLiteral("\\s*[›>/]\\s*"));
    const QStringList levels = label.trimmed().split(separator);
    std::optional<Classification> byLeaf;
    int leaves = 0;
    for (const Classification &item : catalogue) {
        if (levels.size() == 3 && item.level1 == levels.at(0) && item.level2 == levels.at(1) && item.level3 == levels.at(2))
            return item;
        if (levels.size() == 1 && item.level3 == levels.first()) {
            byLeaf = item;
            ++leaves;
        }
    }
    return leaves == 1 ? byLeaf : std::nullopt;
}

QVector<ClassificationSuggestion> ClassificationSuggester::suggest(QStringView description, int k) const
{
    QVector<ClassificationSuggestion> result;
    if (!isReady() || k <= 0)
        return result;
    // Every label is ranked (a few hundred at most), so labels outside the catalogue cannot
    // leave fewer than k suggestions.
    for (const LabelScore &scored : m_model.suggest(description, int(m_model.labels().size()))) {
        const auto item = m_itemOf.constFind(scored.label);
        if (item == m_itemOf.cend())
            continue;
        result.append({*item, scored.score});
        if (result.size() == k)
            break;
    }
    return result;
}

} // namespace hotline
