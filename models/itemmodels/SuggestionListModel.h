// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "suggest/Suggestion.h"

#include <QAbstractListModel>

namespace hotline {

// The ranked answers a picker shows under its field.
class SuggestionListModel : public QAbstractListModel {
    Q_OBJECT
public:
    enum Role { KeyRole = Qt::UserRole + 1, DetailRole, ScoreRole };

    explicit SuggestionListModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    void setSuggestions(QVector<Suggestion> suggestions);
    const Suggestion &at(int row) const { return m_items.at(row); }

private:
    QVector<Suggestion> m_items;
};

} // namespace hotline
