// SPDX-License-Identifier: GPL-3.0-or-later
#include "KbTitleVocabulary.h"

#include "KbTokenizer.h"
#include "store/LocalStore.h"

#include <QSet>
#include <QSqlQuery>

namespace hotline {

namespace {
// A word must end at least this many titles, and at least this share of those holding it,
// to count as an action: one title ending with a matter (…的护照) makes no action of it.
constexpr int minActionTitles = 3;
constexpr double actionEndingShare = 0.5;
} // namespace

KbTitleVocabulary KbTitleVocabulary::fromTitles(const QStringList &titles)
{
    KbTitleVocabulary vocabulary;
    QSet<QString> seen;
    for (const QString &title : titles) {
        seen.clear();
        QString last;
        for (const QString &run : KbTokenizer::runs(title)) {
            if (!KbTokenizer::isHanRun(run))
                continue;
            const QList<uint> chars = run.toUcs4();
            for (qsizetype i = 0; i < chars.size(); ++i) {
                QString term;
                if (chars.size() == 1) {
                    const char32_t one = chars.at(i);
                    term = QString::fromUcs4(&one, 1);
                } else if (i + 1 < chars.size()) {
                    const char32_t pair[2] = {chars.at(i), chars.at(i + 1)};
                    term = QString::fromUcs4(pair, 2);
                } else {
                    break;
                }
                if (!seen.contains(term)) {
                    seen.insert(term);
                    ++vocabulary.m_counts[term].holding;
                }
                last = term;
            }
        }
        if (!last.isEmpty())
            ++vocabulary.m_counts[last].ending;
    }
    return vocabulary;
}

KbTitleVocabulary KbTitleVocabulary::load(LocalStore &store)
{
    QSqlQuery query(store.database());
    query.setForwardOnly(true);
    QStringList titles;
    if (query.exec(QStringLiteral("SELECT v.title FROM kb_articles a JOIN kb_versions v"
                                  " ON v.article_id = a.id AND v.version = a.published_version WHERE a.status = 'published'")))
        while (query.next())
            titles.append(KbTokenizer::fold(query.value(0).toString()));
    return fromTitles(titles);
}

QString KbTitleVocabulary::revision(LocalStore &store)
{
    QSqlQuery query(store.database());
    if (query.exec(QStringLiteral("SELECT (SELECT max(rowid) FROM kb_versions), (SELECT max(id) FROM kb_articles)"))
        && query.next())
        return query.value(0).toString() + u'/' + query.value(1).toString();
    return {};
}

KbTitleVocabulary::Role KbTitleVocabulary::role(const QString &term) const
{
    const auto it = m_counts.constFind(term);
    if (it == m_counts.cend() || !KbTokenizer::isHanRun(term))
        return Role::Other;
    if (it->ending >= minActionTitles && it->ending >= actionEndingShare * it->holding)
        return Role::Action;
    return Role::Matter;
}

} // namespace hotline
