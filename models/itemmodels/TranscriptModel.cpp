// SPDX-License-Identifier: GPL-3.0-or-later
#include "TranscriptModel.h"

#include "telephony/TranscriptSource.h"

namespace hotline {

TranscriptModel::TranscriptModel(QObject *parent) : QAbstractListModel(parent)
{
}

void TranscriptModel::setSource(TranscriptSource *source)
{
    if (m_source == source)
        return;
    if (m_source)
        m_source->disconnect(this);
    m_source = source;
    setLive(false);
    if (!source)
        return;
    connect(source, &TranscriptSource::started, this, &TranscriptModel::begin);
    connect(source, &TranscriptSource::partial, this, &TranscriptModel::setPartial);
    connect(source, &TranscriptSource::sentence, this, &TranscriptModel::add);
    connect(source, &TranscriptSource::trouble, this, &TranscriptModel::setTrouble);
    connect(source, &TranscriptSource::finished, this, [this] {
        setPartial(QString());
        setLive(false);
    });
}

int TranscriptModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant TranscriptModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return QStringLiteral("%1  %2").arg(offsetText(row.offsetMs), row.sentence.text);
    case Qt::ToolTipRole:
        return row.sentence.final ? QVariant() : QVariant(tr("实时识别结果，未经校正"));
    case TextRole:
        return row.sentence.text;
    case OffsetMsRole:
        return row.offsetMs;
    case FinalRole:
        return row.sentence.final;
    default:
        return {};
    }
}

QHash<int, QByteArray> TranscriptModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(TextRole, "text");
    names.insert(OffsetMsRole, "offsetMs");
    names.insert(FinalRole, "final");
    return names;
}

QString TranscriptModel::offsetText(qint64 ms)
{
    const qint64 seconds = std::max<qint64>(0, ms) / 1000;
    const QChar zero(u'0');
    if (seconds >= 3600)
        return QStringLiteral("%1:%2:%3")
            .arg(seconds / 3600)
            .arg(seconds / 60 % 60, 2, 10, zero)
            .arg(seconds % 60, 2, 10, zero);
    return QStringLiteral("%1:%2").arg(seconds / 60, 2, 10, zero).arg(seconds % 60, 2, 10, zero);
}

void TranscriptModel::clear()
{
    beginResetModel();
    m_rows.clear();
    endResetModel();
    setPartial(QString());
    setTrouble(QString());
}

void TranscriptModel::begin(const QString &callId)
{
    clear();
    m_callId = callId;
    m_sinceStart.start();
    setLive(true);
}

void TranscriptModel::add(const TranscriptSentence &sentence)
{
    const qint64 offset =
        sentence.startMs >= 0 ? sentence.startMs : (m_sinceStart.isValid() ? m_sinceStart.elapsed() : 0);
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size()));
    m_rows.append({sentence, offset});
    endInsertRows();
    setPartial(QString());
}

void TranscriptModel::setPartial(const QString &text)
{
    if (m_partial == text)
        return;
    m_partial = text;
    Q_EMIT partialChanged(text);
}

void TranscriptModel::setTrouble(const QString &reason)
{
    if (m_trouble == reason)
        return;
    m_trouble = reason;
    Q_EMIT troubleChanged(reason);
}

void TranscriptModel::setLive(bool live)
{
    if (m_live == live)
        return;
    m_live = live;
    Q_EMIT liveChanged(live);
}

} // namespace hotline
