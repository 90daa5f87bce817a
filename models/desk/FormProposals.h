// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "PlaceFromText.h"
#include "classify/ClassificationSuggester.h"
#include "core/Result.h"
#include "dispatch/DispatchProposer.h"
#include "workorder/WorkOrder.h"

#include <QHash>
#include <QObject>

#include <memory>

namespace hotline {

class LocalStore;
class ReferenceIndexes;

// "The form fills itself": what the work-order form proposes while the operator types —
// catalogue items from the description (the model `hotline-ctl classify train` stored), the
// place the description names, and the unit the order would be dispatched to. Everything is
// held in memory and rebuilt when the reference data changes (an import, the centre's new
// edition pulled), as ReferenceIndexes is: a keystroke never waits on disk.
class FormProposals : public QObject {
    Q_OBJECT
public:
    FormProposals(LocalStore &store, const ReferenceIndexes &indexes, QObject *parent = nullptr);
    ~FormProposals() override;

    // Up to k catalogue items, best first; none while no model is stored or nothing known is typed.
    QVector<ClassificationSuggestion> items(QStringView description, int k = 3) const;
    bool hasClassifier() const { return m_suggester && m_suggester->isReady(); }
    std::optional<PlaceInText> place(const QString &description) const;
    // The lead unit, co-units, reason and confidence for the order as drafted: item × the
    // ground the place's words name × district (DispatchQueryBuilder, DispatchProposer).
    Result<DispatchProposal> unit(const WorkOrderDraft &draft) const;
    // The unit the operator chose in the involved-unit picker instead: sure, confidence 1.
    Result<DispatchProposal> chosenUnit(const QString &code, const WorkOrderDraft &draft) const;
    bool hasRules() const { return m_proposer && !m_proposer->isEmpty(); }

    void reload();

Q_SIGNALS:
    void reloaded();

private:
    LocalStore &m_store;
    const ReferenceIndexes &m_indexes;
    std::unique_ptr<ClassificationSuggester> m_suggester;
    std::unique_ptr<DispatchProposer> m_proposer;
    QHash<QString, Unit> m_units;
};

} // namespace hotline
