// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>

namespace hotline {

// Provisional work-order numbers, told to the caller before hanging up, so digits only in
// three short groups: date, workstation, sequence of the day — "261122-07-0015".
// Unique per workstation because the sequence is drawn in the same transaction as the order.
class OrderNumber {
public:
    static QString provisional(QDate day, int workstation, int sequence);
    static bool isProvisional(const QString &number);
    // Final numbers come from the centre in leased blocks: ten digits, "2600012345".
    static QString final(qint64 number);
    static bool isFinal(const QString &number);
    // "二六一一二二，零七，零零一五": how the operator reads it aloud (final numbers in groups
    // of 2, 4 and 4: "二六，零零零幺，二三四五").
    static QString spoken(const QString &number);
};

} // namespace hotline
