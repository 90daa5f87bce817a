// SPDX-License-Identifier: GPL-3.0-or-later
#include "editor/MissListPage.h"

#include "common/SelectionColours.h"
#include "common/WindowKey.h"
#include "sync/SyncEngine.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QTableWidget>
#include <QVBoxLayout>

namespace hotline {

namespace {
QTableWidgetItem *cell(const QString &text, bool number = false)
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    if (number)
        item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}
} // namespace

MissListPage::MissListPage(QWidget *parent) : QWidget(parent)
{
    auto *top = new QHBoxLayout;
    m_period = new QComboBox(this);
    m_period->setObjectName(QStringLiteral("missPeriod"));
    for (const int days : {7, 30, 90})
        m_period->addItem(tr("最近 %1 天").arg(days), days);
    auto *periodLabel = new QLabel(tr("时段(&D)"), this);
    periodLabel->setBuddy(m_period);
    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("missFilter"));
    m_filter->setPlaceholderText(tr("按文字筛选（Ctrl+F）"));
    m_filter->setClearButtonEnabled(true);
    top->addWidget(periodLabel);
    top->addWidget(m_period);
    top->addWidget(m_filter, 1);

    auto *hint = new QLabel(tr("坐席查了却没有取用任何文章的查询，次数多的在前。回车：放进同义词预览 · "
                               "Ctrl+N：以它为标题写新文章 · F5：重新读取"),
                            this);
    hint->setWordWrap(true);
    m_table = new QTableWidget(0, 6, this);
    m_table->setObjectName(QStringLiteral("missTable"));
    m_table->setHorizontalHeaderLabels(
        {tr("查询"), tr("没找到"), tr("又重查"), tr("合计"), tr("坐席数"), tr("最近一次")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setTabKeyNavigation(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(QueryColumn, QHeaderView::Stretch);
    SelectionColours::apply(*m_table);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("missMessage"));
    m_message->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(hint);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_message);
    setFocusProxy(m_table);

    connect(m_period, &QComboBox::currentIndexChanged, this, [this] { refresh(); });
    connect(m_filter, &QLineEdit::textChanged, this, &MissListPage::applyFilter);
    // From the filter, Enter goes to the list (on the first query the filter leaves).
    connect(m_filter, &QLineEdit::returnPressed, this, [this] { m_table->setFocus(Qt::OtherFocusReason); });
    connect(m_table, &QTableWidget::activated, this, [this] {
        if (const QString query = currentQuery(); !query.isEmpty())
            Q_EMIT previewRequested(query);
    });

    // Window shortcuts of this page: they act only while it is the page shown.
    const auto bind = [this](const QKeySequence &keys, const char *name, auto handler) { bindWindowKey(this, keys, name, handler); };
    bind(QKeySequence(Qt::Key_F5), "missRefresh", [this] { refresh(); });
    bind(QKeySequence(Qt::CTRL | Qt::Key_F), "missFilterFocus", [this] {
        m_filter->setFocus(Qt::ShortcutFocusReason);
        m_filter->selectAll();
    });
    bind(QKeySequence(Qt::CTRL | Qt::Key_N), "missNewArticle", [this] {
        const QString query = currentQuery();
        if (query.isEmpty()) {
            report(tr("先在列表里选中一条查询"), true);
            return;
        }
        Q_EMIT articleRequested(query);
    });
}

QString MissListPage::message() const
{
    return m_message->text();
}

void MissListPage::report(const QString &message, bool error)
{
    m_message->setStyleSheet(error ? QStringLiteral("color: #C0392B;") : QString());
    m_message->setText(message);
}

int MissListPage::days() const
{
    return m_period->currentData().toInt();
}

void MissListPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_asked)
        refresh(); // the first look at the page reads the list
}

void MissListPage::refresh()
{
    m_asked = true;
    if (!m_sync) {
        report(tr("这台电脑没有连接中心：各坐席没找到的查询要从中心读取"), true);
        return;
    }
    if (!m_sync->signedIn()) {
        report(tr("未登录中心：按 Ctrl+Shift+I 登录后按 F5 读取"), true);
        return;
    }
    const int request = ++m_request;
    report(tr("正在读取……"), false);
    m_sync->ask(QStringLiteral("/api/v1/kb/misses?days=%1").arg(days()),
                [this, guard = QPointer<MissListPage>(this), request](const std::optional<QJsonObject> &body,
                                                                      const QString &error) {
                    if (!guard || request != m_request)
                        return;
                    if (!body) {
                        report(tr("读不到没找到的查询：%1").arg(error), true);
                        return;
                    }
                    Result<QVector<KbMiss>> misses = KbMiss::listFromJson(*body);
                    if (!misses) {
                        report(tr("中心的答复读不懂：%1").arg(misses.error()), true);
                        return;
                    }
                    setMisses(misses.value());
                });
}

void MissListPage::setMisses(const QVector<KbMiss> &misses)
{
    const QString keep = currentQuery();
    m_table->setRowCount(int(misses.size()));
    for (int row = 0; row < misses.size(); ++row) {
        const KbMiss &miss = misses.at(row);
        auto *query = cell(miss.query);
        query->setData(Qt::UserRole, miss.query);
        m_table->setItem(row, QueryColumn, query);
        m_table->setItem(row, NothingColumn, cell(QString::number(miss.nothing), true));
        m_table->setItem(row, AgainColumn, cell(QString::number(miss.again), true));
        m_table->setItem(row, TotalColumn, cell(QString::number(miss.total()), true));
        m_table->setItem(row, DesksColumn, cell(QString::number(miss.desks), true));
        m_table->setItem(row, LastColumn, cell(miss.last.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))));
    }
    applyFilter();
    for (int row = 0; row < m_table->rowCount(); ++row)
        if (m_table->item(row, QueryColumn)->data(Qt::UserRole).toString() == keep && !m_table->isRowHidden(row))
            m_table->setCurrentCell(row, QueryColumn);
    report(misses.isEmpty() ? tr("这段时间没有落空或重查的查询")
                            : tr("%1 条查询（%2）").arg(misses.size()).arg(m_period->currentText()),
           false);
}

void MissListPage::applyFilter()
{
    const QString filter = m_filter->text().trimmed();
    int first = -1;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const bool shown =
            filter.isEmpty() || m_table->item(row, QueryColumn)->text().contains(filter, Qt::CaseInsensitive);
        m_table->setRowHidden(row, !shown);
        if (shown && first < 0)
            first = row;
    }
    const int current = m_table->currentRow();
    if (current < 0 || m_table->isRowHidden(current)) {
        if (first >= 0)
            m_table->setCurrentCell(first, QueryColumn);
        else
            m_table->setCurrentCell(-1, -1);
    }
}

QString MissListPage::currentQuery() const
{
    const int row = m_table->currentRow();
    if (row < 0 || m_table->isRowHidden(row) || !m_table->item(row, QueryColumn))
        return {};
    return m_table->item(row, QueryColumn)->data(Qt::UserRole).toString();
}

} // namespace hotline
