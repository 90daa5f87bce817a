// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "figures/FigureReport.h"

#include <QDialog>

class QComboBox;
class QLineEdit;
class QPushButton;

namespace hotline {

// Ctrl+P on the charts page: which unit or district the report is about, and the PDF's file
// (the CSV is written beside it, same name). The units and districts are those of the month's
// figures.
class ReportDialog : public QDialog {
    Q_OBJECT
public:
    ReportDialog(const FigureReport &month, const QString &folder, QWidget *parent = nullptr);

    QString scope() const;     // "unit" or "district"
    QString scopeCode() const;
    QString pdfPath() const;

private:
    void suggestPath();
    void allowWriting();

    FigureReport m_month;
    QString m_folder;
    QComboBox *m_subject;
    QLineEdit *m_path;
    QPushButton *m_write;
};

} // namespace hotline
