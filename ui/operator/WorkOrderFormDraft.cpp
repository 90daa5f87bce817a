// SPDX-License-Identifier: GPL-3.0-or-later
// WorkOrderForm as a draft: every change said (so the desk can keep it), the form restored from
// a kept draft, and what the call hands it (the caller's number, a transcript sentence).
#include "operator/WorkOrderForm.h"

#include "common/SuggestField.h"
#include "desk/ReferenceIndexes.h"
#include "workorder/TitleSuggester.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>

namespace hotline {

void WorkOrderForm::watchEdits()
{
    const auto edited = [this] { Q_EMIT this->edited(); };
    for (QLineEdit *edit : {static_cast<QLineEdit *>(m_phone), m_callerName, m_callback, m_addressDetail, m_title,
                            static_cast<QLineEdit *>(m_classification), static_cast<QLineEdit *>(m_address),
                            static_cast<QLineEdit *>(m_involvedUnit)})
        connect(edit, &QLineEdit::textChanged, this, edited);
    for (QPlainTextEdit *edit : {m_description, m_reply})
        connect(edit, &QPlainTextEdit::textChanged, this, edited);
    for (QComboBox *combo : {m_gender, m_appealType, m_urgency, m_repeat})
        connect(combo, &QComboBox::currentIndexChanged, this, edited);
    for (QCheckBox *box : {m_wantsReply, m_confidential})
        connect(box, &QCheckBox::toggled, this, edited);
}

void WorkOrderForm::restore(const WorkOrderDraft &draft, const QString &chosenUnitCode)
{
    clear();
    m_phone->setText(draft.phone);
    m_callerName->setText(draft.callerName);
    m_gender->setCurrentIndex(static_cast<int>(draft.gender));
    m_callback->setText(draft.callbackNumber);
    m_wantsReply->setChecked(draft.wantsReply);
    m_confidential->setChecked(draft.confidential);
    m_appealType->setCurrentIndex(std::max<qsizetype>(0, allAppealTypes().indexOf(draft.appealType)));
    m_urgency->setCurrentIndex(std::max<qsizetype>(0, allUrgencies().indexOf(draft.urgency)));
    // What was chosen stays chosen: the restored description fills nothing over it.
    m_itemByOperator = m_placeByOperator = m_detailByOperator = true;
    m_description->setPlainText(draft.description);
    if (!draft.classification.isEmpty())
        acceptItem(draft.classification);
    if (draft.address.hasDistrict()) {
        showDivisions(draft.address);
        m_chosenAddress.location = draft.address.location;
    }
    m_addressDetail->setText(draft.address.detail);
    showAddressPath();
    if (!chosenUnitCode.isEmpty())
        m_involvedUnit->setAccepted({chosenUnitCode, draft.involvedUnit, {}, 0});
    else
        m_involvedUnit->setText(draft.involvedUnit);
    m_title->setText(draft.title);
    m_titleEditedByHand = !draft.title.isEmpty() && draft.title != TitleSuggester::propose(m_chosenClassification, m_chosenAddress);
    if (draft.isAnsweredOnCall()) {
        m_reply->setPlainText(draft.reply);
        m_kbArticleId = draft.kbArticleId;
        m_kbVersion = draft.kbVersion;
        if (draft.kbArticleId > 0)
            showPath(m_replySource, tr("答复引自知识库（第 %1 版）；提交后工单记为“已直接答复”").arg(draft.kbVersion));
    }
    if (draft.isRepeatCall()) {
        WorkOrderSummary repeated;
        repeated.number = draft.repeatOf;
        linkToOrder(repeated);
    }
    proposeUnit();
}

void WorkOrderForm::setCallerPhone(const QString &number)
{
    m_phone->setText(number);
}

void WorkOrderForm::appendToDescription(const QString &text)
{
    const QString current = m_description->toPlainText();
    const bool joins = current.isEmpty() || current.endsWith(u'\n') || current.endsWith(u'。') || current.endsWith(u'，');
    m_description->setPlainText(current + (joins ? QString() : QStringLiteral("。")) + text.trimmed());
    m_description->moveCursor(QTextCursor::End);
}

} // namespace hotline
