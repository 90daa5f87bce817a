// SPDX-License-Identifier: GPL-3.0-or-later
#include "operator/KnowledgePanel.h"

#include "common/HtmlItemDelegate.h"
#include "common/SelectionColours.h"
#include "itemmodels/KbHitListModel.h"
#include "kb/KnowledgeBase.h"

#include "common/ListNavigation.h"

#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QSplitter>
#include <QTextBrowser>
#include <QVBoxLayout>

#include <algorithm>

namespace hotline {

namespace {
constexpr int shownHits = 8;
}

KnowledgePanel::KnowledgePanel(const KnowledgeBase &kb, QWidget *parent)
    : QWidget(parent),
      m_kb(kb),
      m_search(new QLineEdit(this)),
      m_heading(new QLabel(this)),
      m_model(new KbHitListModel(this)),
      m_results(new QListView(this)),
      m_article(new QTextBrowser(this))
{
    m_search->setObjectName(QStringLiteral("kbSearch"));
    m_search->setPlaceholderText(tr("搜索知识库：汉字、繁体、拼音首字母或来电人的原话（Ctrl+K）"));
    m_search->setClearButtonEnabled(true);
    m_search->installEventFilter(this);
    m_heading->setObjectName(QStringLiteral("kbHeading"));
    // Wrapped: a long heading would otherwise set the width of every panel beside the form.
    m_heading->setWordWrap(true);
    m_results->setObjectName(QStringLiteral("kbResults"));
    m_results->setModel(m_model);
    m_results->setItemDelegate(new HtmlItemDelegate(KbHitListModel::HtmlRole, m_results));
    SelectionColours::apply(*m_results);
    m_results->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_results->setWordWrap(true);
    m_results->installEventFilter(this);
    m_article->setObjectName(QStringLiteral("kbArticle"));
    m_article->setOpenExternalLinks(false);

    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_results);
    split->addWidget(m_article);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_search);
    layout->addWidget(m_heading);
    layout->addWidget(split, 1);

    connect(m_search, &QLineEdit::textEdited, this, &KnowledgePanel::runSearch);
    connect(m_results, &QListView::activated, this, [this] {
        openCurrent();
        readCurrent();
    });
    connect(m_results->selectionModel(), &QItemSelectionModel::currentChanged, this, &KnowledgePanel::openCurrent);
    m_heading->setText(tr("输入即搜索；↑↓ 选择，回车打开，F9 采用答案"));
}

void KnowledgePanel::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void KnowledgePanel::clear()
{
    m_search->clear();
    m_model->setHits({});
    m_showingRelated = false;
    m_article->clear();
    m_heading->setText(tr("输入即搜索；↑↓ 选择，回车打开，F9 采用答案"));
}

void KnowledgePanel::runSearch(const QString &text)
{
    const QVector<KbHit> hits = m_kb.search().search(text, shownHits);
    m_model->setHits(hits);
    // Hits that all miss the matter asked about are near misses, not answers: say so.
    const bool answered = std::any_of(hits.cbegin(), hits.cend(), [](const KbHit &hit) { return !hit.weak; });
    if (text.trimmed().isEmpty())
        m_heading->setText(tr("输入即搜索；↑↓ 选择，回车打开，F9 采用答案"));
    else if (!answered)
        m_heading->setText(hits.isEmpty() ? tr("知识库里没有找到相关条目")
                                          : tr("知识库里没有找到相关条目；下面 %1 条只是字面相近，请核实").arg(hits.size()));
    else
        m_heading->setText(tr("找到 %1 条；↑↓ 选择，回车打开，F9 采用答案").arg(m_model->rowCount()));
    m_showingRelated = false;
    if (m_model->rowCount() > 0)
        m_results->setCurrentIndex(m_model->index(0));
    else
        m_article->clear();
    Q_EMIT searched(text, int(std::count_if(hits.cbegin(), hits.cend(), [](const KbHit &hit) { return !hit.weak; })));
}

void KnowledgePanel::showRelated(const QString &description)
{
    if (!m_search->text().trimmed().isEmpty())
        return; // the operator is searching themselves: leave their results alone
    const QVector<KbHit> hits = m_kb.search().search(description, 3);
    m_model->setHits(hits);
    m_heading->setText(hits.isEmpty() ? QString() : tr("与诉求内容相关的知识 %1 条（Ctrl+K 搜索）").arg(hits.size()));
    m_showingRelated = !hits.isEmpty();
    if (!hits.isEmpty()) {
        // Shown because of what the operator typed, not opened by them: not an article looked up.
        m_proposing = true;
        m_results->setCurrentIndex(m_model->index(0));
        m_proposing = false;
    }
}

void KnowledgePanel::openCurrent()
{
    KbHit hit;
    QString answer;
    if (!currentAnswer(&hit, &answer)) {
        m_article->clear();
        return;
    }
    const auto version = m_kb.articles().version(hit.articleId, hit.version);
    QString html = QStringLiteral("<h3>") + hit.title.toHtmlEscaped() + QStringLiteral("</h3>");
    html += QStringLiteral("<p style='color:#666'>") + tr("第 %1 版").arg(hit.version);
    if (version && !version->content.unit.isEmpty())
        html += QStringLiteral(" · ") + tr("责任单位：%1").arg(version->content.unit.toHtmlEscaped());
    if (version && version->content.validUntil.isValid())
        html += QStringLiteral(" · ") + tr("有效期至 %1").arg(version->content.validUntil.toString(Qt::ISODate));
    html += QStringLiteral("</p><p>") + answer.toHtmlEscaped().replace(u'\n', QStringLiteral("<br>"))
          + QStringLiteral("</p>");
    m_article->setHtml(html);
    if (!m_proposing)
        Q_EMIT articleOpened(hit.articleId);
}

void KnowledgePanel::readCurrent()
{
    if (const QModelIndex index = m_results->currentIndex(); index.isValid())
        Q_EMIT articleRead(m_model->at(index.row()).articleId);
}

bool KnowledgePanel::currentAnswer(KbHit *hit, QString *answer) const
{
    const QModelIndex index = m_results->currentIndex();
    if (!index.isValid())
        return false;
    *hit = m_model->at(index.row());
    const auto version = m_kb.articles().version(hit->articleId, hit->version);
    if (!version)
        return false;
    *answer = version->content.answer;
    return true;
}

int KnowledgePanel::resultCount() const
{
    return m_model->rowCount();
}

bool KnowledgePanel::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress && (watched == m_search || watched == m_results)) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->modifiers() == Qt::NoModifier) {
            switch (key->key()) {
            case Qt::Key_Down: moveCurrentRow(m_results, 1); return true;
            case Qt::Key_Up: moveCurrentRow(m_results, -1); return true;
            case Qt::Key_Return:
            case Qt::Key_Enter:
                openCurrent();
                m_article->setFocus(Qt::OtherFocusReason);
                readCurrent();
                return true;
            default: break;
            }
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace hotline
