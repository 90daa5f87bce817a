// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "TextClassifier.h"
#include "core/Result.h"

#include <QCoreApplication>
#include <QDateTime>

namespace hotline {

class LocalStore;

// Trained classifiers in the local store, by name, each replaced whole by the next training.
class ClassifierRepository {
    Q_DECLARE_TR_FUNCTIONS(hotline::ClassifierRepository)
public:
    // The model behind the work-order form's classification.
    static inline const QString classificationModel = QStringLiteral("classification");

    explicit ClassifierRepository(LocalStore &store) : m_store(store) {}

    Status save(const QString &name, const TextClassifier &model,
                const QDateTime &trainedAt = QDateTime::currentDateTimeUtc());
    // An untrained classifier (isTrained() false) when none is stored under the name; an
    // error when the stored bytes cannot be read.
    Result<TextClassifier> load(const QString &name = classificationModel) const;

private:
    LocalStore &m_store;
};

} // namespace hotline
