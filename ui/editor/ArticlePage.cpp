// SPDX-License-Identifier: GPL-3.0-or-later
#include "editor/ArticlePage.h"

#include "common/SelectionColours.h"
#include "common/WindowKey.h"
#include "kb/KbValidator.h"
#include "kb/KnowledgeBase.h"

#include <QAction>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QSplitter>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace hotline {

namespace {
constexpr int idRole = Qt::UserRole + 1;

QStringList splitList(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[,，、;；\\n]"));
    QStringList items;
    for (const QString &item : text.split(separators, Qt::SkipEmptyParts))
        if (!item.trimmed().isEmpty())
            items.append(item.trimmed());
    return items;
}
} // namespace

ArticlePage::ArticlePage(KnowledgeBase &kb, QString editorName, QWidget *parent)
    : QWidget(parent), m_kb(kb), m_editor(std::move(editorName))
{
    build();
    bindKeys();
    refreshList();
    newArticle();
}

void ArticlePage::build()
{
    const auto edit = [this](const char *name) {
        auto *line = new QLineEdit(this);
        line->setObjectName(QString::fromLatin1(name));
        connect(line, &QLineEdit::textEdited, this, [this] { m_dirty = !m_loading; });
        return line;
    };
    const auto text = [this](const char *name, int height) {
        auto *box = new QPlainTextEdit(this);
        box->setObjectName(QString::fromLatin1(name));
        box->setTabChangesFocus(true);
        box->setMinimumHeight(height);
        connect(box, &QPlainTextEdit::textChanged, this, [this] { m_dirty = !m_loading; });
        return box;
    };

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    m_filter = edit("kbFilter");
    m_filter->setPlaceholderText(tr("按标题查找（Ctrl+F）"));
    m_list = new QListWidget(left);
    m_list->setObjectName(QStringLiteral("kbArticleList"));
    SelectionColours::apply(*m_list);
    leftLayout->addWidget(m_filter);
    leftLayout->addWidget(m_list, 1);
    connect(m_filter, &QLineEdit::textChanged, this, &ArticlePage::refreshList);
    connect(m_list, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { openArticle(item->data(idRole).toLongLong()); });

    auto *middle = new QWidget(this);
    auto *form = new QFormLayout(middle);
    m_title = edit("kbTitle");
    m_questions = text("kbQuestions", 60);
    m_questions->setPlaceholderText(tr("来电人的不同问法，每行一条"));
    m_answer = text("kbAnswer", 200);
    m_keywords = edit("kbKeywords");
    m_keywords->setPlaceholderText(tr("用逗号或顿号分隔"));
    m_classification = edit("kbClassification");
    m_unit = edit("kbUnit");
    m_region = edit("kbRegion");
    m_validFrom = edit("kbValidFrom");
    m_validUntil = edit("kbValidUntil");
    for (QLineEdit *date : {m_validFrom, m_validUntil})
        date->setPlaceholderText(tr("如 2026-11-15，留空为不限"));
    m_status = new QLabel(middle);
    m_status->setObjectName(QStringLiteral("kbStatus"));
    m_message = new QLabel(middle);
    m_message->setObjectName(QStringLiteral("kbMessage"));
    m_message->setWordWrap(true);
    form->addRow(tr("标题(&T)"), m_title);
    form->addRow(tr("问法(&Q)"), m_questions);
    form->addRow(tr("答案(&A)"), m_answer);
    form->addRow(tr("关键词(&K)"), m_keywords);
    form->addRow(tr("事项分类(&C)"), m_classification);
    form->addRow(tr("责任单位(&U)"), m_unit);
    form->addRow(tr("地区(&R)"), m_region);
    form->addRow(tr("生效日期(&B)"), m_validFrom);
    form->addRow(tr("失效日期(&E)"), m_validUntil);
    form->addRow(tr("状态"), m_status);
    form->addRow(m_message);

    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    m_preview = new QTextBrowser(right);
    m_preview->setObjectName(QStringLiteral("kbPreview"));
    m_history = new QListWidget(right);
    m_history->setObjectName(QStringLiteral("kbHistory"));
    SelectionColours::apply(*m_history);
    rightLayout->addWidget(new QLabel(tr("预览（F5 刷新）"), right));
    rightLayout->addWidget(m_preview, 2);
    rightLayout->addWidget(new QLabel(tr("历史版本（Ctrl+H，回车查看）"), right));
    rightLayout->addWidget(m_history, 1);
    connect(m_history, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        const auto version = m_kb.articles().version(m_id, item->data(idRole).toInt());
        if (version)
            showPreview(version->content, tr("第 %1 版（%2，%3）")
                                              .arg(version->version)
                                              .arg(version->savedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                                                   version->editor));
    });

    auto *split = new QSplitter(this);
    split->addWidget(left);
    split->addWidget(middle);
    split->addWidget(right);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 3);
    split->setStretchFactor(2, 2);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(split);
    setFocusProxy(m_title);
}

void ArticlePage::bindKeys()
{
    // Window shortcuts of this page: they act only while it is shown (the other pages have
    // their own Ctrl+N, Ctrl+P, Ctrl+F and F5).
    const auto bind = [this](const QKeySequence &keys, const char *name, auto handler) { bindWindowKey(this, keys, name, handler); };
    bind(QKeySequence(Qt::CTRL | Qt::Key_N), "kbNew", [this] { newArticle(); });
    bind(QKeySequence(Qt::CTRL | Qt::Key_S), "kbSave", [this] { save(); });
    bind(QKeySequence(Qt::CTRL | Qt::Key_P), "kbPublish", [this] { publish(); });
    bind(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_W), "kbWithdraw", [this] { withdraw(); });
    bind(QKeySequence(Qt::Key_F5), "kbPreviewNow", [this] {
        KbDraft draft;
        if (readForm(&draft))
            showPreview(draft, tr("预览（未保存的修改）"));
    });
    bind(QKeySequence(Qt::CTRL | Qt::Key_H), "kbHistoryFocus", [this] { m_history->setFocus(Qt::ShortcutFocusReason); });
    bind(QKeySequence(Qt::CTRL | Qt::Key_F), "kbFilterFocus", [this] { m_filter->setFocus(Qt::ShortcutFocusReason); });
}

void ArticlePage::refreshList()
{
    m_list->clear();
    for (const KbArticleSummary &summary : m_kb.articles().list(m_filter->text())) {
        QString label = summary.title + QStringLiteral("  [") + displayName(summary.status);
        if (summary.currentVersion != summary.publishedVersion && summary.status == KbStatus::Published)
            label += tr("，有未发布的修改");
        auto *item = new QListWidgetItem(label + u']', m_list);
        item->setData(idRole, summary.id);
    }
}

void ArticlePage::newArticle(const QString &title)
{
    m_loading = true;
    m_id = 0;
    for (QLineEdit *line : {m_title, m_keywords, m_classification, m_unit, m_region, m_validFrom, m_validUntil})
        line->clear();
    m_title->setText(title);
    m_questions->clear();
    m_answer->clear();
    m_preview->clear();
    m_history->clear();
    m_status->setText(tr("新文章（未保存）"));
    m_loading = false;
    m_dirty = !title.isEmpty();
    m_title->setFocus(Qt::OtherFocusReason);
}

void ArticlePage::openArticle(qint64 id)
{
    const auto article = m_kb.articles().article(id);
    if (!article)
        return;
    m_loading = true;
    m_id = id;
    const KbDraft &c = article->latest.content;
    m_title->setText(c.title);
    m_questions->setPlainText(c.questions.join(u'\n'));
    m_answer->setPlainText(c.answer);
    m_keywords->setText(c.keywords.join(QStringLiteral("、")));
    m_classification->setText(c.classification);
    m_unit->setText(c.unit);
    m_region->setText(c.region);
    m_validFrom->setText(c.validFrom.toString(Qt::ISODate));
    m_validUntil->setText(c.validUntil.toString(Qt::ISODate));
    m_loading = false;
    m_dirty = false;
    QString status = tr("%1，最新第 %2 版").arg(displayName(article->status)).arg(article->currentVersion);
    if (article->publishedVersion > 0)
        status += tr("，坐席看到第 %1 版").arg(article->publishedVersion);
    m_status->setText(status);
    showPreview(c, tr("第 %1 版").arg(article->currentVersion));
    refreshHistory();
    m_title->setFocus(Qt::OtherFocusReason);
}

bool ArticlePage::readForm(KbDraft *draft)
{
    Result<QDate> from = KbValidator::parseDate(m_validFrom->text());
    Result<QDate> until = KbValidator::parseDate(m_validUntil->text());
    if (!from || !until) {
        report(!from ? from.error() : until.error(), true);
        (!from ? m_validFrom : m_validUntil)->setFocus(Qt::OtherFocusReason);
        return false;
    }
    draft->title = m_title->text().trimmed();
    draft->questions = m_questions->toPlainText().split(u'\n', Qt::SkipEmptyParts);
    for (QString &q : draft->questions)
        q = q.trimmed();
    draft->questions.removeAll(QString());
    draft->answer = m_answer->toPlainText().trimmed();
    draft->keywords = splitList(m_keywords->text());
    draft->classification = m_classification->text().trimmed();
    draft->unit = m_unit->text().trimmed();
    draft->region = m_region->text().trimmed();
    draft->validFrom = from.value();
    draft->validUntil = until.value();
    const QStringList errors = KbValidator::validate(*draft);
    if (!errors.isEmpty()) {
        report(errors.join(u'\n'), true);
        return false;
    }
    return true;
}

bool ArticlePage::save()
{
    KbDraft draft;
    if (!readForm(&draft))
        return false;
    if (m_id == 0) {
        Result<qint64> created = m_kb.articles().create(draft, m_editor);
        if (!created) {
            report(created.error(), true);
            return false;
        }
        m_id = created.value();
        report(tr("已保存为草稿（第 1 版）；Ctrl+P 发布"), false);
    } else {
        Result<int> version = m_kb.articles().save(m_id, draft, m_editor);
        if (!version) {
            report(version.error(), true);
            return false;
        }
        report(tr("已保存第 %1 版；坐席仍看到已发布的版本，Ctrl+P 发布").arg(version.value()), false);
    }
    reloadCurrent();
    return true;
}

void ArticlePage::publish()
{
    if ((m_dirty || m_id == 0) && !save())
        return;
    const Status status = m_kb.articles().publish(m_id, m_editor);
    if (!status) {
        report(status.error(), true);
        return;
    }
    reloadCurrent();
    report(tr("已发布第 %1 版：本机检索即刻可见").arg(m_kb.articles().article(m_id)->publishedVersion), false);
}

void ArticlePage::withdraw()
{
    if (m_id == 0) {
        report(tr("这篇文章还没有保存，无需撤回"), true);
        return;
    }
    const Status status = m_kb.articles().withdraw(m_id, m_editor);
    if (!status) {
        report(status.error(), true);
        return;
    }
    reloadCurrent();
    report(tr("已撤回：坐席不再看到这篇文章"), false);
}

void ArticlePage::reloadCurrent()
{
    const qint64 id = m_id; // refreshing the list must not lose the article being edited
    refreshList();
    openArticle(id);
}

void ArticlePage::showPreview(const KbDraft &draft, const QString &heading)
{
    QString html = QStringLiteral("<p style='color:#666'>") + heading.toHtmlEscaped() + QStringLiteral("</p><h3>")
                 + draft.title.toHtmlEscaped() + QStringLiteral("</h3>");
    if (!draft.questions.isEmpty())
        html += QStringLiteral("<p><i>") + draft.questions.join(QStringLiteral(" / ")).toHtmlEscaped() + QStringLiteral("</i></p>");
    html += QStringLiteral("<p>") + draft.answer.toHtmlEscaped().replace(u'\n', QStringLiteral("<br>")) + QStringLiteral("</p>");
    QStringList meta;
    if (!draft.unit.isEmpty())
        meta << tr("责任单位：%1").arg(draft.unit);
    if (draft.validFrom.isValid() || draft.validUntil.isValid())
        meta << tr("有效期：%1 至 %2")
                    .arg(draft.validFrom.isValid() ? draft.validFrom.toString(Qt::ISODate) : tr("不限"),
                         draft.validUntil.isValid() ? draft.validUntil.toString(Qt::ISODate) : tr("不限"));
    if (!meta.isEmpty())
        html += QStringLiteral("<p style='color:#666'>") + meta.join(QStringLiteral(" · ")).toHtmlEscaped() + QStringLiteral("</p>");
    m_preview->setHtml(html);
}

void ArticlePage::refreshHistory()
{
    m_history->clear();
    const auto article = m_kb.articles().article(m_id);
    for (const KbVersion &version : m_kb.articles().history(m_id)) {
        QString label = tr("第 %1 版 · %2 · %3")
                            .arg(version.version)
                            .arg(version.savedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")), version.editor);
        if (article && version.version == article->publishedVersion && article->status == KbStatus::Published)
            label += tr(" · 已发布");
        auto *item = new QListWidgetItem(label, m_history);
        item->setData(idRole, version.version);
    }
    if (m_history->count() > 0)
        m_history->setCurrentRow(0);
}

void ArticlePage::report(const QString &message, bool error)
{
    m_message->setStyleSheet(error ? QStringLiteral("color: #C0392B;") : QStringLiteral("color: #1B5E20;"));
    m_message->setText(message);
}

} // namespace hotline
