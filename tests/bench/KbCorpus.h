// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importing/CsvReader.h"

#include <QFile>
#include <QString>
#include <QStringList>
#include <QVector>

namespace hotline::bench {

// The knowledge corpus as plain documents, for engines other than ours, and the relevance
// set written from how callers speak (tests/data/kb_relevance.tsv).
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

inline QVector<KbDocument> loadKbDocuments(const QString &dir)
{
    QVector<KbDocument> docs;
    const auto gov = CsvReader::readFile(dir + QStringLiteral("/guangdong_gov_service_matters.csv"));
    if (gov) {
        for (qsizetype i = 1; i < gov.value().size(); ++i) {
            const QStringList &f = gov.value().at(i).fields;
            if (f.size() != 18)
                continue;
            // The same fields our importer makes the answer of.
            QStringList body{f.at(2), f.at(8), f.at(11), f.at(15), f.at(16), f.at(4), f.at(6)};
            docs.append({QStringLiteral("gd:") + f.at(0), f.at(1), body.join(u'\n')});
        }
    }
    const auto pairs = CsvReader::readFile(dir + QStringLiteral("/teddy2020_message_reply_pairs.csv"));
    if (pairs) {
        for (qsizetype i = 1; i < pairs.value().size(); ++i) {
            const QStringList &f = pairs.value().at(i).fields;
            if (f.size() != 7)
                continue;
            docs.append({QStringLiteral("teddy:") + f.at(0), f.at(2), f.at(4) + u'\n' + f.at(5)});
        }
    }
    return docs;
}

inline QVector<RelevanceQuery> loadRelevanceSet(const QString &path)
{
    QVector<RelevanceQuery> queries;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return queries;
    const QStringList lines = QString::fromUtf8(file.readAll()).split(u'\n', Qt::SkipEmptyParts);
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QStringList f = lines.at(i).split(u'\t');
        if (f.size() >= 3)
            queries.append({f.at(0).trimmed(), f.at(1).trimmed(), f.at(2).trimmed().split(u'|', Qt::SkipEmptyParts)});
    }
    return queries;
}

// Recall@k: the share of the relevant articles (at most k of them) found in the top k.
inline double recallAt(const QStringList &ranked, const QStringList &expected, int k)
{
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
