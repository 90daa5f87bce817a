// SPDX-License-Identifier: GPL-3.0-or-later
#include "DemoOrders.h"

#include "ReferenceIndexes.h"
#include "workorder/TitleSuggester.h"
#include "workorder/WorkOrderRepository.h"

#include <QCoreApplication>

namespace hotline {

Result<int> DemoOrders::seed(LocalStore &store, const ReferenceIndexes &indexes)
{
    struct Demo {
        // The item in the shipped catalogue (resources/seed/catalogue.csv), then in the
        // three-level catalogue of the development data: a store has one or the other.
        const char *name, *phone, *category, *otherCategory, *place, *detail, *description;
        AppealType type;
        bool answered;
        GeoPoint location; // WGS84; 0,0 when the caller gave no point
    };
    const Demo demos[] = {
        {"王女士", "13901012345", "路灯", "城市公共设施", "牛街西里二区", "3号楼南侧",
         "小区门口的路灯连续一周晚上不亮，老人夜里出门不安全，希望尽快修好。", AppealType::Help, false,
         {116.3622, 39.8826}},
        {"李先生", "13901012345", "水质问题", "居民服务设施", "广安门内", "报国寺东侧",
         "家里自来水发黄已经两天，物业说是市政管网问题，请相关部门查看。", AppealType::Complaint, false,
         {116.3647, 39.8897}},
        {"张先生", "18611112222", "养老金", "城乡居民养老保险", "朝阳", "",
         "咨询灵活就业人员如何在网上缴纳养老保险，已告知通过社保网上服务平台办理。",
         AppealType::Consultation, true, {}},
    };
    // Every draft is built before the first is stored: missing reference data stores nothing.
    QVector<std::pair<WorkOrderDraft, bool>> drafts;
    for (const Demo &demo : demos) {
        WorkOrderDraft draft;
        draft.callerName = QString::fromUtf8(demo.name);
        draft.phone = QString::fromLatin1(demo.phone);
        draft.appealType = demo.type;
        auto category = indexes.catalog().suggest(QString::fromUtf8(demo.category), 1);
        if (category.isEmpty())
            category = indexes.catalog().suggest(QString::fromUtf8(demo.otherCategory), 1);
        if (category.isEmpty())
            return Error{QCoreApplication::translate("DemoOrders", "演示数据需要先导入事项分类")};
        draft.classification = *indexes.catalog().leaf(category.first().key);
        const auto place = indexes.divisions().suggest(QString::fromUtf8(demo.place), 1);
        if (place.isEmpty())
            return Error{QCoreApplication::translate("DemoOrders", "演示数据需要先导入北京区划")};
        draft.address = *indexes.divisions().addressFor(place.first().key);
        draft.address.detail = QString::fromUtf8(demo.detail);
        if (demo.location != GeoPoint{})
            draft.address.location = demo.location;
        draft.description = QString::fromUtf8(demo.description);
        draft.title = TitleSuggester::propose(draft.classification, draft.address);
        drafts.append({draft, demo.answered});
    }
    WorkOrderRepository orders(store);
    int created = 0;
    for (const auto &[draft, answered] : std::as_const(drafts)) {
        Result<QString> number = orders.create(draft, QStringLiteral("demo"));
        if (!number)
            return Error{number.error()};
        if (answered) {
            const Status answered = orders.append(WorkOrderEvent::make(
                number.value(), EventType::Answered, QStringLiteral("demo"), QDateTime::currentDateTimeUtc(),
                {{QStringLiteral("text"), draft.description}}));
            if (!answered)
                return Error{answered.error()};
        }
        ++created;
    }
    return created;
}

} // namespace hotline
