// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "figures/FigureReport.h"

#include <QCoreApplication>

namespace hotline {

// A department's or a district's report over a period, written from the figures the centre
// answered (FigureReport): a PDF (A4, the tables and the charts, Chinese text in an embedded
// CJK font) and a CSV of the same figures. The PDF needs a QApplication (Qt Charts' charts are
// graphics widgets); hotline-ctl makes one on the offscreen platform for this.
class ReportWriter {
    Q_DECLARE_TR_FUNCTIONS(hotline::ReportWriter)
public:
    // The CJK family the PDF is set in (fonts-noto-cjk), checked before any page is drawn.
    static QString fontFamily();

    static Status writePdf(const FigureReport &report, const QString &path);
    static Status writeCsv(const FigureReport &report, const QString &path);
    // The report's title: "12345热线统计报告 · 单位：… · 2026年11月".
    static QString title(const FigureReport &report);
};

} // namespace hotline
