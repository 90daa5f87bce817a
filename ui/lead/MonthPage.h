// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "figures/FigureReport.h"

#include <QDate>
#include <QWidget>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QStandardItemModel;
class QTableView;

namespace hotline {

class FigureChartView;
class SyncEngine;

// The month in charts (the team lead's page): response, resolution and satisfaction rates per
// unit and per street, returns and overdue per unit, the month's top streets overall and per
// category, and the trend of the last six months, from the centre (GET /api/v1/figures as
// JSON). Keys: PgUp/PgDn the month before or after, Tab from chart to chart, arrows from bar
// to bar, Enter the orders behind the selected bar or point (GET /api/v1/figures/orders), and
// Enter in that list the order's details. Ctrl+P writes a unit's or a district's report.
class MonthPage : public QWidget {
    Q_OBJECT
public:
    explicit MonthPage(SyncEngine &sync, QWidget *parent = nullptr);

    QDate month() const { return m_month; }
    void setMonth(QDate month); // any day of it; asks the centre
    const FigureReport &report() const { return m_report; }
    // The report of a unit or a district ("unit"/"district", its code) over the page's month,
    // asked of the centre and written as a PDF and a CSV beside it (same name, .csv).
    void writeReport(const QString &scope, const QString &code, const QString &pdfPath);
    // The folder Ctrl+P suggests (the documents folder unless set).
    void setReportFolder(const QString &folder) { m_reportFolder = folder; }

Q_SIGNALS:
    void loaded();        // the month's figures are drawn (or the reason they are not is shown)
    void ordersLoaded();  // the orders behind a figure are listed
    void reportWritten(const QString &pdfPath, const QString &error);

private:
    void load();
    void showReport(const FigureReport &report);
    void showRanking();
    void drillDown(const FigureChartView *view, const QString &key, Figures::Measure measure);
    void showOrder(const QModelIndex &index);
    void chooseReport();
    QString unitName(const QString &code) const; // its name in the month's figures, or the code
    QString periodCode() const { return m_month.toString(QStringLiteral("yyyy-MM")); }

    SyncEngine &m_sync;
    QDate m_month;
    FigureReport m_report;
    int m_asked = 0; // the latest question: answers to earlier ones are dropped
    QString m_reportFolder;
    QLabel *m_period;
    QLabel *m_status;
    FigureChartView *m_unitRates;
    FigureChartView *m_unitCounts;
    FigureChartView *m_trend;
    FigureChartView *m_streetRates;
    FigureChartView *m_ranking;
    QComboBox *m_category;
    QLabel *m_ordersTitle;
    QTableView *m_orders;
    QStandardItemModel *m_ordersModel;
    QPlainTextEdit *m_detail;
};

} // namespace hotline
