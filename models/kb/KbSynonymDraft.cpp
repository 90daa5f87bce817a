// SPDX-License-Identifier: GPL-3.0-or-later
#include "KbSynonymDraft.h"

#include "importing/CsvReader.h"

#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace hotline {

namespace {
// A group whatever the order of its terms: the same words and note are the same group.
QString contentKey(const KbSynonymDraft::Group &group)
{
    QStringList terms = group.terms;
    std::sort(terms.begin(), terms.end());
    return terms.join(u'|') + u'\x1f' + group.note;
}

QString csvField(const QString &text)
{
    if (!text.contains(u',') && !text.contains(u'"') && !text.contains(u'\n') && !text.contains(u'\r'))
        return text;
    return u'"' + QString(text).replace(QStringLiteral("\""), QStringLiteral("\"\"")) + u'"';
}

// One line, trimmed: a note is a remark beside a group, not a paragraph.
QString cleanNote(const QString &note)
{
    return note.simplified();
}
} // namespace

KbSynonymDraft::KbSynonymDraft(QVector<Group> published) : m_published(std::move(published))
{
    revert();
}

KbSynonymDraft KbSynonymDraft::load(const LocalStore &store)
{
    return KbSynonymDraft(KbSynonyms::storedGroups(store));
}

QStringList KbSynonymDraft::splitTerms(const QString &text)
{
    // Not on spaces: a term may hold one (wifi 密码). Empty pieces are kept, so that the
    // import's rule names a doubled separator rather than it passing unseen.
    static const QRegularExpression separators(QStringLiteral("[|｜、，,]"));
    QStringList terms = text.trimmed().split(separators);
    for (QString &term : terms)
        term = term.trimmed();
    return terms;
}

Result<QVector<KbSynonymDraft::Group>> KbSynonymDraft::checked(const QVector<Group> &candidate)
{
    // The records the import would read, numbered as the screen numbers the groups.
    QVector<CsvRecord> records{{0, {QStringLiteral("terms"), QStringLiteral("note")}}};
    for (qsizetype i = 0; i < candidate.size(); ++i)
        records.append({int(i + 1), {candidate.at(i).terms.join(u'|'), candidate.at(i).note}});
    Result<QVector<QStringList>> parsed = KbSynonyms::parse(records);
    if (!parsed)
        return Error{parsed.error()};
    QVector<Group> groups;
    for (qsizetype i = 0; i < candidate.size(); ++i)
        groups.append({parsed.value().at(i), candidate.at(i).note});
    return groups;
}

Result<int> KbSynonymDraft::add(const QString &terms, const QString &note)
{
    if (terms.trimmed().isEmpty())
        return Error{tr("请写出这一组的同义词，至少两个，用 | 隔开")};
    QVector<Group> candidate = m_groups;
    candidate.append({splitTerms(terms), cleanNote(note)});
    Result<QVector<Group>> ok = checked(candidate);
    if (!ok)
        return Error{ok.error()};
    m_groups = ok.value();
    m_origins.append(-1);
    return int(m_groups.size() - 1);
}

Status KbSynonymDraft::edit(int index, const QString &terms, const QString &note)
{
    if (index < 0 || index >= m_groups.size())
        return Error{tr("没有第 %1 组同义词").arg(index + 1)};
    if (terms.trimmed().isEmpty())
        return Error{tr("请写出这一组的同义词，至少两个，用 | 隔开")};
    QVector<Group> candidate = m_groups;
    candidate[index] = {splitTerms(terms), cleanNote(note)};
    Result<QVector<Group>> ok = checked(candidate);
    if (!ok)
        return Error{ok.error()};
    m_groups = ok.value();
    return Status::success();
}

Status KbSynonymDraft::remove(int index)
{
    if (index < 0 || index >= m_groups.size())
        return Error{tr("没有第 %1 组同义词").arg(index + 1)};
    m_groups.remove(index);
    m_origins.remove(index);
    return Status::success();
}

void KbSynonymDraft::revert()
{
    m_groups = m_published;
    m_origins.clear();
    for (qsizetype i = 0; i < m_published.size(); ++i)
        m_origins.append(int(i));
}

KbSynonymDraft::GroupState KbSynonymDraft::stateOf(int index) const
{
    if (index < 0 || index >= m_groups.size())
        return GroupState::Published;
    const QString key = contentKey(m_groups.at(index));
    if (std::any_of(m_published.cbegin(), m_published.cend(),
                    [&](const Group &group) { return contentKey(group) == key; }))
        return GroupState::Published;
    return m_origins.at(index) >= 0 ? GroupState::Changed : GroupState::Added;
}

KbSynonymDraft::Changes KbSynonymDraft::changes() const
{
    QSet<QString> edited;
    QSet<int> kept; // published groups that still have a descendant
    Changes changes;
    for (qsizetype i = 0; i < m_groups.size(); ++i) {
        edited.insert(contentKey(m_groups.at(i)));
        if (m_origins.at(i) >= 0)
            kept.insert(m_origins.at(i));
        switch (stateOf(int(i))) {
        case GroupState::Published:
            break;
        case GroupState::Added:
            ++changes.added;
            break;
        case GroupState::Changed:
            ++changes.changed;
            break;
        }
    }
    for (qsizetype j = 0; j < m_published.size(); ++j)
        if (!kept.contains(int(j)) && !edited.contains(contentKey(m_published.at(j))))
            ++changes.removed;
    return changes;
}

QByteArray KbSynonymDraft::toCsv() const
{
    QString csv = QStringLiteral("terms,note\n");
    for (const Group &group : m_groups)
        csv += csvField(group.terms.join(u'|')) + u',' + csvField(group.note) + u'\n';
    return csv.toUtf8();
}

KbSynonyms KbSynonymDraft::synonyms() const
{
    QVector<QStringList> groups;
    for (const Group &group : m_groups)
        groups.append(group.terms);
    return KbSynonyms(groups);
}

KbSynonyms KbSynonymDraft::publishedSynonyms() const
{
    QVector<QStringList> groups;
    for (const Group &group : m_published)
        groups.append(group.terms);
    return KbSynonyms(groups);
}

void KbSynonymDraft::markPublished()
{
    m_published = m_groups;
    revert();
}

Status KbSynonymDraft::saveTo(LocalStore &store) const
{
    QVector<QStringList> groups;
    QStringList notes;
    for (const Group &group : m_groups) {
        groups.append(group.terms);
        notes.append(group.note);
    }
    return KbSynonyms::replaceAll(store, groups, notes);
}

} // namespace hotline
