// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "workorder/NearbyOrders.h"

#include <QObject>

namespace hotline {

class LocalStore;
class SyncEngine;

// Open orders near the place being reported, possibly the same problem. Another desk's report
// of it is the likely one, so the answer is the centre's; this desk's orders answer at once and
// stand in when the centre cannot, said as such (like CallerHistory).
class NearbyLookup : public QObject {
    Q_OBJECT
public:
    explicit NearbyLookup(LocalStore &store, QObject *parent = nullptr) : QObject(parent), m_store(store) {}
    void setSync(SyncEngine *sync) { m_sync = sync; }

    void lookUp(const GeoPoint &point, const NearbySettings &settings, const QString &classificationPath);

Q_SIGNALS:
    // Nearest first; `note` says why only this desk's orders are shown ('' for the centre's).
    void found(const QVector<hotline::NearbyOrder> &orders, const QString &note);

private:
    LocalStore &m_store;
    SyncEngine *m_sync = nullptr;
    int m_asked = 0; // the latest question: older answers are dropped
};

} // namespace hotline
