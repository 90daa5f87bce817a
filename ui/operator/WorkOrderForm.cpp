// SPDX-License-Identifier: GPL-3.0-or-later
#include "operator/WorkOrderForm.h"

#include "operator/ShortcutCatalog.h"
#include "common/SuggestField.h"
#include "desk/FormProposals.h"
#include "desk/ReferenceIndexes.h"
#include "workorder/PhoneNumber.h"
#include "workorder/TitleSuggester.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace hotline {

WorkOrderForm::WorkOrderForm(const ReferenceIndexes &indexes, QWidget *parent)
    : QWidget(parent), m_indexes(indexes)
{
    buildFields();
    watchEdits();
    // A reload (an import, or the centre's new edition pulled) builds new indexes: the
    // pickers must ask those, never the ones just freed.
    connect(&m_indexes, &ReferenceIndexes::reloaded, this, [this] {
        m_address->setSource(&m_indexes.divisions());
        m_classification->setSource(&m_indexes.catalog());
        m_involvedUnit->setSource(&m_indexes.units());
    });
}

void WorkOrderForm::buildFields()
{
    auto *outer = new QVBoxLayout(this);
    m_repeatBanner = new QLabel(this);
    m_repeatBanner->setObjectName(QStringLiteral("repeatBanner"));
    m_repeatBanner->setWordWrap(true);
    m_repeatBanner->setStyleSheet(QStringLiteral("QLabel { background: #FFF4D6; border: 1px solid #E0B040;"
                                                 " padding: 6px; color: #5A3E00; }"));
    m_repeatBanner->hide();
    outer->addWidget(m_repeatBanner);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setLabelAlignment(Qt::AlignLeft | Qt::AlignTop);
    outer->addLayout(form);

    // Each field sits over its own error line; the label's &-letter is its Alt shortcut.
    const auto addRow = [&](FormField field, const QString &label, QWidget *widget, const QList<QWidget *> &extras = {}) {
        auto *cell = new QWidget(this);
        auto *column = new QVBoxLayout(cell);
        column->setContentsMargins(0, 0, 0, 0);
        column->setSpacing(1);
        column->addWidget(widget);
        for (QWidget *extra : extras)
            column->addWidget(extra);
        auto *error = new QLabel(cell);
        error->setObjectName(widget->objectName() + QStringLiteral("-error"));
        error->setStyleSheet(QStringLiteral("color: #C0392B;"));
        // Wrapped, a long message (English runs long) takes another line instead of widening
        // the form past its pane, where the end of it would be cut off.
        error->setWordWrap(true);
        error->hide();
        column->addWidget(error);
        auto *labelWidget = new QLabel(label, this);
        labelWidget->setBuddy(widget);
        form->addRow(labelWidget, cell);
        m_errorLabels.insert(field, error);
        m_fields.insert(field, widget);
    };
    const auto named = [](auto *widget, const char *name) {
        widget->setObjectName(QString::fromLatin1(name));
        return widget;
    };
    const auto numberedCombo = [this](QComboBox *combo, const QStringList &items, int first) {
        // "1 咨询": typing the digit picks the item, no mouse and no input method needed.
        for (int i = 0; i < items.size(); ++i)
            combo->addItem(QString::number(first + i) + u' ' + items.at(i));
        return combo;
    };

    m_phone = named(new QLineEdit(this), "phone");
    m_phone->setPlaceholderText(tr("手机 11 位或带区号的座机"));
    m_callerName = named(new QLineEdit(this), "callerName");
    m_gender = named(new QComboBox(this), "gender");
    numberedCombo(m_gender, {displayName(Gender::Unknown), displayName(Gender::Male), displayName(Gender::Female)}, 0);
    m_description = named(new QPlainTextEdit(this), "description");
    m_description->setTabChangesFocus(true);
    m_description->setPlaceholderText(tr("来电人诉求：时间、地点、事情经过、诉求"));
    m_description->setMinimumHeight(110);
    m_address = named(new SuggestField(this), "address");
    m_address->setPlaceholderText(tr("区、街道（乡镇）或社区（村）名称，汉字或拼音首字母"));
    m_address->setSource(&m_indexes.divisions());
    m_addressPath = named(new QLabel(this), "addressPath");
    m_addressPath->setStyleSheet(QStringLiteral("color: #2E6B30;"));
    m_addressPath->setWordWrap(true);
    m_addressPath->hide();
    m_addressDetail = named(new QLineEdit(this), "addressDetail");
    m_addressDetail->setPlaceholderText(tr("楼号、门牌、路口、标志物"));
    m_classification = named(new SuggestField(this), "classification");
    m_classification->setPlaceholderText(tr("事项名称，汉字或拼音首字母，如 gs 供水"));
    m_classification->setSource(&m_indexes.catalog());
    m_classification->setNoMatchText(tr("没有与“%1”相符的事项：换个说法，或用事项名称的拼音首字母"));
    m_classificationPath = named(new QLabel(this), "classificationPath");
    m_classificationPath->setStyleSheet(QStringLiteral("color: #2E6B30;"));
    m_classificationPath->setWordWrap(true);
    m_classificationPath->hide();
    m_suggestedItems = named(new QLabel(this), "suggestedItems");
    m_suggestedItems->setWordWrap(true);
    m_suggestedItems->setStyleSheet(QStringLiteral("color: #1F4E79;"));
    m_suggestedItems->hide();
    m_appealType = named(new QComboBox(this), "appealType");
    QStringList appealNames;
    for (AppealType type : allAppealTypes())
        appealNames.append(displayName(type));
    numberedCombo(m_appealType, appealNames, 1);
    m_involvedUnit = named(new SuggestField(this), "involvedUnit");
    m_involvedUnit->setPlaceholderText(tr("涉及的单位、企业或部门（可不填）"));
    m_involvedUnit->setSource(&m_indexes.units());
    m_unitProposal = named(new QLabel(this), "unitProposal");
    m_unitProposal->setWordWrap(true);
    m_unitProposal->setStyleSheet(QStringLiteral("color: #1F4E79;"));
    m_unitProposal->hide();
    m_urgency = named(new QComboBox(this), "urgency");
    QStringList urgencyNames;
    for (Urgency urgency : allUrgencies())
        urgencyNames.append(displayName(urgency));
    numberedCombo(m_urgency, urgencyNames, 1);
    m_title = named(new QLineEdit(this), "title");
    m_title->setMaxLength(WorkOrderValidator::maxTitleLength);
    m_title->setPlaceholderText(tr("按分类和地点自动生成，可改写"));
    m_wantsReply = named(new QCheckBox(tr("需要回复"), this), "wantsReply");
    m_wantsReply->setChecked(true);
    m_callback = named(new QLineEdit(this), "callbackNumber");
    m_callback->setPlaceholderText(tr("与来电号码不同时填写"));
    m_confidential = named(new QCheckBox(tr("保密（不向承办单位透露来电人信息）"), this), "confidential");
    m_reply = named(new QPlainTextEdit(this), "reply");
    m_reply->setTabChangesFocus(true);
    m_reply->setMaximumHeight(90);
    m_reply->setPlaceholderText(tr("在通话中直接答复时填写；知识库中按 F9 采用答案"));
    m_replySource = named(new QLabel(this), "replySource");
    m_replySource->setStyleSheet(QStringLiteral("color: #2E6B30;"));
    m_replySource->setWordWrap(true);
    m_replySource->hide();
    m_repeat = named(new QComboBox(this), "repeatCall");
    m_repeat->addItem(tr("首次来电"));

    // The rows follow the conversation: who calls, what happened, where, what kind, then
    // the details the operator settles after the caller has hung up.
    addRow(FormField::Phone, tr("来电号码(&P)"), m_phone);
    addRow(FormField::CallerName, tr("来电人(&N)"), m_callerName);
    addRow(FormField::Gender, tr("性别(&G)"), m_gender);
    addRow(FormField::Description, tr("诉求内容(&E)"), m_description);
    addRow(FormField::Address, tr("发生地点(&A)"), m_address, {m_addressPath});
    addRow(FormField::AddressDetail, tr("详细地址(&D)"), m_addressDetail);
    addRow(FormField::Classification, tr("事项分类(&C)"), m_classification, {m_classificationPath, m_suggestedItems});
    addRow(FormField::AppealType, tr("诉求类型(&T)"), m_appealType);
    addRow(FormField::InvolvedUnit, tr("涉及单位(&U)"), m_involvedUnit, {m_unitProposal});
    addRow(FormField::Urgency, tr("紧急程度(&J)"), m_urgency);
    addRow(FormField::Title, tr("标题(&I)"), m_title);
    addRow(FormField::Reply, tr("直接答复(&F)"), m_reply, {m_replySource});
    addRow(FormField::WantsReply, tr("回复(&Y)"), m_wantsReply);
    addRow(FormField::CallbackNumber, tr("回访号码(&B)"), m_callback);
    addRow(FormField::Confidential, tr("保密(&M)"), m_confidential);
    addRow(FormField::RepeatCall, tr("来电性质(&R)"), m_repeat);
    outer->addStretch(1);

    setTabOrder(m_phone, m_callerName);
    setTabOrder(m_callerName, m_gender);
    setTabOrder(m_gender, m_description);
    setTabOrder(m_description, m_address);
    setTabOrder(m_address, m_addressDetail);
    setTabOrder(m_addressDetail, m_classification);
    setTabOrder(m_classification, m_appealType);
    setTabOrder(m_appealType, m_involvedUnit);
    setTabOrder(m_involvedUnit, m_urgency);
    setTabOrder(m_urgency, m_title);
    setTabOrder(m_title, m_reply);
    setTabOrder(m_reply, m_wantsReply);
    setTabOrder(m_wantsReply, m_callback);
    setTabOrder(m_callback, m_confidential);
    setTabOrder(m_confidential, m_repeat);

    connect(m_classification, &SuggestField::suggestionAccepted, this, &WorkOrderForm::onClassificationTaken);
    connect(m_classification, &SuggestField::acceptanceCleared, this, [this] {
        m_chosenClassification = {};
        showPath(m_classificationPath, {});
        proposeUnit();
        Q_EMIT classificationChanged({});
    });
    connect(m_address, &SuggestField::suggestionAccepted, this, &WorkOrderForm::onAddressTaken);
    connect(m_address, &SuggestField::acceptanceCleared, this, [this] {
        m_chosenAddress = {};
        showPath(m_addressPath, {});
        proposeUnit();
    });
    // Typed by the operator (textEdited, never setText): the description no longer fills it.
    connect(m_classification, &QLineEdit::textEdited, this, [this] {
        m_itemByOperator = true;
        showSuggestedItems(m_description->toPlainText());
    });
    connect(m_address, &QLineEdit::textEdited, this, [this] { m_placeByOperator = true; });
    connect(m_addressDetail, &QLineEdit::textEdited, this, [this] { m_detailByOperator = true; });
    connect(m_addressDetail, &QLineEdit::textChanged, this, &WorkOrderForm::proposeUnit);
    connect(m_involvedUnit, &SuggestField::suggestionAccepted, this, &WorkOrderForm::proposeUnit);
    connect(m_involvedUnit, &SuggestField::acceptanceCleared, this, &WorkOrderForm::proposeUnit);
    connect(m_reply, &QPlainTextEdit::textChanged, this, &WorkOrderForm::proposeUnit);
    connect(m_title, &QLineEdit::textEdited, this, [this] { m_titleEditedByHand = !m_title->text().isEmpty(); });
    connect(m_phone, &QLineEdit::textChanged, this, [this](const QString &text) {
        const QString canonical = PhoneNumber::normalize(text).value_or(QString());
        if (canonical == m_lastPhone)
            return;
        m_lastPhone = canonical;
        if (!canonical.isEmpty())
            Q_EMIT phoneEntered(canonical);
        else
            setOpenOrders({});
    });
    connect(m_repeat, &QComboBox::currentIndexChanged, this, &WorkOrderForm::updateRepeatBanner);
    connect(m_description, &QPlainTextEdit::textChanged, this, &WorkOrderForm::fillFromDescription);
    connect(m_description, &QPlainTextEdit::textChanged, this, &WorkOrderForm::descriptionChanged);
}

void WorkOrderForm::onClassificationTaken(const Suggestion &suggestion)
{
    m_itemByOperator = true;
    chooseItem(m_indexes.catalog().leaf(suggestion.key).value_or(Classification{}));
}

void WorkOrderForm::chooseItem(const Classification &item)
{
    m_chosenClassification = item;
    showPath(m_classificationPath, m_chosenClassification.path());
    showSuggestedItems(m_description->toPlainText());
    proposeTitle();
    proposeUnit();
    Q_EMIT classificationChanged(m_chosenClassification.path());
}

void WorkOrderForm::onAddressTaken(const Suggestion &suggestion)
{
    m_placeByOperator = true;
    m_chosenAddress = m_indexes.divisions().addressFor(suggestion.key).value_or(Address{});
    showAddressPath();
    proposeTitle();
    proposeUnit();
}

void WorkOrderForm::showAddressPath()
{
    QString path = m_chosenAddress.path();
    if (m_chosenAddress.location)
        path += (path.isEmpty() ? QString() : QStringLiteral(" › ")) + tr("已在地图上定位");
    showPath(m_addressPath, path);
}

void WorkOrderForm::showDivisions(const Address &address)
{
    // The most precise division the place gives is what the picker would have shown.
    const QString shown = !address.communityName.isEmpty() ? address.communityName
                          : !address.streetName.isEmpty()  ? address.streetName
                                                           : address.districtName;
    const QString code = !address.communityCode.isEmpty() ? address.communityCode
                         : !address.streetCode.isEmpty()  ? address.streetCode
                                                          : address.districtCode;
    m_address->setAccepted({code, shown, {}, 0});
    m_chosenAddress = address;
    m_chosenAddress.detail.clear();
}

void WorkOrderForm::setLocation(const Address &address, const QString &placeName)
{
    // Chosen on the map by the operator: the description fills neither any more.
    m_placeByOperator = true;
    showDivisions(address);
    if ((!m_detailByOperator || m_addressDetail->text().trimmed().isEmpty()) && !placeName.isEmpty()) {
        m_addressDetail->setText(placeName);
        m_detailByOperator = true;
    }
    showAddressPath();
    proposeTitle();
    proposeUnit();
}

void WorkOrderForm::linkToOrder(const WorkOrderSummary &order)
{
    if (m_repeat->findData(order.number) < 0) {
        QVector<WorkOrderSummary> open = m_openOrders;
        open.append(order);
        setOpenOrders(open);
    }
    m_repeat->setCurrentIndex(m_repeat->findData(order.number));
}

void WorkOrderForm::showPath(QLabel *label, const QString &path)
{
    // The chosen path confirms the pick; an empty line would only push the form down.
    label->setText(path);
    label->setVisible(!path.isEmpty());
}

void WorkOrderForm::proposeTitle()
{
    if (!m_titleEditedByHand)
        m_title->setText(TitleSuggester::propose(m_chosenClassification, m_chosenAddress));
}

WorkOrderDraft WorkOrderForm::draft() const
{
    WorkOrderDraft draft;
    draft.callerName = m_callerName->text().trimmed();
    draft.phone = m_phone->text().trimmed();
    draft.gender = static_cast<Gender>(m_gender->currentIndex());
    draft.callbackNumber = m_callback->text().trimmed();
    draft.wantsReply = m_wantsReply->isChecked();
    draft.confidential = m_confidential->isChecked();
    draft.appealType = allAppealTypes().value(m_appealType->currentIndex());
    draft.classification = m_chosenClassification;
    draft.address = m_chosenAddress;
    draft.address.detail = m_addressDetail->text().trimmed();
    draft.involvedUnit = m_involvedUnit->text().trimmed();
    draft.urgency = allUrgencies().value(m_urgency->currentIndex());
    draft.title = m_title->text().trimmed();
    draft.description = m_description->toPlainText().trimmed();
    draft.repeatOf = m_repeat->currentData().toString();
    draft.reply = m_reply->toPlainText().trimmed();
    if (!draft.reply.isEmpty()) {
        draft.kbArticleId = m_kbArticleId;
        draft.kbVersion = m_kbVersion;
    }
    return draft;
}

void WorkOrderForm::clear()
{
    // The choices first: clearing the description below must not fill anything back in
    // (the title) from the call just filed.
    m_chosenClassification = {};
    m_chosenAddress = {};
    m_titleEditedByHand = false;
    m_itemByOperator = m_placeByOperator = m_detailByOperator = false;
    for (QLineEdit *edit : {m_callerName, m_phone, m_callback, m_addressDetail, m_title})
        edit->clear();
    for (SuggestField *field : {m_classification, m_address, m_involvedUnit})
        field->reset();
    m_description->clear();
    m_reply->clear();
    m_kbArticleId = 0;
    m_kbVersion = 0;
    showPath(m_replySource, {});
    m_gender->setCurrentIndex(0);
    m_appealType->setCurrentIndex(0);
    m_urgency->setCurrentIndex(0);
    m_wantsReply->setChecked(true);
    m_confidential->setChecked(false);
    showPath(m_classificationPath, {});
    showPath(m_addressPath, {});
    m_offeredItems.clear();
    showPath(m_suggestedItems, {});
    showPath(m_unitProposal, {});
    setOpenOrders({});
    showErrors({});
    m_phone->setFocus(Qt::ShortcutFocusReason);
}

void WorkOrderForm::showErrors(const QList<FieldError> &errors)
{
    for (QLabel *label : std::as_const(m_errorLabels))
        label->hide();
    for (const FieldError &error : errors) {
        QLabel *label = m_errorLabels.value(error.field);
        label->setText(error.message);
        label->show();
    }
    if (!errors.isEmpty())
        focusField(errors.first().field);
}

QWidget *WorkOrderForm::fieldWidget(FormField field) const
{
    return m_fields.value(field);
}

void WorkOrderForm::focusField(FormField field)
{
    if (QWidget *widget = m_fields.value(field))
        widget->setFocus(Qt::ShortcutFocusReason);
}

void WorkOrderForm::setOpenOrders(const QVector<WorkOrderSummary> &orders)
{
    m_openOrders = orders;
    const QString kept = m_repeat->currentData().toString();
    m_repeat->clear();
    m_repeat->addItem(tr("首次来电"));
    for (const WorkOrderSummary &order : orders)
        m_repeat->addItem(tr("重复来电：%1 %2（%3）").arg(order.number, order.title, displayName(order.status)),
                          order.number);
    const int keptIndex = m_repeat->findData(kept);
    m_repeat->setCurrentIndex(keptIndex > 0 ? keptIndex : 0);
    updateRepeatBanner();
}

void WorkOrderForm::updateRepeatBanner()
{
    if (m_openOrders.isEmpty()) {
        m_repeatBanner->hide();
        return;
    }
    const QString repeatOf = m_repeat->currentData().toString();
    if (!repeatOf.isEmpty()) {
        m_repeatBanner->setText(tr("本次来电记为工单 %1 的重复来电（进度查询）。").arg(repeatOf));
    } else {
        QStringList lines;
        for (const WorkOrderSummary &order : std::as_const(m_openOrders))
            lines.append(tr("%1 %2（%3）").arg(order.number, order.title, displayName(order.status)));
        m_repeatBanner->setText(tr("该号码有 %1 张未办结工单：%2。按 Ctrl+R 记为重复来电。")
                                    .arg(m_openOrders.size())
                                    .arg(lines.join(tr("；"))));
    }
    m_repeatBanner->show();
}

void WorkOrderForm::useAnswer(qint64 articleId, int version, const QString &title, const QString &answer)
{
    m_reply->setPlainText(answer);
    m_kbArticleId = articleId;
    m_kbVersion = version;
    showPath(m_replySource, tr("答复引自知识库《%1》第 %2 版；提交后工单记为“已直接答复”").arg(title).arg(version));
}

void WorkOrderForm::prefillCaller(const QString &name, Gender gender)
{
    if (m_callerName->text().trimmed().isEmpty() && !name.isEmpty())
        m_callerName->setText(name);
    if (m_gender->currentIndex() == 0)
        m_gender->setCurrentIndex(static_cast<int>(gender));
}

bool WorkOrderForm::markRepeatCall()
{
    if (m_repeat->count() <= 1)
        return false;
    // Pressed again, it moves on to the caller's next open order.
    int next = m_repeat->currentIndex() + 1;
    if (next >= m_repeat->count())
        next = 1;
    m_repeat->setCurrentIndex(next);
    return true;
}

void WorkOrderForm::setProposals(const FormProposals *proposals)
{
    if (m_proposals)
        disconnect(m_proposals, nullptr, this, nullptr);
    m_proposals = proposals;
    if (m_proposals)
        connect(m_proposals, &FormProposals::reloaded, this, &WorkOrderForm::fillFromDescription);
    fillFromDescription();
}

void WorkOrderForm::fillFromDescription()
{
    const QString description = m_description->toPlainText();
    fillPlaceFromDescription(description);
    showSuggestedItems(description);
    proposeUnit();
}

void WorkOrderForm::fillPlaceFromDescription(const QString &description)
{
    if (!m_proposals || (m_placeByOperator && m_detailByOperator))
        return;
    // Follows the description as it changes, so a place it no longer names goes again.
    const std::optional<PlaceInText> found = m_proposals->place(description);
    if (!m_placeByOperator) {
        if (found && found->address.hasDistrict()) {
            showDivisions(found->address);
        } else if (m_address->accepted()) {
            m_address->reset();
            m_chosenAddress = {};
        }
        showAddressPath();
    }
    if (!m_detailByOperator) {
        const QString detail = found ? found->address.detail : QString();
        if (m_addressDetail->text() != detail)
            m_addressDetail->setText(detail);
    }
    proposeTitle();
}

void WorkOrderForm::showSuggestedItems(const QString &description)
{
    m_offeredItems = m_proposals ? m_proposals->items(description, 3) : QVector<ClassificationSuggestion>{};
    if (m_offeredItems.isEmpty() || (m_itemByOperator && !m_chosenClassification.isEmpty())) {
        showPath(m_suggestedItems, {});
        return;
    }
    QStringList names;
    for (const ClassificationSuggestion &offered : std::as_const(m_offeredItems))
        names.append(offered.item.level2 + QStringLiteral(" › ") + offered.item.level3);
    const QString key = ShortcutCatalog::keys(QStringLiteral("takeSuggestion")).toString(QKeySequence::NativeText);
    showPath(m_suggestedItems, tr("分类建议（%1 采用第一条）：%2").arg(key, names.join(tr("；"))));
}

WorkOrderForm::ItemTaken WorkOrderForm::takeSuggestedItem()
{
    if (m_itemByOperator && !m_chosenClassification.isEmpty())
        return ItemTaken::PickedByOperator;
    if (m_offeredItems.isEmpty())
        return ItemTaken::NoneOffered;
    // Pressed again it moves on to the next suggestion.
    qsizetype next = 0;
    for (qsizetype i = 0; i < m_offeredItems.size(); ++i)
        if (m_offeredItems.at(i).item == m_chosenClassification)
            next = (i + 1) % m_offeredItems.size();
    m_itemByOperator = false;
    acceptItem(m_offeredItems.at(next).item);
    return ItemTaken::Taken;
}

void WorkOrderForm::acceptItem(const Classification &item)
{
    // The picker's own key for the item, so that it reads as if it had been picked there.
    QString key;
    for (const Suggestion &hit : m_indexes.catalog().suggest(item.level3, 20))
        if (m_indexes.catalog().leaf(hit.key) == item)
            key = hit.key;
    m_classification->setAccepted({key, item.level3, item.level1 + QStringLiteral(" › ") + item.level2, 0});
    chooseItem(item);
}

QString WorkOrderForm::chosenUnitCode() const
{
    return m_involvedUnit->accepted() ? m_involvedUnit->accepted()->key : QString();
}

void WorkOrderForm::proposeUnit()
{
    // Answered on the call, an order goes nowhere; without an item there is nothing to ask.
    if (!m_proposals || !m_proposals->hasRules() || m_chosenClassification.isEmpty()
        || !m_reply->toPlainText().trimmed().isEmpty()) {
        showPath(m_unitProposal, {});
        return;
    }
    const WorkOrderDraft current = draft();
    const QString chosen = chosenUnitCode();
    if (!chosen.isEmpty()) {
        if (const Result<DispatchProposal> unit = m_proposals->chosenUnit(chosen, current)) {
            showPath(m_unitProposal, tr("承办单位：%1 · %2").arg(unit.value().lead.name, unit.value().reason));
            return;
        }
    }
    const Result<DispatchProposal> unit = m_proposals->unit(current);
    showPath(m_unitProposal, unit ? tr("承办单位建议：%1 · %2").arg(unit.value().lead.name, unit.value().reason)
                                  : tr("承办单位建议：暂无，提交后由派单员派单"));
}

} // namespace hotline
