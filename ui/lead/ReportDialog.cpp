// SPDX-License-Identifier: GPL-3.0-or-later
#include "lead/ReportDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace hotline {

ReportDialog::ReportDialog(const FigureReport &month, const QString &folder, QWidget *parent)
    : QDialog(parent), m_month(month), m_folder(folder), m_subject(new QComboBox(this)), m_path(new QLineEdit(this))
{
    setObjectName(QStringLiteral("reportDialog"));
    setWindowTitle(tr("生成报告"));
    m_subject->setObjectName(QStringLiteral("reportSubject"));
    m_path->setObjectName(QStringLiteral("reportPath"));
    for (const FigureLine &unit : month.units)
        m_subject->addItem(tr("单位：%1").arg(unit.name.isEmpty() ? unit.key : unit.name), QStringList{QStringLiteral("unit"), unit.key});
    for (const auto &[code, name] : month.districts)
        m_subject->addItem(tr("区：%1").arg(name.isEmpty() ? code : name), QStringList{QStringLiteral("district"), code});
    auto *form = new QFormLayout(this);
    form->addRow(new QLabel(tr("时段：%1").arg(month.periodText()), this));
    form->addRow(tr("报告对象(&S)"), m_subject);
    form->addRow(tr("PDF 文件(&F)"), m_path);
    form->addRow(new QLabel(tr("同名的 CSV 文件写在它旁边。"), this));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_write = buttons->button(QDialogButtonBox::Ok);
    m_write->setText(tr("生成"));
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_subject, &QComboBox::currentIndexChanged, this, &ReportDialog::suggestPath);
    connect(m_path, &QLineEdit::textChanged, this, &ReportDialog::allowWriting);
    suggestPath();
    allowWriting();
}

void ReportDialog::suggestPath()
{
    QString name = m_subject->currentText().section(u'：', 1);
    name.replace(u'/', u'-');
    m_path->setText(QDir(m_folder).filePath(tr("12345报告-%1-%2.pdf").arg(name, m_month.period)));
}

void ReportDialog::allowWriting()
{
    // Nothing to report on (a month without orders) or no file: nothing to write.
    m_write->setEnabled(m_subject->count() > 0 && !pdfPath().isEmpty());
}

QString ReportDialog::scope() const
{
    return m_subject->currentData().toStringList().value(0);
}

QString ReportDialog::scopeCode() const
{
    return m_subject->currentData().toStringList().value(1);
}

QString ReportDialog::pdfPath() const
{
    return m_path->text().trimmed();
}

} // namespace hotline
