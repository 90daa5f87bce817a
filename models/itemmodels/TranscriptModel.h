// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "telephony/TranscriptSentence.h"

#include <QAbstractListModel>
#include <QElapsedTimer>
#include <QPointer>

namespace hotline {

class TranscriptSource;

// The sentences of the current call's live transcript, one a row, in the order they were
// said, each with its time into the call; beside them the line being recognised (partial)
// and the source's trouble, if any. It follows one TranscriptSource; a new call clears it.
class TranscriptModel : public QAbstractListModel {
    Q_OBJECT
public:
    enum Role { TextRole = Qt::UserRole + 1, OffsetMsRole, FinalRole };

    explicit TranscriptModel(QObject *parent = nullptr);

    // Follows `source` (nullptr: none); what was shown stays until its next call starts.
    void setSource(TranscriptSource *source);
    TranscriptSource *source() const { return m_source; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    const TranscriptSentence &sentence(int row) const { return m_rows.at(row).sentence; }
    const QString &partial() const { return m_partial; }
    const QString &trouble() const { return m_trouble; }
    const QString &callId() const { return m_callId; }
    // Between the source's started() and finished().
    bool isLive() const { return m_live; }
    void clear();

    // "mm:ss" into the call ("h:mm:ss" past an hour).
    static QString offsetText(qint64 ms);

Q_SIGNALS:
    void partialChanged(const QString &text);
    void troubleChanged(const QString &reason);
    void liveChanged(bool live);

private:
    struct Row {
        TranscriptSentence sentence;
        qint64 offsetMs; // the sentence's start, or when it arrived if the source gave none
    };
    void begin(const QString &callId);
    void add(const TranscriptSentence &sentence);
    void setPartial(const QString &text);
    void setTrouble(const QString &reason);
    void setLive(bool live);

    QPointer<TranscriptSource> m_source;
    QList<Row> m_rows;
    QString m_partial;
    QString m_trouble;
    QString m_callId;
    QElapsedTimer m_sinceStart;
    bool m_live = false;
};

} // namespace hotline
