// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportWriter.h"

#include "FigureCharts.h"
#include "PdfTextLayer.h"

#include <QBuffer>
#include <QChart>
#include <QDateTime>
#include <QFile>
#include <QFontDatabase>
#include <QGraphicsScene>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

namespace hotline {

namespace {
constexpr int resolution = 144; // A4 at 144 dpi: 1123 × 1587 dots inside 15 mm margins
constexpr int tableRows = 20;   // longest table before the rest is left to the CSV

// Draws the report page by page, top to bottom, a new page when the next block does not fit.
class PdfPage {
public:
    PdfPage(QPdfWriter &writer, QPainter &painter, QString family)
        : m_writer(writer), m_painter(painter), m_family(std::move(family)), m_width(painter.viewport().width()), m_height(painter.viewport().height())
    {
    }

    QFont font(double points, bool bold = false) const
    {
        QFont f(m_family);
        f.setPointSizeF(points);
        f.setBold(bold);
        return f;
    }

    void ensure(int height)
    {
        if (m_y + height > m_height && m_y > 0) {
            m_writer.newPage();
            m_y = 0;
        }
    }

    // A line of text; `keep` more dots of what follows it go on the same page (a heading is
    // not left alone at the foot of a page).
    void text(const QString &line, double points, bool bold = false, int after = 8, int keep = 0)
    {
        m_painter.setFont(font(points, bold));
        const int h = m_painter.fontMetrics().height();
        ensure(h + after + keep);
        m_painter.setPen(Qt::black);
        m_painter.drawText(QRect(0, m_y, m_width, h), Qt::AlignLeft | Qt::AlignVCenter, line);
        m_y += h + after;
    }

    // A table with a header row; the first column takes what the others leave.
    void heading(const QString &line, int keep) { text(line, 13, true, 8, keep); }

    void table(const QStringList &header, const QVector<QStringList> &rows, int numberColumn = 90)
    {
        m_painter.setFont(font(9));
        const int h = m_painter.fontMetrics().height() + 8;
        QVector<int> widths(header.size(), numberColumn);
        widths[0] = m_width - numberColumn * int(header.size() - 1);
        const auto row = [&](const QStringList &cells, bool head) {
            ensure(h);
            if (head)
                m_painter.fillRect(QRect(0, m_y, m_width, h), QColor(QStringLiteral("#e8eef7")));
            m_painter.setFont(font(9, head));
            int x = 0;
            for (int c = 0; c < header.size(); ++c) {
                const QRect cell(x, m_y, widths.at(c), h);
                m_painter.setPen(QColor(QStringLiteral("#9aa5b1")));
                m_painter.drawRect(cell);
                m_painter.setPen(Qt::black);
                const QString value = m_painter.fontMetrics().elidedText(cells.value(c), Qt::ElideRight, cell.width() - 10);
                m_painter.drawText(cell.adjusted(5, 0, -5, 0), (c == 0 ? Qt::AlignLeft : Qt::AlignRight) | Qt::AlignVCenter, value);
                x += widths.at(c);
            }
            m_y += h;
        };
        row(header, true);
        for (const QStringList &cells : rows)
            row(cells, false);
        m_y += 14;
    }

    // The chart drawn at the page's width; a scene of its own lays it out and renders it.
    void chart(FigureChart figure, int height)
    {
        ensure(height);
        QFont base = font(9);
        FigureCharts::setFont(*figure.chart, base);
        figure.chart->setTitleFont(font(11, true));
        const QSizeF size(900, 900.0 * height / m_width);
        figure.chart->resize(size);
        QGraphicsScene scene;
        scene.addItem(figure.chart.get());
        scene.setSceneRect(QRectF(QPointF(0, 0), size));
        scene.render(&m_painter, QRectF(0, m_y, m_width, height), QRectF(QPointF(0, 0), size));
        scene.removeItem(figure.chart.get());
        m_y += height + 16;
    }

private:
    QPdfWriter &m_writer;
    QPainter &m_painter;
    QString m_family;
    int m_width, m_height;
    int m_y = 0;
};

QStringList lineCells(const FigureLine &line, const QString &name)
{
    return {name,
            QString::number(line.orders),
            QString::number(line.signedInTime),
            FigureReport::percent(line.responseRate()) + u'%',
            FigureReport::percent(line.resolutionRate()) + u'%',
            FigureReport::percent(line.satisfactionRate()) + u'%',
            QString::number(line.returns),
            QString::number(line.overdue)};
}
} // namespace

QString ReportWriter::fontFamily()
{
    return QStringLiteral("Noto Sans CJK SC");
}

QString ReportWriter::title(const FigureReport &report)
{
    return tr("12345热线统计报告 · %1 · %2").arg(report.scopeText(), report.periodText());
}

Status ReportWriter::writePdf(const FigureReport &report, const QString &path)
{
    // Without the CJK font Qt would fall back to whatever it finds and the Chinese could come
    // out as empty boxes; say so instead of writing such a file.
    if (!QFontDatabase::families().contains(fontFamily()))
        return Error{tr("没有找到中文字体“%1”（fonts-noto-cjk），报告未生成。").arg(fontFamily())};
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error{tr("无法写入文件 %1：%2").arg(path, file.errorString())};
    // Drawn into memory first: the text layer is put right (PdfTextLayer) before the file is written.
    QBuffer drawn;
    drawn.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&drawn);
        writer.setResolution(resolution);
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter));
        writer.setTitle(title(report));
        writer.setCreator(QStringLiteral("hotline-desk"));
        QPainter painter(&writer);
        painter.setRenderHint(QPainter::Antialiasing);
        PdfPage page(writer, painter, fontFamily());
        const QStringList header{tr("名称"), tr("工单"), tr("按时签收"), tr("响应率"), tr("解决率"), tr("满意率"), tr("退单"), tr("超期")};

        page.text(tr("12345热线统计报告"), 18, true, 6);
        page.text(tr("%1　　时段：%2（%3 至 %4）").arg(report.scopeText(), report.periodText(), report.from.toString(Qt::ISODate), report.to.toString(Qt::ISODate)), 11);
        page.text(tr("生成于 %1；响应率＝按时签收／已派单，解决率＝回访未表示不满意／回访接通，满意率按满意 1、基本满意 0.8 计。")
                      .arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))),
                  8, false, 14);
        page.heading(tr("总体"), 80);
        page.table(header, {lineCells(report.total, tr("合计"))});

        page.heading(tr("各单位"), 120);
        QVector<QStringList> rows;
        for (const FigureLine &line : report.units.mid(0, tableRows))
            rows.append(lineCells(line, line.name.isEmpty() ? line.key : line.name));
        page.table(header, rows);
        if (!report.units.isEmpty()) {
            page.chart(FigureCharts::rates(report.units, Figures::By::Unit, tr("各单位的响应率、解决率、满意率")), 420);
            page.chart(FigureCharts::returnsAndOverdue(report.units, Figures::By::Unit, tr("各单位的退单与超期")), 360);
        }

        page.heading(tr("各街道"), 120);
        rows.clear();
        for (const FigureLine &line : report.streets.mid(0, tableRows))
            rows.append(lineCells(line, line.name.isEmpty() ? line.key : line.name));
        page.table(header, rows);
        if (!report.streets.isEmpty())
            page.chart(FigureCharts::rates(report.streets, Figures::By::Street, tr("各街道的响应率、解决率、满意率")), 420);

        for (const QString &category : report.categories()) {
            page.heading(category.isEmpty() ? tr("诉求量前十的街道") : tr("诉求量前十的街道：%1").arg(category), 120);
            rows.clear();
            for (const RankedStreet &street : report.ranking(category))
                rows.append({QStringLiteral("%1. %2（%3）").arg(street.rank).arg(street.streetName, street.districtName), QString::number(street.appeals)});
            page.table({tr("街道"), tr("诉求量")}, rows, 140);
            if (category.isEmpty())
                page.chart(FigureCharts::ranking(report, category), 360);
        }

        if (!report.trend.isEmpty()) {
            page.heading(tr("趋势"), 380);
            page.chart(FigureCharts::trend(report), 380);
            rows.clear();
            for (const TrendPoint &point : report.trend)
                rows.append(lineCells(point.line, point.month));
            QStringList byMonth = header;
            byMonth[0] = tr("月份");
            page.table(byMonth, rows);
        }
        if (!painter.end())
            return Error{tr("报告的页面未能画完：%1").arg(path)};
    }
    const QByteArray pdf = PdfTextLayer::unifyIdeographs(drawn.data());
    if (file.write(pdf) != pdf.size() || !file.commit())
        return Error{tr("无法写入文件 %1：%2").arg(path, file.errorString())};
    return {};
}

Status ReportWriter::writeCsv(const FigureReport &report, const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error{tr("无法写入文件 %1：%2").arg(path, file.errorString())};
    file.write(report.csv().toUtf8());
    if (!file.commit())
        return Error{tr("无法写入文件 %1：%2").arg(path, file.errorString())};
    return {};
}

} // namespace hotline
