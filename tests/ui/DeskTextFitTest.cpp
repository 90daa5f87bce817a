// SPDX-License-Identifier: GPL-3.0-or-later
// The desk as a new user finds it on a 1280×800 screen, in Chinese and in English: empty, with
// every validation message shown, a call ringing and in progress, the shortcut sheet open, each
// panel shown in turn, after the call. In each state every text a person sees fits its widget,
// the form is no wider than its pane, nothing reaches past the window, and the window keeps its
// size.
// A picture of each state goes to the test artefacts (build/test-artifacts) for a person.
#include "ComposedDesk.h"
#include "KeyboardDriver.h"
#include "TextFitCheck.h"
#include "operator/CallBar.h"
#include "operator/WorkOrderForm.h"
#include "telephony/SimulatedPhone.h"
#include "workorder/WorkOrderRepository.h"

#include <QDir>
#include <QScrollArea>
#include <QTranslator>

#include <gtest/gtest.h>

#include <iostream>
#include <memory>

using namespace hotline;
using namespace hotline::test;

namespace {

class DeskTextFit : public KeyboardDriver {
public:
    explicit DeskTextFit(const char *language) : m_language(QString::fromLatin1(language))
    {
        if (m_language == QLatin1String("en")) {
            EXPECT_TRUE(m_translator.load(QStringLiteral(HOTLINE_EN_QM))) << HOTLINE_EN_QM;
            QApplication::installTranslator(&m_translator);
        }
        // Built after the translator is in, as app/desk does.
        m_desk = std::make_unique<ComposedDesk>();
    }
    ~DeskTextFit() { QApplication::removeTranslator(&m_translator); }

    // The caller of the call below has an open order: the call strip, the banner and the
    // history then show what a repeat caller brings.
    void seed()
    {
        ComposedDesk &d = *m_desk;
        WorkOrderDraft earlier;
        earlier.phone = QStringLiteral("13901012345");
        earlier.callerName = QStringLiteral("赵先生");
        earlier.gender = Gender::Male;
        earlier.appealType = AppealType::Complaint;
        earlier.classification = *d.indexes.catalog().leaf(d.indexes.catalog().suggest(QStringLiteral("小区管理"), 1).first().key);
        earlier.address = *d.indexes.divisions().addressFor(QStringLiteral("110102018010"));
        earlier.title = QStringLiteral("自来水发黄");
        earlier.description = QStringLiteral("家里自来水发黄两天");
        ASSERT_TRUE(d.orders.create(earlier, QStringLiteral("op1")).ok());
        KbDraft passport;
        passport.title = QStringLiteral("补办普通护照");
        passport.questions = {QStringLiteral("护照丢了怎么办")};
        passport.answer = QStringLiteral("护照遗失后，先到公安机关出入境管理部门挂失，再携带身份证和照片申请补发，10个工作日办结。");
        passport.unit = QStringLiteral("北京市公安局出入境管理总队");
        const auto id = d.kb.articles().create(passport, QStringLiteral("editor"));
        ASSERT_TRUE(id.ok());
        ASSERT_TRUE(d.kb.articles().publish(id.value(), QStringLiteral("editor")).ok());
    }

    void walk()
    {
        ComposedDesk &d = *m_desk;
        DeskWindow &window = d.window;
        ASSERT_NO_FATAL_FAILURE(seed());
        ASSERT_TRUE(d.show());
        ASSERT_EQ(window.size(), QSize(1280, 800));

        look(QStringLiteral("empty"));

        // The messages of an empty form, and the longest ones: a number and a callback
        // number that are no numbers.
        type(QStringLiteral("12"));
        key(Qt::Key_B, Qt::AltModifier);
        type(QStringLiteral("12"));
        key(Qt::Key_Return, Qt::ControlModifier);
        for (const char *error : {"phone-error", "callbackNumber-error", "description-error", "classification-error", "title-error"})
            EXPECT_TRUE(window.findChild<QLabel *>(QString::fromLatin1(error))->isVisible()) << error;
        look(QStringLiteral("validation"));
        key(Qt::Key_L, Qt::ControlModifier | Qt::ShiftModifier);

        SimulatedPhone phone;
        window.setPhone(&phone);
        ASSERT_TRUE(phone.ring(QStringLiteral("13901012345")).ok());
        ASSERT_TRUE(window.callBar()->isRinging());
        // The caller's history arrives in the strip once it is looked up.
        (void)QTest::qWaitFor([&] { return window.callBar()->text().contains(QStringLiteral("自来水发黄")); }, 3000);
        look(QStringLiteral("ringing"));

        key(Qt::Key_N, Qt::ControlModifier);
        ASSERT_FALSE(window.callBar()->isRinging());
        (void)QTest::qWaitFor([&] { return window.findChild<QLabel *>(QStringLiteral("repeatBanner"))->isVisible(); }, 3000);
        look(QStringLiteral("in-call"));

        key(Qt::Key_F1);
        ASSERT_TRUE(window.findChild<QWidget *>(QStringLiteral("shortcutOverlay"))->isVisible());
        look(QStringLiteral("shortcuts"));
        key(Qt::Key_F1);

        key(Qt::Key_1, Qt::ControlModifier);
        key(Qt::Key_K, Qt::ControlModifier);
        commit(QStringLiteral("护照"));
        look(QStringLiteral("knowledge"));
        const std::pair<Qt::Key, const char *> panels[] = {{Qt::Key_2, "history"}, {Qt::Key_3, "map"}, {Qt::Key_4, "transcript"}};
        for (const auto &[digit, state] : panels) {
            key(digit, Qt::ControlModifier);
            look(QString::fromLatin1(state));
        }
        key(Qt::Key_F4); // the call ends: after-call work, the longest state the status bar says
        look(QStringLiteral("after-call"));
    }

    const TextFitCheck &fit() const { return m_fit; }

private:
    void look(const QString &state)
    {
        settle();
        DeskWindow &window = m_desk->window;
        EXPECT_EQ(window.size(), QSize(1280, 800)) << qPrintable(state) << ": the window grew past the screen";
        // No horizontal scrolling: the form is as wide as its pane, whatever it shows.
        const auto *scroll = qobject_cast<QScrollArea *>(window.form()->parentWidget()->parentWidget());
        EXPECT_NE(scroll, nullptr);
        if (scroll) {
            EXPECT_LE(window.form()->minimumSizeHint().width(), scroll->viewport()->width()) << qPrintable(state);
            EXPECT_LE(window.form()->width(), scroll->viewport()->width()) << qPrintable(state);
        }
        m_fit.check(window, m_language + u'/' + state);
        const QString artefacts = QStringLiteral(HOTLINE_ARTIFACT_DIR);
        ASSERT_TRUE(QDir().mkpath(artefacts));
        EXPECT_TRUE(window.grab().save(artefacts + QStringLiteral("/desk-%1-%2.png").arg(m_language, state)));
    }

    QString m_language;
    QTranslator m_translator;
    std::unique_ptr<ComposedDesk> m_desk;
    TextFitCheck m_fit;
};

void expectEverythingFits(const char *language)
{
    DeskTextFit desk(language);
    ASSERT_NO_FATAL_FAILURE(desk.walk());
    std::cout << "[ figures  ] " << language << ": " << desk.fit().checked() << " texts checked in 10 states, "
              << desk.fit().offences().size() << " cut" << std::endl;
    EXPECT_GT(desk.fit().checked(), 400) << "the walk reached the desk's texts";
    EXPECT_TRUE(desk.fit().offences().isEmpty()) << qPrintable(desk.fit().offences().join(u'\n'));
}

} // namespace

TEST(DeskTextFitTest, EveryTextFitsAt1280x800InChinese)
{
    expectEverythingFits("zh");
}

TEST(DeskTextFitTest, EveryTextFitsAt1280x800InEnglish)
{
    expectEverythingFits("en");
}
