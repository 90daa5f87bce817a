// SPDX-License-Identifier: GPL-3.0-or-later
// The desk's other windows, in Chinese and in English, at the size they open with: the
// sign-in dialog (also saying what went wrong), the transfer picker, the knowledge-base editor
// (its articles, synonyms with their preview, and the misses) and the lifecycle's three lists. Each fits a 1280×800 screen and every text in it fits its
// widget (TextFitCheck); a picture of each goes to the test artefacts.
#include "../StoreFixture.h"
#include "QueueFixtures.h"
#include "TextFitCheck.h"
#include "common/SignInDialog.h"
#include "dispatch/CallbackListView.h"
#include "dispatch/DepartmentView.h"
#include "dispatch/DispatcherQueueView.h"
#include "editor/KbEditorWindow.h"
#include "editor/MissListPage.h"
#include "editor/SynonymPage.h"
#include "kb/KnowledgeBase.h"
#include "operator/TransferPicker.h"
#include "sync/ReferenceData.h"

#include <QApplication>
#include <QDir>
#include <QJsonDocument>
#include <QLineEdit>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTranslator>

#include <gtest/gtest.h>

#include <iostream>

using namespace hotline;
using namespace hotline::test;

namespace {

class WindowsTextFitTest : public ::testing::TestWithParam<const char *> {
protected:
    void SetUp() override
    {
        if (language() == QLatin1String("en")) {
            ASSERT_TRUE(translator.load(QStringLiteral(HOTLINE_EN_QM))) << HOTLINE_EN_QM;
            QApplication::installTranslator(&translator);
        }
    }
    void TearDown() override
    {
        QApplication::removeTranslator(&translator);
        std::cout << "[ figures  ] " << GetParam() << ": " << fit.checked() << " texts checked in the other windows, "
                  << fit.offences().size() << " cut" << std::endl;
        EXPECT_TRUE(fit.offences().isEmpty()) << qPrintable(fit.offences().join(u'\n'));
    }
    QString language() const { return QString::fromLatin1(GetParam()); }

    // Shows `window` as it opens, checks it and keeps its picture.
    void look(QWidget &window, const QString &name)
    {
        window.show();
        QApplication::setActiveWindow(&window);
        (void)QTest::qWaitForWindowExposed(&window);
        QTest::qWait(20);
        EXPECT_LE(window.width(), 1280) << qPrintable(name);
        EXPECT_LE(window.height(), 800) << qPrintable(name);
        fit.check(window, language() + u'/' + name);
        const QString artefacts = QStringLiteral(HOTLINE_ARTIFACT_DIR);
        ASSERT_TRUE(QDir().mkpath(artefacts));
        EXPECT_TRUE(window.grab().save(artefacts + QStringLiteral("/window-%1-%2.png").arg(language(), name)));
    }

    QTranslator translator;
    TextFitCheck fit;
};

const QJsonObject toUnit1{{QStringLiteral("unit"), QStringLiteral("UNIT-1")}};

} // namespace

TEST_P(WindowsTextFitTest, SignInAndTransfer)
{
    SignInDialog signIn(QStringLiteral("https://central.example:8345"), QStringLiteral("op1"));
    look(signIn, QStringLiteral("sign-in"));
    signIn.showProblem(language() == QLatin1String("en") ? QStringLiteral("The center cannot be reached at https://central.example:8345: Connection refused")
                                                         : QStringLiteral("连不上中心 https://central.example:8345：Connection refused"));
    look(signIn, QStringLiteral("sign-in-problem"));

    TransferPicker picker({{QStringLiteral("西城区城市管理委员会"), QStringLiteral("010-66012345")}, {QStringLiteral("班长"), QStringLiteral("8001")}},
                          TransferPicker::Kind::Consulted);
    look(picker, QStringLiteral("transfer"));
}

TEST_P(WindowsTextFitTest, KnowledgeEditor)
{
    StoreFixture fx;
    KnowledgeBase kb(*fx.store, StoreFixture::pinyin());
    KbDraft passport;
    passport.title = QStringLiteral("补办普通护照");
    passport.questions = {QStringLiteral("护照丢了怎么办")};
    passport.answer = QStringLiteral("护照遗失后，先到公安机关出入境管理部门挂失，再携带身份证和照片申请补发，10个工作日办结。");
    passport.unit = QStringLiteral("北京市公安局出入境管理总队");
    const Result<qint64> passportId = kb.articles().create(passport, QStringLiteral("editor"));
    ASSERT_TRUE(passportId.ok());
    ASSERT_TRUE(kb.articles().publish(passportId.value(), QStringLiteral("editor")).ok());
    ASSERT_TRUE(ReferenceData::import(*fx.store, QStringLiteral("synonyms"), "terms,note\n丢了|遗失|丢失|弄丢,来电人的口语\n驾照|驾驶证,\n").ok());
    KbEditorWindow editor(kb, QStringLiteral("editor"));
    look(editor, QStringLiteral("kb-editor"));
    // The synonym page with a group changed and two queries in its preview; the misses page
    // with a list (and its message when no centre is reached).
    editor.pages()->setCurrentWidget(editor.synonyms());
    editor.synonyms()->addPreviewQuery(QStringLiteral("护照丢了怎么补办"));
    editor.synonyms()->addPreviewQuery(QStringLiteral("驾照过期了"));
    editor.synonyms()->termsEdit()->setFocus();
    QTest::keyClick(editor.synonyms()->termsEdit(), Qt::Key_Return); // an empty group: refused, the message shown
    look(editor, QStringLiteral("kb-editor-synonyms"));
    editor.pages()->setCurrentWidget(editor.misses());
    const Result<QVector<KbMiss>> misses = KbMiss::listFromJson(QJsonDocument::fromJson(R"({"misses":[
        {"query":"公证书丢了怎么补办","nothing":12,"again":7,"desks":9,"last":"2026-12-07T10:00:00Z"},
        {"query":"头一回办居住证要带什么","nothing":0,"again":4,"desks":3,"last":"2026-12-06T10:00:00Z"}]})").object());
    ASSERT_TRUE(misses.ok());
    editor.misses()->setMisses(misses.value());
    look(editor, QStringLiteral("kb-editor-misses"));
}

TEST_P(WindowsTextFitTest, TheLifecycleLists)
{
    const TimeLimits limits = shortLimits();
    const Deadlines deadlines(limits);
    FixedQueue source;
    const OrderActions::Sink sink = [](const WorkOrderEvent &) { return Status::success(); };
    const std::pair<EventType, QJsonObject> asked{EventType::ExtensionRequested,
                                                  {{QStringLiteral("until"), QDateTime::currentDateTimeUtc().addDays(9).toString(Qt::ISODate)},
                                                   {QStringLiteral("text"), QStringLiteral("需更换电缆")}}};
    const std::pair<EventType, QJsonObject> replied{EventType::Replied, {{QStringLiteral("text"), QStringLiteral("路灯已修复")}}};
    source.orders = {queuedOrder(QStringLiteral("A-1"), 1, {{EventType::Dispatched, {{QStringLiteral("unit"), QStringLiteral("UNIT-1")}, {QStringLiteral("review"), true}}}}),
                     queuedOrder(QStringLiteral("E-1"), 24 * 10, {{EventType::Dispatched, toUnit1}, {EventType::Signed, {}}, asked}),
                     queuedOrder(QStringLiteral("C-1"), 24 * 20, {{EventType::Dispatched, toUnit1}, {EventType::Signed, {}}, replied})};
    const QHash<QString, QString> units{{QStringLiteral("UNIT-1"), QStringLiteral("西城区城市管理委员会")}};

    const OrderActions dispatcher(Role::Dispatcher, {}, QStringLiteral("disp1"), sink);
    DispatcherQueueView queue(source, dispatcher, deadlines);
    const OrderActions department(Role::Department, QStringLiteral("UNIT-1"), QStringLiteral("dept1"), sink);
    DepartmentView orders(source, department, deadlines);
    const OrderActions operatorActions(Role::Operator, {}, QStringLiteral("op1"), sink);
    CallbackListView callbacks(source, operatorActions, deadlines);
    const std::pair<OrderQueueView *, const char *> lists[] = {{&queue, "dispatcher"}, {&orders, "department"}, {&callbacks, "callback"}};
    for (const auto &[view, name] : lists) {
        view->model().setUnitNames(units);
        view->resize(1100, 640); // as WorkListWindow opens
        view->refresh();
        view->table()->selectRow(1);
        look(*view, QString::fromLatin1(name));
        view->hide();
    }
}

INSTANTIATE_TEST_SUITE_P(BothLanguages, WindowsTextFitTest, ::testing::Values("zh", "en"),
                         [](const ::testing::TestParamInfo<const char *> &info) { return std::string(info.param); });
