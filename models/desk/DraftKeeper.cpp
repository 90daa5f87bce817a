// SPDX-License-Identifier: GPL-3.0-or-later
#include "DraftKeeper.h"

#include "store/LocalStore.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

namespace hotline {

namespace {
const QString draftKey = QStringLiteral("desk.draft");
} // namespace

bool KeptDraft::isEmpty() const
{
    // Nothing an operator would miss: the form as a new call leaves it.
    return draft == WorkOrderDraft{} && chosenUnit.isEmpty();
}

QJsonObject KeptDraft::toJson() const
{
    return {{QStringLiteral("draft"), draft.toJson()},
            {QStringLiteral("chosenUnit"), chosenUnit},
            {QStringLiteral("callId"), callId},
            {QStringLiteral("callerNumber"), callerNumber},
            {QStringLiteral("savedAt"), savedAt.toUTC().toString(Qt::ISODateWithMs)}};
}

std::optional<KeptDraft> KeptDraft::fromJson(const QJsonObject &json)
{
    if (!json.value(QLatin1String("draft")).isObject())
        return std::nullopt;
    KeptDraft kept;
    kept.draft = WorkOrderDraft::fromJson(json.value(QLatin1String("draft")).toObject());
    kept.chosenUnit = json.value(QLatin1String("chosenUnit")).toString();
    kept.callId = json.value(QLatin1String("callId")).toString();
    kept.callerNumber = json.value(QLatin1String("callerNumber")).toString();
    kept.savedAt = QDateTime::fromString(json.value(QLatin1String("savedAt")).toString(), Qt::ISODateWithMs);
    return kept;
}

DraftKeeper::DraftKeeper(LocalStore &store, int pauseMs, QObject *parent)
    : QObject(parent), m_store(store), m_pause(new QTimer(this))
{
    m_pause->setSingleShot(true);
    m_pause->setInterval(pauseMs);
    connect(m_pause, &QTimer::timeout, this, &DraftKeeper::write);
}

void DraftKeeper::changed(const KeptDraft &draft)
{
    m_pending = draft;
    m_pause->start();
}

void DraftKeeper::flush()
{
    if (!m_pending)
        return;
    m_pause->stop();
    write();
}

void DraftKeeper::discard()
{
    m_pause->stop();
    m_pending.reset();
    if (Status s = m_store.setMeta(draftKey, QString()); !s) {
        m_lastError = s.error();
        Q_EMIT failed(s.error());
    }
}

std::optional<KeptDraft> DraftKeeper::left() const
{
    const QString text = m_store.meta(draftKey);
    if (text.isEmpty())
        return std::nullopt;
    std::optional<KeptDraft> kept = KeptDraft::fromJson(QJsonDocument::fromJson(text.toUtf8()).object());
    if (!kept || kept->isEmpty())
        return std::nullopt;
    return kept;
}

void DraftKeeper::write()
{
    if (!m_pending)
        return;
    KeptDraft draft = *std::exchange(m_pending, std::nullopt);
    draft.savedAt = QDateTime::currentDateTimeUtc();
    const QString text = draft.isEmpty() ? QString() : QString::fromUtf8(QJsonDocument(draft.toJson()).toJson(QJsonDocument::Compact));
    // One statement, committed with the store's synchronous setting: on disk when it returns.
    if (Status s = m_store.setMeta(draftKey, text); !s) {
        m_lastError = s.error();
        Q_EMIT failed(s.error());
        return;
    }
    m_lastError.clear();
    Q_EMIT kept();
}

} // namespace hotline
