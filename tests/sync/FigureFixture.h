// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A known month at a real centre for the figures, the charts page and the reports: five orders
// filed on a desk and taken through their life by the units' and operators' pushes, as
// OrderLifeTest does. What they add up to (this month, Beijing time):
//   unit 1 (dept1): A and E with it, B sent back by it     orders 2, returns 1, response 100.0,
//                   A called back satisfied                resolution 100.0, satisfaction 100.0
//   unit 2 (dept2): B (re-dispatched), C, D (not signed)   orders 3, signed 2, response 66.7,
//                   B dissatisfied, C basically satisfied  resolution 50.0, satisfaction 40.0
//   牛街街道 A, B, E; 广安门内街道 C, D; 城乡建设 A, B, D; 环境保护 C, E.
#include "sync/CentralHarness.h"

#include "workorder/WorkOrderEvent.h"

#include <QJsonArray>
#include <QTimeZone>
#include <QUuid>

namespace hotline::test {

struct FigureFixture {
    static constexpr std::pair<const char *, const char *> users[] = {{"op1", "operator"}, {"dept1", "department"}, {"dept2", "department"},
                                                                       {"lead1", "team_lead"}, {"admin1", "admin"}, {"disp1", "dispatcher"}};
    static QString unit1() { return departmentUnit(QStringLiteral("dept1")); }
    static QString unit2() { return departmentUnit(QStringLiteral("dept2")); }
    static QString period()
    {
        return QDateTime::currentDateTime().toTimeZone(QTimeZone(QByteArrayLiteral("Asia/Shanghai"))).toString(QStringLiteral("yyyy-MM"));
    }

    QUrl url;
    QHash<QString, QString> tokens;
    QHash<QString, QString> numbers; // "A" … "E"

    void signIn()
    {
        for (const auto &[login, role] : users)
            tokens.insert(QString::fromLatin1(login), signInToken(url, QString::fromLatin1(login)));
    }
    bool push(const QString &login, const QString &letter, EventType type, QJsonObject payload = {})
    {
        const WorkOrderEvent event = WorkOrderEvent::make(numbers.value(letter), type, login, QDateTime::currentDateTimeUtc(), std::move(payload));
        const QJsonObject op{{QStringLiteral("opId"), QUuid::createUuid().toString(QUuid::WithoutBraces)},
                             {QStringLiteral("kind"), QStringLiteral("workorder.event")},
                             {QStringLiteral("payload"), event.toJson()}};
        const HttpAnswer answer =
            http(url, "POST", QStringLiteral("/api/v1/sync/push"), QJsonDocument(QJsonObject{{QStringLiteral("ops"), QJsonArray{op}}}).toJson(), tokens.value(login));
        const bool applied = answer.status == 200
            && answer.body.value(QLatin1String("results")).toArray().at(0).toObject().value(QLatin1String("status")).toString() == QLatin1String("applied");
        EXPECT_TRUE(applied) << qPrintable(letter) << " " << QJsonDocument(answer.body).toJson().constData();
        return applied;
    }
    bool callBack(const QString &letter, const char *result)
    {
        return push(QStringLiteral("op1"), letter, EventType::CalledBack, {{QStringLiteral("result"), QString::fromLatin1(result)}});
    }
    bool signAndReply(const QString &unitLogin, const QString &letter)
    {
        return push(unitLogin, letter, EventType::Signed)
            && push(unitLogin, letter, EventType::Replied, {{QStringLiteral("text"), QStringLiteral("已处理完毕")}});
    }

    // Files the five orders on `desk` (signed in as op1), sends them out, and lives their month.
    bool seed(DeskHarness &desk)
    {
        struct Known {
            const char *letter;
            const char *street, *streetName, *group, *level3, *title;
            QString unit;
        };
        const Known known[] = {
            {"A", "110102019", "牛街街道", "城乡建设", "路灯", "路灯不亮", unit1()},
            {"B", "110102019", "牛街街道", "城乡建设", "井盖", "井盖丢失", unit1()},
            {"C", "110102005", "广安门内街道", "环境保护", "噪声", "夜间施工噪声", unit2()},
            {"D", "110102005", "广安门内街道", "城乡建设", "道路", "人行道破损", unit2()},
            {"E", "110102019", "牛街街道", "环境保护", "油烟", "餐馆油烟扰民", unit1()},
        };
        int index = 0;
        for (const Known &k : known) {
            WorkOrderDraft draft = reportDraft(++index, QString::fromUtf8(k.level3));
            draft.classification.level1 = QString::fromUtf8(k.group);
            draft.address.streetCode = QString::fromLatin1(k.street);
            draft.address.streetName = QString::fromUtf8(k.streetName);
            draft.title = QString::fromUtf8(k.title);
            const Result<QString> filed = desk.orders->create(draft, QStringLiteral("op1"));
            if (!filed.ok())
                return false;
            numbers.insert(QString::fromLatin1(k.letter), filed.value());
            if (!desk.orders->append(WorkOrderEvent::make(filed.value(), EventType::Dispatched, QStringLiteral("op1"), QDateTime::currentDateTimeUtc(),
                                                          {{QStringLiteral("unit"), k.unit}}))
                     .ok())
                return false;
        }
        if (!desk.syncUntilIdle())
            return false;
        const QString a = QStringLiteral("A"), b = QStringLiteral("B"), c = QStringLiteral("C"), e = QStringLiteral("E");
        const QString dept1 = QStringLiteral("dept1"), dept2 = QStringLiteral("dept2");
        return signAndReply(dept1, a) && callBack(a, "satisfied")
            && push(dept1, b, EventType::Returned, {{QStringLiteral("reason"), QStringLiteral("not_our_duty")}})
            && push(QStringLiteral("disp1"), b, EventType::Dispatched, {{QStringLiteral("unit"), unit2()}}) && signAndReply(dept2, b)
            && callBack(b, "dissatisfied") && signAndReply(dept2, c) && callBack(c, "basically_satisfied") && push(dept1, e, EventType::Signed);
    }
    // Names for the units, as the published directory gives them.
    bool publishUnits()
    {
        const QByteArray directory = QStringLiteral("code,name,kind,district_code,phone\n%1,西城区城市管理委员会,district,110102,\n%2,西城区生态环境局,district,110102,\n")
                                         .arg(unit1(), unit2())
                                         .toUtf8();
        return http(url, "PUT", QStringLiteral("/api/v1/reference/units"), directory, tokens.value(QStringLiteral("admin1"))).status == 200;
    }
};

} // namespace hotline::test
