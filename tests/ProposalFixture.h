// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "TestData.h"
#include "catalog/CatalogRepository.h"
#include "classify/ClassifierRepository.h"
#include "geo/GeoRepository.h"
#include "store/LocalStore.h"
#include "sync/ReferenceData.h"
#include "workorder/WorkOrderRepository.h"

#include <gtest/gtest.h>

namespace hotline::test {

// What the form's proposals learn from, beside StoreFixture's divisions and units: the shipped
// catalogue (the dispatch rules name its items), the shipped rules, the district boundaries and
// metro stations, and a classification model trained on a handwritten set labelled with
// catalogue paths.
inline TextClassifier handwrittenItemModel()
{
    static const std::pair<const char *, const char *> rows[] = {
        {"路灯坏了晚上很黑", "城乡建设 › 市政设施 › 路灯"},
        {"楼下路灯不亮好几天了", "城乡建设 › 市政设施 › 路灯"},
        {"路灯一闪一闪的", "城乡建设 › 市政设施 › 路灯"},
        {"门口的路灯灭了没人修", "城乡建设 › 市政设施 › 路灯"},
        {"井盖丢了很危险", "城乡建设 › 市政设施 › 井盖"},
        {"路上井盖松动一踩就响", "城乡建设 › 市政设施 › 井盖"},
        {"井盖塌陷了有个坑", "城乡建设 › 市政设施 › 井盖"},
        {"窨井盖没盖好", "城乡建设 › 市政设施 › 井盖"},
        {"下雨后路面积水很深", "城乡建设 › 市政设施 › 积水"},
        {"雨水口堵了积水不退", "城乡建设 › 市政设施 › 积水"},
        {"桥下积水车过不去", "城乡建设 › 市政设施 › 积水"},
        {"电梯坏了老人上不去", "城乡建设 › 物业管理 › 电梯故障"},
        {"电梯停运三天了", "城乡建设 › 物业管理 › 电梯故障"},
        {"有人被困电梯里", "城乡建设 › 物业管理 › 电梯故障"},
        {"地铁太挤了", "交通运输 › 公共交通 › 地铁服务"},
        {"地铁安检排队太久", "交通运输 › 公共交通 › 地铁服务"},
        {"地铁口很乱", "交通运输 › 公共交通 › 地铁服务"},
    };
    QStringList texts, labels;
    for (const auto &[text, label] : rows) {
        texts.append(QString::fromUtf8(text));
        labels.append(QString::fromUtf8(label));
    }
    Result<TextClassifier> model = TextClassifier::train(texts, labels);
    EXPECT_TRUE(model.ok()) << qPrintable(model.ok() ? QString() : model.error());
    return model ? std::move(model).value() : TextClassifier{};
}

inline void importProposalData(LocalStore &store, bool withModel = true)
{
    EXPECT_TRUE(CatalogRepository(store).importCsv(seedFile("catalogue.csv")).ok());
    EXPECT_TRUE(ReferenceData::importFile(store, QStringLiteral("rules"), seedFile("beijing_dispatch_rules.csv")).ok());
    // The stations' district comes from the boundaries (a fixture, as on the demo desk).
    EXPECT_TRUE(GeoRepository(store).importFile(dataFile("geo/beijing_districts_gcj02.geojson"), {}).ok());
    EXPECT_TRUE(GeoRepository(store).importFile(seedFile("beijing_metro_stations_osm.csv"), {}).ok());
    if (withModel) {
        EXPECT_TRUE(ClassifierRepository(store).save(ClassifierRepository::classificationModel, handwrittenItemModel()).ok());
    }
}

// The payload of a filed order's Dispatched event, checking that it came right after Created.
inline QJsonObject dispatchedPayload(const WorkOrderRepository &orders, const QString &number)
{
    const QVector<WorkOrderEvent> events = orders.events(number);
    EXPECT_EQ(events.size(), 2);
    if (events.size() != 2)
        return {};
    EXPECT_EQ(events.at(0).type, EventType::Created);
    EXPECT_EQ(events.at(1).type, EventType::Dispatched);
    return events.at(1).payload;
}

} // namespace hotline::test
