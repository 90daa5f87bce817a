// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFile>
#include <QString>
#include <QStringList>
#include <QVector>

namespace hotline::bench {

// Knowledge articles as plain documents, for engines other than ours, and the relevance set
// written from how callers speak (tests/data/kb_relevance.tsv) or the caller questions written
// blind before the titles were read (tests/data/kb_relevance_callers.tsv). A query with no
// expected article is one the base does not answer.
struct KbDocument {
    QString key; // "gd:…" / "teddy:…": the same source keys our importer stores
    QString title;
    QString body;
};

struct RelevanceQuery {
    QString kind;
    QString query;
    QStringList expected;
};

inline QVector<RelevanceQuery> loadRelevanceSet(const QString &path)
{
    QVector<RelevanceQuery> queries;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return queries;
    const QStringList lines = QString::fromUtf8(file.readAll()).split(u'\n', Qt::SkipEmptyParts);
    for (const QString &line : lines) {
        if (line.startsWith(u'#') || line.startsWith(QStringLiteral("kind\t")))
            continue; // the file's description and its header
        const QStringList f = line.split(u'\t');
        if (f.size() >= 3)
            queries.append({f.at(0).trimmed(), f.at(1).trimmed(), f.at(2).trimmed().split(u'|', Qt::SkipEmptyParts)});
    }
    return queries;
}

// Recall@k: the share of the relevant articles (at most k of them) found in the top k.
inline double recallAt(const QStringList &ranked, const QStringList &expected, int k)
{
    if (expected.isEmpty())
        return 0;
    int found = 0;
    for (int i = 0; i < std::min<int>(k, int(ranked.size())); ++i)
        found += expected.contains(ranked.at(i)) ? 1 : 0;
    return double(found) / double(std::min<qsizetype>(k, expected.size()));
}

inline double reciprocalRank(const QStringList &ranked, const QStringList &expected)
{
    for (int i = 0; i < int(ranked.size()); ++i)
        if (expected.contains(ranked.at(i)))
            return 1.0 / (i + 1);
    return 0;
}

} // namespace hotline::bench
