// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "kb/KbSearch.h"

#include <QAbstractListModel>

namespace hotline {

// Knowledge-base hits as a list: the title and snippet with the matched words in <b>.
class KbHitListModel : public QAbstractListModel {
    Q_OBJECT
public:
    enum Role { HtmlRole = Qt::UserRole + 1, ArticleIdRole, VersionRole };

    explicit KbHitListModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;

    void setHits(QVector<KbHit> hits);
    const KbHit &at(int row) const { return m_hits.at(row); }

private:
    QVector<KbHit> m_hits;
};

} // namespace hotline
