// SPDX-License-Identifier: GPL-3.0-or-later
#include "operator/MapPanel.h"

#include "operator/MapView.h"
#include "common/SelectionColours.h"
#include "common/SuggestField.h"
#include "desk/ReferenceIndexes.h"
#include "geo/MbTiles.h"
#include "itemmodels/WorkOrderListModel.h"
#include "store/LocalStore.h"
#include "desk/NearbyLookup.h"
#include "workorder/NearbyOrders.h"

#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace hotline {

MapPanel::MapPanel(const ReferenceIndexes &indexes, const LocalStore &store, QWidget *parent)
    : QWidget(parent), m_indexes(indexes), m_store(store)
{
    setObjectName(QStringLiteral("mapPanel"));
    auto *layout = new QVBoxLayout(this);
    m_search = new SuggestField(this);
    m_search->setObjectName(QStringLiteral("mapSearch"));
    m_search->setPlaceholderText(tr("地名、地铁站、小区、街道或社区，汉字或拼音首字母（Ctrl+G）"));
    m_search->setSource(&m_indexes.geo());
    m_search->setMaxSuggestions(10);
    layout->addWidget(m_search);
    m_where = new QLabel(this);
    m_where->setObjectName(QStringLiteral("mapWhere"));
    m_where->setWordWrap(true);
    m_where->setText(tr("回车定位；点地图或在地图上按回车取中心十字处的点。方向键平移，+ − 缩放，Home 显示全市。"));
    layout->addWidget(m_where);
    m_map = new MapView(this);
    layout->addWidget(m_map, 1);
    m_nearbyHeading = new QLabel(this);
    m_nearbyHeading->setObjectName(QStringLiteral("nearbyHeading"));
    // Wrapped: a long heading would otherwise set the width of every panel beside the form.
    m_nearbyHeading->setWordWrap(true);
    layout->addWidget(m_nearbyHeading);
    m_nearby = new WorkOrderListModel(this);
    m_nearbyTable = new QTableView(this);
    m_nearbyTable->setObjectName(QStringLiteral("nearbyOrders"));
    m_nearbyTable->setModel(m_nearby);
    m_nearbyTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_nearbyTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_nearbyTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_nearbyTable->verticalHeader()->hide();
    // Every column as wide as its contents and its heading, the title taking what is left.
    m_nearbyTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_nearbyTable->horizontalHeader()->setSectionResizeMode(WorkOrderListModel::TitleColumn, QHeaderView::Stretch);
    m_nearbyTable->setMaximumHeight(150);
    SelectionColours::apply(*m_nearbyTable);
    m_nearbyTable->installEventFilter(this);
    layout->addWidget(m_nearbyTable);
    setTabOrder(m_search, m_map);
    setTabOrder(m_map, m_nearbyTable);

    connect(m_search, &SuggestField::suggestionAccepted, this, [this](const Suggestion &s) { takeMatch(s.key); });
    connect(m_map, &MapView::pointPicked, this, &MapPanel::takePoint);
    connect(m_map, &MapView::viewChanged, this, &MapPanel::refreshPins);
    connect(&m_indexes, &ReferenceIndexes::reloaded, this, &MapPanel::reloadGeography);
    // Refreshing the list refreshes the pins too.
    connect(&m_store, &LocalStore::workOrdersChanged, this, &MapPanel::refreshNearby);
    reloadGeography();
    refreshNearby();
}

void MapPanel::reloadGeography()
{
    const Geocoder &geo = m_indexes.geo();
    m_map->setAreas(geo.areas().areas());
    m_map->setPlaces(geo.places());
    // ODbL asks that whoever sees OpenStreetMap data is told where it comes from.
    const bool fromOsm = std::any_of(geo.places().cbegin(), geo.places().cend(),
                                     [](const GeoPlace &p) { return p.sourceKey.startsWith(QLatin1String("osm:")); });
    m_map->setAttribution(fromOsm ? tr("地点 © OpenStreetMap 贡献者") : QString());
    if (!m_positioned && !geo.areas().isEmpty()) {
        m_map->fitAll();
        m_positioned = true;
    }
}

void MapPanel::setBasemap(const MbTiles *tiles)
{
    if (!tiles)
        return;
    m_map->setBasemap([tiles](int z, int x, int y) { return tiles->tile(z, x, y); }, tiles->attribution());
}

void MapPanel::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void MapPanel::focusMap()
{
    m_map->setFocus(Qt::ShortcutFocusReason);
}

void MapPanel::takeMatch(const QString &key)
{
    const std::optional<GeoMatch> match = m_indexes.geo().resolve(key);
    if (!match)
        return;
    Address address = match->address;
    address.location = match->location;
    if (match->location) {
        const bool isPlace = key.startsWith(QLatin1String("place:"));
        m_map->centerOn(*match->location, isPlace ? 16 : 13);
    } else {
        m_map->fitBox(match->extent);
    }
    const bool isDivision = key.startsWith(QLatin1String("div:"));
    // A division's own name is already in the address; a place's name is the landmark.
    choose(address, isDivision ? QString() : match->name, match->name + QStringLiteral(" · ") + match->detail);
}

void MapPanel::takePoint(const GeoPoint &point)
{
    const PointLookup lookup = m_indexes.geo().whereIs(point);
    if (!lookup.address.hasDistrict()) {
        m_where->setText(tr("<span style='color:#B3261E'>该点不在本热线的辖区边界内，未采用。</span>"));
        return;
    }
    Address address = lookup.address;
    address.location = point;
    QString landmark;
    if (lookup.nearest)
        landmark = lookup.nearestMeters < 50 ? lookup.nearest->name : tr("%1附近").arg(lookup.nearest->name);
    choose(address, landmark, landmark.isEmpty() ? address.path() : landmark);
}

void MapPanel::choose(const Address &address, const QString &placeName, const QString &where)
{
    m_location = address.location;
    m_map->setMarker(address.location);
    QString text = tr("已定位：%1").arg(where.toHtmlEscaped());
    if (!address.hasDistrict())
        text += tr("（无法确定所属区）");
    else
        text += QStringLiteral(" — ") + address.path().toHtmlEscaped();
    if (!address.location)
        text += tr("（只有区划，没有坐标：可在地图上点出具体位置）");
    m_where->setText(text);
    refreshNearby();
    Q_EMIT locationChosen(address, placeName);
}

void MapPanel::setClassification(const QString &path)
{
    if (path == m_classification)
        return;
    m_classification = path;
    refreshNearby();
}

void MapPanel::clear()
{
    m_location.reset();
    m_classification.clear();
    m_map->setMarker(std::nullopt);
    m_search->reset();
    m_where->clear();
    refreshNearby();
}

void MapPanel::refreshNearby()
{
    const NearbySettings settings = NearbySettings::load(m_store);
    if (!m_location) {
        m_nearby->setOrders({});
        m_nearbyHeading->setText(tr("定位后，这里列出 %1 米内 %2 天来未办结的同类工单").arg(settings.radiusMeters).arg(settings.days));
        refreshPins();
        return;
    }
    if (m_lookup) {
        m_lookup->lookUp(*m_location, settings, m_classification);
        return;
    }
    showNearby(NearbyOrders(m_store).around(*m_location, settings, m_classification), QString());
}

void MapPanel::setNearbyLookup(NearbyLookup *lookup)
{
    m_lookup = lookup;
    if (m_lookup)
        connect(m_lookup, &NearbyLookup::found, this, &MapPanel::showNearby);
}

void MapPanel::showNearby(const QVector<NearbyOrder> &orders, const QString &note)
{
    if (!m_location)
        return; // a new call began meanwhile
    const NearbySettings settings = NearbySettings::load(m_store);
    QVector<WorkOrderSummary> summaries;
    QVector<double> meters;
    for (const NearbyOrder &order : orders) {
        summaries.append(order.summary);
        meters.append(order.meters);
    }
    const QString which = m_classification.isEmpty() ? QString() : tr("同类");
    QString heading;
    if (summaries.isEmpty())
        heading = tr("%1 米内 %2 天来没有未办结的%3工单").arg(settings.radiusMeters).arg(settings.days).arg(which);
    else
        heading = tr("%1 米内 %2 天来未办结的%3工单 %4 件，可能是同一问题（选中后回车关联）")
                      .arg(settings.radiusMeters)
                      .arg(settings.days)
                      .arg(which)
                      .arg(summaries.size());
    m_nearbyHeading->setText(note.isEmpty() ? heading : heading + QStringLiteral(" · ") + note);
    m_nearby->setOrders(summaries, meters);
    m_nearbyTable->resizeColumnsToContents();
    refreshPins();
}

void MapPanel::refreshPins()
{
    // Open orders in view (a margin of half a screen), the possible duplicates highlighted.
    const GeoPoint a = m_map->geoAt(QPointF(-m_map->width() / 2.0, -m_map->height() / 2.0));
    const GeoPoint b = m_map->geoAt(QPointF(m_map->width() * 1.5, m_map->height() * 1.5));
    GeoBox view;
    view.extend(a);
    view.extend(b);
    QVector<MapPin> pins;
    const NearbySettings settings = NearbySettings::load(m_store);
    for (const NearbyOrder &order : NearbyOrders(m_store).within(view, settings.days, 500)) {
        const bool duplicate = std::any_of(m_nearby->orders().cbegin(), m_nearby->orders().cend(),
                                           [&](const WorkOrderSummary &s) { return s.number == order.summary.number; });
        pins.append({order.location, order.summary.number, duplicate});
    }
    m_map->setPins(pins);
}

bool MapPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_nearbyTable && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            const int row = m_nearbyTable->currentIndex().row();
            if (row >= 0 && row < m_nearby->orders().size())
                Q_EMIT duplicateChosen(m_nearby->orders().at(row));
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace hotline
