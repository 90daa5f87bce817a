// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "KbSynonyms.h"
#include "core/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QVector>

namespace hotline {

class LocalStore;

// The synonym groups a knowledge-base editor is changing, beside the ones published: add,
// edit and delete a group, each change checked with the import's own rules (KbSynonyms::parse)
// against all the other groups, so that what the centre is sent is a file every desk accepts.
// A refused change leaves the draft as it was. The draft knows what differs from the
// published groups, goes back to them, and becomes the published file (CSV `terms,note`).
class KbSynonymDraft {
    Q_DECLARE_TR_FUNCTIONS(hotline::KbSynonymDraft)
public:
    using Group = KbSynonyms::Group;
    struct Changes {
        int added = 0;
        int removed = 0;
        int changed = 0;
        int total() const { return added + removed + changed; }
    };

    KbSynonymDraft() = default;
    explicit KbSynonymDraft(QVector<Group> published);
    // The groups this desk has (the last published file it imported), as the draft's start.
    static KbSynonymDraft load(const LocalStore &store);

    const QVector<Group> &groups() const { return m_groups; }
    const QVector<Group> &published() const { return m_published; }

    // `terms` as the editor types them: separated by | (also ｜、，,). The errors name the
    // group by its place in the list (第 3 行 is the third group), as the screen numbers them.
    // On an error nothing changes. add() answers the new group's index.
    Result<int> add(const QString &terms, const QString &note);
    Status edit(int index, const QString &terms, const QString &note);
    Status remove(int index);
    // Back to the published groups: every unpublished change dropped.
    void revert();

    // What differs from the published groups: a group is changed when it came from a
    // published one and its terms or note differ; one deleted and written again alike is
    // no change.
    Changes changes() const;
    bool isChanged() const { return changes().total() > 0; }
    enum class GroupState { Published, Added, Changed };
    GroupState stateOf(int index) const;

    // The edited groups as the reference file the centre publishes (`terms,note`).
    QByteArray toCsv() const;
    // The edited and the published groups as a search uses them (for the preview).
    KbSynonyms synonyms() const;
    KbSynonyms publishedSynonyms() const;
    // The centre took the edited groups: they are the published ones now.
    void markPublished();
    // Writes the edited groups (with their notes) into the store: this desk's search uses
    // them at once, without waiting for its next pull.
    Status saveTo(LocalStore &store) const;

    // The terms of `text` split where an editor may separate them.
    static QStringList splitTerms(const QString &text);

private:
    // `candidate` checked whole with the import's rules: the groups folded as the import
    // would store them, or the first bad group named by its place.
    static Result<QVector<Group>> checked(const QVector<Group> &candidate);

    QVector<Group> m_published;
    QVector<Group> m_groups;
    QVector<int> m_origins; // per edited group, the published group it came from, or -1
};

} // namespace hotline
