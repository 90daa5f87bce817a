// SPDX-License-Identifier: GPL-3.0-or-later
// The lead window in English at 1280x800: each page's labels, buttons, headers, filters and
// key hints fit (with no centre signed in: what a lead sees before the data comes, and every
// fixed text of the page), and none is left in Chinese.
#include "../StoreFixture.h"
#include "KeyboardDriver.h"
#include "TextFitCheck.h"
#include "kb/KnowledgeBase.h"
#include "lead/LeadPages.h"
#include "lead/LeadWindow.h"
#include "sync/SyncEngine.h"
#include "text/TextNormalizer.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QTabWidget>
#include <QTest>
#include <QTranslator>

#include <gtest/gtest.h>

#include <iostream>

using namespace hotline;
using namespace hotline::test;

TEST(LeadPagesEnglishTest, EveryPageFitsAndSpeaksEnglish)
{
    QTranslator translator;
    ASSERT_TRUE(translator.load(QStringLiteral(HOTLINE_EN_QM))) << HOTLINE_EN_QM;
    QApplication::installTranslator(&translator);
    {
        StoreFixture fx;
        KnowledgeBase kb{*fx.store, StoreFixture::pinyin()};
        SyncEngine sync{*fx.store, kb.articles()};
        LeadWindow window(*fx.store, sync);
        addLeadPages(window);
        window.resize(1280, 800);
        window.show();
        QApplication::setActiveWindow(&window);
        ASSERT_TRUE(QTest::qWaitForWindowActive(&window));
        QDir().mkpath(QStringLiteral(HOTLINE_ARTIFACT_DIR));
        TextFitCheck fit;
        QStringList chinese;
        for (int page = 0; page < window.pages()->count(); ++page) {
            KeyboardDriver::key(Qt::Key(Qt::Key_1 + page), Qt::ControlModifier);
            ASSERT_EQ(window.pages()->currentIndex(), page);
            QTest::qWait(30);
            QWidget *shown = window.pages()->currentWidget();
            fit.check(window, QStringLiteral("en/") + shown->objectName());
            EXPECT_TRUE(window.grab().save(QStringLiteral(HOTLINE_ARTIFACT_DIR "/lead-en-%1.png").arg(shown->objectName())));
            // Fixed texts only: labels and buttons (the tab titles too).
            for (const QLabel *label : shown->findChildren<QLabel *>())
                if (label->isVisibleTo(shown) && TextNormalizer::containsHan(label->text()))
                    chinese.append(shown->objectName() + u':' + label->text());
            for (const QAbstractButton *button : shown->findChildren<QAbstractButton *>())
                if (button->isVisibleTo(shown) && TextNormalizer::containsHan(button->text()))
                    chinese.append(shown->objectName() + u':' + button->text());
            EXPECT_FALSE(TextNormalizer::containsHan(window.pages()->tabText(page))) << qPrintable(window.pages()->tabText(page));
        }
        std::cout << "[ figures  ] en: " << fit.checked() << " texts checked on the lead window's " << window.pages()->count() << " pages, "
                  << fit.offences().size() << " cut" << std::endl;
        EXPECT_TRUE(fit.offences().isEmpty()) << qPrintable(fit.offences().join(u'\n'));
        EXPECT_TRUE(chinese.isEmpty()) << qPrintable(chinese.join(u'\n'));
    }
    QApplication::removeTranslator(&translator);
}
