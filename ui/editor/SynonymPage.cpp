// SPDX-License-Identifier: GPL-3.0-or-later
#include "editor/SynonymPage.h"

#include "common/Confirm.h"
#include "common/SelectionColours.h"
#include "common/WindowKey.h"
#include "kb/KbSynonymPreview.h"
#include "kb/KnowledgeBase.h"
#include "sync/SyncEngine.h"

#include <QAction>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace hotline {

namespace {
const QColor changedBackground(0xFF, 0xF0, 0xB3); // a pale amber: the rank moved

QTableWidgetItem *cell(const QString &text)
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    return item;
}

QTableWidget *table(QWidget *parent, const char *name, const QStringList &headers)
{
    auto *view = new QTableWidget(0, int(headers.size()), parent);
    view->setObjectName(QString::fromLatin1(name));
    view->setHorizontalHeaderLabels(headers);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setTabKeyNavigation(false);
    view->setWordWrap(false);
    view->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    SelectionColours::apply(*view);
    return view;
}
} // namespace

SynonymPage::SynonymPage(KnowledgeBase &kb, QWidget *parent)
    : QWidget(parent), m_kb(kb), m_draft(KbSynonymDraft::load(kb.store()))
{
    build();
    bindKeys();
    refreshGroups(0);
    refreshPreview();
}

void SynonymPage::build()
{
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    auto *listLabel = new QLabel(
        tr("同义词组(&L)　Ctrl+N 新增 · F2 或回车修改 · Del 删除 · Ctrl+Z 撤销全部未发布的修改 · Ctrl+P 发布"), left);
    listLabel->setWordWrap(true);
    m_groups = table(left, "synonymGroups", {tr("同义词"), tr("说明"), tr("改动")});
    m_groups->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_groups->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_groups->horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    listLabel->setBuddy(m_groups);
    connect(m_groups, &QTableWidget::activated, this, [this] { startEdit(); });
    m_changes = new QLabel(left);
    m_changes->setObjectName(QStringLiteral("synonymChanges"));
    m_changes->setWordWrap(true);

    m_formTitle = new QLabel(left);
    m_formTitle->setObjectName(QStringLiteral("synonymFormTitle"));
    auto *form = new QFormLayout;
    m_terms = new QLineEdit(left);
    m_terms->setObjectName(QStringLiteral("synonymTerms"));
    m_terms->setPlaceholderText(tr("如 丢了|遗失|丢失，用 | 或顿号隔开"));
    m_note = new QLineEdit(left);
    m_note->setObjectName(QStringLiteral("synonymNote"));
    m_note->setPlaceholderText(tr("为什么是同义词，给其他编辑看"));
    form->addRow(tr("同义词(&Y)"), m_terms);
    form->addRow(tr("说明(&O)"), m_note);
    connect(m_terms, &QLineEdit::returnPressed, this, &SynonymPage::apply);
    connect(m_note, &QLineEdit::returnPressed, this, &SynonymPage::apply);
    m_message = new QLabel(left);
    m_message->setObjectName(QStringLiteral("synonymMessage"));
    m_message->setWordWrap(true);
    leftLayout->addWidget(listLabel);
    leftLayout->addWidget(m_groups, 1);
    leftLayout->addWidget(m_changes);
    leftLayout->addWidget(m_formTitle);
    leftLayout->addLayout(form);
    leftLayout->addWidget(m_message);

    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    auto *queryForm = new QFormLayout;
    m_query = new QLineEdit(right);
    m_query->setObjectName(QStringLiteral("synonymQuery"));
    m_query->setPlaceholderText(tr("输入来电人的问法，回车加入预览"));
    queryForm->addRow(tr("预览查询(&G)"), m_query);
    connect(m_query, &QLineEdit::returnPressed, this, [this] {
        addPreviewQuery(m_query->text());
        m_query->clear();
    });
    auto *previewLabel = new QLabel(
        tr("每个查询的前 3 条：左为现在坐席看到的，右为发布修改后的；有变化的名次标“变”。Del 移除所选查询，F5 刷新"),
        right);
    previewLabel->setWordWrap(true);
    m_preview = table(right, "synonymPreview", {tr("查询"), tr("名次"), tr("现在"), tr("修改后"), tr("变化")});
    m_preview->verticalHeader()->hide();
    m_preview->horizontalHeader()->setSectionResizeMode(QueryColumn, QHeaderView::ResizeToContents);
    m_preview->horizontalHeader()->setSectionResizeMode(RankColumn, QHeaderView::ResizeToContents);
    m_preview->horizontalHeader()->setSectionResizeMode(BeforeColumn, QHeaderView::Stretch);
    m_preview->horizontalHeader()->setSectionResizeMode(AfterColumn, QHeaderView::Stretch);
    m_preview->horizontalHeader()->setSectionResizeMode(ChangeColumn, QHeaderView::ResizeToContents);
    rightLayout->addLayout(queryForm);
    rightLayout->addWidget(previewLabel);
    rightLayout->addWidget(m_preview, 1);

    auto *split = new QSplitter(this);
    split->addWidget(left);
    split->addWidget(right);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(split);
    setFocusProxy(m_groups);
    cancelEdit();
}

void SynonymPage::bindKeys()
{
    // Window shortcuts of this page: they act only while it is the page shown. A line edit
    // keeps its own Del and Ctrl+Z (it claims them first), so they act on the list there.
    const auto bind = [this](const QKeySequence &keys, const char *name, auto handler) { bindWindowKey(this, keys, name, handler); };
    bind(QKeySequence(Qt::CTRL | Qt::Key_N), "synonymNew", [this] { startNew(); });
    bind(QKeySequence(Qt::Key_Insert), "synonymInsert", [this] { startNew(); });
    bind(QKeySequence(Qt::Key_F2), "synonymEdit", [this] { startEdit(); });
    bind(QKeySequence(Qt::Key_Delete), "synonymDelete", [this] { removeSelected(); });
    bind(QKeySequence(Qt::CTRL | Qt::Key_Z), "synonymRevert", [this] { revertAll(); });
    bind(QKeySequence(Qt::Key_Escape), "synonymCancel", [this] {
        if (m_terms->hasFocus() || m_note->hasFocus()) {
            cancelEdit();
            m_groups->setFocus(Qt::ShortcutFocusReason);
        }
    });
    bind(QKeySequence(Qt::CTRL | Qt::Key_P), "synonymPublish", [this] { publish(); });
    bind(QKeySequence(Qt::Key_F5), "synonymRefresh", [this] {
        reload();
        refreshPreview();
    });
}

QString SynonymPage::message() const
{
    return m_message->text();
}

void SynonymPage::report(const QString &message, bool error)
{
    m_message->setStyleSheet(error ? QStringLiteral("color: #C0392B;") : QStringLiteral("color: #1B5E20;"));
    m_message->setText(message);
}

void SynonymPage::startNew()
{
    m_editing = -1;
    m_formTitle->setText(tr("新的一组：写好后回车，Esc 放弃"));
    m_terms->clear();
    m_note->clear();
    m_terms->setFocus(Qt::ShortcutFocusReason);
}

void SynonymPage::startEdit()
{
    const int row = m_groups->currentRow();
    if (row < 0 || row >= m_draft.groups().size()) {
        report(tr("先在列表里选中一组"), true);
        return;
    }
    m_editing = row;
    const KbSynonymDraft::Group &group = m_draft.groups().at(row);
    m_formTitle->setText(tr("修改第 %1 组：改好后回车，Esc 放弃").arg(row + 1));
    m_terms->setText(group.terms.join(u'|'));
    m_note->setText(group.note);
    m_terms->setFocus(Qt::ShortcutFocusReason);
    m_terms->selectAll();
}

void SynonymPage::cancelEdit()
{
    m_editing = -1;
    m_terms->clear();
    m_note->clear();
    m_formTitle->setText(tr("选中一组按 F2 修改，或按 Ctrl+N 新增一组"));
}

bool SynonymPage::busy()
{
    if (m_publishing)
        report(tr("正在发布，等中心答复后再改"), true);
    return m_publishing;
}

void SynonymPage::apply()
{
    if (busy())
        return;
    int row = m_editing;
    if (m_editing >= 0) {
        if (Status edited = m_draft.edit(m_editing, m_terms->text(), m_note->text()); !edited) {
            report(edited.error(), true);
            m_terms->setFocus(Qt::OtherFocusReason);
            return;
        }
        report(tr("已改第 %1 组（未发布：Ctrl+P 发布）").arg(row + 1), false);
    } else {
        Result<int> added = m_draft.add(m_terms->text(), m_note->text());
        if (!added) {
            report(added.error(), true);
            m_terms->setFocus(Qt::OtherFocusReason);
            return;
        }
        row = added.value();
        report(tr("已加为第 %1 组（未发布：Ctrl+P 发布）").arg(row + 1), false);
    }
    cancelEdit();
    refreshGroups(row);
    refreshPreview();
    m_groups->setFocus(Qt::OtherFocusReason);
}

void SynonymPage::removeSelected()
{
    if (m_preview->hasFocus()) {
        const int row = m_preview->currentRow();
        if (row >= 0 && m_preview->item(row, QueryColumn)) {
            m_queries.removeAll(m_preview->item(row, QueryColumn)->data(Qt::UserRole).toString());
            refreshPreview();
        }
        return;
    }
    if (!m_groups->hasFocus() || busy())
        return;
    const int row = m_groups->currentRow();
    const QString terms =
        row >= 0 && row < m_draft.groups().size() ? m_draft.groups().at(row).terms.join(u'|') : QString();
    if (Status removed = m_draft.remove(row); !removed) {
        report(removed.error(), true);
        return;
    }
    report(tr("已删去“%1”（未发布：Ctrl+P 发布，Ctrl+Z 全部撤销）").arg(terms), false);
    refreshGroups(std::min(row, int(m_draft.groups().size()) - 1));
    refreshPreview();
}

void SynonymPage::revertAll()
{
    if (busy())
        return;
    if (!m_draft.isChanged()) {
        report(tr("没有未发布的修改"), false);
        return;
    }
    const KbSynonymDraft::Changes changes = m_draft.changes();
    if (!Confirm::ask(this, tr("撤销修改"),
                      tr("放弃全部未发布的修改（新增 %1 组、修改 %2 组、删去 %3 组），回到坐席现在用的同义词？")
                          .arg(changes.added)
                          .arg(changes.changed)
                          .arg(changes.removed),
                      tr("全部撤销"), tr("保留修改")))
        return;
    m_draft.revert();
    cancelEdit();
    refreshGroups(0);
    refreshPreview();
    report(tr("已撤销全部未发布的修改"), false);
}

void SynonymPage::reload()
{
    if (m_draft.isChanged() || m_publishing)
        return;
    m_draft = KbSynonymDraft::load(m_kb.store());
    refreshGroups(std::max(0, m_groups->currentRow()));
}

void SynonymPage::refreshGroups(int select)
{
    m_groups->setRowCount(int(m_draft.groups().size()));
    for (int row = 0; row < m_draft.groups().size(); ++row) {
        const KbSynonymDraft::Group &group = m_draft.groups().at(row);
        m_groups->setItem(row, 0, cell(group.terms.join(QStringLiteral(" | "))));
        m_groups->setItem(row, 1, cell(group.note));
        QString state;
        switch (m_draft.stateOf(row)) {
        case KbSynonymDraft::GroupState::Published:
            break;
        case KbSynonymDraft::GroupState::Added:
            state = tr("新增");
            break;
        case KbSynonymDraft::GroupState::Changed:
            state = tr("已改");
            break;
        }
        auto *stateCell = cell(state);
        if (!state.isEmpty())
            stateCell->setBackground(changedBackground);
        m_groups->setItem(row, 2, stateCell);
    }
    if (select >= 0 && select < m_groups->rowCount())
        m_groups->setCurrentCell(select, 0);
    const KbSynonymDraft::Changes changes = m_draft.changes();
    m_changes->setText(changes.total() == 0 ? tr("共 %1 组，与坐席现在用的相同").arg(m_draft.groups().size())
                                            : tr("共 %1 组；未发布的修改：新增 %2 组，修改 %3 组，删去 %4 组")
                                                  .arg(m_draft.groups().size())
                                                  .arg(changes.added)
                                                  .arg(changes.changed)
                                                  .arg(changes.removed));
}

void SynonymPage::addPreviewQuery(const QString &query)
{
    const QString trimmed = query.trimmed();
    if (trimmed.isEmpty())
        return;
    m_queries.removeAll(trimmed);
    m_queries.prepend(trimmed);
    while (m_queries.size() > maxQueries)
        m_queries.removeLast();
    refreshPreview();
}

void SynonymPage::refreshPreview()
{
    const KbSynonyms published = m_draft.publishedSynonyms();
    const KbSynonyms edited = m_draft.synonyms();
    const QString weak = tr("（相近，非答案）");
    m_preview->setRowCount(0);
    for (const QString &query : std::as_const(m_queries)) {
        const KbSynonymPreview::Line line = KbSynonymPreview::compare(m_kb.search(), query, published, edited);
        const int first = m_preview->rowCount();
        auto *queryCell = cell(query);
        queryCell->setData(Qt::UserRole, query);
        if (line.ranks.isEmpty()) {
            m_preview->insertRow(first);
            m_preview->setItem(first, QueryColumn, queryCell);
            m_preview->setItem(first, BeforeColumn, cell(tr("（都没有找到）")));
            continue;
        }
        for (int rank = 0; rank < line.ranks.size(); ++rank) {
            const KbSynonymPreview::Rank &r = line.ranks.at(rank);
            const int row = first + rank;
            m_preview->insertRow(row);
            // Every row knows its query, so Del removes the query from any of its ranks.
            auto *own = rank == 0 ? queryCell : cell(QString());
            own->setData(Qt::UserRole, query);
            m_preview->setItem(row, QueryColumn, own);
            m_preview->setItem(row, RankColumn, cell(QString::number(rank + 1)));
            m_preview->setItem(row, BeforeColumn,
                               cell(r.beforeId ? r.beforeTitle + (r.beforeWeak ? weak : QString()) : tr("—")));
            auto *after = cell(r.afterId ? r.afterTitle + (r.afterWeak ? weak : QString()) : tr("—"));
            auto *change = cell(r.changed ? tr("变") : QString());
            if (r.changed) {
                after->setBackground(changedBackground);
                change->setBackground(changedBackground);
            }
            m_preview->setItem(row, AfterColumn, after);
            m_preview->setItem(row, ChangeColumn, change);
        }
    }
}

void SynonymPage::publish()
{
    if (m_publishing)
        return;
    // A group still in the form is not in the draft: publishing without it would surprise.
    if (!m_terms->text().trimmed().isEmpty() || !m_note->text().trimmed().isEmpty()) {
        report(tr("表单里还有没收下的一组：回车收下，或按 Esc 放弃，再按 Ctrl+P 发布"), true);
        m_terms->setFocus(Qt::OtherFocusReason);
        return;
    }
    if (!m_draft.isChanged()) {
        report(tr("没有未发布的修改"), false);
        return;
    }
    if (!m_sync || !m_sync->signedIn()) {
        report(tr("未登录中心，修改留在本页：按 Ctrl+Shift+I 登录后再按 Ctrl+P 发布"), true);
        return;
    }
    m_publishing = true;
    report(tr("正在发布……"), false);
    const KbSynonymDraft sent = m_draft;
    m_sync->put(QStringLiteral("/api/v1/reference/synonyms"), sent.toCsv(), "text/csv; charset=utf-8",
                [this, guard = QPointer<SynonymPage>(this), sent](const std::optional<QJsonObject> &answer,
                                                                  const QString &error) {
                    if (!guard)
                        return;
                    m_publishing = false;
                    if (!answer) {
                        report(tr("中心没有接受，修改留在本页：%1").arg(error), true);
                        return;
                    }
                    // What the centre took is what this desk uses from now on, at once.
                    if (Status saved = sent.saveTo(m_kb.store()); !saved) {
                        report(tr("中心已发布，但本机没能写入：%1（下次同步时补上）").arg(saved.error()), true);
                        return;
                    }
                    m_draft.markPublished(); // no edits meanwhile: they wait for the answer
                    refreshGroups(std::max(0, m_groups->currentRow()));
                    refreshPreview();
                    report(tr("已发布 %1 组同义词（中心第 %2 号修改）：本机检索即刻使用，其他坐席同步后使用")
                               .arg(sent.groups().size())
                               .arg(answer->value(QLatin1String("revision")).toInteger()),
                           false);
                });
}

} // namespace hotline
