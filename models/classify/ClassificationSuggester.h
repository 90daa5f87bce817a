// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "TextClassifier.h"
#include "catalog/Classification.h"

#include <QHash>
#include <QVector>

#include <optional>

namespace hotline {

struct ClassificationSuggestion {
    Classification item;
    double score = 0; // the model's probability, 0 … 1
};

// The catalogue items a description points to, for the work-order form: "the form fills
// itself". The model is trained on past orders whose label is the catalogue item they were
// filed under, written as its path ("城乡建设 › 市政管理 › 路灯", also with '>' or '/'
// between the levels) or, where that is unique in the catalogue, as the leaf's name alone.
// Labels that name no item of the current catalogue (an item since withdrawn) are never
// suggested.
//
// How the form uses it (ui/ owns the form; this is the whole domain side):
//
//     // once, when the store opens and after each catalogue import or training:
//     Result<TextClassifier> model = ClassifierRepository(store).load();
//     ClassificationSuggester suggester(model ? model.value() : TextClassifier{},
//                                       CatalogRepository(store).all());
//     // on every edit of the description (well under a millisecond):
//     for (const ClassificationSuggestion &s : suggester.suggest(description, 3))
//         offer(s.item, s.score); // best first; empty while nothing known is typed
//
// The suggestions are an offer: the operator picks one (or another item) and the form files
// the order under the chosen item only.
class ClassificationSuggester {
public:
    ClassificationSuggester(TextClassifier model, const QVector<Classification> &catalogue);

    bool isReady() const { return !m_itemOf.isEmpty(); }
    // How many of the model's labels name a catalogue item.
    int matchedLabels() const { return int(m_itemOf.size()); }
    QVector<ClassificationSuggestion> suggest(QStringView description, int k = 3) const;

    // The item a label names, if any: the path with any of the separators, or a unique leaf name.
    static std::optional<Classification> itemFor(const QString &label, const QVector<Classification> &catalogue);

private:
    TextClassifier m_model;
    QHash<QString, Classification> m_itemOf; // label → item
};

} // namespace hotline
