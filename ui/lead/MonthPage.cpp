// SPDX-License-Identifier: GPL-3.0-or-later
#include "lead/MonthPage.h"

#include "lead/FigureChartView.h"
#include "lead/ReportDialog.h"
#include "ReportWriter.h"
#include "sync/SyncEngine.h"
#include "workorder/WorkOrderState.h"

#include <QComboBox>
#include <QGridLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPointer>
#include <QShortcut>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTableView>
#include <QTimeZone>
#include <QUrlQuery>
#include <QVBoxLayout>

#include <algorithm>

namespace hotline {

namespace {
QString measureName(Figures::Measure measure)
{
    switch (measure) {
    case Figures::Measure::Orders:
        return MonthPage::tr("工单");
    case Figures::Measure::Response:
        return MonthPage::tr("已派出的工单（响应率）");
    case Figures::Measure::Callbacks:
        return MonthPage::tr("回访接通的工单（解决率、满意率）");
    case Figures::Measure::Returns:
        return MonthPage::tr("退单");
    case Figures::Measure::Overdue:
        return MonthPage::tr("超期工单");
    }
    return {};
}

QString code(Figures::By by)
{
    return by == Figures::By::Unit ? QStringLiteral("unit") : by == Figures::By::Street ? QStringLiteral("street") : QStringLiteral("all");
}

QString code(Figures::Measure measure)
{
    static const char *const codes[] = {"orders", "response", "callbacks", "returns", "overdue"};
    return QString::fromLatin1(codes[int(measure)]);
}
} // namespace

MonthPage::MonthPage(SyncEngine &sync, QWidget *parent)
    : QWidget(parent),
      m_sync(sync),
      m_reportFolder(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)),
      m_period(new QLabel(this)),
      m_status(new QLabel(this)),
      m_unitRates(new FigureChartView(this)),
      m_unitCounts(new FigureChartView(this)),
      m_trend(new FigureChartView(this)),
      m_streetRates(new FigureChartView(this)),
      m_ranking(new FigureChartView(this)),
      m_category(new QComboBox(this)),
      m_ordersTitle(new QLabel(tr("在图上选一个柱或点，按 Enter 列出它背后的工单。"), this)),
      m_orders(new QTableView(this)),
      m_ordersModel(new QStandardItemModel(0, 4, this)),
      m_detail(new QPlainTextEdit(this))
{
    m_period->setObjectName(QStringLiteral("monthPeriod"));
    m_status->setObjectName(QStringLiteral("monthStatus"));
    m_unitRates->setObjectName(QStringLiteral("unitRatesChart"));
    m_unitCounts->setObjectName(QStringLiteral("unitCountsChart"));
    m_trend->setObjectName(QStringLiteral("trendChart"));
    m_streetRates->setObjectName(QStringLiteral("streetRatesChart"));
    m_ranking->setObjectName(QStringLiteral("rankingChart"));
    m_category->setObjectName(QStringLiteral("rankingCategory"));
    m_ordersTitle->setObjectName(QStringLiteral("drillTitle"));
    m_orders->setObjectName(QStringLiteral("drillOrders"));
    m_detail->setObjectName(QStringLiteral("drillDetail"));

    QFont big = m_period->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    m_period->setFont(big);
    auto *hint = new QLabel(tr("PgUp/PgDn 换月 · Tab 换图 · ←→↑↓ 选柱 · Enter 查看工单 · Ctrl+P 生成报告"), this);
    hint->setWordWrap(true);
    m_status->setWordWrap(true);

    // Four columns fit beside the charts; the unit, the place and the rest are in the details.
    m_ordersModel->setHorizontalHeaderLabels({tr("编号"), tr("标题"), tr("状态"), tr("受理时间")});
    m_orders->setModel(m_ordersModel);
    m_orders->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_orders->setSelectionMode(QAbstractItemView::SingleSelection);
    m_orders->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_orders->setTabKeyNavigation(false); // Tab leaves the list for the charts, as everywhere on the page
    m_orders->verticalHeader()->hide();
    m_orders->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch); // the others fit their contents when filled
    m_orders->setTextElideMode(Qt::ElideRight);
    // A citizen's words can be long: the details scroll rather than push the list away.
    m_detail->setReadOnly(true);
    m_detail->setFocusPolicy(Qt::ClickFocus);
    m_ordersTitle->setWordWrap(true);

    auto *top = new QHBoxLayout;
    top->addWidget(m_period);
    top->addWidget(hint, 1);
    auto *rankingBox = new QVBoxLayout;
    rankingBox->addWidget(m_category);
    rankingBox->addWidget(m_ranking, 1);
    auto *drillBox = new QVBoxLayout;
    drillBox->addWidget(m_ordersTitle);
    drillBox->addWidget(m_orders, 3);
    drillBox->addWidget(m_detail, 1);
    auto *grid = new QGridLayout;
    grid->addWidget(m_unitRates, 0, 0);
    grid->addWidget(m_unitCounts, 0, 1);
    grid->addWidget(m_trend, 0, 2);
    grid->addWidget(m_streetRates, 1, 0);
    grid->addLayout(rankingBox, 1, 1);
    grid->addLayout(drillBox, 1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_status);
    layout->addLayout(grid, 1);

    setTabOrder(m_unitRates, m_unitCounts);
    setTabOrder(m_unitCounts, m_trend);
    setTabOrder(m_trend, m_streetRates);
    setTabOrder(m_streetRates, m_category);
    setTabOrder(m_category, m_ranking);
    setTabOrder(m_ranking, m_orders);
    setFocusProxy(m_unitRates);

    for (FigureChartView *view : {m_unitRates, m_unitCounts, m_trend, m_streetRates, m_ranking})
        connect(view, &FigureChartView::drillDown, this, [this, view](const QString &key, Figures::Measure measure) { drillDown(view, key, measure); });
    connect(m_category, &QComboBox::currentIndexChanged, this, &MonthPage::showRanking);
    connect(m_orders, &QTableView::activated, this, &MonthPage::showOrder);

    const auto shortcut = [this](QKeySequence keys, auto slot) {
        auto *s = new QShortcut(keys, this);
        s->setContext(Qt::WidgetWithChildrenShortcut);
        connect(s, &QShortcut::activated, this, slot);
    };
    shortcut(QKeySequence(Qt::Key_PageUp), [this] { setMonth(m_month.addMonths(-1)); });
    shortcut(QKeySequence(Qt::Key_PageDown), [this] { setMonth(m_month.addMonths(1)); });
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_P), [this] { chooseReport(); });

    // The month so far, as Beijing counts it.
    const QDate today = QDateTime::currentDateTime().toTimeZone(QTimeZone(QByteArrayLiteral("Asia/Shanghai"))).date();
    setMonth(today);
}

void MonthPage::setMonth(QDate month)
{
    m_month = QDate(month.year(), month.month(), 1);
    m_period->setText(tr("%1年%2月").arg(m_month.year()).arg(m_month.month()));
    load();
}

void MonthPage::load()
{
    const int asked = ++m_asked;
    m_status->setText(tr("正在向中心读取 %1 的统计……").arg(periodCode()));
    QPointer<MonthPage> self(this);
    m_sync.ask(QStringLiteral("/api/v1/figures?period=%1&format=json&months=6").arg(periodCode()),
               [self, asked](const std::optional<QJsonObject> &body, const QString &error) {
                   if (!self || asked != self->m_asked)
                       return;
                   if (!body) {
                       self->m_status->setText(tr("中心没有给出统计：%1").arg(error));
                       Q_EMIT self->loaded();
                       return;
                   }
                   const Result<FigureReport> report = FigureReport::fromJson(*body);
                   if (!report) {
                       self->m_status->setText(report.error());
                       Q_EMIT self->loaded();
                       return;
                   }
                   self->showReport(report.value());
               });
}

void MonthPage::showReport(const FigureReport &report)
{
    m_report = report;
    const FigureLine &t = report.total;
    m_status->setText(tr("本月 %1 件工单：响应率 %2%，解决率 %3%，满意率 %4%，退单 %5 次，超期 %6 件。")
                          .arg(t.orders)
                          .arg(FigureReport::percent(t.responseRate()), FigureReport::percent(t.resolutionRate()),
                               FigureReport::percent(t.satisfactionRate()))
                          .arg(t.returns)
                          .arg(t.overdue));
    m_unitRates->setFigure(FigureCharts::rates(report.units, Figures::By::Unit, tr("各单位：响应率、解决率、满意率")));
    m_unitCounts->setFigure(FigureCharts::returnsAndOverdue(report.units, Figures::By::Unit, tr("各单位：退单与超期")));
    m_trend->setFigure(FigureCharts::trend(report));
    m_streetRates->setFigure(FigureCharts::rates(report.streets, Figures::By::Street, tr("各街道：响应率、解决率、满意率")));
    const QString chosen = m_category->currentData().toString();
    {
        const QSignalBlocker quiet(m_category);
        m_category->clear();
        for (const QString &category : report.categories())
            m_category->addItem(category.isEmpty() ? tr("前十街道：全部诉求") : tr("前十街道：%1").arg(category), category);
        m_category->setCurrentIndex(std::max(0, m_category->findData(chosen)));
    }
    showRanking();
    Q_EMIT loaded();
}

void MonthPage::showRanking()
{
    m_ranking->setFigure(FigureCharts::ranking(m_report, m_category->currentData().toString()));
}

void MonthPage::drillDown(const FigureChartView *view, const QString &key, Figures::Measure measure)
{
    QUrlQuery query;
    // A point of the trend is a month of its own: the orders of that month.
    query.addQueryItem(QStringLiteral("period"), view->isTrend() ? key : periodCode());
    query.addQueryItem(QStringLiteral("by"), code(view->by()));
    if (view->by() != Figures::By::All)
        query.addQueryItem(QStringLiteral("key"), key);
    query.addQueryItem(QStringLiteral("measure"), code(measure));
    if (!view->category().isEmpty())
        query.addQueryItem(QStringLiteral("category"), view->category());
    QString subject = key;
    for (const QVector<FigureLine> *lines : {&m_report.units, &m_report.streets})
        for (const FigureLine &line : *lines)
            if (line.key == key && !line.name.isEmpty())
                subject = line.name;
    if (view->by() == Figures::By::Street)
        for (const RankedStreet &street : m_report.topStreets)
            if (street.streetCode == key)
                subject = street.streetName;
    const QString title = view->isTrend() ? tr("%1 全部的%2").arg(key, measureName(measure))
                                          : tr("%1 %2的%3").arg(periodCode(), subject, measureName(measure))
            + (view->category().isEmpty() ? QString() : tr("（%1）").arg(view->category()));
    m_ordersTitle->setText(tr("%1：正在读取……").arg(title));
    const int asked = ++m_asked;
    QPointer<MonthPage> self(this);
    m_sync.ask(QStringLiteral("/api/v1/figures/orders?") + query.toString(QUrl::FullyEncoded),
               [self, asked, title](const std::optional<QJsonObject> &body, const QString &error) {
                   if (!self || asked != self->m_asked)
                       return;
                   self->m_ordersModel->removeRows(0, self->m_ordersModel->rowCount());
                   self->m_detail->clear();
                   if (!body) {
                       self->m_ordersTitle->setText(tr("%1：中心没有给出工单（%2）").arg(title, error));
                       Q_EMIT self->ordersLoaded();
                       return;
                   }
                   const QJsonArray orders = body->value(QLatin1String("orders")).toArray();
                   for (const QJsonValue &value : orders) {
                       const WorkOrderState order = WorkOrderState::fromJson(value.toObject());
                       QList<QStandardItem *> row{new QStandardItem(order.number),
                                                  new QStandardItem(order.draft.title),
                                                  new QStandardItem(displayName(order.status)),
                                                  new QStandardItem(order.createdAt.toLocalTime().toString(QStringLiteral("MM-dd HH:mm")))};
                       row.first()->setData(value.toObject(), Qt::UserRole);
                       self->m_ordersModel->appendRow(row);
                   }
                   self->m_ordersTitle->setText(tr("%1：%2 件").arg(title).arg(orders.size()));
                   // Not resizeColumnsToContents(): it would size the stretched title too.
                   for (const int column : {0, 2, 3})
                       self->m_orders->resizeColumnToContents(column);
                   if (!orders.isEmpty()) {
                       self->m_orders->setFocus(Qt::OtherFocusReason);
                       self->m_orders->setCurrentIndex(self->m_ordersModel->index(0, 0));
                   }
                   Q_EMIT self->ordersLoaded();
               });
}

void MonthPage::showOrder(const QModelIndex &index)
{
    const WorkOrderState order = WorkOrderState::fromJson(m_ordersModel->index(index.row(), 0).data(Qt::UserRole).toJsonObject());
    QStringList lines{tr("%1　%2").arg(order.number, order.draft.title),
                      tr("状态：%1　承办单位：%2").arg(displayName(order.status), order.dispatchedTo.isEmpty() ? tr("未派单") : unitName(order.dispatchedTo)),
                      tr("地点：%1").arg(order.draft.address.display()),
                      tr("诉求：%1").arg(order.draft.description)};
    if (!order.reply.isEmpty())
        lines.append(tr("答复：%1").arg(order.reply));
    if (order.satisfaction)
        lines.append(tr("回访：%1").arg(displayName(*order.satisfaction)));
    QStringList returnedBy;
    for (const QString &unit : order.returnedBy)
        returnedBy.append(unitName(unit));
    if (!returnedBy.isEmpty())
        lines.append(tr("退单：%1").arg(returnedBy.join(tr("、"))));
    m_detail->setPlainText(lines.join(u'\n'));
}

QString MonthPage::unitName(const QString &code) const
{
    for (const FigureLine &line : m_report.units)
        if (line.key == code && !line.name.isEmpty())
            return line.name;
    return code;
}

void MonthPage::chooseReport()
{
    // Window-modal and without a nested event loop: the page's answers from the centre keep
    // arriving while the lead chooses.
    auto *dialog = new ReportDialog(m_report, m_reportFolder, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { writeReport(dialog->scope(), dialog->scopeCode(), dialog->pdfPath()); });
    dialog->open();
}

void MonthPage::writeReport(const QString &scope, const QString &code, const QString &pdfPath)
{
    m_status->setText(tr("正在生成报告 %1 ……").arg(pdfPath));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("period"), periodCode());
    query.addQueryItem(QStringLiteral("format"), QStringLiteral("json"));
    query.addQueryItem(scope == QLatin1String("district") ? QStringLiteral("district") : QStringLiteral("unit"), code);
    QPointer<MonthPage> self(this);
    m_sync.ask(QStringLiteral("/api/v1/figures?") + query.toString(QUrl::FullyEncoded),
               [self, pdfPath](const std::optional<QJsonObject> &body, const QString &error) {
                   if (!self)
                       return;
                   QString problem = body ? QString() : tr("中心没有给出统计：%1").arg(error);
                   if (body) {
                       const Result<FigureReport> report = FigureReport::fromJson(*body);
                       QString csvPath = pdfPath;
                       csvPath = (csvPath.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive) ? csvPath.chopped(4) : csvPath) + QStringLiteral(".csv");
                       if (!report)
                           problem = report.error();
                       else if (const Status pdf = ReportWriter::writePdf(report.value(), pdfPath); !pdf)
                           problem = pdf.error();
                       else if (const Status csv = ReportWriter::writeCsv(report.value(), csvPath); !csv)
                           problem = csv.error();
                   }
                   self->m_status->setText(problem.isEmpty() ? tr("报告已写入 %1（及同名 CSV）。").arg(pdfPath) : problem);
                   Q_EMIT self->reportWritten(pdfPath, problem);
               });
}

} // namespace hotline
