// SPDX-License-Identifier: GPL-3.0-or-later
#include "FormProposals.h"

#include "ReferenceIndexes.h"
#include "catalog/CatalogRepository.h"
#include "classify/ClassifierRepository.h"
#include "dispatch/DispatchQueryBuilder.h"
#include "dispatch/DispatchRuleRepository.h"
#include "store/LocalStore.h"
#include "units/UnitRepository.h"

namespace hotline {

FormProposals::FormProposals(LocalStore &store, const ReferenceIndexes &indexes, QObject *parent)
    : QObject(parent), m_store(store), m_indexes(indexes)
{
    reload();
    // After the indexes: a proposal asks them for the catalogue and the divisions.
    connect(&m_indexes, &ReferenceIndexes::reloaded, this, &FormProposals::reload);
}

FormProposals::~FormProposals() = default;

void FormProposals::reload()
{
    m_suggester.reset();
    Result<TextClassifier> model = ClassifierRepository(m_store).load();
    if (!model)
        qWarning("classification suggestion off: %s", qPrintable(model.error()));
    else if (model.value().isTrained())
        m_suggester = std::make_unique<ClassificationSuggester>(std::move(model).value(), CatalogRepository(m_store).all());
    const QVector<Unit> units = UnitRepository(m_store).all();
    m_units.clear();
    for (const Unit &unit : units)
        m_units.insert(unit.code, unit);
    m_proposer = std::make_unique<DispatchProposer>(DispatchRuleRepository(m_store).all(), units);
    Q_EMIT reloaded();
}

QVector<ClassificationSuggestion> FormProposals::items(QStringView description, int k) const
{
    return hasClassifier() ? m_suggester->suggest(description, k) : QVector<ClassificationSuggestion>{};
}

std::optional<PlaceInText> FormProposals::place(const QString &description) const
{
    return PlaceFromText(m_indexes.divisions(), m_indexes.geo()).find(description);
}

Result<DispatchProposal> FormProposals::unit(const WorkOrderDraft &draft) const
{
    if (!hasRules())
        return Error{tr("没有派单规则")};
    if (draft.classification.isEmpty())
        return Error{tr("还没有事项分类")};
    const DispatchQueryBuilder builder(m_indexes.catalog(), m_indexes.divisions());
    return m_proposer->propose(builder.fromText(draft.classification, draft.address.detail, draft.address));
}

Result<DispatchProposal> FormProposals::chosenUnit(const QString &code, const WorkOrderDraft &draft) const
{
    const auto unit = m_units.constFind(code);
    if (unit == m_units.cend())
        return Error{tr("单位名录中没有 %1").arg(code)};
    DispatchProposal proposal;
    proposal.lead = *unit;
    const QString item = draft.classification.isEmpty() ? tr("未分类") : draft.classification.level3;
    proposal.reason = tr("%1 · 接线员指定 → %2").arg(item, unit->name);
    proposal.confidence = 1.0;
    return proposal;
}

} // namespace hotline
