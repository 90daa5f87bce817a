// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "KbArticle.h"
#include "core/Result.h"

#include <QObject>
#include <QVector>

#include <optional>

namespace hotline {

class KbTokenizer;
class LocalStore;

struct KbArticleSummary {
    qint64 id = 0;
    QString title;
    KbStatus status = KbStatus::Draft;
    int currentVersion = 0;
    int publishedVersion = 0;
    QDateTime updatedAt;
};

// Knowledge-base articles with their versions. Saving always adds a version; publishing makes
// the latest version the one desks answer with and puts it in the search index in the same
// transaction, so it is searchable the moment publish returns.
class KbRepository {
public:
    KbRepository(LocalStore &store, const KbTokenizer &tokenizer);

    // A new article: version 1, a draft. `sourceKey` ties an imported article to its origin.
    Result<qint64> create(const KbDraft &draft, const QString &editor, const QString &sourceKey = {});
    // A new version of an existing article; what desks see changes only on publish.
    Result<int> save(qint64 id, const KbDraft &draft, const QString &editor);
    // Publishing and withdrawing on this desk also queue the article for the centre, which
    // passes it to every other desk.
    Status publish(qint64 id, const QString &editor);
    Status withdraw(qint64 id, const QString &editor);
    // An article another desk published or withdrew, as the centre sent it: stored, never
    // queued back.
    Status applyRemote(const QString &key, const QString &status, const KbDraft &draft, const QString &editor);

    std::optional<KbArticle> article(qint64 id) const;
    std::optional<qint64> idForSource(const QString &sourceKey) const;
    std::optional<KbVersion> version(qint64 id, int version) const;
    QVector<KbVersion> history(qint64 id) const;
    // Newest first; `titleFilter` keeps titles containing it.
    QVector<KbArticleSummary> list(const QString &titleFilter = {}, int limit = 500) const;
    int publishedCount() const;

    // Create-or-save and publish: the import path, called inside the importer's transaction so
    // that a whole file lands or none of it. Unchanged articles are left alone. Returns true
    // when something was written.
    Result<bool> upsertPublished(const QString &sourceKey, const KbDraft &draft, const QString &editor);

    // For imports of many articles: while on, publishing skips the per-term counts the search
    // uses to pick terms; turning it off recounts them all from the index in one pass. Call
    // both inside the import's transaction.
    void beginBulkIndexing() { m_bulk = true; }
    Status endBulkIndexing();
    // After a failed import: its transaction was rolled back, counts and all.
    void abandonBulkIndexing() { m_bulk = false; }

private:
    Status countTerms(const QString &tokens, int delta);
    // The article row, without a version yet; a null source key for articles written here.
    Result<qint64> insertArticle(const QString &sourceKey, const QString &author);
    Result<int> insertVersion(qint64 id, const KbDraft &draft, const QString &editor);
    Status publishInTransaction(qint64 id, const QString &editor);
    Status withdrawInTransaction(qint64 id);
    Status enqueue(qint64 id, const QString &status, const QString &editor);
    Status reindex(qint64 id, const std::optional<KbDraft> &published);

    LocalStore &m_store;
    const KbTokenizer &m_tokenizer;
    bool m_bulk = false;
};

} // namespace hotline
