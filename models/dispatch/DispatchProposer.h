// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DispatchRule.h"
#include "catalog/Classification.h"
#include "core/Result.h"
#include "divisions/Address.h"
#include "units/Unit.h"

#include <QCoreApplication>
#include <QHash>
#include <QVector>

namespace hotline {

// What dispatch is decided on: the item, the ground (a LocationContext code), the place's
// divisions and the words the operator wrote for it.
struct DispatchQuery {
    Classification item;
    QString context;
    Address address;
    QString placeText;
};

// First responsibility (首接负责): one lead unit, optional co-units, and why.
struct DispatchProposal {
    Unit lead;
    QVector<Unit> coUnits;
    QString reason; // "路灯 · 市政道路 · 西城区 → 西城区城市管理委员会"
    int ruleLine = 0;
    // How sure the rules are, 0–1: a rule naming the leaf item and its ground is sure; the
    // catch-all line, or a lead's second choice, is a guess the review queue should see.
    double confidence = 0;
};

// Proposes the responsible unit from the rules: the most specific rule (item, then ground,
// then jurisdiction) whose lead resolves to a unit of the directory.
class DispatchProposer {
    Q_DECLARE_TR_FUNCTIONS(hotline::DispatchProposer)
public:
    DispatchProposer(QVector<DispatchRule> rules, const QVector<Unit> &units);

    Result<DispatchProposal> propose(const DispatchQuery &query) const;
    bool isEmpty() const { return m_rules.isEmpty(); }

private:
    std::optional<Unit> resolve(const QString &lead, const DispatchQuery &query) const;
    std::optional<Unit> propertyManager(const DispatchQuery &query) const;

    QVector<DispatchRule> m_rules;
    QHash<QString, Unit> m_units;
    QVector<Unit> m_propertyManagers;
};

} // namespace hotline
