// SPDX-License-Identifier: GPL-3.0-or-later
#include "operator/CallBar.h"

#include "operator/ShortcutCatalog.h"

#include <QLabel>
#include <QTextDocumentFragment>
#include <QTimer>
#include <QVBoxLayout>

namespace hotline {

namespace {

QString key(const char *id)
{
    return ShortcutCatalog::keys(QString::fromLatin1(id)).toString(QKeySequence::NativeText);
}

// 13901012345 → 139 0101 2345: read out in groups, as the operator says it back.
QString grouped(const QString &number)
{
    if (number.size() == 11 && number.startsWith(u'1'))
        return number.left(3) + u' ' + number.mid(3, 4) + u' ' + number.mid(7);
    return number;
}

QString clock(qint64 seconds)
{
    return QStringLiteral("%1:%2").arg(seconds / 60, 2, 10, QLatin1Char('0')).arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

} // namespace

CallBar::CallBar(QWidget *parent) : QFrame(parent), m_headline(new QLabel(this)), m_details(new QLabel(this)), m_keys(new QLabel(this)), m_fade(new QTimer(this))
{
    setObjectName(QStringLiteral("callBar"));
    m_headline->setObjectName(QStringLiteral("callHeadline"));
    m_details->setObjectName(QStringLiteral("callDetails"));
    m_keys->setObjectName(QStringLiteral("callKeys"));
    QFont big = m_headline->font();
    big.setPointSizeF(big.pointSizeF() * 1.35);
    big.setBold(true);
    m_headline->setFont(big);
    for (QLabel *label : {m_headline, m_details, m_keys}) {
        label->setWordWrap(true);
        label->setTextFormat(Qt::RichText);
    }
    m_keys->setStyleSheet(QStringLiteral("color: #444;"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 6, 10, 6);
    layout->setSpacing(2);
    layout->addWidget(m_headline);
    layout->addWidget(m_details);
    layout->addWidget(m_keys);
    m_fade->setSingleShot(true);
    m_fade->setInterval(6000);
    connect(m_fade, &QTimer::timeout, this, &CallBar::showIdle);
    hide();
}

void CallBar::setTone(const char *background, const char *border)
{
    setStyleSheet(QStringLiteral("QFrame#callBar { background: %1; border: 2px solid %2; border-radius: 4px; } QLabel { color: #1A1A1A; }")
                      .arg(QLatin1String(background), QLatin1String(border)));
}

void CallBar::showRinging(const PhoneCall &call)
{
    m_fade->stop();
    m_ringing = true;
    m_ringingNumber = call.remoteNumber;
    setTone("#FFF4D6", "#E0A020");
    const QString who = call.remoteNumber.isEmpty() ? tr("未显示号码") : grouped(call.remoteNumber);
    m_headline->setText(tr("来电 %1").arg(who.toHtmlEscaped()));
    m_details->setText(call.remoteNumber.isEmpty() ? tr("来电人未显示号码：接听后请询问联系电话")
                                                   : tr("正在查找来电历史…"));
    m_keys->setText(tr("%1 接听 · %2 拒接").arg(key("newOrder"), key("hangUp")));
    show();
}

void CallBar::showCaller(const QString &phone, const QVector<WorkOrderSummary> &orders, const QString &scopeNote)
{
    if (!m_ringing || phone != m_ringingNumber)
        return; // the history of a call no longer ringing
    if (orders.isEmpty()) {
        m_details->setText(tr("首次来电：没有历史工单") + (scopeNote.isEmpty() ? QString() : QStringLiteral(" · ") + scopeNote.toHtmlEscaped()));
        Q_EMIT callerShown(phone);
        return;
    }
    QVector<WorkOrderSummary> open;
    bool dispatched = false;
    for (const WorkOrderSummary &order : orders)
        if (isOpen(order.status)) {
            open.append(order);
            dispatched = dispatched || order.status != OrderStatus::Open;
        }
    const QString name = orders.first().callerName;
    QString text = name.isEmpty() ? QString() : QStringLiteral("<b>%1</b> · ").arg(name.toHtmlEscaped());
    text += tr("历史工单 %1 张，未办结 %2 张").arg(orders.size()).arg(open.size());
    // The flags the operator acts on first: a repeat call, or a caller asking how far it got.
    if (!open.isEmpty())
        text += QStringLiteral(" · <span style='color:#A04000'><b>%1</b></span>").arg(tr("重复来电"));
    if (dispatched)
        text += QStringLiteral(" · <span style='color:#A04000'><b>%1</b></span>").arg(tr("可能催问进度（%1）").arg(key("progressInquiry")));
    for (qsizetype i = 0; i < open.size() && i < 3; ++i)
        text += QStringLiteral("<br>%1 %2（%3）")
                    .arg(open.at(i).number.toHtmlEscaped(), open.at(i).title.toHtmlEscaped(), displayName(open.at(i).status).toHtmlEscaped());
    if (!scopeNote.isEmpty())
        text += QStringLiteral("<br><span style='color:#666'>%1</span>").arg(scopeNote.toHtmlEscaped());
    m_details->setText(text);
    Q_EMIT callerShown(phone);
}

void CallBar::showInCall(const PhoneCall &call, const std::optional<PhoneCall> &consultation, qint64 talkSeconds)
{
    m_fade->stop();
    m_ringing = false;
    m_ringingNumber.clear();
    const bool held = call.state == PhoneCall::State::OnHold;
    setTone(held ? "#FDECEA" : "#E8F5E9", held ? "#C0392B" : "#2E7D32");
    const QString who = call.remoteNumber.isEmpty() ? tr("手工受理") : grouped(call.remoteNumber);
    QString headline = tr("通话中 %1 · %2").arg(clock(talkSeconds), who.toHtmlEscaped());
    if (held)
        headline += QStringLiteral(" · ") + tr("保持中");
    if (call.muted)
        headline += QStringLiteral(" · ") + tr("已静音");
    m_headline->setText(headline);
    if (consultation)
        m_details->setText(tr("正在咨询 %1（%2）：来电人在保持；%3 完成转接，%4 挂断咨询")
                               .arg(consultation->remoteNumber.toHtmlEscaped(), displayName(consultation->state), key("consultTransfer"), key("hangUp")));
    else
        m_details->clear();
    m_details->setVisible(consultation.has_value());
    m_keys->setText(call.id.isEmpty() ? tr("%1 结束（话后整理）").arg(key("hangUp"))
                                      : tr("%1 保持/恢复 · %2 静音 · %3 转接 · %4 咨询转接 · %5 挂机")
                                            .arg(key("holdCall"), key("muteCall"), key("transferCall"), key("consultTransfer"), key("hangUp")));
    show();
}

void CallBar::showMissed(const PhoneCall &call, const QString &reason)
{
    m_ringing = false;
    m_ringingNumber.clear();
    setTone("#F3F3F3", "#999999");
    const QString who = call.remoteNumber.isEmpty() ? tr("未显示号码") : grouped(call.remoteNumber);
    m_headline->setText(tr("未接来电 %1").arg(who.toHtmlEscaped()));
    m_details->setText(reason.toHtmlEscaped());
    m_details->show();
    m_keys->clear();
    show();
    m_fade->start();
}

void CallBar::showIdle()
{
    m_fade->stop();
    m_ringing = false;
    m_ringingNumber.clear();
    hide();
}

QString CallBar::text() const
{
    QStringList parts;
    for (const QLabel *label : {m_headline, m_details, m_keys})
        if (!label->text().isEmpty())
            parts.append(QTextDocumentFragment::fromHtml(label->text()).toPlainText());
    return parts.join(u'\n');
}

} // namespace hotline
