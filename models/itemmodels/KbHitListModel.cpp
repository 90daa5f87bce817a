// SPDX-License-Identifier: GPL-3.0-or-later
#include "KbHitListModel.h"

namespace hotline {

KbHitListModel::KbHitListModel(QObject *parent) : QAbstractListModel(parent) {}

int KbHitListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_hits.size());
}

QVariant KbHitListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const KbHit &hit = m_hits.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return hit.title;
    case Qt::ToolTipRole:
        return hit.unit;
    case HtmlRole:
        return QString(QStringLiteral("<div style='font-weight:600'>") + KbHit::highlighted(hit.title, hit.titleHighlights)
             + QStringLiteral("</div><div style='color:#555'>") + KbHit::highlighted(hit.snippet, hit.snippetHighlights)
             + QStringLiteral("</div>"));
    case ArticleIdRole:
        return hit.articleId;
    case VersionRole:
        return hit.version;
    default:
        return {};
    }
}

void KbHitListModel::setHits(QVector<KbHit> hits)
{
    beginResetModel();
    m_hits = std::move(hits);
    endResetModel();
}

} // namespace hotline
