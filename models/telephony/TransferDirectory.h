// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QVector>

namespace hotline {

class LocalStore;

struct TransferTarget {
    QString name;
    QString number;
    friend bool operator==(const TransferTarget &, const TransferTarget &) = default;
};

// Where a call can be handed: the units of the directory that have a number, and the
// colleagues and services the centre lists for its seats (`hotline-ctl config transfer
// "班长=8001;供热热线=96069"`). The operator may also key a number that is in neither.
class TransferDirectory {
    Q_DECLARE_TR_FUNCTIONS(hotline::TransferDirectory)
public:
    // "名称=号码;名称=号码": every entry checked, nothing kept from a refused list.
    static Result<QVector<TransferTarget>> parse(const QString &text);
    static QString format(const QVector<TransferTarget> &targets);
    // The centre's list first, then the units with a number, by name.
    static QVector<TransferTarget> load(LocalStore &store);
    static Status save(LocalStore &store, const QVector<TransferTarget> &targets);
    // Whether `text` can be dialled: digits, *, #, a leading +.
    static bool isDiallable(const QString &text);
};

} // namespace hotline
