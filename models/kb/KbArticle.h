// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QJsonObject>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>

namespace hotline {

// What an editor writes: one question, one answer, and what helps find and trust it.
struct KbDraft {
    QString title;
    QStringList questions; // how callers ask it, one per entry
    QString answer;
    QStringList keywords;
    QString classification; // item classification path, as text
    QString unit;           // the responsible unit
    QString region;
    QDate validFrom; // null: no start
    QDate validUntil; // null: no end

    friend bool operator==(const KbDraft &, const KbDraft &) = default;
    // The wire form the desks and the centre exchange.
    QJsonObject toJson() const;
    static KbDraft fromJson(const QJsonObject &json);
};

enum class KbStatus { Draft, Published, Withdrawn };
QString toCode(KbStatus status);
std::optional<KbStatus> kbStatusFromCode(const QString &code);
QString displayName(KbStatus status);

// One saved version of an article. Versions are never changed once saved.
struct KbVersion {
    qint64 articleId = 0;
    int version = 0;
    KbDraft content;
    QString editor;
    QDateTime savedAt;
};

// An article as the editor sees it: its latest version and where publishing stands.
struct KbArticle {
    qint64 id = 0;
    QString sourceKey; // its key on every desk: where an import came from ("gd:…"), or "kb:<uuid>"
    KbStatus status = KbStatus::Draft;
    int currentVersion = 0;   // the latest saved version
    int publishedVersion = 0; // the version desks answer with; 0 when none
    QString author;
    KbVersion latest;

    bool hasUnpublishedChanges() const { return currentVersion != publishedVersion; }
    // Published, and today inside its validity: the only articles a desk may answer with.
    bool isCurrentOn(const QDate &day) const;
};

} // namespace hotline
