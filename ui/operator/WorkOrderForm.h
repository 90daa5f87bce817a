// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "classify/ClassificationSuggester.h"
#include "workorder/WorkOrderRepository.h"
#include "workorder/WorkOrderValidator.h"
#include "suggest/Suggestion.h"

#include <QHash>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace hotline {

class FormProposals;
class ReferenceIndexes;
class SuggestField;

// The left half of the desk: the work order taken down during the call. It knows the
// fields, their pickers and the title proposal; storing is the window's business.
class WorkOrderForm : public QWidget {
    Q_OBJECT
public:
    explicit WorkOrderForm(const ReferenceIndexes &indexes, QWidget *parent = nullptr);

    WorkOrderDraft draft() const;
    void clear();
    // The form as it was kept (a draft restored after a quit or a crash): every field, the
    // item and place as chosen, the unit picked; none of it is filled over afterwards.
    void restore(const WorkOrderDraft &draft, const QString &chosenUnitCode);
    // The caller ID of the call answered: the phone field, and the caller's history looked up.
    void setCallerPhone(const QString &number);
    // Adds what the caller said (a transcript sentence) at the end of the description.
    void appendToDescription(const QString &text);
    // Shows each message next to its field and focuses the first one; empty hides them all.
    void showErrors(const QList<FieldError> &errors);
    void focusField(FormField field);
    QWidget *fieldWidget(FormField field) const;

    // The caller's open work orders: the form says so and offers to mark a repeat call.
    void setOpenOrders(const QVector<WorkOrderSummary> &orders);
    // Fills the caller's name from their previous work order unless one was typed.
    void prefillCaller(const QString &name, Gender gender);
    // Marks this call as a repeat of the first (or next) open order; false when there is none.
    bool markRepeatCall();
    // The place set on the map: jurisdiction and point; `placeName` fills an empty detail line.
    void setLocation(const Address &address, const QString &placeName);
    // Records this call as being about another open order (a duplicate found on the map).
    void linkToOrder(const WorkOrderSummary &order);
    // Takes a knowledge-base answer as the reply given on the call, with its source.
    void useAnswer(qint64 articleId, int version, const QString &title, const QString &answer);

    // The form fills itself from what the operator types: items suggested from the
    // description, the place it names, the unit proposed. Nothing of it without proposals.
    void setProposals(const FormProposals *proposals);
    enum class ItemTaken { Taken, NoneOffered, PickedByOperator };
    // The first suggested item (pressed again: the next); an item the operator picked stays.
    ItemTaken takeSuggestedItem();
    // The unit taken in the involved-unit picker: the order goes there instead of the proposal.
    QString chosenUnitCode() const;

Q_SIGNALS:
    // A plausible phone number was typed or changed (canonical form).
    void phoneEntered(const QString &phone);
    void submitRequested();
    void descriptionChanged();
    // The catalogue item changed: its path, or empty when cleared.
    void classificationChanged(const QString &path);
    // Anything in the form changed (typed, picked or filled): worth keeping as a draft.
    void edited();

private:
    void buildFields();
    void onClassificationTaken(const Suggestion &suggestion);
    // Shows `item` as if picked in the catalogue picker.
    void acceptItem(const Classification &item);
    void watchEdits();
    void chooseItem(const Classification &item);
    void showDivisions(const Address &address);
    void fillFromDescription();
    void fillPlaceFromDescription(const QString &description);
    void showSuggestedItems(const QString &description);
    void proposeUnit();
    void onAddressTaken(const Suggestion &suggestion);
    void showAddressPath();
    void proposeTitle();
    static void showPath(QLabel *label, const QString &path);
    void updateRepeatBanner();

    const ReferenceIndexes &m_indexes;
    QLineEdit *m_callerName;
    QLineEdit *m_phone;
    QComboBox *m_gender;
    QLineEdit *m_callback;
    QCheckBox *m_wantsReply;
    QCheckBox *m_confidential;
    QComboBox *m_appealType;
    SuggestField *m_classification;
    QLabel *m_classificationPath;
    SuggestField *m_address;
    QLabel *m_addressPath;
    QLineEdit *m_addressDetail;
    SuggestField *m_involvedUnit;
    QComboBox *m_urgency;
    QLineEdit *m_title;
    QPlainTextEdit *m_description;
    QComboBox *m_repeat;
    QPlainTextEdit *m_reply;
    QLabel *m_replySource;
    QLabel *m_repeatBanner;
    QLabel *m_suggestedItems;
    QLabel *m_unitProposal;
    QHash<FormField, QLabel *> m_errorLabels;
    QHash<FormField, QWidget *> m_fields;

    Classification m_chosenClassification;
    Address m_chosenAddress;
    bool m_titleEditedByHand = false;
    const FormProposals *m_proposals = nullptr;
    QVector<ClassificationSuggestion> m_offeredItems;
    // What the operator set is never overwritten by what the description fills.
    bool m_itemByOperator = false;
    bool m_placeByOperator = false;
    bool m_detailByOperator = false;
    QString m_lastPhone;
    QVector<WorkOrderSummary> m_openOrders;
    qint64 m_kbArticleId = 0;
    int m_kbVersion = 0;
};

} // namespace hotline
