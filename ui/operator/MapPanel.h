// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "geo/GeoPoint.h"
#include "workorder/WorkOrder.h"
#include "workorder/WorkOrderRepository.h"

#include <QWidget>

#include <optional>

class QLabel;
class QTableView;

namespace hotline {

class LocalStore;
class MapView;
class MbTiles;
class ReferenceIndexes;
class SuggestField;
class WorkOrderListModel;
struct GeoMatch;

// Right-panel tab: find the place the caller names, see it on the map, and give the work
// order its location, district and street; open orders of the same item nearby are listed
// as possible duplicates. Enter in the search takes the first match; a click on the map (or
// Enter on its centre cross) takes that point by reverse lookup.
class NearbyLookup;
struct NearbyOrder;

class MapPanel : public QWidget {
    Q_OBJECT
public:
    MapPanel(const ReferenceIndexes &indexes, const LocalStore &store, QWidget *parent = nullptr);

    void focusSearch();
    void focusMap();
    void setBasemap(const MbTiles *tiles);
    // The catalogue item of the order being typed: nearby orders are those of the same item.
    void setClassification(const QString &path);
    // A new call: no location, no duplicates.
    void clear();
    // Where the nearby orders come from: the centre through `lookup` (this desk's own until then).
    void setNearbyLookup(NearbyLookup *lookup);

    MapView *map() const { return m_map; }
    SuggestField *search() const { return m_search; }
    QTableView *nearbyTable() const { return m_nearbyTable; }
    const std::optional<GeoPoint> &location() const { return m_location; }

Q_SIGNALS:
    // The operator set the place of the work order; `placeName` is a landmark for the detail line.
    void locationChosen(const hotline::Address &address, const QString &placeName);
    // The operator says this call is about the nearby order `number`.
    void duplicateChosen(const hotline::WorkOrderSummary &order);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void reloadGeography();
    void takeMatch(const QString &key);
    void takePoint(const GeoPoint &point);
    void choose(const Address &address, const QString &placeName, const QString &where);
    void refreshNearby();
    void showNearby(const QVector<NearbyOrder> &orders, const QString &note);
    void refreshPins();

    const ReferenceIndexes &m_indexes;
    const LocalStore &m_store;
    SuggestField *m_search;
    QLabel *m_where;
    MapView *m_map;
    QLabel *m_nearbyHeading;
    QTableView *m_nearbyTable;
    WorkOrderListModel *m_nearby;
    std::optional<GeoPoint> m_location;
    QString m_classification;
    bool m_positioned = false;
    NearbyLookup *m_lookup = nullptr;
};

} // namespace hotline
