// SPDX-License-Identifier: GPL-3.0-or-later
// The seat on a phone, driven with key events only: the screen pop before answering, answering
// into a new order with the caller's number, hold, mute, blind and consulted transfer, hang-up
// into after-call work, not ready with a reason, Ctrl+Q during a call, the draft kept across a
// quit, and a new call that starts clean.
#include "../StoreFixture.h"
#include "KeyboardDriver.h"
#include "common/Confirm.h"
#include "kb/KnowledgeBase.h"
#include "operator/CallBar.h"
#include "operator/DeskDocks.h"
#include "operator/DeskWindow.h"
#include "operator/KnowledgePanel.h"
#include "operator/MapPanel.h"
#include "operator/WorkOrderForm.h"
#include "telephony/AgentSession.h"
#include "telephony/BaresipPhone.h"
#include "telephony/CallControl.h"
#include "telephony/SimulatedPhone.h"
#include "telephony/TransferDirectory.h"
#include "workorder/WorkOrderRepository.h"

#include <QApplication>
#include <QDir>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTimer>

#include <gtest/gtest.h>

using namespace hotline;
using namespace hotline::test;
using State = AgentSession::State;

namespace {

const QString caller = QStringLiteral("13901012345");

class SeatCallTest : public ::testing::Test, protected KeyboardDriver {
protected:
    void SetUp() override { open(); }

    void open()
    {
        window = std::make_unique<DeskWindow>(*fx.store, orders, indexes, kb, agent);
        window->setPhone(&phone);
        window->show();
        QApplication::setActiveWindow(window.get());
        ASSERT_TRUE(QTest::qWaitForWindowActive(window.get()));
    }

    template <typename T>
    T *field(const char *name) const { return window->findChild<T *>(QString::fromLatin1(name)); }
    // Back to the desk once a dialog has closed (the offscreen platform hands focus back late).
    void backToTheDesk()
    {
        QApplication::setActiveWindow(window.get());
        ASSERT_TRUE(QTest::qWaitFor([] { return QApplication::focusWidget() != nullptr; }, 2000));
    }
    QString callId() const { return window->calls()->call() ? window->calls()->call()->id : QString(); }

    // A valid order for the caller, typed as an operator would after answering.
    void fillTheOrder() { describeItemAndPlace(QStringLiteral("小区门口路灯不亮一周了")); }

    StoreFixture fx;
    WorkOrderRepository orders{*fx.store};
    ReferenceIndexes indexes{*fx.store, StoreFixture::pinyin()};
    AgentSession agent;
    KnowledgeBase kb{*fx.store, StoreFixture::pinyin()};
    SimulatedPhone phone;
    std::unique_ptr<DeskWindow> window;
};

} // namespace

TEST_F(SeatCallTest, TheScreenPopShowsTheCallerBeforeAnsweringAndCtrlNOpensTheirOrder)
{
    // The caller rang before about a lamp; that order is still open.
    WorkOrderDraft earlier;
    earlier.phone = caller;
    earlier.callerName = QStringLiteral("钱女士");
    earlier.appealType = AppealType::Help;
    earlier.classification = {QStringLiteral("城乡建设"), QStringLiteral("市政设施"), QStringLiteral("路灯")};
    earlier.address = *indexes.divisions().addressFor(QStringLiteral("110102018010"));
    earlier.title = QStringLiteral("路灯不亮");
    earlier.description = QStringLiteral("小区门口路灯不亮");
    const Result<QString> first = orders.create(earlier, QStringLiteral("op1"));
    ASSERT_TRUE(first.ok());

    ASSERT_EQ(agent.state(), State::Ready);
    ASSERT_TRUE(phone.ring(QStringLiteral("139 0101 2345")).ok());
    CallBar *bar = window->callBar();
    ASSERT_TRUE(bar->isVisible()) << "the screen pop, before anything is pressed";
    EXPECT_TRUE(QTest::qWaitFor([&] { return bar->text().contains(QStringLiteral("历史工单 1 张")); }, 5000)) << qPrintable(bar->text());
    EXPECT_TRUE(bar->text().contains(QStringLiteral("139 0101 2345")));
    EXPECT_TRUE(bar->text().contains(QStringLiteral("钱女士")));
    EXPECT_TRUE(bar->text().contains(QStringLiteral("重复来电")));
    EXPECT_TRUE(bar->text().contains(first.value()));
    EXPECT_TRUE(field<QLineEdit>("phone")->text().isEmpty()) << "the form waits for the answer";
    EXPECT_EQ(agent.state(), State::Ready);
    QDir().mkpath(QStringLiteral(HOTLINE_ARTIFACT_DIR));
    settle();
    EXPECT_TRUE(window->grab().save(QStringLiteral(HOTLINE_ARTIFACT_DIR "/seat-ringing.png")));

    key(Qt::Key_N, Qt::ControlModifier);
    EXPECT_EQ(agent.state(), State::InCall);
    EXPECT_EQ(phone.call(callId())->state, PhoneCall::State::Established);
    EXPECT_EQ(field<QLineEdit>("phone")->text(), caller) << "the phone from caller ID";
    EXPECT_TRUE(bar->text().contains(QStringLiteral("通话中")));
    EXPECT_TRUE(QTest::qWaitFor([&] { return field<QLineEdit>("callerName")->text() == QStringLiteral("钱女士"); }, 5000))
        << "the caller's name from their last order";
    EXPECT_TRUE(window->findChild<QLabel *>(QStringLiteral("repeatBanner"))->isVisible());
    settle();
    EXPECT_TRUE(window->grab().save(QStringLiteral(HOTLINE_ARTIFACT_DIR "/seat-in-call.png")));
}

TEST_F(SeatCallTest, HoldMuteAndHangUpFromTheKeyboardThenTheOrderIsLinkedToTheCall)
{
    ASSERT_TRUE(phone.ring(caller).ok());
    key(Qt::Key_N, Qt::ControlModifier);
    const QString id = callId();
    key(Qt::Key_F3);
    EXPECT_EQ(phone.call(id)->state, PhoneCall::State::OnHold);
    EXPECT_TRUE(window->callBar()->text().contains(QStringLiteral("保持中")));
    key(Qt::Key_F3);
    EXPECT_EQ(phone.call(id)->state, PhoneCall::State::Established);
    key(Qt::Key_F7);
    EXPECT_TRUE(phone.call(id)->muted);
    key(Qt::Key_F7);
    EXPECT_FALSE(phone.call(id)->muted);

    fillTheOrder();
    key(Qt::Key_F4);
    EXPECT_EQ(phone.call(id)->state, PhoneCall::State::Ended);
    EXPECT_EQ(agent.state(), State::AfterCall);
    EXPECT_FALSE(window->callBar()->isVisible());
    QSignalSpy linked(window.get(), &DeskWindow::orderFiledForCall);
    key(Qt::Key_Return, Qt::ControlModifier);
    ASSERT_EQ(linked.size(), 1) << "the order filed after hang-up belongs to the call";
    EXPECT_EQ(linked.at(0).at(1).toString(), id);
    EXPECT_EQ(orders.find(linked.at(0).at(0).toString())->draft.phone, caller);
    EXPECT_EQ(agent.state(), State::Ready);
    EXPECT_TRUE(fx.store->meta(QStringLiteral("desk.draft")).isEmpty()) << "filed: no draft left to restore";
}

TEST_F(SeatCallTest, TransfersBlindAndConsultedFromThePicker)
{
    ASSERT_TRUE(TransferDirectory::save(*fx.store, {{QStringLiteral("值班班长"), QStringLiteral("8001")}}).ok());
    ASSERT_TRUE(phone.ring(caller).ok());
    key(Qt::Key_N, Qt::ControlModifier);
    const QString first = callId();
    key(Qt::Key_T, Qt::ControlModifier);
    auto *filter = window->findChild<QLineEdit *>(QStringLiteral("transferFilter"));
    ASSERT_TRUE(filter && filter->isVisible());
    ASSERT_TRUE(QTest::qWaitFor([&] { return QApplication::focusWidget() == filter; }, 2000));
    type(QStringLiteral("12319"));
    key(Qt::Key_Return);
    EXPECT_EQ(phone.call(first)->state, PhoneCall::State::Ended);
    EXPECT_TRUE(phone.call(first)->endReason.contains(QStringLiteral("12319")));
    EXPECT_EQ(agent.state(), State::AfterCall);
    backToTheDesk();
    key(Qt::Key_L, Qt::ControlModifier | Qt::ShiftModifier); // nothing to file for a call handed on
    key(Qt::Key_F8); // ready again

    ASSERT_TRUE(phone.ring(caller).ok());
    key(Qt::Key_N, Qt::ControlModifier);
    const QString second = callId();
    key(Qt::Key_T, Qt::ControlModifier | Qt::ShiftModifier);
    ASSERT_TRUE(QTest::qWaitFor([&] {
        auto *f = qobject_cast<QLineEdit *>(QApplication::focusWidget());
        return f && f->objectName() == QStringLiteral("transferFilter");
    }, 2000));
    commit(QStringLiteral("班长"));
    key(Qt::Key_Return);
    ASSERT_TRUE(window->calls()->consultation().has_value());
    EXPECT_EQ(window->calls()->consultation()->remoteNumber, QStringLiteral("8001"));
    EXPECT_EQ(phone.call(second)->state, PhoneCall::State::OnHold) << "the caller waits while the operator consults";
    EXPECT_TRUE(window->callBar()->text().contains(QStringLiteral("正在咨询 8001")));
    backToTheDesk();
    key(Qt::Key_T, Qt::ControlModifier | Qt::ShiftModifier); // again: complete
    EXPECT_EQ(phone.call(second)->state, PhoneCall::State::Ended);
    EXPECT_TRUE(phone.call(second)->endReason.contains(QStringLiteral("8001")));
}

TEST_F(SeatCallTest, NotReadyWithAReasonTurnsCallsAwayAndF8GoesReadyAgain)
{
    // Shift+F8 opens the reasons; the digit picks one (the menu is modal: answered once shown).
    QTimer::singleShot(0, [] {
        (void)QTest::qWaitFor([] { return QApplication::activePopupWidget() != nullptr; }, 2000);
        if (QWidget *menu = QApplication::activePopupWidget())
            QTest::keyClick(menu, Qt::Key_2);
    });
    key(Qt::Key_F8, Qt::ShiftModifier);
    backToTheDesk();
    EXPECT_EQ(agent.state(), State::NotReady);
    EXPECT_EQ(agent.reason(), QStringLiteral("就餐"));
    EXPECT_TRUE(field<QLabel>("agentState")->text().contains(QStringLiteral("就餐")));
    EXPECT_FALSE(phone.ring(caller).ok()) << "not ready: the phone refuses";
    EXPECT_TRUE(window->callBar()->text().contains(QStringLiteral("未接来电")));
    key(Qt::Key_F8);
    EXPECT_EQ(agent.state(), State::Ready);
    EXPECT_TRUE(phone.ring(caller).ok());
}

TEST_F(SeatCallTest, CtrlQDuringACallAsksAndTheDraftComesBackAtTheNextStart)
{
    ASSERT_TRUE(phone.ring(caller).ok());
    key(Qt::Key_N, Qt::ControlModifier);
    const QString id = callId();
    key(Qt::Key_E, Qt::AltModifier);
    commit(QStringLiteral("楼道灯坏了三天"));
    Confirm::setNextAnswer(false);
    key(Qt::Key_Q, Qt::ControlModifier);
    EXPECT_TRUE(window->isVisible()) << "kept on the call";
    EXPECT_TRUE(Confirm::lastQuestion().contains(QStringLiteral("正在通话")));
    EXPECT_EQ(phone.call(id)->state, PhoneCall::State::Established);

    Confirm::setNextAnswer(true);
    key(Qt::Key_Q, Qt::ControlModifier);
    EXPECT_FALSE(window->isVisible());
    EXPECT_EQ(phone.call(id)->state, PhoneCall::State::Ended) << "hung up, not left hanging";
    EXPECT_EQ(agent.state(), State::Offline);

    // The next start: the form as it was, and the seat finishing that call's order.
    window.reset();
    AgentSession next;
    DeskWindow again(*fx.store, orders, indexes, kb, next);
    again.show();
    EXPECT_EQ(again.findChild<QPlainTextEdit *>(QStringLiteral("description"))->toPlainText(), QStringLiteral("楼道灯坏了三天"));
    EXPECT_EQ(again.findChild<QLineEdit *>(QStringLiteral("phone"))->text(), caller);
    EXPECT_TRUE(again.findChild<QLabel *>(QStringLiteral("resultBanner"))->text().contains(QStringLiteral("已恢复")));
    EXPECT_EQ(next.state(), State::AfterCall) << "no new call rings over a restored order";
}

TEST_F(SeatCallTest, AnsweringNeverClearsAnUnfiledOrderAndANewCallStartsClean)
{
    // Typed without a call (a letter), and a call rings: answering is refused until it is dealt with.
    key(Qt::Key_E, Qt::AltModifier);
    commit(QStringLiteral("来信反映噪音扰民"));
    ASSERT_TRUE(phone.ring(caller).ok());
    key(Qt::Key_N, Qt::ControlModifier);
    EXPECT_EQ(agent.state(), State::Ready);
    EXPECT_TRUE(window->calls()->isRinging());
    EXPECT_EQ(field<QPlainTextEdit>("description")->toPlainText(), QStringLiteral("来信反映噪音扰民"));
    key(Qt::Key_L, Qt::ControlModifier | Qt::ShiftModifier);
    key(Qt::Key_N, Qt::ControlModifier);
    EXPECT_EQ(agent.state(), State::InCall);

    // The knowledge panel's query from this call is gone once its order is filed.
    key(Qt::Key_K, Qt::ControlModifier);
    commit(QStringLiteral("路灯"));
    auto *search = window->findChild<QLineEdit *>(QStringLiteral("kbSearch"));
    EXPECT_FALSE(search->text().isEmpty());
    fillTheOrder();
    key(Qt::Key_Return, Qt::ControlModifier);
    EXPECT_FALSE(window->lastFiledNumber().isEmpty());
    EXPECT_TRUE(search->text().isEmpty()) << "the last call's query does not stay";
    EXPECT_EQ(window->knowledgePanel()->resultCount(), 0);
}

TEST_F(SeatCallTest, APanelTornOffStaysWhereItWasAndCtrlShiftDPutsItBack)
{
    QDockWidget *map = window->docks()->dockOf(window->mapPanel());
    ASSERT_NE(map, nullptr);
    map->setFloating(true);
    map->move(1400, 100); // the second screen
    window->close();
    window.reset();
    open();
    map = window->docks()->dockOf(window->mapPanel());
    EXPECT_TRUE(map->isFloating()) << "the seat's layout comes back";
    key(Qt::Key_D, Qt::ControlModifier | Qt::ShiftModifier);
    EXPECT_FALSE(map->isFloating());
    EXPECT_EQ(window->dockWidgetArea(map), Qt::RightDockWidgetArea);
}

TEST_F(SeatCallTest, ASoftphoneThatIsMissingIsSaidInTheStatusBarAndOrdersAreStillFiledByHand)
{
    // The seat's real adapter, told to run a baresip that is not installed.
    QTemporaryDir folder;
    BaresipSettings settings;
    settings.seat = QStringLiteral("desk1");
    settings.sipAddress = QStringLiteral("127.0.0.1");
    settings.sipPort = 25060;
    settings.controlPort = 25444;
    settings.audioSource = QStringLiteral("ausine,440");
    settings.audioPlayer = QStringLiteral("alsa,null");
    BaresipPhone missing;
    window->setPhone(&missing);
    const Status started = missing.start(settings, folder.path(), folder.filePath(QStringLiteral("no-such-baresip")));
    auto *phoneState = field<QLabel>("phoneState");
    ASSERT_TRUE(QTest::qWaitFor([&] { return phoneState->text().contains(QStringLiteral("话机故障")); }, 10000))
        << qPrintable(phoneState->text()) << " " << qPrintable(started.error());
    EXPECT_TRUE(phoneState->toolTip().contains(QStringLiteral("baresip"))) << qPrintable(phoneState->toolTip());
    EXPECT_EQ(agent.state(), State::Offline) << "the floor sees a seat that cannot take calls";

    key(Qt::Key_N, Qt::ControlModifier); // by hand
    EXPECT_EQ(agent.state(), State::InCall);
    type(QStringLiteral("13911112222"));
    fillTheOrder();
    QSignalSpy filed(window.get(), &DeskWindow::workOrderFiled);
    key(Qt::Key_Return, Qt::ControlModifier);
    EXPECT_EQ(filed.size(), 1) << "the desk keeps working";
    window->setPhone(nullptr);
}
