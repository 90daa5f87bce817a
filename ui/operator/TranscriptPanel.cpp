// SPDX-License-Identifier: GPL-3.0-or-later
#include "operator/TranscriptPanel.h"

#include "common/SelectionColours.h"
#include "operator/ShortcutCatalog.h"
#include "itemmodels/TranscriptModel.h"
#include "telephony/TranscriptSource.h"

#include <QKeyEvent>
#include <QLabel>
#include <QListView>
#include <QVBoxLayout>

namespace hotline {

TranscriptPanel::TranscriptPanel(QWidget *parent)
    : QWidget(parent), m_model(new TranscriptModel(this)), m_status(new QLabel(this)), m_trouble(new QLabel(this)),
      m_list(new QListView(this)), m_partial(new QLabel(this)), m_hint(new QLabel(this))
{
    auto *layout = new QVBoxLayout(this);
    m_status->setObjectName(QStringLiteral("transcriptStatus"));
    m_status->setWordWrap(true);
    layout->addWidget(m_status);
    m_trouble->setObjectName(QStringLiteral("transcriptTrouble"));
    m_trouble->setWordWrap(true);
    m_trouble->setStyleSheet(QStringLiteral("color: #8a5a00;"));
    m_trouble->hide();
    layout->addWidget(m_trouble);

    m_list->setObjectName(QStringLiteral("transcriptList"));
    m_list->setModel(m_model);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setWordWrap(true);
    m_list->setUniformItemSizes(false);
    // The chosen sentence is read while the cursor is elsewhere (in the form): light text on
    // a dark selection whether the list has focus or not.
    SelectionColours::apply(*m_list);
    m_list->installEventFilter(this);
    layout->addWidget(m_list, 1);

    m_partial->setObjectName(QStringLiteral("transcriptPartial"));
    m_partial->setWordWrap(true);
    m_partial->setStyleSheet(QStringLiteral("color: #777777;"));
    layout->addWidget(m_partial);
    m_hint->setObjectName(QStringLiteral("transcriptHint"));
    m_hint->setStyleSheet(QStringLiteral("color: #555555;"));
    // Wrapped: a long hint would otherwise set the width of every panel beside the form.
    m_hint->setWordWrap(true);
    m_hint->setText(
        tr("↑↓ 选句，回车或 %1 加入诉求内容")
            .arg(ShortcutCatalog::keys(QStringLiteral("transcriptCopy")).toString(QKeySequence::NativeText)));
    layout->addWidget(m_hint);
    setFocusProxy(m_list);

    connect(m_model, &TranscriptModel::partialChanged, m_partial, &QLabel::setText);
    connect(m_model, &TranscriptModel::troubleChanged, this, [this](const QString &reason) {
        m_trouble->setText(reason);
        m_trouble->setVisible(!reason.isEmpty());
    });
    connect(m_model, &TranscriptModel::liveChanged, this, &TranscriptPanel::updateStatus);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] { m_following = true; });
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &TranscriptPanel::follow);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                m_following = !current.isValid() || current.row() == m_model->rowCount() - 1;
            });
    setSource(nullptr);
}

void TranscriptPanel::setSource(TranscriptSource *source)
{
    m_hasSource = source != nullptr;
    m_model->setSource(source);
    updateStatus();
}

void TranscriptPanel::updateStatus()
{
    if (!m_hasSource)
        m_status->setText(tr("未连接语音转写服务"));
    else if (m_model->isLive())
        m_status->setText(tr("通话转写中"));
    else if (m_model->rowCount() > 0)
        m_status->setText(tr("通话 %1 的转写").arg(m_model->callId()));
    else
        m_status->setText(tr("接通来电后，这里逐句显示来电人的话"));
}

void TranscriptPanel::follow()
{
    if (!m_following)
        return;
    const QModelIndex newest = m_model->index(m_model->rowCount() - 1, 0);
    m_list->setCurrentIndex(newest);
    m_list->scrollTo(newest);
}

void TranscriptPanel::chooseCurrent()
{
    QModelIndex chosen = m_list->currentIndex();
    if (!chosen.isValid())
        chosen = m_model->index(m_model->rowCount() - 1, 0);
    if (chosen.isValid())
        Q_EMIT sentenceChosen(chosen.data(TranscriptModel::TextRole).toString());
}

bool TranscriptPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_list && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        const bool enter = (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) &&
                           (key->modifiers() & ~Qt::KeypadModifier) == Qt::NoModifier;
        if (enter || QKeySequence(key->keyCombination()) == ShortcutCatalog::keys(QStringLiteral("transcriptCopy"))) {
            chooseCurrent();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace hotline
