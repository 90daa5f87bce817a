// SPDX-License-Identifier: GPL-3.0-or-later
#include "operator/CallerHistoryPanel.h"

#include "common/SelectionColours.h"
#include "itemmodels/WorkOrderListModel.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace hotline {

CallerHistoryPanel::CallerHistoryPanel(WorkOrderListModel &model, QWidget *parent)
    : QWidget(parent), m_model(model), m_heading(new QLabel(this)), m_table(new QTableView(this)), m_scope(new QLabel(this))
{
    auto *layout = new QVBoxLayout(this);
    m_heading->setObjectName(QStringLiteral("callerHistoryHeading"));
    // Wrapped: a long heading would otherwise set the width of every panel beside the form.
    m_heading->setWordWrap(true);
    layout->addWidget(m_heading);
    m_scope->setObjectName(QStringLiteral("callerHistoryScope"));
    m_scope->setWordWrap(true);
    m_scope->setStyleSheet(QStringLiteral("color: #8a5a00;"));
    m_scope->hide();
    layout->addWidget(m_scope);
    layout->addWidget(m_table, 1);
    m_table->setObjectName(QStringLiteral("callerHistory"));
    m_table->setModel(&m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAlternatingRowColors(true);
    SelectionColours::apply(*m_table);
    m_table->setColumnHidden(WorkOrderListModel::DistanceColumn, true); // only nearby orders have one
    connect(&m_model, &QAbstractItemModel::modelReset, this, &CallerHistoryPanel::updateHeading);
    updateHeading();
}

void CallerHistoryPanel::setPhone(const QString &phone)
{
    m_phone = phone;
    updateHeading();
}

void CallerHistoryPanel::setScopeNote(const QString &note)
{
    m_scope->setText(note);
    m_scope->setVisible(!note.isEmpty());
}

void CallerHistoryPanel::updateHeading()
{
    if (m_phone.isEmpty())
        m_heading->setText(tr("输入来电号码后，这里列出该号码的历史工单。"));
    else if (m_model.rowCount() == 0)
        m_heading->setText(tr("号码 %1 没有历史工单：首次来电。").arg(m_phone));
    else
        m_heading->setText(tr("号码 %1 的历史工单 %2 张：").arg(m_phone).arg(m_model.rowCount()));
    m_table->resizeColumnsToContents();
}

} // namespace hotline
