// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "WorkOrderRepository.h"

#include <QJsonArray>

namespace hotline {

// Work orders as support staff read them from the command line: TSV or JSON.
class OrderExport {
public:
    static QString listTsv(const QVector<WorkOrderSummary> &orders);
    static QJsonArray listJson(const QVector<WorkOrderSummary> &orders);
    static QString detailTsv(const WorkOrderState &state, const QVector<WorkOrderEvent> &events);
    static QJsonObject detailJson(const WorkOrderState &state, const QVector<WorkOrderEvent> &events);
};

} // namespace hotline
