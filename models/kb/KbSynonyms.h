// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "importing/CsvReader.h"

#include <QStringList>
#include <QVector>

namespace hotline {

class LocalStore;

// Words callers use for what the articles call otherwise (丢了 / 遗失, 电表 / 电能表): a query
// holding a term of a group is also searched with the group's other terms. The groups come
// from a CSV file — header `terms,note`, a group's terms joined by `|` — imported like the
// other reference data (`hotline-ctl import synonyms FILE`, or published by the centre).
class KbSynonyms {
public:
    static constexpr int maxVariants = 8; // a sentence with many matches stays a quick search

    // Replaces the groups with the file's: all of it or, with the line named, nothing.
    static Result<int> importCsv(LocalStore &store, const QString &path);
    // The file `terms,note` checked whole into groups (folded terms), or the first bad line
    // named; writes nothing.
    static Result<QVector<QStringList>> parse(const QVector<CsvRecord> &records);
    static Status replaceAll(LocalStore &store, const QVector<QStringList> &groups);
    // The same, keeping each group's note beside it (`notes` in the groups' order; missing
    // ones empty): the editors read them again on their screen.
    static Status replaceAll(LocalStore &store, const QVector<QStringList> &groups, const QStringList &notes);
    // The note column of a file parse() accepted, one a group in its order.
    static QStringList notesOf(const QVector<CsvRecord> &records);
    static KbSynonyms load(LocalStore &store);
    // A group as the editors see it: its terms in the order written (folded), and its note.
    struct Group {
        QStringList terms;
        QString note;
        bool operator==(const Group &) const = default;
    };
    // The stored groups in their order, each with its note: what the editors start from.
    static QVector<Group> storedGroups(const LocalStore &store);
    // A number that changes whenever the groups do, so a search can keep them in memory.
    static QString revision(const LocalStore &store);

    KbSynonyms() = default;
    explicit KbSynonyms(QVector<QStringList> groups);
    struct Variant {
        QString text;        // the query in the other wording
        QString replaced;    // the caller's term
        QString replacement; // the group's other term put in its place
    };
    // `normalized` (KbTokenizer::normalize) with a term it holds replaced by each other term of
    // that term's group; empty when it holds none. The longest term of a group wins where
    // several of them match (丢失 before 丢).
    QVector<Variant> variants(const QString &normalized) const;
    qsizetype groupCount() const { return m_groups.size(); }

private:
    QVector<QStringList> m_groups; // folded terms
};

} // namespace hotline
