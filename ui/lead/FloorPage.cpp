// SPDX-License-Identifier: GPL-3.0-or-later
#include "lead/FloorPage.h"

#include "lead/FloorWallboard.h"
#include "sync/SyncEngine.h"

#include <QAction>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLineSeries>
#include <QPieSeries>
#include <QPen>
#include <QPieSlice>
#include <QStyleOptionComboBox>
#include <QTableWidget>
#include <QTimeZone>
#include <QValueAxis>
#include <QVBoxLayout>

#include <cmath>

namespace hotline {

namespace {

constexpr int surgePhrasesShown = 3;

QTableWidget *table(const QStringList &headers, QWidget *parent)
{
    auto *view = new QTableWidget(0, int(headers.size()), parent);
    view->setHorizontalHeaderLabels(headers);
    view->verticalHeader()->hide();
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    view->horizontalHeader()->setStretchLastSection(true);
    return view;
}

// Wide enough that the edit field holds its widest item: the combo's own size hint falls a few
// pixels short of the field with full-width punctuation（…）.
void fitCombo(QComboBox *combo)
{
    int widest = 0;
    for (int i = 0; i < combo->count(); ++i)
        widest = std::max(widest, combo->fontMetrics().horizontalAdvance(combo->itemText(i)));
    QStyleOptionComboBox option;
    option.initFrom(combo);
    option.frame = combo->hasFrame();
    option.rect = QRect(QPoint(0, 0), combo->sizeHint());
    const QRect field = combo->style()->subControlRect(QStyle::CC_ComboBox, &option, QStyle::SC_ComboBoxEditField, combo);
    combo->setMinimumWidth(combo->sizeHint().width() + std::max(0, widest - field.width()));
}

void setRow(QTableWidget *view, int row, const QStringList &cells)
{
    for (int column = 0; column < cells.size(); ++column) {
        auto *item = new QTableWidgetItem(cells.at(column));
        if (column > 0 && column < 4)
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        view->setItem(row, column, item);
    }
}

} // namespace

FloorPage::FloorPage(Ask ask, QWidget *parent)
    : QWidget(parent), m_ask(std::move(ask)), m_window(new QComboBox(this)), m_status(new QLabel(this)),
      m_alert(new QLabel(this)), m_hoursView(new QChartView(this)), m_agentsView(new QChartView(this)), m_bars(new QBarSeries(this)),
      m_usualCalls(new QLineSeries(this)), m_usualOrders(new QLineSeries(this)), m_hourAxis(new QBarCategoryAxis(this)),
      m_countAxis(new QValueAxis(this)), m_agents(new QPieSeries(this)),
      m_fcr(table({tr("事项 / 渠道"), tr("首次来电"), tr("一次解决"), tr("一次解决率")}, this)),
      m_surges(table({tr("区"), tr("事项"), tr("今日"), tr("往常"), tr("高频词"), tr("所用知识")}, this))
{
    setObjectName(QStringLiteral("floorPage"));
    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    m_window->setObjectName(QStringLiteral("floorWindow"));
    m_window->addItem(tr("今日（0 点起）"), QStringLiteral("today"));
    m_window->addItem(tr("滑动 24 小时"), QStringLiteral("day"));
    fitCombo(m_window);
    top->addWidget(new QLabel(tr("统计范围："), this));
    top->addWidget(m_window);
    top->addSpacing(16);
    m_status->setObjectName(QStringLiteral("floorStatus"));
    top->addWidget(m_status, 1);
    top->addWidget(new QLabel(tr("F11 大屏 · F5 刷新"), this));
    layout->addLayout(top);
    // A new surge stands out above the tiles until the figures flag none.
    m_alert->setObjectName(QStringLiteral("floorSurgeAlert"));
    m_alert->setWordWrap(true);
    m_alert->setAutoFillBackground(true);
    QPalette alarm = m_alert->palette();
    alarm.setColor(QPalette::Window, QColor(QStringLiteral("#d32f2f")));
    alarm.setColor(QPalette::WindowText, Qt::white);
    m_alert->setPalette(alarm);
    m_alert->setContentsMargins(8, 4, 8, 4);
    QFont alertFont = m_alert->font();
    alertFont.setBold(true);
    m_alert->setFont(alertFont);
    m_alert->hide();
    layout->addWidget(m_alert);

    auto *tiles = new QGridLayout;
    tiles->setSpacing(8);
    const QVector<FloorMetric> metrics{FloorMetric::Calls,    FloorMetric::Orders,   FloorMetric::Fcr,           FloorMetric::Overdue,
                                       FloorMetric::PendingReview, FloorMetric::Ready, FloorMetric::InCall, FloorMetric::AfterCall,
                                       FloorMetric::NotReady};
    for (int i = 0; i < metrics.size(); ++i) {
        auto *tile = new FloorTile(FloorNumbers::title(metrics.at(i)), this);
        tile->setScale(22);
        tiles->addWidget(tile, 0, i);
        m_tiles.insert(int(metrics.at(i)), tile);
    }
    layout->addLayout(tiles);

    // Calls and orders per hour as bars, their usual level as lines over them.
    auto *hours = new QChart;
    hours->setTitle(tr("每小时来电与工单（柱：今日，线：往常）"));
    hours->addSeries(m_bars);
    m_usualCalls->setName(tr("往常来电"));
    m_usualOrders->setName(tr("往常工单"));
    m_usualCalls->setPen(QPen(QColor(QStringLiteral("#0d47a1")), 2, Qt::DashLine));
    m_usualOrders->setPen(QPen(QColor(QStringLiteral("#e65100")), 2, Qt::DashLine));
    hours->addSeries(m_usualCalls);
    hours->addSeries(m_usualOrders);
    hours->addAxis(m_hourAxis, Qt::AlignBottom);
    hours->addAxis(m_countAxis, Qt::AlignLeft);
    for (QAbstractSeries *series : {static_cast<QAbstractSeries *>(m_bars), static_cast<QAbstractSeries *>(m_usualCalls),
                                    static_cast<QAbstractSeries *>(m_usualOrders)}) {
        series->attachAxis(m_hourAxis);
        series->attachAxis(m_countAxis);
    }
    m_countAxis->setLabelFormat(QStringLiteral("%d"));
    hours->legend()->setAlignment(Qt::AlignBottom);
    m_hoursView->setChart(hours);
    m_hoursView->setRenderHint(QPainter::Antialiasing);
    auto *agents = new QChart;
    agents->setTitle(tr("坐席状态"));
    agents->addSeries(m_agents);
    agents->legend()->setAlignment(Qt::AlignRight);
    m_agentsView->setChart(agents);
    m_agentsView->setRenderHint(QPainter::Antialiasing);
    auto *charts = new QHBoxLayout;
    charts->addWidget(m_hoursView, 3);
    charts->addWidget(m_agentsView, 2);
    layout->addLayout(charts, 3);

    auto *lists = new QHBoxLayout;
    auto *fcrBox = new QVBoxLayout;
    fcrBox->addWidget(new QLabel(tr("一次解决率（按事项、渠道）"), this));
    fcrBox->addWidget(m_fcr);
    auto *surgeBox = new QVBoxLayout;
    surgeBox->addWidget(new QLabel(tr("突发诉求（今日高于往常）"), this));
    surgeBox->addWidget(m_surges);
    lists->addLayout(fcrBox, 2);
    lists->addLayout(surgeBox, 3);
    layout->addLayout(lists, 2);
    m_fcr->setObjectName(QStringLiteral("floorFcr"));
    m_surges->setObjectName(QStringLiteral("floorSurges"));

    connect(m_window, &QComboBox::currentIndexChanged, this, [this] { showWindow(); });
    auto *wallboard = new QAction(this);
    wallboard->setShortcut(QKeySequence(Qt::Key_F11));
    wallboard->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(wallboard, &QAction::triggered, this, &FloorPage::openWallboard);
    addAction(wallboard);
    auto *again = new QAction(this);
    again->setShortcut(QKeySequence(Qt::Key_F5));
    again->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(again, &QAction::triggered, this, &FloorPage::refresh);
    addAction(again);
    setFocusPolicy(Qt::StrongFocus);
    connect(&m_timer, &QTimer::timeout, this, &FloorPage::refresh);
}

FloorPage *FloorPage::forCentre(SyncEngine &sync)
{
    auto *page = new FloorPage([&sync](const QString &path, Answer answer) { sync.ask(path, std::move(answer)); });
    // Only while it is seen: a hidden page catches up when it is shown again.
    connect(&sync, &SyncEngine::floorChanged, page, [page] {
        if (page->isVisible() || (page->m_wallboard && page->m_wallboard->isVisible()))
            page->refresh();
    });
    return page;
}

FloorPage::~FloorPage()
{
    delete m_wallboard; // a window of its own, not a child
}

void FloorPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_timer.isActive())
        m_timer.start(refreshSeconds * 1000);
    refresh();
}

void FloorPage::refresh()
{
    if (m_asking || !m_ask)
        return;
    m_asking = true;
    m_ask(QStringLiteral("/api/v1/floor"), [page = QPointer<FloorPage>(this)](const std::optional<QJsonObject> &body, const QString &error) {
        if (!page)
            return;
        page->m_asking = false;
        if (body)
            page->showFigures(*body);
        else
            page->m_status->setText(tr("未能取得现场数据：%1").arg(error));
    });
}

void FloorPage::setThresholds(const FloorThresholds &thresholds)
{
    m_thresholds = thresholds;
    showWindow();
}

QString FloorPage::window() const
{
    return m_window->currentData().toString();
}

FloorTile *FloorPage::tile(FloorMetric metric) const
{
    return m_tiles.value(int(metric));
}

FloorWallboard *FloorPage::wallboard() const
{
    return m_wallboard;
}

QChart *FloorPage::hoursChart() const
{
    return m_hoursView->chart();
}

QChart *FloorPage::agentsChart() const
{
    return m_agentsView->chart();
}

void FloorPage::showFigures(const QJsonObject &figures)
{
    m_figures = figures;
    const QDateTime at = QDateTime::fromString(figures.value(QLatin1String("at")).toString(), Qt::ISODate);
    m_status->setText(tr("更新于 %1（北京时间）").arg(at.toTimeZone(QTimeZone(8 * 3600)).toString(QStringLiteral("HH:mm:ss"))));
    showWindow();
    showSurgeAlert();
    if (m_wallboard)
        m_wallboard->showFigures(figures);
}

void FloorPage::showSurgeAlert()
{
    QSet<QString> now;
    QStringList fresh;
    for (const QJsonValue &surge : m_figures.value(QLatin1String("surges")).toArray()) {
        const QString key = surge[QLatin1String("item")].toString() + u'\n' + surge[QLatin1String("district")].toString();
        now.insert(key);
        if (!m_surgesSeen.contains(key))
            fresh.append(tr("%1 · %2：今日 %3 件，往常 %4 件")
                             .arg(surge[QLatin1String("districtName")].toString(), surge[QLatin1String("itemName")].toString())
                             .arg(surge[QLatin1String("orders")].toInt())
                             .arg(surge[QLatin1String("usual")].toDouble(), 0, 'f', 1));
    }
    // One that ebbs and comes back is news again.
    m_surgesSeen = now;
    if (now.isEmpty()) {
        m_alert->hide();
        return;
    }
    if (fresh.isEmpty())
        return; // the alert already shown stands
    m_alert->setText(tr("突发诉求：%1").arg(fresh.join(QStringLiteral("；"))));
    m_alert->show();
    Q_EMIT surgesFlagged(fresh);
}

void FloorPage::showWindow()
{
    if (m_figures.isEmpty())
        return;
    const QString name = window();
    for (auto it = m_tiles.cbegin(); it != m_tiles.cend(); ++it)
        FloorNumbers::show(*it.value(), FloorMetric(it.key()), m_figures, name, m_thresholds);
    const QJsonObject w = m_figures.value(name).toObject();

    m_bars->clear();
    m_usualCalls->clear();
    m_usualOrders->clear();
    auto *calls = new QBarSet(tr("来电"));
    auto *orders = new QBarSet(tr("工单"));
    QStringList categories;
    double top = 1;
    const QJsonArray hours = w.value(QLatin1String("hours")).toArray();
    for (int i = 0; i < hours.size(); ++i) {
        const QJsonValue hour = hours.at(i);
        // The sliding day begins and ends in the same clock hour (yesterday's and today's), and
        // an axis's categories must differ: the first is marked as yesterday's.
        const QString label = QString::number(hour[QLatin1String("hour")].toInt());
        categories.append(i == 0 && hours.size() > 24 ? tr("昨%1").arg(label) : label);
        *calls << hour[QLatin1String("calls")].toDouble();
        *orders << hour[QLatin1String("orders")].toDouble();
        m_usualCalls->append(i, hour[QLatin1String("callsUsual")].toDouble());
        m_usualOrders->append(i, hour[QLatin1String("ordersUsual")].toDouble());
        for (const char *key : {"calls", "orders", "callsUsual", "ordersUsual"})
            top = std::max(top, hour[QLatin1String(key)].toDouble());
    }
    // Each usual level in a darker shade of its bars' colour, dashed.
    calls->setColor(QColor(QStringLiteral("#42a5f5")));
    orders->setColor(QColor(QStringLiteral("#ffa726")));
    m_bars->append(calls);
    m_bars->append(orders);
    m_hourAxis->setCategories(categories);
    m_countAxis->setRange(0, std::ceil(top * 1.1));

    m_agents->clear();
    const QJsonObject agents = m_figures.value(QLatin1String("agents")).toObject();
    const std::pair<const char *, QString> states[]{{"ready", tr("空闲")}, {"in_call", tr("通话中")}, {"after_call", tr("话后处理")},
                                                    {"not_ready", tr("示忙")}};
    const QColor colours[]{QColor(QStringLiteral("#43a047")), QColor(QStringLiteral("#1e88e5")), QColor(QStringLiteral("#8e24aa")),
                           QColor(QStringLiteral("#fb8c00"))};
    for (int i = 0; i < 4; ++i) {
        const int count = agents.value(QLatin1String(states[i].first)).toInt();
        QPieSlice *slice = m_agents->append(QStringLiteral("%1 %2").arg(states[i].second).arg(count), count);
        slice->setColor(colours[i]);
        // The legend names them with their counts; labels round the pie would be cut short.
        slice->setLabelVisible(false);
    }

    const QJsonObject fcr = w.value(QLatin1String("fcr")).toObject();
    const QJsonArray items = fcr.value(QLatin1String("byItem")).toArray(), channels = fcr.value(QLatin1String("byChannel")).toArray();
    m_fcr->setRowCount(int(items.size() + channels.size()));
    int row = 0;
    const auto line = [&](const QString &name, const QJsonValue &value) {
        const int first = value[QLatin1String("first")].toInt(), resolved = value[QLatin1String("resolved")].toInt();
        setRow(m_fcr, row++, {name, QString::number(first), QString::number(resolved), first ? FloorNumbers::percent(double(resolved) / first) : QStringLiteral("—")});
    };
    for (const QJsonValue &channel : channels) {
        const QString key = channel[QLatin1String("key")].toString();
        line(key == QLatin1String("open311") ? tr("渠道：网上（Open311）") : key == QLatin1String("phone") ? tr("渠道：电话") : key, channel);
    }
    for (const QJsonValue &item : items)
        line(item[QLatin1String("name")].toString(), item);

    const QJsonArray surges = m_figures.value(QLatin1String("surges")).toArray();
    m_surges->setRowCount(int(surges.size()));
    for (int i = 0; i < surges.size(); ++i) {
        const QJsonValue surge = surges.at(i);
        QStringList phrases, articles;
        for (const QJsonValue &phrase : surge[QLatin1String("phrases")].toArray())
            phrases.append(QStringLiteral("%1(%2)").arg(phrase[QLatin1String("text")].toString()).arg(phrase[QLatin1String("orders")].toInt()));
        // The cell holds the first few on its line; all of them in its tooltip.
        const QString allPhrases = phrases.join(QStringLiteral("、"));
        if (phrases.size() > surgePhrasesShown)
            phrases.resize(surgePhrasesShown);
        for (const QJsonValue &article : surge[QLatin1String("articles")].toArray())
            articles.append(tr("#%1（%2 次）").arg(article[QLatin1String("id")].toInteger()).arg(article[QLatin1String("orders")].toInt()));
        setRow(m_surges, i, {surge[QLatin1String("districtName")].toString(), surge[QLatin1String("itemName")].toString(),
                             QString::number(surge[QLatin1String("orders")].toInt()),
                             QString::number(surge[QLatin1String("usual")].toDouble(), 'f', 1), phrases.join(QStringLiteral("、")),
                             articles.join(QStringLiteral("、"))});
        m_surges->item(i, 4)->setToolTip(allPhrases);
    }
}

void FloorPage::openWallboard()
{
    if (!m_wallboard) {
        m_wallboard = new FloorWallboard(m_thresholds);
        m_wallboard->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_wallboard, &FloorWallboard::left, this, [this] { activateWindow(); });
    }
    if (!m_figures.isEmpty())
        m_wallboard->showFigures(m_figures);
    m_wallboard->showFullScreen();
    m_wallboard->activateWindow();
}

} // namespace hotline
