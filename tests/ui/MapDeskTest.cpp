// SPDX-License-Identifier: GPL-3.0-or-later
// The map tab from the keyboard and the mouse, on the real boundaries and metro stations:
// a spoken place in the search fills the work order's district and street, a point on the map
// does the same by reverse lookup, and open orders nearby are offered as duplicates.
#include "../StoreFixture.h"
#include "operator/DeskWindow.h"
#include "operator/DeskDocks.h"
#include "KeyboardDriver.h"
#include "itemmodels/WorkOrderListModel.h"
#include "operator/MapPanel.h"
#include "operator/MapView.h"
#include "common/SuggestField.h"
#include "operator/WorkOrderForm.h"
#include "telephony/AgentSession.h"
#include "geo/GeoRepository.h"
#include "geo/WebMercator.h"
#include "itemmodels/SuggestionListModel.h"
#include "kb/KnowledgeBase.h"
#include "workorder/WorkOrderRepository.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

#include <gtest/gtest.h>

using namespace hotline;
using namespace hotline::test;

namespace {

bool importGeography(LocalStore &store)
{
    GeoRepository geo(store);
    return geo.importFile(dataFile("geo/beijing_districts_gcj02.geojson"), {}).ok()
        && geo.importFile(seedFile("beijing_metro_stations_osm.csv"), {}).ok();
}

class MapDeskTest : public ::testing::Test, protected KeyboardDriver {
protected:
    void SetUp() override
    {
        ASSERT_TRUE(geographyImported);
        window.show();
        QApplication::setActiveWindow(&window);
        ASSERT_TRUE(QTest::qWaitForWindowActive(&window));
        key(Qt::Key_N, Qt::ControlModifier);
        type(QStringLiteral("13911112222"));
    }
    MapPanel *panel() const { return window.mapPanel(); }
    MapView *map() const { return panel()->map(); }
    GeoPoint station(const char *name) const
    {
        for (const GeoPlace &place : indexes.geo().places())
            if (place.name == QString::fromUtf8(name))
                return place.location;
        ADD_FAILURE() << name;
        return {};
    }

    StoreFixture fx;
    bool geographyImported = importGeography(*fx.store);
    WorkOrderRepository orders{*fx.store};
    ReferenceIndexes indexes{*fx.store, StoreFixture::pinyin()};
    KnowledgeBase kb{*fx.store, StoreFixture::pinyin()};
    AgentSession agent;
    DeskWindow window{*fx.store, orders, indexes, kb, agent};
};

} // namespace

TEST_F(MapDeskTest, CommunityNameInTheMapSearchFillsDistrictAndStreet)
{
    key(Qt::Key_G, Qt::ControlModifier);
    ASSERT_EQ(focused()->objectName(), QStringLiteral("mapSearch"));
    EXPECT_TRUE(window.docks()->isShown(panel()));
    commit(QStringLiteral("牛街西里二区"));
    ASSERT_TRUE(panel()->search()->isListVisible());
    key(Qt::Key_Return);

    const WorkOrderDraft draft = window.form()->draft();
    EXPECT_EQ(draft.address.districtCode, QStringLiteral("110102"));
    EXPECT_EQ(draft.address.districtName, QStringLiteral("西城区"));
    EXPECT_EQ(draft.address.streetCode, QStringLiteral("110102018"));
    EXPECT_EQ(draft.address.streetName, QStringLiteral("牛街街道"));
    EXPECT_TRUE(draft.address.communityName.startsWith(QStringLiteral("牛街西里二区")));
    EXPECT_FALSE(draft.address.location.has_value()) << "a community has no point of its own";
    // The map shows the district the community lies in.
    const GeoArea *xicheng = indexes.geo().areas().byCode(QStringLiteral("110102"));
    ASSERT_NE(xicheng, nullptr);
    EXPECT_TRUE(QRectF(map()->rect()).contains(map()->widgetPosition(xicheng->labelPoint)));
    EXPECT_GE(map()->zoom(), 11);
    auto *path = window.form()->findChild<QLabel *>(QStringLiteral("addressPath"));
    ASSERT_NE(path, nullptr);
    EXPECT_TRUE(path->text().contains(QStringLiteral("牛街街道"))) << qPrintable(path->text());
}

TEST_F(MapDeskTest, PinyinOfAStationSetsThePointAndTheLandmark)
{
    key(Qt::Key_G, Qt::ControlModifier);
    type(QStringLiteral("qlz"));
    ASSERT_TRUE(panel()->search()->isListVisible());
    const QString first = panel()->search()->suggestions().index(0).data().toString();
    EXPECT_TRUE(first.contains(QStringLiteral("七里庄"))) << qPrintable(first);
    key(Qt::Key_Return);
    const WorkOrderDraft draft = window.form()->draft();
    ASSERT_TRUE(draft.address.location.has_value());
    EXPECT_EQ(*draft.address.location, station("七里庄"));
    EXPECT_EQ(draft.address.districtCode, QStringLiteral("110106"));
    EXPECT_EQ(draft.address.detail, QStringLiteral("七里庄"));
    EXPECT_EQ(map()->marker(), draft.address.location);
    EXPECT_GE(map()->zoom(), 15);
}

TEST_F(MapDeskTest, KeyboardPansZoomsAndTakesThePointUnderTheCross)
{
    key(Qt::Key_G, Qt::ControlModifier);
    commit(QStringLiteral("天安门东"));
    key(Qt::Key_Return);
    key(Qt::Key_G, Qt::ControlModifier | Qt::ShiftModifier);
    ASSERT_EQ(focused(), map());
    const int zoom = map()->zoom();
    key(Qt::Key_Minus);
    EXPECT_EQ(map()->zoom(), zoom - 1);
    key(Qt::Key_Plus);
    EXPECT_EQ(map()->zoom(), zoom);
    const GeoPoint before = map()->center();
    for (int i = 0; i < 6; ++i)
        key(Qt::Key_Left); // westwards, towards 西城区
    const GeoPoint after = map()->center();
    EXPECT_LT(after.lng, before.lng);
    EXPECT_NEAR(after.lat, before.lat, 1e-9);
    key(Qt::Key_Return);
    const WorkOrderDraft draft = window.form()->draft();
    ASSERT_TRUE(draft.address.location.has_value());
    EXPECT_NEAR(draft.address.location->lng, after.lng, 1e-9);
    const PointLookup expected = indexes.geo().whereIs(after);
    EXPECT_EQ(draft.address.districtCode, expected.address.districtCode);
    EXPECT_FALSE(draft.address.districtCode.isEmpty());
    EXPECT_EQ(draft.address.detail, QStringLiteral("天安门东")) << "a detail already there is kept";
    key(Qt::Key_Home);
    EXPECT_LE(map()->zoom(), 10) << "Home shows the whole city";
}

TEST_F(MapDeskTest, AClickOnTheMapTakesThatPointByReverseLookup)
{
    const GeoPoint target = station("西单");
    map()->centerOn(target, 15);
    const QPointF at = map()->widgetPosition(target);
    QTest::mouseClick(map(), Qt::LeftButton, Qt::NoModifier, at.toPoint());
    const WorkOrderDraft draft = window.form()->draft();
    ASSERT_TRUE(draft.address.location.has_value());
    EXPECT_LT(distanceMeters(*draft.address.location, target), 10.0) << "within a pixel at zoom 15";
    EXPECT_EQ(draft.address.districtCode, QStringLiteral("110102"));
    EXPECT_TRUE(draft.address.detail.startsWith(QStringLiteral("西单"))) << qPrintable(draft.address.detail);

    // Outside every boundary: refused with a message, the work order keeps its place.
    map()->centerOn({114.0, 38.0}, 12);
    QTest::mouseClick(map(), Qt::LeftButton, Qt::NoModifier, map()->rect().center());
    EXPECT_EQ(window.form()->draft().address.districtCode, QStringLiteral("110102"));
    EXPECT_TRUE(panel()->findChild<QLabel *>(QStringLiteral("mapWhere"))->text().contains(QStringLiteral("不在")));
}

TEST_F(MapDeskTest, OpenOrdersNearbyAreOfferedAndEnterLinksTheCall)
{
    // Someone else reported a missing manhole cover by 七里庄 an hour ago.
    WorkOrderDraft earlier;
    earlier.phone = QStringLiteral("13800001111");
    earlier.appealType = AppealType::Report;
    earlier.classification = {QStringLiteral("城乡建设"), QStringLiteral("城市建设和市政管理"), QStringLiteral("市政设施")};
    earlier.address = *indexes.divisions().addressFor(QStringLiteral("110106"));
    const GeoPoint qlz = station("七里庄");
    earlier.address.location = GeoPoint{qlz.lng + 0.0008, qlz.lat};
    earlier.title = QStringLiteral("七里庄井盖丢失");
    earlier.description = QStringLiteral("地铁口旁井盖丢了");
    const auto number = orders.create(earlier, QStringLiteral("op2"), QDateTime::currentDateTimeUtc().addSecs(-3600));
    ASSERT_TRUE(number.ok()) << qPrintable(number.error());

    key(Qt::Key_G, Qt::ControlModifier);
    commit(QStringLiteral("七里庄"));
    key(Qt::Key_Return);
    QTableView *nearby = panel()->nearbyTable();
    ASSERT_EQ(nearby->model()->rowCount(), 1);
    EXPECT_EQ(nearby->model()->index(0, 0).data().toString(), number.value());
    EXPECT_TRUE(nearby->model()->index(0, WorkOrderListModel::DistanceColumn).data().toString().contains(QStringLiteral("米")));

    key(Qt::Key_G, Qt::ControlModifier | Qt::ShiftModifier);
    key(Qt::Key_Tab);
    ASSERT_EQ(focused(), nearby);
    key(Qt::Key_Down);
    key(Qt::Key_Return);
    EXPECT_EQ(window.form()->draft().repeatOf, number.value());
}

TEST_F(MapDeskTest, ADifferentCatalogueItemIsNotADuplicate)
{
    WorkOrderDraft earlier;
    earlier.phone = QStringLiteral("13800001111");
    earlier.appealType = AppealType::Complaint;
    earlier.classification = {QStringLiteral("环境保护"), QStringLiteral("噪音污染"), QStringLiteral("施工噪音")};
    earlier.address = *indexes.divisions().addressFor(QStringLiteral("110106"));
    earlier.address.location = station("七里庄");
    earlier.title = QStringLiteral("夜间施工");
    earlier.description = QStringLiteral("夜里施工太吵");
    ASSERT_TRUE(orders.create(earlier, QStringLiteral("op2")).ok());

    key(Qt::Key_G, Qt::ControlModifier);
    commit(QStringLiteral("七里庄"));
    key(Qt::Key_Return);
    EXPECT_EQ(panel()->nearbyTable()->model()->rowCount(), 1) << "no item chosen yet: every open order nearby";
    panel()->setClassification(QStringLiteral("城乡建设 › 城市建设和市政管理 › 市政设施"));
    EXPECT_EQ(panel()->nearbyTable()->model()->rowCount(), 0);
}
