// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Scenario.h"
#include "catalog/Classification.h"
#include "core/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QVector>

#include <optional>

namespace hotline {

class DivisionIndex;
class SpeechSynthesis;

// One labelled message of the data a scenario is generated from.
struct LabelledMessage {
    QString id;     // msg_id, or the row number for files that have none
    QString title;  // the message's title (for files without one: its first words)
    QString detail; // what the citizen wrote
    QString label;  // the level 1 item it was labelled with
};

// Why a message makes no scenario: a stable code (for refusals.tsv and tests) and a sentence
// for a person.
struct GenerationRefusal {
    QString code;
    QString reason;
};

// A message turned into a scenario, or the reason it was not.
struct GeneratedScenario {
    QString messageId;
    std::optional<Scenario> scenario;
    GenerationRefusal refusal; // empty when a scenario was made
};

// Builds trainee scenarios from labelled real messages: the caller says the message (cut into
// spoken sentences, timed by the synthesised voice or the speaking rate) from a made-up
// number, and the expected outcome is what the message and its label say for certain — the
// appeal type from its words, the level 1 item from the label (level 2/3 only when the text
// names one catalogue item unambiguously), a Beijing place only when the message names
// Beijing and one of its divisions, and 2–6 key facts taken word for word from what the caller
// says. A message that would make a bad call is refused with the reason.
class ScenarioGenerator {
    Q_DECLARE_TR_FUNCTIONS(ScenarioGenerator)
public:
    enum class Format { Gov, Complaint };

    // The refusal codes.
    static inline const QString kNoChinese = QStringLiteral("no-chinese");
    static inline const QString kTooShort = QStringLiteral("too-short");
    static inline const QString kTooLong = QStringLiteral("too-long");
    static inline const QString kUnknownLabel = QStringLiteral("label-not-in-catalogue");
    static inline const QString kDuplicate = QStringLiteral("duplicate");
    static inline const QString kTooFewFacts = QStringLiteral("too-few-facts");
    static inline const QString kAudioFailed = QStringLiteral("audio-failed");
    static inline const QString kInvalid = QStringLiteral("invalid");
    static QStringList refusalCodes();

    static constexpr int kMinChars = 20;        // fewer Chinese characters: not a call
    static constexpr qint64 kMaxScriptMs = 180000; // more than three minutes of speech: not a call

    // `catalogue`: the items a label must be a level 1 of. `divisions` (optional, not owned):
    // Beijing's divisions, for the place.
    explicit ScenarioGenerator(const QVector<Classification> &catalogue, const DivisionIndex *divisions = nullptr);

    // With a voice, each scenario gets its audio `<audioDir>/<scenario id>.wav` and the
    // transcript the voice's times; without, times from the speaking rate. Not owned.
    void setSynthesis(const SpeechSynthesis *synthesis, const QString &audioDir);

    // One message; remembers its text so that a later message with the same text is refused.
    GeneratedScenario generate(const LabelledMessage &message);

    // Reads the labelled file: gov (msg_id,user,title,time,detail,label_level1) or complaint
    // (text,label). The first bad line is named.
    static Result<QList<LabelledMessage>> readMessages(const QString &path, Format format);

    // A made-up mobile number for a message: 170 (a virtual operators' block) and eight
    // digits from the id, the same for the same id.
    static QString callerNumberFor(const QString &messageId);
    // The appeal type the words say: 举报, 投诉, 建议, 求助, 咨询 and their kin, in that order;
    // a question is a consultation; anything else asks for something to be done (求助).
    static AppealType appealTypeOf(const QString &title, const QString &detail);
    // Up to 6 short phrases found word for word in `script`: places (XX小区, XX路, XX村…),
    // numbers with their unit or date (3个月, 2019年5月), then the matter of the title.
    static QStringList keyFactsFrom(const QString &title, const QString &script);

private:
    Classification itemFor(const QString &label, const QString &text) const;
    std::optional<Address> placeIn(const QString &text) const;

    QSet<QString> m_level1;
    QVector<Classification> m_catalogue;
    const DivisionIndex *m_divisions = nullptr;
    const SpeechSynthesis *m_synthesis = nullptr;
    QString m_audioDir;
    QSet<QString> m_seen;
};

} // namespace hotline
