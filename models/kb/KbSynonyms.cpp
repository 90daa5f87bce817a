// SPDX-License-Identifier: GPL-3.0-or-later
#include "KbSynonyms.h"

#include "KbTokenizer.h"
#include "importing/CsvImport.h"
#include "store/LocalStore.h"
#include "store/SqlSupport.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

namespace hotline {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("hotline::KbSynonyms", text);
}

constexpr qsizetype maxTermLength = 12;
constexpr qsizetype maxGroupSize = 12;
const char *revisionKey = "kb.synonyms.revision";
// The notes ride in the store's meta as a JSON array beside the groups: only the editors'
// screen reads them, and the search's table stays one row a term.
const char *notesKey = "kb.synonyms.notes";
} // namespace

KbSynonyms::KbSynonyms(QVector<QStringList> groups) : m_groups(std::move(groups))
{
    // Longest first inside each group: where 丢失 matches, 丢 is not tried.
    for (QStringList &group : m_groups)
        std::stable_sort(group.begin(), group.end(), [](const QString &a, const QString &b) { return a.size() > b.size(); });
}

Result<int> KbSynonyms::importCsv(LocalStore &store, const QString &path)
{
    const Result<QVector<CsvRecord>> records = CsvReader::readFile(path);
    return importRecords<QStringList>(records, &KbSynonyms::parse, [&store, &records](const QVector<QStringList> &groups) {
        return replaceAll(store, groups, notesOf(records.value()));
    });
}

QStringList KbSynonyms::notesOf(const QVector<CsvRecord> &records)
{
    QStringList notes;
    for (qsizetype i = 1; i < records.size(); ++i)
        notes.append(records.at(i).fields.value(1).trimmed());
    return notes;
}

Result<QVector<QStringList>> KbSynonyms::parse(const QVector<CsvRecord> &records)
{
    if (Status header = CsvReader::expectHeader(records, {QStringLiteral("terms"), QStringLiteral("note")}); !header)
        return Error{header.error()};
    QVector<QStringList> groups;
    QHash<QString, int> lineOf;
    for (qsizetype i = 1; i < records.size(); ++i) {
        const CsvRecord &record = records.at(i);
        const auto fail = [&](const QString &problem) { return Error{tr("第 %1 行：%2").arg(record.line).arg(problem)}; };
        if (record.fields.size() != 2)
            return fail(tr("应有 2 列（terms,note），实际 %1 列").arg(record.fields.size()));
        QStringList group;
        for (const QString &raw : record.fields.at(0).split(u'|')) {
            const QString term = KbTokenizer::fold(raw.trimmed());
            if (term.isEmpty())
                return fail(tr("同义词不能为空（多写了一个 | ？）"));
            if (term.size() > maxTermLength)
                return fail(tr("同义词“%1”太长：最多 %2 个字").arg(term).arg(maxTermLength));
            if (group.contains(term))
                return fail(tr("“%1”在这一组里写了两次").arg(term));
            if (lineOf.contains(term))
                return fail(tr("“%1”已在第 %2 行的一组里：一个词只能属于一组").arg(term).arg(lineOf.value(term)));
            group.append(term);
            lineOf.insert(term, record.line);
        }
        if (group.size() < 2 || group.size() > maxGroupSize)
            return fail(tr("一组应有 2 到 %1 个词，用 | 隔开").arg(maxGroupSize));
        groups.append(group);
    }
    return groups;
}

Status KbSynonyms::replaceAll(LocalStore &store, const QVector<QStringList> &groups)
{
    return replaceAll(store, groups, {});
}

Status KbSynonyms::replaceAll(LocalStore &store, const QVector<QStringList> &groups, const QStringList &notes)
{
    return store.transaction([&]() -> Status {
        QSqlQuery query(store.database());
        if (!query.exec(QStringLiteral("DELETE FROM kb_synonyms")))
            return Error{tr("无法清空旧的同义词")};
        query.prepare(QStringLiteral("INSERT INTO kb_synonyms (term, group_no) VALUES (?, ?)"));
        for (qsizetype g = 0; g < groups.size(); ++g)
            for (const QString &term : std::as_const(groups.at(g))) {
                query.addBindValue(term);
                query.addBindValue(int(g));
                if (Status s = execSql(query, QT_TRANSLATE_NOOP("LocalStore", "保存同义词")); !s)
                    return s;
            }
        QJsonArray noteList;
        for (qsizetype g = 0; g < groups.size(); ++g)
            noteList.append(notes.value(g));
        if (Status s = store.setMeta(QString::fromLatin1(notesKey), QString::fromUtf8(QJsonDocument(noteList).toJson(QJsonDocument::Compact))); !s)
            return s;
        return store.setMeta(QString::fromLatin1(revisionKey),
                             QString::number(QDateTime::currentMSecsSinceEpoch()) + u'-' + QString::number(groups.size()));
    });
}

KbSynonyms KbSynonyms::load(LocalStore &store)
{
    QSqlQuery query(store.database());
    QVector<QStringList> groups;
    QHash<int, qsizetype> indexOf;
    if (query.exec(QStringLiteral("SELECT group_no, term FROM kb_synonyms ORDER BY group_no"))) {
        while (query.next()) {
            const int group = query.value(0).toInt();
            if (!indexOf.contains(group)) {
                indexOf.insert(group, groups.size());
                groups.append(QStringList());
            }
            groups[indexOf.value(group)].append(query.value(1).toString());
        }
    }
    return KbSynonyms(std::move(groups));
}

QVector<KbSynonyms::Group> KbSynonyms::storedGroups(const LocalStore &store)
{
    const QJsonArray notes = QJsonDocument::fromJson(store.meta(QString::fromLatin1(notesKey)).toUtf8()).array();
    QSqlQuery query(store.database());
    QVector<Group> groups;
    QHash<int, qsizetype> indexOf;
    // By rowid within a group: the terms in the order they were written.
    if (query.exec(QStringLiteral("SELECT group_no, term FROM kb_synonyms ORDER BY group_no, rowid"))) {
        while (query.next()) {
            const int group = query.value(0).toInt();
            if (!indexOf.contains(group)) {
                indexOf.insert(group, groups.size());
                groups.append({{}, notes.at(group).toString()});
            }
            groups[indexOf.value(group)].terms.append(query.value(1).toString());
        }
    }
    return groups;
}

QString KbSynonyms::revision(const LocalStore &store)
{
    return store.meta(QString::fromLatin1(revisionKey));
}

QVector<KbSynonyms::Variant> KbSynonyms::variants(const QString &normalized) const
{
    QVector<Variant> variants;
    for (const QStringList &group : m_groups) {
        const auto held = std::find_if(group.cbegin(), group.cend(), [&](const QString &term) { return normalized.contains(term); });
        if (held == group.cend())
            continue;
        for (const QString &other : group) {
            // Not a term that already holds the matched one (丢失 for 丢): the query has it.
            if (other == *held || other.contains(*held))
                continue;
            QString variant = normalized;
            variant.replace(*held, other);
            variants.append({variant, *held, other});
            if (variants.size() == maxVariants)
                return variants;
        }
    }
    return variants;
}

} // namespace hotline
