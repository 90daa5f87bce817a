// SPDX-License-Identifier: GPL-3.0-or-later
// The dispatcher's queue, the department view and the callback list, driven with key events
// only: each action is one key (a prompt line when it needs words), checked by the lifecycle
// on the desk before it is queued for the centre.
#include "KeyboardDriver.h"
#include "desk/OrderActions.h"
#include "desk/QueueSource.h"
#include "dispatch/CallbackListView.h"
#include "dispatch/DepartmentView.h"
#include "dispatch/DispatcherQueueView.h"
#include "dispatch/PromptBar.h"
#include "workorder/Lifecycle.h"

#include <QApplication>
#include <QDir>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QTest>

#include <gtest/gtest.h>

using namespace hotline;
using namespace hotline::test;

namespace {

// The centre's answer, as a test writes it.
class FixedQueue : public QueueSource {
public:
    QVector<WorkOrderState> orders;
    bool offline = false;
    void refresh(const QString &queue) override { Q_EMIT loaded(queue, orders, offline, offline ? QStringLiteral("连不上中心") : QString()); }
};

WorkOrderState order(const QString &number, std::initializer_list<std::pair<EventType, QJsonObject>> events, Urgency urgency = Urgency::Normal)
{
    WorkOrderDraft d;
    d.phone = QStringLiteral("13901012345");
    d.callerName = QStringLiteral("李先生");
    d.title = QStringLiteral("路灯不亮 ") + number;
    d.description = QStringLiteral("牛街西里二区3号楼门口路灯一周不亮");
    d.urgency = urgency;
    const QDateTime start = QDateTime::currentDateTimeUtc().addSecs(-3600);
    std::optional<WorkOrderState> state = Lifecycle::apply(std::nullopt, WorkOrderEvent::make(number, EventType::Created, QStringLiteral("op1"), start, d.toJson())).value();
    int minute = 0;
    for (const auto &[type, payload] : events)
        state = Lifecycle::apply(state, WorkOrderEvent::make(number, type, QStringLiteral("x"), start.addSecs(60 * ++minute), payload)).value();
    return *state;
}

const QJsonObject proposal{{QStringLiteral("unit"), QStringLiteral("WY-1")}, {QStringLiteral("review"), true}};
const QJsonObject toUnit1{{QStringLiteral("unit"), QStringLiteral("UNIT-1")}};

class WorkQueueViewsTest : public ::testing::Test, protected KeyboardDriver {
protected:
    TimeLimits limits{{{std::nullopt, std::nullopt, QString(), LimitStage::Sign, LimitSpan{2, LimitSpan::Unit::Hours}},
                       {std::nullopt, std::nullopt, QString(), LimitStage::Reply, LimitSpan{7, LimitSpan::Unit::Days}},
                       {std::nullopt, std::nullopt, QString(), LimitStage::Callback, LimitSpan{7, LimitSpan::Unit::Days}}},
                      WorkingCalendar()};
    Deadlines deadlines{limits};
    FixedQueue source;
    QVector<WorkOrderEvent> queued;
    OrderActions::Sink sink = [this](const WorkOrderEvent &event) {
        queued.append(event);
        return Status::success();
    };

    void open(OrderQueueView &view)
    {
        view.resize(1000, 600);
        view.show();
        QApplication::setActiveWindow(&view);
        ASSERT_TRUE(QTest::qWaitForWindowActive(&view));
        view.table()->setFocus();
        key(Qt::Key_F5);
        ASSERT_TRUE(view.table()->hasFocus());
    }
    // What the list looks like, for a person to check (build/test-artifacts).
    static void keepPicture(QWidget &view, const char *name)
    {
        const QString artefacts = QStringLiteral(HOTLINE_ARTIFACT_DIR);
        ASSERT_TRUE(QDir().mkpath(artefacts));
        ASSERT_TRUE(view.grab().save(artefacts + u'/' + QString::fromLatin1(name) + QStringLiteral(".png")));
    }
    QString payload(int i, const char *key) const { return queued.at(i).payload.value(QLatin1String(key)).toVariant().toString(); }
};

} // namespace

TEST_F(WorkQueueViewsTest, TheDispatcherApprovesCorrectsAndSendsBackWithKeysOnly)
{
    source.orders = {order(QStringLiteral("A-1"), {{EventType::Dispatched, proposal}}),
                     order(QStringLiteral("A-2"), {{EventType::Dispatched, proposal}}),
                     order(QStringLiteral("A-3"), {{EventType::Dispatched, proposal}}),
                     order(QStringLiteral("U-1"), {{EventType::Dispatched, toUnit1}}, Urgency::Emergency)};
    OrderActions actions(Role::Dispatcher, {}, QStringLiteral("disp1"), sink);
    DispatcherQueueView view(source, actions, deadlines);
    open(view);
    ASSERT_EQ(view.model().rowCount(), 4);
    EXPECT_EQ(view.model().orders().first().number, QStringLiteral("U-1")) << "the emergency is flagged first";
    EXPECT_TRUE(view.model().data(view.model().index(0, QueueListModel::QueueColumn), Qt::DisplayRole).toString().contains(QStringLiteral("紧急未签收")));

    key(Qt::Key_Down);
    key(Qt::Key_A);
    ASSERT_EQ(queued.size(), 1);
    EXPECT_EQ(queued.at(0).type, EventType::Reviewed);
    EXPECT_EQ(queued.at(0).orderNumber, QStringLiteral("A-1"));
    EXPECT_EQ(payload(0, "decision"), QStringLiteral("approve"));
    EXPECT_EQ(view.model().rowCount(), 3) << "approved: it left the queue";

    // C: correct to another unit, typed on the prompt line.
    ASSERT_EQ(view.model().orders().at(view.table()->currentIndex().row()).number, QStringLiteral("A-2"));
    key(Qt::Key_C);
    auto *prompt = view.findChild<PromptBar *>();
    ASSERT_TRUE(prompt->isVisible());
    ASSERT_EQ(focused(), prompt->editor());
    EXPECT_EQ(prompt->editor()->text(), QStringLiteral("WY-1")) << "the proposal to start from";
    prompt->editor()->selectAll();
    type(QStringLiteral("CGW-110102"));
    key(Qt::Key_Return);
    ASSERT_EQ(queued.size(), 2);
    EXPECT_EQ(payload(1, "decision"), QStringLiteral("correct"));
    EXPECT_EQ(payload(1, "unit"), QStringLiteral("CGW-110102"));
    EXPECT_TRUE(view.table()->hasFocus()) << "back on the list";

    // B with an empty note is refused on the desk, with the reason; with a note it goes.
    key(Qt::Key_B);
    key(Qt::Key_Return);
    EXPECT_EQ(queued.size(), 2);
    EXPECT_TRUE(view.statusText().contains(QStringLiteral("写明"))) << qPrintable(view.statusText());
    key(Qt::Key_B);
    commit(QStringLiteral("地址缺门牌号"));
    key(Qt::Key_Return);
    ASSERT_EQ(queued.size(), 3);
    EXPECT_EQ(payload(2, "decision"), QStringLiteral("send_back"));
    EXPECT_EQ(payload(2, "text"), QStringLiteral("地址缺门牌号"));

    // Escape leaves the prompt without doing anything.
    key(Qt::Key_C);
    key(Qt::Key_Escape);
    EXPECT_FALSE(prompt->isVisible());
    EXPECT_EQ(queued.size(), 3);

    // M merges the selected report into a main order.
    view.table()->selectRow(0);
    const QString merged = view.model().orders().at(0).number;
    key(Qt::Key_M);
    type(QStringLiteral("A-1"));
    key(Qt::Key_Return);
    ASSERT_EQ(queued.size(), 4);
    EXPECT_EQ(queued.at(3).type, EventType::Merged);
    EXPECT_EQ(queued.at(3).orderNumber, merged);
    EXPECT_EQ(payload(3, "into"), QStringLiteral("A-1"));
}

TEST_F(WorkQueueViewsTest, TheDispatcherDecidesExtensionsAndReopensDissatisfiedOrders)
{
    const std::pair<EventType, QJsonObject> asked{EventType::ExtensionRequested,
                                                  {{QStringLiteral("until"), QDateTime::currentDateTimeUtc().addDays(9).toString(Qt::ISODate)},
                                                   {QStringLiteral("text"), QStringLiteral("需更换电缆")}}};
    source.orders = {order(QStringLiteral("E-1"), {{EventType::Dispatched, toUnit1}, {EventType::Signed, {}}, asked}),
                     order(QStringLiteral("D-1"), {{EventType::Dispatched, toUnit1}, {EventType::Signed, {}},
                                                   {EventType::Replied, {{QStringLiteral("text"), QStringLiteral("已修")}}},
                                                   {EventType::CalledBack, {{QStringLiteral("result"), QStringLiteral("dissatisfied")}}}})};
    OrderActions actions(Role::Dispatcher, {}, QStringLiteral("disp1"), sink);
    DispatcherQueueView view(source, actions, deadlines);
    open(view);
    view.table()->selectRow(0);
    const QString first = view.model().orders().at(0).number;
    EXPECT_TRUE(view.findChild<QLabel *>(QStringLiteral("queue-details"))->text().contains(first == QLatin1String("E-1") ? QStringLiteral("需更换电缆") : QStringLiteral("不满意")));
    keepPicture(view, "dispatcher_queue");
    for (int i = 0; i < 2; ++i) {
        view.table()->selectRow(0);
        if (view.model().orders().at(0).number == QLatin1String("E-1")) {
            key(Qt::Key_A);
            EXPECT_EQ(queued.last().type, EventType::ExtensionDecided);
            EXPECT_EQ(queued.last().payload.value(QLatin1String("approved")).toBool(), true);
        } else {
            key(Qt::Key_O);
            commit(QStringLiteral("灯还是不亮"));
            key(Qt::Key_Return);
            EXPECT_EQ(queued.last().type, EventType::Reopened);
        }
    }
    EXPECT_EQ(queued.size(), 2);
    EXPECT_EQ(view.model().rowCount(), 1) << "the reopened order waits to be re-dispatched, in the same queue";
}

TEST_F(WorkQueueViewsTest, TheDepartmentSignsAsksForTimeReturnsAndRepliesOnItsOwnOrdersOnly)
{
    source.orders = {order(QStringLiteral("B-1"), {{EventType::Dispatched, toUnit1}}),
                     order(QStringLiteral("B-2"), {{EventType::Dispatched, toUnit1}}),
                     order(QStringLiteral("X-1"), {{EventType::Dispatched, {{QStringLiteral("unit"), QStringLiteral("UNIT-2")}}}})};
    OrderActions actions(Role::Department, QStringLiteral("UNIT-1"), QStringLiteral("dept1"), sink);
    DepartmentView view(source, actions, deadlines);
    view.model().setUnitNames({{QStringLiteral("UNIT-1"), QStringLiteral("西城区城市管理委员会")}});
    open(view);
    EXPECT_EQ(view.model().data(view.model().index(0, QueueListModel::UnitColumn), Qt::DisplayRole).toString(), QStringLiteral("西城区城市管理委员会"));
    EXPECT_TRUE(view.model().data(view.model().index(0, QueueListModel::TimeLeftColumn), Qt::DisplayRole).toString().startsWith(QStringLiteral("剩 ")));
    keepPicture(view, "department_view");
    const auto select = [&](const char *number) {
        for (int i = 0; i < view.model().rowCount(); ++i)
            if (view.model().orders().at(i).number == QLatin1String(number))
                view.table()->selectRow(i);
    };

    select("X-1");
    key(Qt::Key_S);
    EXPECT_TRUE(queued.isEmpty()) << "another unit's order";
    EXPECT_TRUE(view.statusText().contains(QStringLiteral("没有派给本单位"))) << qPrintable(view.statusText());

    select("B-1");
    key(Qt::Key_S);
    ASSERT_EQ(queued.size(), 1);
    EXPECT_EQ(queued.at(0).type, EventType::Signed);
    key(Qt::Key_E); // extension: the days first, then the reason
    auto *prompt = view.findChild<PromptBar *>();
    ASSERT_EQ(focused(), prompt->choices());
    key(Qt::Key_Down);
    key(Qt::Key_Down); // 7 days
    key(Qt::Key_Tab);
    ASSERT_EQ(focused(), prompt->editor());
    commit(QStringLiteral("需协调供电公司"));
    key(Qt::Key_Return);
    ASSERT_EQ(queued.size(), 2);
    EXPECT_EQ(queued.at(1).type, EventType::ExtensionRequested);
    const QDateTime until = QDateTime::fromString(payload(1, "until"), Qt::ISODate);
    EXPECT_NEAR(double(QDateTime::currentDateTimeUtc().secsTo(until)), 7 * 86400.0, 120);
    key(Qt::Key_R);
    commit(QStringLiteral("已更换灯具，恢复照明"));
    key(Qt::Key_Return);
    ASSERT_EQ(queued.size(), 3);
    EXPECT_EQ(queued.at(2).type, EventType::Replied);
    EXPECT_EQ(payload(2, "text"), QStringLiteral("已更换灯具，恢复照明"));

    select("B-2");
    key(Qt::Key_T); // return: a reason from the list, Enter on it is enough
    key(Qt::Key_Down);
    key(Qt::Key_Return);
    ASSERT_EQ(queued.size(), 4);
    EXPECT_EQ(queued.at(3).type, EventType::Returned);
    EXPECT_EQ(payload(3, "reason"), QStringLiteral("outside_our_area"));
    EXPECT_EQ(view.model().rowCount(), 1) << "replied and returned orders leave the list; the other unit's stays";
}

TEST_F(WorkQueueViewsTest, TheCallbackListReadsTheReplyAndTakesOneKeyPerResult)
{
    const std::initializer_list<std::pair<EventType, QJsonObject>> replied{
        {EventType::Dispatched, toUnit1}, {EventType::Signed, {}}, {EventType::Replied, {{QStringLiteral("text"), QStringLiteral("路灯已修复")}}}};
    source.orders = {order(QStringLiteral("C-1"), replied), order(QStringLiteral("C-2"), replied)};
    OrderActions actions(Role::Operator, {}, QStringLiteral("op1"), sink);
    CallbackListView view(source, actions, deadlines);
    open(view);
    view.table()->selectRow(0);
    const QString shown = view.findChild<QLabel *>(QStringLiteral("queue-details"))->text();
    EXPECT_TRUE(shown.contains(QStringLiteral("13901012345")) && shown.contains(QStringLiteral("路灯已修复"))) << qPrintable(shown);
    const QString first = view.model().orders().at(0).number;
    keepPicture(view, "callback_list");

    // Unreachable twice: still on the list; the third time it closes.
    for (int attempt = 1; attempt <= 3; ++attempt) {
        view.table()->selectRow(0);
        ASSERT_EQ(view.model().orders().at(0).number, first);
        key(Qt::Key_4);
        EXPECT_EQ(view.model().rowCount(), attempt < 3 ? 2 : 1) << attempt;
    }
    view.table()->selectRow(0);
    key(Qt::Key_1);
    ASSERT_EQ(queued.size(), 4);
    EXPECT_EQ(payload(3, "result"), QStringLiteral("satisfied"));
    EXPECT_EQ(view.model().rowCount(), 0);
    key(Qt::Key_1);
    EXPECT_EQ(queued.size(), 4) << "nothing selected, nothing sent";
}

TEST_F(WorkQueueViewsTest, OfflineTheListSaysSo)
{
    source.offline = true;
    OrderActions actions(Role::Operator, {}, QStringLiteral("op1"), sink);
    CallbackListView view(source, actions, deadlines);
    open(view);
    EXPECT_TRUE(view.statusText().startsWith(QStringLiteral("离线"))) << qPrintable(view.statusText());
}
