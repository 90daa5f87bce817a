// SPDX-License-Identifier: GPL-3.0-or-later
// The English translation covers the whole desk: with it loaded, no interface text is Chinese.
#include "../StoreFixture.h"
#include "operator/DeskWindow.h"
#include "common/InterfaceLanguage.h"
#include "common/SignInDialog.h"
#include "telephony/AgentSession.h"
#include "kb/KnowledgeBase.h"
#include "text/TextNormalizer.h"
#include "workorder/WorkOrderRepository.h"
#include "workorder/WorkOrderValidator.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTabWidget>
#include <QTranslator>

#include <gtest/gtest.h>

using namespace hotline;
using namespace hotline::test;

namespace {
class EnglishDesk : public ::testing::Test {
protected:
    void SetUp() override
    {
        ASSERT_TRUE(translator.load(QStringLiteral(HOTLINE_EN_QM))) << HOTLINE_EN_QM;
        QApplication::installTranslator(&translator);
    }
    void TearDown() override { QApplication::removeTranslator(&translator); }
    QTranslator translator;
};
} // namespace

TEST_F(EnglishDesk, NoChineseLeftInTheInterface)
{
    StoreFixture fx;
    WorkOrderRepository orders(*fx.store);
    ReferenceIndexes indexes(*fx.store, StoreFixture::pinyin());
    AgentSession agent;
    KnowledgeBase kb(*fx.store, StoreFixture::pinyin());
    DeskWindow window(*fx.store, orders, indexes, kb, agent);
    window.show();

    QStringList texts{window.windowTitle()};
    for (QLabel *label : window.findChildren<QLabel *>())
        texts << label->text();
    for (QAbstractButton *button : window.findChildren<QAbstractButton *>())
        texts << button->text();
    for (QComboBox *combo : window.findChildren<QComboBox *>())
        for (int i = 0; i < combo->count(); ++i)
            texts << combo->itemText(i);
    for (QLineEdit *edit : window.findChildren<QLineEdit *>())
        texts << edit->placeholderText();
    for (QPlainTextEdit *edit : window.findChildren<QPlainTextEdit *>())
        texts << edit->placeholderText();
    for (QTabWidget *tabs : window.findChildren<QTabWidget *>())
        for (int i = 0; i < tabs->count(); ++i)
            texts << tabs->tabText(i);
    // The validation messages shown next to the fields.
    for (const FieldError &error : WorkOrderValidator::validate({}))
        texts << error.message;
    for (const QString &text : std::as_const(texts)) {
        // The placeholder of the classification field quotes a Chinese example on purpose.
        if (text.contains(QStringLiteral("gs")))
            continue;
        EXPECT_FALSE(TextNormalizer::containsHan(text)) << qPrintable(text);
    }
    EXPECT_GT(texts.size(), 60);
}

namespace {
// The texts of a dialog's buttons, in order.
QStringList buttonTexts(const QWidget &dialog)
{
    QStringList texts;
    for (const QAbstractButton *button : dialog.findChild<QDialogButtonBox *>()->buttons())
        texts << button->text().remove(u'&');
    return texts;
}
} // namespace

TEST(InterfaceLanguage, QtsOwnButtonsSpeakTheLanguageOfTheDesk)
{
    {
        InterfaceLanguage chinese;
        ASSERT_TRUE(chinese.install(QStringLiteral("zh_CN"), QStringLiteral(HOTLINE_EN_QM)))
            << "Qt's Chinese translation (qt6-translations-l10n) is missing";
        const SignInDialog dialog{QString(), QString()};
        EXPECT_TRUE(buttonTexts(dialog).contains(QStringLiteral("取消"))) << qPrintable(buttonTexts(dialog).join(u','));
        EXPECT_FALSE(buttonTexts(dialog).contains(QStringLiteral("Cancel")));
    }
    {
        InterfaceLanguage english;
        ASSERT_TRUE(english.install(QStringLiteral("en"), QStringLiteral(HOTLINE_EN_QM)));
        const SignInDialog dialog{QString(), QString()};
        EXPECT_TRUE(buttonTexts(dialog).contains(QStringLiteral("Cancel"))) << qPrintable(buttonTexts(dialog).join(u','));
        for (const QString &text : buttonTexts(dialog))
            EXPECT_FALSE(TextNormalizer::containsHan(text)) << qPrintable(text);
    }
}
