// SPDX-License-Identifier: GPL-3.0-or-later
#include "KbRepository.h"

#include "KbTokenizer.h"
#include "KbValidator.h"
#include "store/LocalStore.h"
#include "store/Outbox.h"
#include "store/SqlSupport.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QSqlQuery>
#include <QUuid>

namespace hotline {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("hotline::KbRepository", text);
}

QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

QString listJson(const QStringList &items)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(items)).toJson(QJsonDocument::Compact));
}

QStringList listFromJson(const QString &json)
{
    QStringList items;
    for (const QJsonValue &value : QJsonDocument::fromJson(json.toUtf8()).array())
        items.append(value.toString());
    return items;
}

QVariant dateOrNull(const QDate &date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant();
}

const char *versionColumns = "article_id, version, title, questions, answer, keywords, classification, unit, region,"
                             " valid_from, valid_until, editor, saved_at";

KbVersion versionFrom(const QSqlQuery &q)
{
    KbVersion v;
    v.articleId = q.value(0).toLongLong();
    v.version = q.value(1).toInt();
    v.content.title = q.value(2).toString();
    v.content.questions = listFromJson(q.value(3).toString());
    v.content.answer = q.value(4).toString();
    v.content.keywords = listFromJson(q.value(5).toString());
    v.content.classification = q.value(6).toString();
    v.content.unit = q.value(7).toString();
    v.content.region = q.value(8).toString();
    v.content.validFrom = QDate::fromString(q.value(9).toString(), Qt::ISODate);
    v.content.validUntil = QDate::fromString(q.value(10).toString(), Qt::ISODate);
    v.editor = q.value(11).toString();
    v.savedAt = QDateTime::fromString(q.value(12).toString(), Qt::ISODateWithMs);
    return v;
}

Error refused(const QStringList &errors)
{
    return Error{QCoreApplication::translate("hotline", "文章未保存：%1").arg(errors.join(QCoreApplication::translate("hotline", "；")))};
}
} // namespace

KbRepository::KbRepository(LocalStore &store, const KbTokenizer &tokenizer) : m_store(store), m_tokenizer(tokenizer) {}

Result<int> KbRepository::insertVersion(qint64 id, const KbDraft &draft, const QString &editor)
{
    QSqlQuery query(m_store.database());
    query.prepare(QStringLiteral("SELECT current_version FROM kb_articles WHERE id = ?"));
    query.addBindValue(id);
    if (!query.exec() || !query.next())
        return Error{tr("文章 %1 不存在").arg(id)};
    const int version = query.value(0).toInt() + 1;
    query.prepare(QStringLiteral("INSERT INTO kb_versions (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                      .arg(QString::fromLatin1(versionColumns)));
    for (const QVariant &value : QVariantList{id, version, draft.title.trimmed(), listJson(draft.questions),
                                              draft.answer.trimmed(), listJson(draft.keywords),
                                              sqlText(draft.classification), sqlText(draft.unit), sqlText(draft.region),
                                              dateOrNull(draft.validFrom), dateOrNull(draft.validUntil),
                                              sqlText(editor), now()})
        query.addBindValue(value);
    if (Status s = execSql(query, QT_TRANSLATE_NOOP("LocalStore", "保存文章版本")); !s)
        return Error{s.error()};
    query.prepare(QStringLiteral("UPDATE kb_articles SET current_version = ?, updated_at = ? WHERE id = ?"));
    query.addBindValue(version);
    query.addBindValue(now());
    query.addBindValue(id);
    if (Status s = execSql(query, QT_TRANSLATE_NOOP("LocalStore", "保存文章")); !s)
        return Error{s.error()};
    return version;
}

Result<qint64> KbRepository::insertArticle(const QString &sourceKey, const QString &author)
{
    QSqlQuery query(m_store.database());
    query.prepare(QStringLiteral("INSERT INTO kb_articles (source_key, status, current_version, author, updated_at)"
                                 " VALUES (?, 'draft', 0, ?, ?)"));
    // Every article gets a key that is the same on every desk; local ids are not.
    query.addBindValue(sourceKey.isEmpty() ? QStringLiteral("kb:") + QUuid::createUuid().toString(QUuid::Id128) : sourceKey);
    query.addBindValue(sqlText(author));
    query.addBindValue(now());
    if (Status s = execSql(query, QT_TRANSLATE_NOOP("LocalStore", "新建文章")); !s)
        return Error{s.error()};
    return query.lastInsertId().toLongLong();
}

Result<qint64> KbRepository::create(const KbDraft &draft, const QString &editor, const QString &sourceKey)
{
    if (const QStringList errors = KbValidator::validate(draft); !errors.isEmpty())
        return refused(errors);
    qint64 id = 0;
    const Status status = m_store.transaction([&]() -> Status {
        Result<qint64> inserted = insertArticle(sourceKey, editor);
        if (!inserted)
            return Error{inserted.error()};
        id = inserted.value();
        Result<int> version = insertVersion(id, draft, editor);
        return version ? Status::success() : Status(Error{version.error()});
    });
    if (!status)
        return Error{status.error()};
    return id;
}

Result<int> KbRepository::save(qint64 id, const KbDraft &draft, const QString &editor)
{
    if (const QStringList errors = KbValidator::validate(draft); !errors.isEmpty())
        return refused(errors);
    int version = 0;
    const Status status = m_store.transaction([&]() -> Status {
        Result<int> saved = insertVersion(id, draft, editor);
        if (!saved)
            return Error{saved.error()};
        version = saved.value();
        return Status::success();
    });
    if (!status)
        return Error{status.error()};
    return version;
}

Status KbRepository::publishInTransaction(qint64 id, const QString &editor)
{
    Q_UNUSED(editor) // the version records who wrote it; publishing is audited with sign-in
    const std::optional<KbArticle> current = article(id);
    if (!current)
        return Error{tr("文章 %1 不存在").arg(id)};
    QSqlQuery query(m_store.database());
    query.prepare(QStringLiteral("UPDATE kb_articles SET status = 'published', published_version = current_version,"
                                 " valid_from = ?, valid_until = ?, updated_at = ? WHERE id = ?"));
    query.addBindValue(dateOrNull(current->latest.content.validFrom));
    query.addBindValue(dateOrNull(current->latest.content.validUntil));
    query.addBindValue(now());
    query.addBindValue(id);
    if (Status s = execSql(query, QT_TRANSLATE_NOOP("LocalStore", "发布文章")); !s)
        return s;
    return reindex(id, current->latest.content);
}

Status KbRepository::publish(qint64 id, const QString &editor)
{
    const Status status = m_store.transaction([&]() -> Status {
        if (Status s = publishInTransaction(id, editor); !s)
            return s;
        return enqueue(id, QStringLiteral("published"), editor);
    });
    if (status)
        m_store.notifyOutboxChanged();
    return status;
}

Status KbRepository::withdrawInTransaction(qint64 id)
{
    if (!article(id))
        return Error{tr("文章 %1 不存在").arg(id)};
    QSqlQuery query(m_store.database());
    query.prepare(QStringLiteral("UPDATE kb_articles SET status = 'withdrawn', updated_at = ? WHERE id = ?"));
    query.addBindValue(now());
    query.addBindValue(id);
    if (Status s = execSql(query, QT_TRANSLATE_NOOP("LocalStore", "撤回文章")); !s)
        return s;
    return reindex(id, std::nullopt);
}

Status KbRepository::withdraw(qint64 id, const QString &editor)
{
    const Status status = m_store.transaction([&]() -> Status {
        if (Status s = withdrawInTransaction(id); !s)
            return s;
        return enqueue(id, QStringLiteral("withdrawn"), editor);
    });
    if (status)
        m_store.notifyOutboxChanged();
    return status;
}

Status KbRepository::enqueue(qint64 id, const QString &status, const QString &editor)
{
    const std::optional<KbArticle> current = article(id);
    if (!current)
        return Error{tr("文章 %1 不存在").arg(id)};
    QJsonObject payload = current->latest.content.toJson();
    payload.insert(QStringLiteral("key"), current->sourceKey);
    payload.insert(QStringLiteral("status"), status);
    payload.insert(QStringLiteral("editor"), editor);
    return Outbox(m_store).enqueue(QStringLiteral("kb.publish"), payload);
}

Status KbRepository::applyRemote(const QString &key, const QString &status, const KbDraft &draft, const QString &editor)
{
    return m_store.transaction([&]() -> Status {
        if (status == QLatin1String("withdrawn")) {
            const std::optional<qint64> id = idForSource(key);
            return id ? withdrawInTransaction(*id) : Status::success(); // never seen here: nothing to withdraw
        }
        Result<bool> written = upsertPublished(key, draft, editor);
        return written ? Status::success() : Status(Error{written.error()});
    });
}

Status KbRepository::countTerms(const QString &tokens, int delta)
{
    QSet<QString> seen; // an article counts once per term, however often it holds it
    QSqlQuery query(m_store.database());
    query.prepare(delta > 0 ? QStringLiteral("INSERT INTO kb_term_df (term, df) VALUES (?, 1)"
                                             " ON CONFLICT (term) DO UPDATE SET df = df + 1")
                            : QStringLiteral("UPDATE kb_term_df SET df = df - 1 WHERE term = ?"));
    for (const QString &term : tokens.split(u' ', Qt::SkipEmptyParts)) {
        if (seen.contains(term))
            continue;
        seen.insert(term);
        query.addBindValue(term);
        if (Status s = execSql(query, QT_TRANSLATE_NOOP("LocalStore", "更新检索索引")); !s)
            return s;
    }
    if (delta < 0) {
        query.prepare(QStringLiteral("DELETE FROM kb_term_df WHERE df <= 0"));
        return execSql(query, QT_TRANSLATE_NOOP("LocalStore", "更新检索索引"));
    }
    return Status::success();
}

Status KbRepository::endBulkIndexing()
{
    m_bulk = false;
    QSqlQuery query(m_store.database());
    query.prepare(QStringLiteral("DELETE FROM kb_term_df"));
    if (Status s = execSql(query, QT_TRANSLATE_NOOP("LocalStore", "更新检索索引")); !s)
        return s;
    query.prepare(QStringLiteral("INSERT INTO kb_term_df (term, df) SELECT term, doc FROM kb_fts_vocab"));
    return execSql(query, QT_TRANSLATE_NOOP("LocalStore", "更新检索索引"));
}

Status KbRepository::reindex(qint64 id, const std::optional<KbDraft> &published)
{
    QSqlQuery query(m_store.database());
    if (!m_bulk) {
        // The counts lose the terms of what is indexed now, and gain those of what replaces it.
        query.prepare(QStringLiteral("SELECT title || ' ' || questions || ' ' || keywords || ' ' || body || ' ' || initials"
                                     " FROM kb_fts WHERE rowid = ?"));
        query.addBindValue(id);
        if (query.exec() && query.next()) {
            const QString old = query.value(0).toString();
            if (Status s = countTerms(old, -1); !s)
                return s;
        }
    }
    query.prepare(QStringLiteral("DELETE FROM kb_fts WHERE rowid = ?"));
    query.addBindValue(id);
    if (Status s = execSql(query, QT_TRANSLATE_NOOP("LocalStore", "更新检索索引")); !s)
        return s;
    if (!published)
        return Status::success();
    const KbDraft &d = *published;
    const QStringList columns = {
        m_tokenizer.indexTokens(d.title, true),
        m_tokenizer.indexTokens(d.questions.join(u'\n'), true),
        m_tokenizer.indexTokens(d.keywords.join(u'\n') + u'\n' + d.classification + u'\n' + d.unit, true),
        m_tokenizer.indexTokens(d.answer, false),
        m_tokenizer.initialsTokens(d.title),
    };
    query.prepare(QStringLiteral("INSERT INTO kb_fts (rowid, title, questions, keywords, body, initials)"
                                 " VALUES (?, ?, ?, ?, ?, ?)"));
    query.addBindValue(id);
    for (const QString &column : columns)
        query.addBindValue(column);
    if (Status s = execSql(query, QT_TRANSLATE_NOOP("LocalStore", "更新检索索引")); !s)
        return s;
    return m_bulk ? Status::success() : countTerms(columns.join(u' '), +1);
}

std::optional<KbArticle> KbRepository::article(qint64 id) const
{
    QSqlQuery query(m_store.database());
    query.prepare(QStringLiteral("SELECT coalesce(source_key, ''), status, current_version, published_version, author"
                                 " FROM kb_articles WHERE id = ?"));
    query.addBindValue(id);
    if (!query.exec() || !query.next())
        return std::nullopt;
    KbArticle a;
    a.id = id;
    a.sourceKey = query.value(0).toString();
    a.status = kbStatusFromCode(query.value(1).toString()).value_or(KbStatus::Draft);
    a.currentVersion = query.value(2).toInt();
    a.publishedVersion = query.value(3).toInt();
    a.author = query.value(4).toString();
    a.latest = version(id, a.currentVersion).value_or(KbVersion{});
    return a;
}

std::optional<qint64> KbRepository::idForSource(const QString &sourceKey) const
{
    QSqlQuery query(m_store.database());
    query.prepare(QStringLiteral("SELECT id FROM kb_articles WHERE source_key = ?"));
    query.addBindValue(sourceKey);
    if (query.exec() && query.next())
        return query.value(0).toLongLong();
    return std::nullopt;
}

std::optional<KbVersion> KbRepository::version(qint64 id, int number) const
{
    QSqlQuery query(m_store.database());
    query.prepare(QStringLiteral("SELECT %1 FROM kb_versions WHERE article_id = ? AND version = ?")
                      .arg(QString::fromLatin1(versionColumns)));
    query.addBindValue(id);
    query.addBindValue(number);
    if (query.exec() && query.next())
        return versionFrom(query);
    return std::nullopt;
}

QVector<KbVersion> KbRepository::history(qint64 id) const
{
    QVector<KbVersion> result;
    QSqlQuery query(m_store.database());
    query.prepare(QStringLiteral("SELECT %1 FROM kb_versions WHERE article_id = ? ORDER BY version DESC")
                      .arg(QString::fromLatin1(versionColumns)));
    query.addBindValue(id);
    if (query.exec())
        while (query.next())
            result.append(versionFrom(query));
    return result;
}

QVector<KbArticleSummary> KbRepository::list(const QString &titleFilter, int limit) const
{
    QVector<KbArticleSummary> result;
    QSqlQuery query(m_store.database());
    query.prepare(QStringLiteral("SELECT a.id, v.title, a.status, a.current_version, a.published_version, a.updated_at"
                                 " FROM kb_articles a JOIN kb_versions v ON v.article_id = a.id AND v.version = a.current_version"
                                 " WHERE instr(v.title, ?) > 0 ORDER BY a.updated_at DESC, a.id DESC LIMIT ?"));
    query.addBindValue(sqlText(titleFilter.trimmed()));
    query.addBindValue(limit);
    if (query.exec())
        while (query.next())
            result.append({query.value(0).toLongLong(), query.value(1).toString(),
                           kbStatusFromCode(query.value(2).toString()).value_or(KbStatus::Draft), query.value(3).toInt(),
                           query.value(4).toInt(), QDateTime::fromString(query.value(5).toString(), Qt::ISODateWithMs)});
    return result;
}

int KbRepository::publishedCount() const
{
    QSqlQuery query(m_store.database());
    if (query.exec(QStringLiteral("SELECT count(*) FROM kb_articles WHERE status = 'published'")) && query.next())
        return query.value(0).toInt();
    return 0;
}

Result<bool> KbRepository::upsertPublished(const QString &sourceKey, const KbDraft &draft, const QString &editor)
{
    if (const QStringList errors = KbValidator::validate(draft); !errors.isEmpty())
        return refused(errors);
    const std::optional<qint64> existing = idForSource(sourceKey);
    if (existing) {
        const std::optional<KbArticle> current = article(*existing);
        if (current && current->status == KbStatus::Published && !current->hasUnpublishedChanges()
            && current->latest.content == draft)
            return false;
    }
    qint64 id = existing.value_or(0);
    if (!existing) {
        Result<qint64> inserted = insertArticle(sourceKey, editor);
        if (!inserted)
            return Error{inserted.error()};
        id = inserted.value();
    }
    if (Result<int> version = insertVersion(id, draft, editor); !version)
        return Error{version.error()};
    if (Status s = publishInTransaction(id, editor); !s)
        return Error{s.error()};
    return true;
}

} // namespace hotline
